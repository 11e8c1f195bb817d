/*
** fuzz_segment.c -- libFuzzer target for the segmentation every extractor
** uses (paragraphs, sentences, words, character positions), with an
** allocation failure injected on a second pass.
*/
#include "fuzz_core.h"
#include "../../ext/core/segment.h"
#include "../../ext/core/utf8.h"

static void check_doc(const unsigned char *s, size_t n, const nr_doc *d){
  size_t i, prev_end = 0;
  int prev_para = 0;
  for(i=0; i<d->n_sent; i++){
    const nr_sent *t = &d->sent[i];
    REQUIRE(t->start<t->end && t->end<=n);
    REQUIRE(t->start>=prev_end);
    REQUIRE(t->number==(int)i+1);
    REQUIRE(t->paragraph>=prev_para && t->paragraph>=1);
    REQUIRE(nr_doc_sentence_at(d, t->start)==i);
    prev_end = t->end; prev_para = t->paragraph;
  }
  prev_end = 0;
  for(i=0; i<d->n_para; i++){
    const nr_para *p = &d->para[i];
    REQUIRE(p->start<=p->end && p->end<=n && p->start>=prev_end);
    REQUIRE(p->first_sent+p->n_sent<=d->n_sent);
    prev_end = p->end;
  }
  (void)s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *s = data;
  nr_doc doc;
  nr_posmap m;
  size_t pos = 0, ws, we, last = 0, i;
  long live0 = nr_test_live, used;
  int rc;

  memset(&doc, 0, sizeof doc);
  fault_disarm();
  nr_test_alloc_count = 0;
  rc = nr_segment(s, size, &doc);
  used = nr_test_alloc_count;
  REQUIRE(rc==NR_OK);
  check_doc(s, size, &doc);
  /* positions agree with a plain count */
  nr_posmap_init(&m, s, size);
  for(i=0; i<doc.n_sent; i++){
    REQUIRE(nr_posmap_pos(&m, doc.sent[i].start)==(int64_t)nr_utf8_count(s, doc.sent[i].start)+1);
  }
  /* segmenting again into the used doc gives the same answer */
  {
    size_t ns = doc.n_sent;
    REQUIRE(nr_segment(s, size, &doc)==NR_OK);
    REQUIRE(doc.n_sent==ns);
  }
  nr_doc_free(&doc);
  REQUIRE(nr_test_live==live0);

  /* words */
  while( nr_next_word(s, size, &pos, &ws, &we) ){
    REQUIRE(ws<we && we<=size && ws>=last && pos>=we);
    (void)nr_word_is_capitalised(s, size, ws, we);
    last = we;
  }

  /* an allocation failure: NR_NOMEM, a doc nr_doc_free accepts, no leak */
  if( used>0 ){
    long k = 1 + (size ? data[size-1] : 0) % used;
    memset(&doc, 0, sizeof doc);
    fault_arm(k, size && (data[0]&1));
    rc = nr_segment(s, size, &doc);
    if( fault_hit() ) REQUIRE(rc==NR_NOMEM || rc==NR_TOOBIG);
    fault_disarm();
    nr_doc_free(&doc);
    REQUIRE(nr_test_live==live0);
  }
  return 0;
}
