/*
** tvf.c -- the shared scaffold for newsroom's table-valued functions.
**
** Every table function is an eponymous-only virtual table (xCreate = 0) in the
** manner of SQLite's ext/misc/series.c: output columns first, arguments as
** HIDDEN columns, equality constraints on those columns turned into xFilter
** arguments.  xBestIndex follows the rules SQLite documents: an argument
** given but not usable in this join order -> SQLITE_CONSTRAINT (the planner
** tries another order); a required argument never given -> an error message.
*/
#include "bind.h"
#include <string.h>

typedef struct tvf_vtab {
  sqlite3_vtab base;
  const nr_tvf *def;
  sqlite3 *db;
} tvf_vtab;

typedef struct tvf_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_int64 row;
  sqlite3_int64 n_rows;     /* -1 while streaming */
  int eof;
  sqlite3_value *args[4];   /* copies of the arguments, for the HIDDEN columns */
  /* the binding's state follows, aligned */
  union { double d; void *p; sqlite3_int64 i; } state[1];
} tvf_cursor;

#define MAX_ARGS 4

static int tvfConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  const nr_tvf *def = (const nr_tvf *)pAux;
  tvf_vtab *v;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, def->schema);
  if( rc!=SQLITE_OK ) return rc;
  v = sqlite3_malloc64(sizeof(*v));
  if( v==0 ) return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  v->def = def;
  v->db = db;
  sqlite3_vtab_config(db, def->direct_only ? SQLITE_VTAB_DIRECTONLY : SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &v->base;
  return SQLITE_OK;
}

static int tvfDisconnect(sqlite3_vtab *p){
  sqlite3_free(p);
  return SQLITE_OK;
}

static int tvfBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *info){
  tvf_vtab *v = (tvf_vtab *)pVtab;
  const nr_tvf *def = v->def;
  int seen[MAX_ARGS], usable[MAX_ARGS];
  int i, n = 0, mask = 0;
  for(i=0; i<def->n_arg; i++){ seen[i] = 0; usable[i] = -1; }
  for(i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int a = c->iColumn - def->n_out;
    if( a<0 || a>=def->n_arg ) continue;      /* output column: not ours to check */
    if( c->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    seen[a] = 1;
    if( c->usable && usable[a]<0 ) usable[a] = i;
  }
  for(i=0; i<def->n_arg; i++){
    if( seen[i] && usable[i]<0 ) return SQLITE_CONSTRAINT;
  }
  for(i=0; i<def->n_arg; i++){
    if( usable[i]>=0 ){
      info->aConstraintUsage[usable[i]].argvIndex = ++n;
      info->aConstraintUsage[usable[i]].omit = 1;
      mask |= 1<<i;
    }
  }
  info->idxNum = mask;
  /* A plan without a required argument is priced out rather than refused:
  ** SQLite also asks about subsets of the constraints (the terms of an OR),
  ** and an error here would fail queries that have a good plan.  If no
  ** better plan exists, xFilter reports the missing argument. */
  for(i=0; i<def->n_arg_required; i++){
    if( !(mask & (1<<i)) ){
      info->estimatedCost = 1e300;
      info->estimatedRows = 2147483647;
      return SQLITE_OK;
    }
  }
  info->estimatedCost = 10.0;
  info->estimatedRows = 50;
  return SQLITE_OK;
}

static int tvfOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  tvf_vtab *v = (tvf_vtab *)pVtab;
  size_t sz = sizeof(tvf_cursor) + v->def->state_size;
  tvf_cursor *c = sqlite3_malloc64(sz);
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sz);
  *ppCur = &c->base;
  return SQLITE_OK;
}

static void tvf_reset(tvf_cursor *c, const nr_tvf *def){
  int i;
  def->reset(c->state);
  for(i=0; i<MAX_ARGS; i++){ sqlite3_value_free(c->args[i]); c->args[i] = 0; }
  c->row = 0; c->n_rows = 0; c->eof = 1;
}

