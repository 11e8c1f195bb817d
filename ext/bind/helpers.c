/*
** helpers.c -- quote_key(text): the normalised key that gathers one statement
** as several outlets printed it (GROUP BY quote_key(quote)).
*/
#include "bind.h"
#include "../core/quotekey.h"

static void quoteKeyFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z; size_t n, m;
  unsigned char *key;
  if( nr_arg_text_ctx(ctx, "quote_key", "text", argv[0], &z, &n) ) return;
  if( nr_quote_key(z, n, &key, &m) ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text64(ctx, (const char *)key, m, sqlite3_free, SQLITE_UTF8);
}

int nr_register_helpers(sqlite3 *db){
  static const nr_scalar fns[] = {
    {"quote_key", 1, NR_PURE, quoteKeyFunc},
  };
  return nr_register_scalars(db, fns, sizeof(fns)/sizeof(fns[0]));
}
