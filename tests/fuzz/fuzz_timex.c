/*
** fuzz_timex.c -- libFuzzer target for the dates core (timex.c): anchor
** parsing and nr_timex_scan.  Byte 0: bit 0 anchor from the first line
** (else none), bit 1 max_dates = 1 (event_date), bit 2 sticky fault.
** Checks extents, types, values and ranges; a second pass makes one
** allocation fail: NR_NOMEM and no leak.
*/
#include "fuzz_core.h"
#include "../../ext/core/timex.h"

static void check(const nr_timexes *t, size_t n, size_t max_dates){
  size_t i, dates = 0;
  for(i=0; i<t->n; i++){
    const nr_timex *x = &t->a[i];
    int32_t f, l;
    REQUIRE(x->start<x->end && x->end<=n);
    REQUIRE(x->type>=NR_TX_DATE && x->type<=NR_TX_SET);
    REQUIRE(memchr(x->value, 0, sizeof x->value)!=0 && x->value[0]);
    REQUIRE(nr_timex_type_name(x->type)!=0);
    if( nr_timex_range(x->value, &f, &l) ) REQUIRE(f<=l);
    if( x->has_range ) REQUIRE(x->first_day<=x->last_day);
    if( x->type==NR_TX_DATE || x->type==NR_TX_TIME ) dates++;
  }
  if( max_dates ) REQUIRE(dates<=max_dates);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *s = size ? data+1 : data;
  size_t n = size ? size-1 : 0;
  unsigned mode = size ? data[0] : 0;
  nr_anchor anchor, *pa = 0;
  nr_timexes t;
  size_t max_dates = (mode&2) ? 1 : 0;
  long live0 = nr_test_live, used;
  int rc;

  memset(&anchor, 0, sizeof anchor);
  if( mode&1 ){
    const unsigned char *nl = memchr(s, '\n', n);
    size_t m = nl ? (size_t)(nl-s) : n;
    if( nr_anchor_parse(s, m, &anchor)==0 ){
      REQUIRE(anchor.m>=1 && anchor.m<=12 && anchor.d>=1 && anchor.d<=31);
      pa = &anchor;
    }
    s += nl ? m+1 : m; n -= nl ? m+1 : m;
  }
  memset(&t, 0, sizeof t);
  fault_disarm();
  nr_test_alloc_count = 0;
  rc = nr_timex_scan(s, n, pa, max_dates, &t);
  used = nr_test_alloc_count;
  REQUIRE(rc==NR_OK);
  check(&t, n, max_dates);
  nr_timexes_free(&t);
  REQUIRE(nr_test_live==live0);
  if( used>0 ){
    memset(&t, 0, sizeof t);
    fault_arm(1 + (size ? data[size-1] : 0) % used, (mode>>2)&1);
    rc = nr_timex_scan(s, n, pa, max_dates, &t);
    if( fault_hit() ) REQUIRE(rc==NR_NOMEM);
    fault_disarm();
    nr_timexes_free(&t);
    REQUIRE(nr_test_live==live0);
  }
  return 0;
}
