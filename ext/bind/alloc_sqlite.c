/*
** alloc_sqlite.c -- the cores' allocator inside the extension: SQLite's, so
** that memory accounting, SQLITE_CONFIG_MALLOC and OOM tests see every byte.
*/
#include "bind.h"
#include "../core/nr_alloc.h"

void *nr_realloc(void *p, size_t n){
  return sqlite3_realloc64(p, (sqlite3_uint64)n);
}

void nr_free(void *p){
  sqlite3_free(p);
}
