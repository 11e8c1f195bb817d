/*
** nr_alloc.c -- growth helper shared by the cores (the allocator itself is
** chosen at link time; see nr_alloc.h).
*/
#include "nr_alloc.h"
#include <stdint.h>

int nr_grow(void **pp, size_t *pcap, size_t need, size_t elsize){
  size_t cap = *pcap;
  void *p;
  if( need<=cap ) return NR_OK;
  if( cap<16 ) cap = 16;
  while( cap<need ){
    if( cap > SIZE_MAX/2 ) return NR_TOOBIG;
    cap *= 2;
  }
  if( cap > SIZE_MAX/elsize ) return NR_TOOBIG;
  p = nr_realloc(*pp, cap*elsize);
  if( p==0 ) return NR_NOMEM;
  *pp = p;
  *pcap = cap;
  return NR_OK;
}
