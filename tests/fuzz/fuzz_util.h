/*
** fuzz_util.h -- shared by fuzz_sql.c, tests/oom/oom.c and
** tests/threads/threads.c: find every function and table-valued function the
** extension registers (whatever has landed by run time), build the queries
** that call them, and run a query into a result string.
**
** Discovery: the names in pragma_function_list / pragma_module_list of a
** connection with newsroom registered that a plain connection lacks.  For a
** table-valued function, PRAGMA table_xinfo gives its output columns and its
** HIDDEN argument columns.  Its position columns are checked against
** substr(): `start`/`length` must give the first TEXT column, `X_start` /
** `X_length` the column X (SPEC.md: substr(text, start, length) is the span).
**
** The harness's own memory comes from libc, never from SQLite, so the OOM
** test counts only SQLite's and the extension's allocations.
*/
#ifndef NR_FUZZ_UTIL_H
#define NR_FUZZ_UTIL_H
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_newsroom_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#define NRT_MAX_FN 64
#define NRT_MAX_COL 24

typedef struct nrt_fn {
  char name[64];
  int is_tvf;
  int narg;                 /* scalars: one entry per registered arity (-1: any) */
  int n_hidden;             /* TVFs: argument columns */
  int n_out;
  char col[NRT_MAX_COL][48];
  char coltype[NRT_MAX_COL][16];
} nrt_fn;

/* A growable libc string. */
typedef struct nrt_buf { char *z; size_t n, cap; } nrt_buf;

/* An in-memory connection with newsroom registered (linked statically). */
static inline int nrt_open_db(sqlite3 **pdb){
  char *zErr = 0;
  int rc = sqlite3_open(":memory:", pdb);
  if( rc==SQLITE_OK ) rc = sqlite3_newsroom_init(*pdb, &zErr, 0);
  sqlite3_free(zErr);
  return rc;
}

static void nrt_put(nrt_buf *b, const void *p, size_t n){
  if( b->n+n+1>b->cap ){
    size_t nc = b->cap ? b->cap*2 : 256;
    while( nc<b->n+n+1 ) nc *= 2;
    b->z = realloc(b->z, nc);
    if( b->z==0 ){ fprintf(stderr, "harness out of memory\n"); abort(); }
    b->cap = nc;
  }
  if( n ) memcpy(b->z+b->n, p, n);
  b->n += n;
  b->z[b->n] = 0;
}
static void nrt_puts(nrt_buf *b, const char *s){ nrt_put(b, s, strlen(s)); }
static void nrt_reset(nrt_buf *b){ b->n = 0; if( b->z ) b->z[0] = 0; }
static void nrt_free(nrt_buf *b){ free(b->z); b->z = 0; b->n = b->cap = 0; }

