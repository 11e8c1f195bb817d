/*
** fuzz_article.c -- libFuzzer target for article metadata: nr_article_parse
** (date header, dateline, headline, body), nr_parse_dateline (strict and
** lenient) and the JSONL field reader the corpus reader uses.  Never
** allocates, so the checks are bounds and formats.
*/
#include "fuzz_core.h"
#include "../../ext/core/article.h"
#include "../../ext/core/jsonl.h"

static void check_iso(const char *p){
  size_t L = strlen(p);
  REQUIRE(L==0 || L==10 || L==16);
  if( L ){
    REQUIRE(p[4]=='-' && p[7]=='-');
    if( L==16 ) REQUIRE(p[10]=='T' && p[13]==':');
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *s = data;
  nr_article a;
  char out[17];
  static const char *const keys[] = {"id", "url", "date", "title", "text", "body", "maintext"};
  nr_jval v[7];
  const char *why = 0;
  int k;

  memset(&a, 0x5a, sizeof a);
  nr_article_parse(s, size, &a);
  REQUIRE(a.body_start<=size);
  REQUIRE(memchr(a.published, 0, sizeof a.published)!=0);
  check_iso(a.published);
  if( a.has_title ){
    REQUIRE(a.title_start<a.title_end && a.title_end<=size);
  }

  for(k=0; k<2; k++){
    memset(out, 0x5a, sizeof out);
    if( nr_parse_dateline(s, size, k, out) ){
      REQUIRE(memchr(out, 0, sizeof out)!=0);
      check_iso(out);
      REQUIRE(strlen(out)>0);
    }
  }

  memset(v, 0, sizeof v);
  if( nr_json_fields(s, size, keys, 7, v, &why)==0 ){
    for(k=0; k<7; k++){
      if( v[k].present ){
        unsigned char *dst;
        size_t m, len;
        REQUIRE(v[k].start<=v[k].end && v[k].end<=size);
        len = v[k].end-v[k].start;
        dst = malloc(len+1);
        m = nr_json_unescape(s+v[k].start, len, dst);
        REQUIRE(m<=len);
        free(dst);
      }
    }
  }else{
    REQUIRE(why!=0);
  }
  return 0;
}
