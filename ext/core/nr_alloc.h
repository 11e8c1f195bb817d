/*
** nr_alloc.h -- the allocator every core module uses.
**
** The cores never call malloc() directly.  They call nr_realloc()/nr_free(),
** which are defined once per build: ext/bind/alloc_sqlite.c routes them to
** SQLite's allocator (so its memory accounting and
** SQLITE_CONFIG_MALLOC fault injection see every byte), and
** tests/unit/alloc_libc.c routes them to libc with optional fault injection
** for the unit tests.  No state is kept here: the choice is made at link time.
**
** Every core function that allocates returns NR_NOMEM (or NULL) on failure and
** leaves its output in a state that its matching free function accepts.
*/
#ifndef NR_ALLOC_H
#define NR_ALLOC_H
#include <stddef.h>

#define NR_OK     0
#define NR_NOMEM  7   /* same value as SQLITE_NOMEM, for convenience only */
#define NR_TOOBIG 18  /* same value as SQLITE_TOOBIG */

void *nr_realloc(void *p, size_t n);  /* n==0 is never passed */
void nr_free(void *p);                /* p may be NULL */

/* Grow *pp (an array of elsize-byte items with capacity *pcap) so that it
** holds at least need items.  Returns NR_OK or NR_NOMEM (leaving *pp intact). */
int nr_grow(void **pp, size_t *pcap, size_t need, size_t elsize);

/* Typed helper: NR_PUSH(vec, count, cap, value) appends or returns NR_NOMEM
** from the enclosing function.  vec must be an lvalue pointer. */
#define NR_RESERVE(vec, cap, need) \
  nr_grow((void **)&(vec), &(cap), (need), sizeof(*(vec)))

#endif
