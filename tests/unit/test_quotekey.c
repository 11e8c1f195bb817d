/*
** test_quotekey.c -- the provenance key, and its behaviour when memory runs out.
*/
#include "check.h"
#include "../../ext/core/quotekey.h"
#include "../../ext/core/nr_alloc.h"
#include <stdlib.h>

extern long nr_test_fail_at, nr_test_alloc_count, nr_test_live;

static const char *key(const char *t){
  static char buf[512];
  unsigned char *k; size_t n;
  if( nr_quote_key((const unsigned char *)t, strlen(t), &k, &n) ) return "(nomem)";
  snprintf(buf, sizeof buf, "%.*s", (int)n, (char *)k);
  nr_free(k);
  return buf;
}

int main(void){
  CHECK_STR(key("“We will stay,” she said."), "we will stay she said", "marks and punctuation");
  CHECK_STR(key("  Don’t   STOP!  "), "dont stop", "apostrophe dropped, spaces collapsed, trimmed");
  CHECK_STR(key("U.S.-backed"), "us backed", "periods dropped, hyphen separates");
  CHECK_STR(key("Ｆｕｌｌ ﬁne"), "full fine", "NFKC: full-width and ligature");
  CHECK_STR(key("ÉLYSÉE"), "élysée", "case folding keeps accents, composed");
  /* a long text is normalised in chunks cut at separators: the key of N
  ** copies of a phrase is N copies of its key */
  {
    static const char piece[] = "Café ÉLYSÉE’s x\xCC\x81 Ｆｕｌｌ – ";
    size_t N = 30000, i, pl = strlen(piece), kl;
    char *big = malloc(N*pl+1), *want, one[64];
    unsigned char *k; size_t n;
    snprintf(one, sizeof one, "%s", key(piece));
    kl = strlen(one);
    want = malloc(N*(kl+1)+1);
    for(i=0; i<N; i++){ memcpy(big+i*pl, piece, pl); memcpy(want+i*(kl+1), one, kl); want[i*(kl+1)+kl] = ' '; }
    big[N*pl] = 0; want[N*(kl+1)-1] = 0;
    CHECK_INT(nr_quote_key((const unsigned char *)big, N*pl, &k, &n), NR_OK, "long text keyed");
    CHECK(n==N*(kl+1)-1 && memcmp(k, want, n)==0, "long text: chunked normalisation gives the key of each copy");
    CHECK_STR(one, "café élysées x\xCC\x81 full", "the phrase's key");
    nr_free(k); free(big); free(want);
  }
  /* an all-ASCII text takes a short path; it must agree with the general one
  ** (the no-break space and the curly apostrophe send the same text there) */
  {
    char ascii[256], general[256];
    snprintf(ascii, sizeof ascii, "%s", key(" \"Rates rise,\" the U.S. bank's chief said: +5% $20 <now> ^up ~x |y| `z` = 1.  "));
    snprintf(general, sizeof general, "%s", key("\xC2\xA0\"Rates rise,\" the U.S. bank\xE2\x80\x99s chief said: +5% $20 <now> ^up ~x |y| `z` = 1.\xC2\xA0 "));
    CHECK_STR(ascii, general, "ASCII path agrees with the general path");
    CHECK_STR(ascii, "rates rise the us banks chief said +5% $20 <now> ^up ~x |y| `z` = 1", "ASCII path key");
  }
  CHECK_STR(key("E\xCC\x81lyse\xCC\x81""e"), "élysée", "decomposed input composes");
  CHECK_STR(key("Stra\xC3\x9F" "e"), "strasse", "full case folding");
  CHECK_STR(key("$5 + 3%"), "$5 + 3%", "symbols kept");
  CHECK_STR(key("a\xE2\x80\x8B" "b"), "ab", "default-ignorable removed");
  CHECK_STR(key("x\xFFy"), "x\xEF\xBF\xBDy", "invalid byte is U+FFFD");
  CHECK_STR(key(""), "", "empty");
  CHECK_STR(key("«Nous restons»"), "nous restons", "guillemets");
  {
    long n, base;
    int clean = 1;
    for(n=1; n<20; n++){
      unsigned char *k; size_t len;
      int rc;
      base = nr_test_live;
      nr_test_alloc_count = 0; nr_test_fail_at = n;
      rc = nr_quote_key((const unsigned char *)"A longer quote, with “marks” and Ünïcödé, to grow the buffer past sixteen code points.", 88, &k, &len);
      nr_test_fail_at = 0;
      if( rc==NR_OK ) nr_free(k);
      else if( rc!=NR_NOMEM ) clean = 0;
      if( nr_test_live!=base ) clean = 0;
    }
    CHECK(clean, "out of memory at every allocation: NR_NOMEM, nothing leaked");
  }
  return check_done();
}
