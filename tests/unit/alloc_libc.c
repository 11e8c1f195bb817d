/*
** alloc_libc.c -- nr_realloc/nr_free for the unit tests and fuzzers: libc,
** with fault injection.  Set nr_test_fail_at = N to make the Nth allocation
** from now fail (and every one after it while nr_test_fail_sticky is set).
*/
#include <stdlib.h>
#include "../../ext/core/nr_alloc.h"

long nr_test_alloc_count;      /* allocations made */
long nr_test_fail_at;          /* 0: never fail */
int nr_test_fail_sticky;
long nr_test_live;             /* blocks not yet freed */

void *nr_realloc(void *p, size_t n){
  nr_test_alloc_count++;
  if( nr_test_fail_at>0 && (nr_test_alloc_count==nr_test_fail_at
      || (nr_test_fail_sticky && nr_test_alloc_count>nr_test_fail_at)) ){
    return 0;
  }
  if( p==0 ) nr_test_live++;
  return realloc(p, n);
}

void nr_free(void *p){
  if( p ){ nr_test_live--; free(p); }
}