static int tvfClose(sqlite3_vtab_cursor *cur){
  tvf_cursor *c = (tvf_cursor *)cur;
  const nr_tvf *def = ((tvf_vtab *)cur->pVtab)->def;
  tvf_reset(c, def);
  if( def->close ) def->close(c->state);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int tvf_set_error(sqlite3_vtab_cursor *cur, char *zErr, int rc){
  sqlite3_vtab *v = cur->pVtab;
  if( zErr ){
    sqlite3_free(v->zErrMsg);
    v->zErrMsg = zErr;
  }
  return rc;
}

static int tvf_step(tvf_cursor *c, const nr_tvf *def){
  char *zErr = 0;
  int rc;
  if( c->n_rows>=0 ){
    c->eof = c->row>=c->n_rows;
    return SQLITE_OK;
  }
  rc = def->next(c->state, c->row, &c->eof, &zErr);
  if( rc!=SQLITE_OK ) return tvf_set_error(&c->base, zErr, rc);
  sqlite3_free(zErr);
  return SQLITE_OK;
}

static int tvfFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  tvf_cursor *c = (tvf_cursor *)cur;
  const nr_tvf *def = ((tvf_vtab *)cur->pVtab)->def;
  sqlite3_value *args[MAX_ARGS];
  char *zErr = 0;
  int i, k = 0, rc;
  (void)idxStr;
  tvf_reset(c, def);
  for(i=0; i<def->n_arg_required; i++){
    if( !(idxNum & (1<<i)) ){
      return tvf_set_error(cur, sqlite3_mprintf("%s(): missing %s argument",
                                                def->name, def->arg_names[i]), SQLITE_ERROR);
    }
  }
  /* arguments in column order; absent optional ones are NULL pointers */
  for(i=0; i<def->n_arg; i++){
    args[i] = (idxNum & (1<<i)) && k<argc ? argv[k++] : 0;
    if( args[i] ){
      c->args[i] = sqlite3_value_dup(args[i]);
      if( c->args[i]==0 ) return SQLITE_NOMEM;
    }
  }
  /* the filters get the copies: a text they keep pointers into (rows are
  ** read until the next xFilter) lives as long as the cursor's copy, so no
  ** function copies an article a second time */
  if( def->filter_db ){
    rc = def->filter_db(c->state, ((tvf_vtab *)cur->pVtab)->db, def->n_arg, c->args, &c->n_rows, &zErr);
  }else{
    rc = def->filter(c->state, def->n_arg, c->args, &c->n_rows, &zErr);
  }
  if( rc!=SQLITE_OK ){
    c->n_rows = 0;
    c->eof = 1;
    if( rc==SQLITE_NOMEM ){ sqlite3_free(zErr); return rc; }
    return tvf_set_error(cur, zErr, rc);
  }
  sqlite3_free(zErr);
  c->row = 0;
  return tvf_step(c, def);
}

static int tvfNext(sqlite3_vtab_cursor *cur){
  tvf_cursor *c = (tvf_cursor *)cur;
  c->row++;
  return tvf_step(c, ((tvf_vtab *)cur->pVtab)->def);
}

static int tvfEof(sqlite3_vtab_cursor *cur){
  return ((tvf_cursor *)cur)->eof;
}

static int tvfColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  tvf_cursor *c = (tvf_cursor *)cur;
  const nr_tvf *def = ((tvf_vtab *)cur->pVtab)->def;
  if( col>=def->n_out ){
    int a = col - def->n_out;
    if( a<MAX_ARGS && c->args[a] ) sqlite3_result_value(ctx, c->args[a]);
    return SQLITE_OK;
  }
  return def->column(c->state, c->row, col, ctx);
}