/* Names (functions and modules) a connection knows, one per line. */
static int nrt_names(sqlite3 *db, nrt_buf *out){
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(db,
    "SELECT DISTINCT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list ORDER BY 1",
    -1, &st, 0);
  if( rc ) return rc;
  nrt_puts(out, "\n");
  while( (rc = sqlite3_step(st))==SQLITE_ROW ){
    nrt_puts(out, (const char *)sqlite3_column_text(st, 0));
    nrt_puts(out, "\n");
  }
  sqlite3_finalize(st);
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

static int nrt_in(const char *list, const char *name){
  char key[80];
  snprintf(key, sizeof key, "\n%s\n", name);
  return strstr(list, key)!=0;
}

/*
** Fill fns with what newsroom registered on db (db already has it), except
** the names in the NULL-terminated list skip.  Returns the count, or -1.
*/
static int nrt_discover(sqlite3 *db, nrt_fn *fns, int max, const char *const *skip){
  sqlite3 *plain = 0;
  nrt_buf base = {0}, mods = {0};
  sqlite3_stmt *st = 0;
  int n = 0, rc;
  if( sqlite3_open(":memory:", &plain)!=SQLITE_OK || nrt_names(plain, &base) ) goto fail;
  sqlite3_close(plain); plain = 0;
  /* modules */
  rc = sqlite3_prepare_v2(db, "SELECT name FROM pragma_module_list ORDER BY 1", -1, &st, 0);
  if( rc ) goto fail;
  nrt_puts(&mods, "\n");
  while( sqlite3_step(st)==SQLITE_ROW ){
    const char *nm = (const char *)sqlite3_column_text(st, 0);
    int k, skipped = 0;
    nrt_puts(&mods, nm); nrt_puts(&mods, "\n");
    if( nrt_in(base.z, nm) ) continue;
    for(k=0; skip && skip[k]; k++) if( strcmp(skip[k], nm)==0 ) skipped = 1;
    if( skipped || n>=max ) continue;
    memset(&fns[n], 0, sizeof(fns[n]));
    snprintf(fns[n].name, sizeof fns[n].name, "%s", nm);
    fns[n].is_tvf = 1;
    n++;
  }
  sqlite3_finalize(st); st = 0;
  /* columns of each TVF */
  {
    int i;
    for(i=0; i<n; i++){
      rc = sqlite3_prepare_v2(db, "SELECT name, type, hidden FROM pragma_table_xinfo(?1) ORDER BY cid", -1, &st, 0);
      if( rc ) goto fail;
      sqlite3_bind_text(st, 1, fns[i].name, -1, SQLITE_STATIC);
      while( sqlite3_step(st)==SQLITE_ROW ){
        if( sqlite3_column_int(st, 2) ) fns[i].n_hidden++;
        else if( fns[i].n_out<NRT_MAX_COL ){
          snprintf(fns[i].col[fns[i].n_out], 48, "%s", (const char *)sqlite3_column_text(st, 0));
          snprintf(fns[i].coltype[fns[i].n_out], 16, "%s", (const char *)sqlite3_column_text(st, 1));
          fns[i].n_out++;
        }
      }
      sqlite3_finalize(st); st = 0;
    }
  }
  /* scalar functions, one entry per arity */
  rc = sqlite3_prepare_v2(db,
    "SELECT DISTINCT name, narg FROM pragma_function_list ORDER BY 1, 2", -1, &st, 0);
  if( rc ) goto fail;
  while( sqlite3_step(st)==SQLITE_ROW ){
    const char *nm = (const char *)sqlite3_column_text(st, 0);
    int k, skipped = 0;
    if( nrt_in(base.z, nm) || nrt_in(mods.z, nm) ) continue;
    for(k=0; skip && skip[k]; k++) if( strcmp(skip[k], nm)==0 ) skipped = 1;
    if( skipped || n>=max ) continue;
    memset(&fns[n], 0, sizeof(fns[n]));
    snprintf(fns[n].name, sizeof fns[n].name, "%s", nm);
    fns[n].narg = sqlite3_column_int(st, 1);
    n++;
  }
  sqlite3_finalize(st);
  nrt_free(&base); nrt_free(&mods);
  return n;
fail:
  if( st ) sqlite3_finalize(st);
  if( plain ) sqlite3_close(plain);
  nrt_free(&base); nrt_free(&mods);
  return -1;
}

/* Number of arguments a call passes: all of a TVF's (ending with the
** optional ones), a scalar's arity (2 for a variadic one, capped at 2 if it
** takes no more). */
static int nrt_nargs(const nrt_fn *f){
  if( f->is_tvf ) return f->n_hidden;
  return f->narg<0 ? 2 : f->narg;
}

/* The query calling f with the first nargs of ?1 (text), ?2 (anchor), ?3... */
static void nrt_call_sql(const nrt_fn *f, int nargs, nrt_buf *out){
  int k;
  char tmp[16];
  nrt_reset(out);
  nrt_puts(out, f->is_tvf ? "SELECT * FROM " : "SELECT ");
  nrt_puts(out, f->name);
  nrt_puts(out, "(");
  for(k=0; k<nargs; k++){
    snprintf(tmp, sizeof tmp, "%s?%d", k ? ", " : "", k+1);
    nrt_puts(out, tmp);
  }
  nrt_puts(out, ")");
}

/* For a TVF with position columns, a query returning the number of rows whose
** span is not what substr() gives (must be 0); empty when it has none. */
static void nrt_span_sql(const nrt_fn *f, int nargs, nrt_buf *out){
  int c, k, first_text = -1;
  char tmp[16];
  nrt_reset(out);
  if( !f->is_tvf ) return;
  for(c=0; c<f->n_out; c++){
    if( first_text<0 && sqlite3_stricmp(f->coltype[c], "TEXT")==0 ) first_text = c;
  }
  for(c=0; c<f->n_out; c++){
    const char *nm = f->col[c];
    size_t L = strlen(nm);
    char span[48], len[56];
    int d, found = 0;
    if( L<5 || strcmp(nm+L-5, "start")!=0 ) continue;
    if( L==5 ){
      if( first_text<0 ) continue;
      snprintf(span, sizeof span, "%s", f->col[first_text]);
    }else{
      if( nm[L-6]!='_' ) continue;
      snprintf(span, sizeof span, "%.*s", (int)(L-6), nm);
    }
    snprintf(len, sizeof len, "%.*slength", (int)(L-5), nm);
    for(d=0; d<f->n_out; d++) if( strcmp(f->col[d], len)==0 ) found |= 1;
    for(d=0; d<f->n_out; d++) if( strcmp(f->col[d], span)==0 ) found |= 2;
    if( found!=3 ) continue;
    nrt_puts(out, out->n ? " + " : "SELECT 0 + ");
    nrt_puts(out, "(SELECT count(*) FROM ");
    nrt_puts(out, f->name);
    nrt_puts(out, "(");
    for(k=0; k<nargs; k++){
      snprintf(tmp, sizeof tmp, "%s?%d", k ? ", " : "", k+1);
      nrt_puts(out, tmp);
    }
    nrt_puts(out, ") WHERE \""); nrt_puts(out, nm);
    nrt_puts(out, "\" IS NOT NULL AND substr(?1, \""); nrt_puts(out, nm);
    nrt_puts(out, "\", \""); nrt_puts(out, len);
    nrt_puts(out, "\") IS NOT \""); nrt_puts(out, span); nrt_puts(out, "\")");
  }
}

/* Arguments for a call: argv[i] of type types[i] (SQLITE_TEXT, _BLOB,
** _INTEGER, _FLOAT, _NULL); texts and blobs of len[i] bytes. */
typedef struct nrt_args {
  int n;
  int type[4];
  const char *z[4];
  int len[4];
  sqlite3_int64 i[4];
  double r[4];
} nrt_args;

static int nrt_bind(sqlite3_stmt *st, const nrt_args *a){
  int k, rc = SQLITE_OK, np = sqlite3_bind_parameter_count(st);
  for(k=0; k<a->n && k<np && rc==SQLITE_OK; k++){
    switch( a->type[k] ){
      case SQLITE_TEXT: rc = sqlite3_bind_text(st, k+1, a->z[k], a->len[k], SQLITE_STATIC); break;
      case SQLITE_BLOB: rc = sqlite3_bind_blob(st, k+1, a->z[k], a->len[k], SQLITE_STATIC); break;
      case SQLITE_INTEGER: rc = sqlite3_bind_int64(st, k+1, a->i[k]); break;
      case SQLITE_FLOAT: rc = sqlite3_bind_double(st, k+1, a->r[k]); break;
      default: rc = sqlite3_bind_null(st, k+1); break;
    }
  }
  return rc;
}

/*
** Run sql with args; every column of every row goes into out (type-tagged),
** any error message into err.  Returns the final result code (SQLITE_OK for a
** completed query).
*/
static int nrt_run(sqlite3 *db, const char *sql, const nrt_args *a, nrt_buf *out, nrt_buf *err){
  sqlite3_stmt *st = 0;
  int rc, c, nc;
  char tmp[64];
  if( out ) nrt_reset(out);
  if( err ) nrt_reset(err);
  rc = sqlite3_prepare_v2(db, sql, -1, &st, 0);
  if( rc==SQLITE_OK && a ) rc = nrt_bind(st, a);
  if( rc==SQLITE_OK ){
    nc = sqlite3_column_count(st);
    while( (rc = sqlite3_step(st))==SQLITE_ROW ){
      for(c=0; c<nc; c++){
        int t = sqlite3_column_type(st, c);
        if( t==SQLITE_TEXT || t==SQLITE_BLOB ){
          const void *p = t==SQLITE_TEXT ? (const void *)sqlite3_column_text(st, c) : sqlite3_column_blob(st, c);
          int n = sqlite3_column_bytes(st, c);
          if( p==0 && n>0 ){ rc = SQLITE_NOMEM; break; }
          if( out ){
            snprintf(tmp, sizeof tmp, "%c%d:", t==SQLITE_TEXT ? 'T' : 'B', n);
            nrt_puts(out, tmp);
            nrt_put(out, p, (size_t)n);
          }
        }else if( out ){
          if( t==SQLITE_INTEGER ) snprintf(tmp, sizeof tmp, "I%lld", (long long)sqlite3_column_int64(st, c));
          else if( t==SQLITE_FLOAT ) snprintf(tmp, sizeof tmp, "R%.17g", sqlite3_column_double(st, c));
          else snprintf(tmp, sizeof tmp, "N");
          nrt_puts(out, tmp);
        }
        if( out ) nrt_puts(out, c+1<nc ? "|" : "\n");
      }
      if( rc==SQLITE_NOMEM ) break;
    }
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  if( rc!=SQLITE_OK && err ) nrt_puts(err, sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return rc;
}

#endif
