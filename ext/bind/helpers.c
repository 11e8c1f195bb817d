/*
** helpers.c -- quote provenance across outlets.
**
**   quote_key(text)               the normalised key that gathers one statement
**                                 as several outlets printed it
**   quote_similarity(a, b [, min_words])
**                                 share of the shorter quote's words that the
**                                 other repeats (0..1); 0 for quotes shorter
**                                 than min_words content words (default 3)
*/
#include "bind.h"
#include "../core/quotekey.h"

static void quoteKeyFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z; size_t n, m;
  unsigned char *key;
  if( nr_arg_text_ctx(ctx, "quote_key", "text", argv[0], &z, &n) ) return;
  if( nr_quote_key(z, n, &key, &m) ){ sqlite3_result_error_nomem(ctx); return; }
  if( m>(size_t)sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1) ){
    /* normalisation can grow a text (NFKC of ½ is 1⁄2) */
    sqlite3_free(key);
    sqlite3_result_error(ctx, "quote_key(): the key is longer than SQLite's length limit", -1);
    sqlite3_result_error_code(ctx, SQLITE_TOOBIG);
    return;
  }
  sqlite3_result_text64(ctx, (const char *)key, m, sqlite3_free, SQLITE_UTF8);
}

static void quoteSimilarityFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *a, *b; size_t na, nb;
  int min_words = 3;
  double r;
  if( nr_arg_text_ctx(ctx, "quote_similarity", "first", argv[0], &a, &na) ) return;
  if( nr_arg_text_ctx(ctx, "quote_similarity", "second", argv[1], &b, &nb) ) return;
  if( argc==3 ){
    if( sqlite3_value_type(argv[2])!=SQLITE_INTEGER || sqlite3_value_int64(argv[2])<1
     || sqlite3_value_int64(argv[2])>1000 ){
      sqlite3_result_error(ctx, "quote_similarity(): min_words must be an integer from 1 to 1000", -1);
      return;
    }
    min_words = sqlite3_value_int(argv[2]);
  }
  r = nr_quote_similarity(a, na, b, nb, min_words);
  if( r<0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_double(ctx, r);
}

int nr_register_helpers(sqlite3 *db){
  static const nr_scalar fns[] = {
    {"quote_key", 1, NR_PURE, quoteKeyFunc},
    {"quote_similarity", 2, NR_PURE, quoteSimilarityFunc},
    {"quote_similarity", 3, NR_PURE, quoteSimilarityFunc},
  };
  return nr_register_scalars(db, fns, sizeof(fns)/sizeof(fns[0]));
}
