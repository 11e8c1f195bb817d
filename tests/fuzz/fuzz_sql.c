/*
** fuzz_sql.c -- libFuzzer target through the SQL surface.
**
** The extension is linked in statically (-DSQLITE_CORE) and registered on one
** in-memory connection; every function and table-valued function it has
** registered at run time (news_articles excluded: it reads files) is called
** on the input, every row and column read.  Checks, beyond "no crash, no
** sanitizer report, no leak": a call either completes or fails with an error
** (never SQLITE_INTERNAL/MISUSE/CORRUPT...), an empty text gives no rows, and
** on input without NUL bytes every position column agrees with substr().
**
** Input layout: byte 0 chooses the argument types; the rest is the text.
**   bits 0-1: 0..2 text, 3 another type (bits 4-5: blob, integer, real, null)
**   bits 2-3: the second argument (anchor): 0 none/NULL, 1 '2022-02-08',
**             2 '2022-02-08T10:30', 3 the text's first line (rest is the text)
*/
#include "fuzz_util.h"
#include <stdint.h>

static sqlite3 *db;
static nrt_fn fns[NRT_MAX_FN];
static int nfns;
static nrt_buf call_sql[NRT_MAX_FN][3], span_sql[NRT_MAX_FN];
static nrt_buf multi_sql[NRT_MAX_FN], count_sql[NRT_MAX_FN];
static const char *const skip[] = {"news_articles", 0};

int LLVMFuzzerInitialize(int *argc, char ***argv){
  char *err = 0;
  int i, k;
  (void)argc; (void)argv;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) abort();
  if( sqlite3_newsroom_init(db, &err, 0)!=SQLITE_OK ){
    fprintf(stderr, "newsroom init: %s\n", err ? err : "?"); abort();
  }
  nfns = nrt_discover(db, fns, NRT_MAX_FN, skip);
  if( nfns<=0 ){ fprintf(stderr, "no newsroom functions found\n"); abort(); }
  for(i=0; i<nfns; i++){
    int nmax = nrt_nargs(&fns[i]);
    fprintf(stderr, "fuzz_sql: %s %s/%d\n", fns[i].is_tvf ? "table" : "scalar", fns[i].name, nmax);
    /* every arity from 1 to the full one (a TVF's optional arguments) */
    for(k=0; k<3; k++){
      if( k+1<=nmax && (fns[i].is_tvf || fns[i].narg<0 || k+1==nmax) ) nrt_call_sql(&fns[i], k+1, &call_sql[i][k]);
      else if( k==0 && nmax==0 ) nrt_call_sql(&fns[i], 0, &call_sql[i][k]);
    }
    nrt_span_sql(&fns[i], nmax, &span_sql[i]);
    if( fns[i].is_tvf && nmax>=1 ){
      /* several documents through one cursor: its state is reused */
      nrt_puts(&multi_sql[i], "SELECT count(*) FROM (SELECT ?1 AS x UNION ALL SELECT ?2 UNION ALL SELECT ?1) d, ");
      nrt_puts(&multi_sql[i], fns[i].name); nrt_puts(&multi_sql[i], "(d.x) q");
      nrt_puts(&count_sql[i], "SELECT count(*) FROM ");
      nrt_puts(&count_sql[i], fns[i].name); nrt_puts(&count_sql[i], "(?1)");
    }
    if( span_sql[i].n ) fprintf(stderr, "fuzz_sql:   positions checked by %s\n", span_sql[i].z);
  }
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1<<20);
  return 0;
}

