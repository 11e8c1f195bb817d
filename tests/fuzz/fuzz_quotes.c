/*
** fuzz_quotes.c -- libFuzzer target for the quotes core: mark pairing
** (quotes.c) always; attribution and speakers (nr_quotes_extract: attrib.c,
** entities.c) when they have landed (the Makefile defines NR_FUZZ_EXTRACT).
** Byte 0 bit 0 selects the extract_speakers mode.  A second pass makes one
** allocation fail: NR_NOMEM, a state the free function accepts, no leak;
** a doc is reused across documents, as the binding does.
*/
#include "fuzz_core.h"
#include "../../ext/core/segment.h"
#include "../../ext/core/quotes.h"

static void check_spans(const nr_qspans *q, size_t n){
  size_t i;
  for(i=0; i<q->n; i++){
    const nr_qspan *p = &q->a[i];
    REQUIRE(p->open<=p->start && p->start<=p->end && p->end<=p->close && p->close<=n);
    if( i ) REQUIRE(q->a[i-1].open<=p->open);
  }
}

#ifdef NR_FUZZ_EXTRACT
static void check_quotes(const nr_quotes_doc *d, size_t n){
  size_t i;
  for(i=0; i<d->nq; i++){
    const nr_quote *q = &d->q[i];
    REQUIRE(q->start<=q->end && q->end<=n);
    if( q->m_e ) REQUIRE(q->m_s<q->m_e && q->m_e<=n);
    if( q->cue_e ) REQUIRE(q->cue_s<q->cue_e && q->cue_e<=n);
    REQUIRE(q->entity>=-1 && q->entity<(int)d->nent);
    REQUIRE(q->paragraph>=1);
    REQUIRE(q->sent_s<=q->sent_e && q->sent_e<=n);
    if( i ) REQUIRE(d->q[i-1].start<=q->start);
  }
  for(i=0; i<d->nent; i++){
    const nr_entity *e = &d->ent[i];
    REQUIRE(e->name_s<=e->name_e && e->name_e<=n);
    if( e->title_e ) REQUIRE(e->title_s<=e->title_e && e->title_e<=n);
    REQUIRE(e->kind==NR_PERSON || e->kind==NR_ORG);
    REQUIRE(e->quotes>=0 && e->statements>=0 && e->mentions>=0);
    (void)nr_entity_is_speaker(e);
  }
}
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *s = size ? data+1 : data;
  size_t n = size ? size-1 : 0;
  int speakers = size ? data[0]&1 : 0, sticky = size ? (data[0]>>1)&1 : 0;
  long live0 = nr_test_live, used;
  nr_doc doc;
  nr_qspans q;
  int rc;

  memset(&doc, 0, sizeof doc);
  memset(&q, 0, sizeof q);
  fault_disarm();
  (void)nr_has_marks(s, n);
  REQUIRE(nr_segment(s, n, &doc)==NR_OK);
  nr_test_alloc_count = 0;
  rc = nr_quote_marks(s, n, &doc, &q);
  used = nr_test_alloc_count;
  REQUIRE(rc==NR_OK);
  check_spans(&q, n);
  nr_qspans_free(&q);
  if( used>0 ){
    memset(&q, 0, sizeof q);
    fault_arm(1 + (size ? data[size-1] : 0) % used, sticky);
    rc = nr_quote_marks(s, n, &doc, &q);
    if( fault_hit() ) REQUIRE(rc==NR_NOMEM);
    fault_disarm();
    nr_qspans_free(&q);
  }
  nr_doc_free(&doc);
  REQUIRE(nr_test_live==live0);

#ifdef NR_FUZZ_EXTRACT
  {
    /* as the binding does: one doc reused across documents (nr_quotes_free
    ** keeps the buffers), nr_quotes_release at the end frees everything */
    nr_quotes_doc d;
    size_t nq;
    memset(&d, 0, sizeof d);
    nr_test_alloc_count = 0;
    rc = nr_quotes_extract(s, n, &d, speakers);
    used = nr_test_alloc_count;
    REQUIRE(rc==NR_OK);
    check_quotes(&d, n);
    nq = d.nq;
    nr_quotes_free(&d);
    rc = nr_quotes_extract(s, n, &d, !speakers);
    REQUIRE(rc==NR_OK);
    check_quotes(&d, n);
    nr_quotes_free(&d);
    rc = nr_quotes_extract(s, n, &d, speakers);
    REQUIRE(rc==NR_OK && d.nq==nq);
    nr_quotes_release(&d);
    REQUIRE(nr_test_live==live0);
    /* the window path of long articles, with small windows */
    rc = nr_quotes_extract_windows(s, n, &d, speakers, 1 + (size>2 ? data[size-3] : 0) % 512);
    REQUIRE(rc==NR_OK);
    check_quotes(&d, n);
    nr_quotes_release(&d);
    REQUIRE(nr_test_live==live0);
    if( used>0 ){
      memset(&d, 0, sizeof d);
      fault_arm(1 + (size>1 ? data[size-2] * 256 + data[size-1] : 0) % used, sticky);
      rc = nr_quotes_extract(s, n, &d, speakers);
      if( fault_hit() ) REQUIRE(rc==NR_NOMEM);
      fault_disarm();
      nr_quotes_free(&d);
      /* the doc is usable again after a failure */
      rc = nr_quotes_extract(s, n, &d, speakers);
      REQUIRE(rc==NR_OK && d.nq==nq);
      nr_quotes_release(&d);
      REQUIRE(nr_test_live==live0);
    }
  }
#else
  (void)speakers;
#endif
  return 0;
}
