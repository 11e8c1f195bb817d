/*
** fuzz_core.h -- helpers for the core fuzzers (linked with
** tests/unit/alloc_libc.c): a failed invariant aborts with a message, and
** NR_FAULT runs a core call a second time with an allocation failing.
*/
#ifndef NR_FUZZ_CORE_H
#define NR_FUZZ_CORE_H
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "../../ext/core/nr_alloc.h"

extern long nr_test_alloc_count, nr_test_fail_at, nr_test_live;
extern int nr_test_fail_sticky;

#define REQUIRE(cond) do{ if( !(cond) ){ \
  fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); abort(); } }while(0)

/* Arm the allocator: the k-th allocation from now fails (sticky or not). */
static inline void fault_arm(long k, int sticky){
  nr_test_alloc_count = 0; nr_test_fail_at = k; nr_test_fail_sticky = sticky;
}
static inline void fault_disarm(void){ nr_test_fail_at = 0; nr_test_fail_sticky = 0; }
/* Did an armed failure happen? */
static inline int fault_hit(void){ return nr_test_fail_at>0 && nr_test_alloc_count>=nr_test_fail_at; }

#endif