static void expect_ok_or_error(int rc, const char *sql, nrt_buf *err){
  /* An SQL error (bad argument) or SQLITE_TOOBIG is an answer; anything else
  ** means the extension misused SQLite or lost track of memory. */
  if( rc==SQLITE_OK || rc==SQLITE_ERROR || rc==SQLITE_TOOBIG ) return;
  fprintf(stderr, "%s: unexpected result code %d (%s)\n", sql, rc, err->z ? err->z : "");
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  nrt_args a;
  nrt_buf out = {0}, err = {0};
  unsigned mode = size ? data[0] : 0;
  const char *text = size ? (const char *)data+1 : "";
  size_t n = size ? size-1 : 0;
  int i, k, rc, has_nul;
  static const char *anchors[] = {0, "2022-02-08", "2022-02-08T10:30"};
  memset(&a, 0, sizeof a);
  a.n = 2;
  a.type[1] = SQLITE_NULL;
  if( ((mode>>2)&3)==3 ){
    const char *nl = memchr(text, '\n', n);
    size_t m = nl ? (size_t)(nl-text) : n;
    a.type[1] = SQLITE_TEXT; a.z[1] = text; a.len[1] = (int)m;
    text += nl ? m+1 : m; n -= nl ? m+1 : m;
  }else if( (mode>>2)&3 ){
    a.type[1] = SQLITE_TEXT; a.z[1] = anchors[(mode>>2)&3]; a.len[1] = -1;
  }
  a.z[0] = text; a.len[0] = (int)n;
  if( (mode&3)!=3 ) a.type[0] = SQLITE_TEXT;
  else switch( (mode>>4)&3 ){
    case 0: a.type[0] = SQLITE_BLOB; break;
    case 1: a.type[0] = SQLITE_INTEGER; a.i[0] = (sqlite3_int64)n * (mode&0x40 ? -1 : 1); break;
    case 2: a.type[0] = SQLITE_FLOAT; a.r[0] = (double)n / 3.0; break;
    default: a.type[0] = SQLITE_NULL; break;
  }
  has_nul = memchr(text, 0, n)!=0;

  for(i=0; i<nfns; i++){
    for(k=0; k<3; k++){
      if( call_sql[i][k].z==0 ) continue;
      rc = nrt_run(db, call_sql[i][k].z, &a, &out, &err);
      expect_ok_or_error(rc, call_sql[i][k].z, &err);
      /* an empty text or NULL: no rows (TVF) or NULL (scalar) */
      if( rc==SQLITE_OK && fns[i].is_tvf && (a.type[0]==SQLITE_NULL || (a.type[0]==SQLITE_TEXT && n==0)) && out.n ){
        fprintf(stderr, "%s: rows for an empty or NULL text:\n%s\n", call_sql[i][k].z, out.z);
        abort();
      }
      if( rc==SQLITE_OK && !fns[i].is_tvf && a.type[0]==SQLITE_NULL && fns[i].narg>0 && strcmp(out.z, "N\n")!=0 ){
        fprintf(stderr, "%s: NULL text did not give NULL: %s\n", call_sql[i][k].z, out.z);
        abort();
      }
      /* a bad argument type is an error naming the function */
      if( rc==SQLITE_ERROR && (a.type[0]==SQLITE_TEXT || a.type[0]==SQLITE_NULL) && k==0 ){
        fprintf(stderr, "%s: error on a text argument: %s\n", call_sql[i][k].z, err.z);
        abort();
      }
      if( rc==SQLITE_ERROR && strstr(err.z, fns[i].name)==0 ){
        fprintf(stderr, "%s: error message does not name the function: %s\n", call_sql[i][k].z, err.z);
        abort();
      }
    }
    if( span_sql[i].z && a.type[0]==SQLITE_TEXT && !has_nul ){
      rc = nrt_run(db, span_sql[i].z, &a, &out, &err);
      expect_ok_or_error(rc, span_sql[i].z, &err);
      if( rc==SQLITE_OK && strcmp(out.z, "I0\n")!=0 ){
        fprintf(stderr, "%s: %s rows whose start/length disagree with substr()\n", span_sql[i].z, out.z);
        abort();
      }
    }
  }
  /* the two halves of the text as documents of one statement: as many rows
  ** as each alone (the first twice) */
  if( a.type[0]==SQLITE_TEXT && n>1 ){
    nrt_args h;
    size_t half = n/2;
    memset(&h, 0, sizeof h);
    h.n = 2;
    h.type[0] = h.type[1] = SQLITE_TEXT;
    h.z[0] = text; h.len[0] = (int)half;
    h.z[1] = text+half; h.len[1] = (int)(n-half);
    for(i=0; i<nfns; i++){
      long c1, c2, cm;
      nrt_args h2 = h;
      if( multi_sql[i].z==0 ) continue;
      h2.z[0] = h.z[1]; h2.len[0] = h.len[1];
      if( nrt_run(db, count_sql[i].z, &h, &out, &err)!=SQLITE_OK ) continue;
      c1 = atol(out.z+1);
      if( nrt_run(db, count_sql[i].z, &h2, &out, &err)!=SQLITE_OK ) continue;
      c2 = atol(out.z+1);
      rc = nrt_run(db, multi_sql[i].z, &h, &out, &err);
      expect_ok_or_error(rc, multi_sql[i].z, &err);
      if( rc!=SQLITE_OK ) continue;
      cm = atol(out.z+1);
      if( cm!=2*c1+c2 ){
        fprintf(stderr, "%s: %ld rows for three documents, %ld + %ld + %ld alone\n", multi_sql[i].z, cm, c1, c2, c1);
        abort();
      }
    }
  }
  nrt_free(&out); nrt_free(&err);
  return 0;
}