static int tvfRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((tvf_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module tvf_module = {
  0,               /* iVersion */
  0,               /* xCreate: eponymous-only */
  tvfConnect,
  tvfBestIndex,
  tvfDisconnect,
  0,               /* xDestroy */
  tvfOpen,
  tvfClose,
  tvfFilter,
  tvfNext,
  tvfEof,
  tvfColumn,
  tvfRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

int nr_tvf_register(sqlite3 *db, const nr_tvf *def){
  if( def->n_arg>MAX_ARGS ) return SQLITE_MISUSE;
  return sqlite3_create_module(db, def->name, &tvf_module, (void *)def);
}

int nr_register_scalars(sqlite3 *db, const nr_scalar *a, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    int rc = sqlite3_create_function(db, a[i].name, a[i].n_arg, a[i].flags, 0, a[i].fn, 0, 0);
    if( rc!=SQLITE_OK ) return rc;
  }
  return SQLITE_OK;
}

static const char *type_name(int t){
  switch( t ){
    case SQLITE_INTEGER: return "integer";
    case SQLITE_FLOAT: return "real";
    case SQLITE_BLOB: return "blob";
    case SQLITE_NULL: return "null";
    default: return "text";
  }
}

int nr_arg_text(const char *fn, const char *arg, sqlite3_value *v,
                const unsigned char **pz, size_t *pn, char **pzErr){
  int t = v ? sqlite3_value_type(v) : SQLITE_NULL;
  if( t==SQLITE_NULL ) return 1;
  if( t!=SQLITE_TEXT ){
    *pzErr = sqlite3_mprintf("%s(): the %s argument must be text, got %s", fn, arg, type_name(t));
    return -1;
  }
  *pz = sqlite3_value_text(v);
  *pn = (size_t)sqlite3_value_bytes(v);
  if( *pz==0 ){
    *pzErr = 0;   /* out of memory while converting */
    return -2;
  }
  return 0;
}

int nr_arg_text_ctx(sqlite3_context *ctx, const char *fn, const char *arg,
                    sqlite3_value *v, const unsigned char **pz, size_t *pn){
  char *zErr = 0;
  int rc = nr_arg_text(fn, arg, v, pz, pn, &zErr);
  if( rc==-2 ){ sqlite3_result_error_nomem(ctx); return -1; }
  if( rc<0 ){
    if( zErr ){ sqlite3_result_error(ctx, zErr, -1); sqlite3_free(zErr); }
    else sqlite3_result_error_nomem(ctx);
  }
  return rc;
}

unsigned char *nr_dup(const unsigned char *z, size_t n){
  unsigned char *p = sqlite3_malloc64((sqlite3_uint64)n+1);
  if( p ){ if( n ) memcpy(p, z, n); p[n] = 0; }
  return p;
}

void nr_result_text(sqlite3_context *ctx, const unsigned char *z, size_t n){
  if( z==0 ) sqlite3_result_null(ctx);
  else sqlite3_result_text64(ctx, (const char *)z, (sqlite3_uint64)n, SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* A name as one line: each run of spaces, tabs and line breaks in it is one
** space (a hard-wrapped "Ilse\nVoss" is "Ilse Voss"). */
void nr_result_name(sqlite3_context *ctx, const unsigned char *z, size_t n){
  size_t i, o;
  unsigned char *p;
  if( z==0 ){ sqlite3_result_null(ctx); return; }
  for(i=0; i<n && !(z[i]<=' ' && (z[i]!=' ' || (i+1<n && z[i+1]<=' '))); i++){}
  if( i==n ){ nr_result_text(ctx, z, n); return; }
  p = sqlite3_malloc64((sqlite3_uint64)n+1);
  if( p==0 ){ sqlite3_result_error_nomem(ctx); return; }
  for(i=0, o=0; i<n; i++){
    if( z[i]<=' ' && z[i]>0 ){
      if( o==0 || p[o-1]!=' ' ) p[o++] = ' ';
    }else p[o++] = z[i];
  }
  sqlite3_result_text64(ctx, (const char *)p, (sqlite3_uint64)o, sqlite3_free, SQLITE_UTF8);
}
