/*
** oom.c -- every allocation newsroom (and SQLite on its behalf) makes may
** fail, and each failure ends in a clean SQLITE_NOMEM.
**
** As SQLite's own malloc tests do, a wrapping allocator is installed with
** sqlite3_config(SQLITE_CONFIG_MALLOC) before sqlite3_initialize(); lookaside
** is off so every allocation goes through it.  The extension is linked in
** statically (-DSQLITE_CORE) and registered with sqlite3_newsroom_init().
**
** Cases: registering the extension on a new connection; each function and
** table-valued function registered at run time (found, not listed: they are
** covered as they land) called on a short news paragraph with quotes and
** dates (and an anchor where they take a second argument); each table
** function over every article of tests/fixtures/articles in one statement
** (state reused from document to document); news_articles on
** tests/fixtures/articles and on a JSONL file; a join of the two families.
**
** For each case and for N = 1, 2, ... the Nth allocation of the run fails --
** "sticky": it and every later one; "once": only it -- until a run makes
** fewer than N allocations.  Each run must either give exactly the rows of a
** clean run or fail with SQLITE_NOMEM (no other error, no partial answer
** passed off as a result); after a failure the same query on the same
** connection must give the clean rows; after sqlite3_close() the outstanding allocations
** and sqlite3_memory_used() must be back at their baseline.  ASan and LSan
** (the Makefile builds this with them) catch crashes and leaks of libc
** memory on the error paths.
*/
#include "../fuzz/fuzz_util.h"

static sqlite3_mem_methods orig;
static long n_alloc, fail_at, n_failed, live;
static int sticky;

static int should_fail(void){
  n_alloc++;
  if( fail_at>0 && (n_alloc==fail_at || (sticky && n_alloc>fail_at)) ){ n_failed++; return 1; }
  return 0;
}
static void *xMalloc(int n){
  void *p;
  if( should_fail() ) return 0;
  p = orig.xMalloc(n);
  if( p ) live++;
  return p;
}
static void xFree(void *p){ if( p ) live--; orig.xFree(p); }
static void *xRealloc(void *p, int n){
  if( should_fail() ) return 0;
  return orig.xRealloc(p, n);
}
static int xSize(void *p){ return orig.xSize(p); }
static int xRoundup(int n){ return orig.xRoundup(n); }
static int xInit(void *x){ return orig.xInit(x); }
static void xShutdown(void *x){ orig.xShutdown(x); }

static void arm(long n, int st){ n_alloc = 0; n_failed = 0; fail_at = n; sticky = st; }
static void disarm(void){ fail_at = 0; sticky = 0; }

static const char *paragraph =
  "Mayor Ana Ruiz said on Tuesday that the ferry \"will run again by March 3.\" "
  "\xE2\x80\x9CWe are not there yet,\xE2\x80\x9D she told reporters on Feb. 8, 2022. "
  "The council, according to its chair Tom Berg, expects a vote next week.\n\n"
  "\xE2\x80\x98Small steps,\xE2\x80\x99 Ruiz added at 10:30 GMT. Berg said the U.S. firm "
  "would answer by the end of the month.";

typedef struct ocase {
  char name[96];
  char sql[512];
  nrt_args args;
  int init_only;     /* the case is opening and registering itself */
} ocase;

#define MAX_CASES (2*NRT_MAX_FN+8)
static ocase cases[MAX_CASES];
static int ncases;
static int n_ok, n_notok;

/* One run: 0 when it was acceptable, else 1 with a message in why. */
static int one_run(const ocase *c, long n, int st, const nrt_buf *want,
                   sqlite3_int64 mem0, long live0, int *injected, char *why, size_t nwhy){
  sqlite3 *db = 0;
  nrt_buf out = {0}, err = {0};
  int rc, bad = 0;
  if( c->init_only ){
    arm(n, st);
    rc = nrt_open_db(&db);
    disarm();
  }else{
    if( nrt_open_db(&db)!=SQLITE_OK ){ snprintf(why, nwhy, "clean open failed"); sqlite3_close(db); return 1; }
    arm(n, st);
    rc = nrt_run(db, c->sql, &c->args, &out, &err);
    disarm();
  }
  *injected = n_failed>0;
  /* after a failure the connection still works: the same query, no
  ** failure, gives the clean answer (no half-built state left behind) */
  if( rc!=SQLITE_OK && (rc&0xff)==SQLITE_NOMEM && !c->init_only ){
    nrt_buf again = {0};
    int rc2 = nrt_run(db, c->sql, &c->args, &again, 0);
    if( rc2!=SQLITE_OK || again.n!=want->n || memcmp(again.z ? again.z : "", want->z ? want->z : "", again.n)!=0 ){
      snprintf(why, nwhy, "N=%ld: after SQLITE_NOMEM the same query on the same connection gave %s",
               n, rc2!=SQLITE_OK ? sqlite3_errmsg(db) : "a different result");
      bad = 1;
    }
    nrt_free(&again);
  }
  if( !bad && rc==SQLITE_OK ){
    if( !c->init_only && (out.n!=want->n || memcmp(out.z ? out.z : "", want->z ? want->z : "", out.n)!=0) ){
      snprintf(why, nwhy, "N=%ld: succeeded with a different result (%zu bytes, clean run %zu)", n, out.n, want->n);
      bad = 1;
    }
  }else if( !bad && (rc&0xff)!=SQLITE_NOMEM ){
    snprintf(why, nwhy, "N=%ld: result code %d, not SQLITE_NOMEM: %s", n, rc, err.z ? err.z : sqlite3_errmsg(db));
    bad = 1;
  }
  rc = sqlite3_close(db);
  if( !bad && rc!=SQLITE_OK ){ snprintf(why, nwhy, "N=%ld: sqlite3_close returned %d", n, rc); bad = 1; }
  if( !bad && (live!=live0 || sqlite3_memory_used()!=mem0) ){
    snprintf(why, nwhy, "N=%ld: leak: %ld blocks, %lld bytes outstanding after close",
             n, live-live0, (long long)(sqlite3_memory_used()-mem0));
    bad = 1;
  }
  nrt_free(&out); nrt_free(&err);
  return bad;
}

static void sweep(const ocase *c){
  static const char *mode_name[] = {"once", "sticky"};
  nrt_buf want = {0}, err = {0};
  sqlite3 *db = 0;
  sqlite3_int64 mem0;
  long live0, n;
  int mode, rc;
  char why[512];
  mem0 = sqlite3_memory_used();
  live0 = live;
  /* the clean run: its answer, and no leak without any failure either */
  if( !c->init_only ){
    if( nrt_open_db(&db)!=SQLITE_OK ){ printf("not ok - oom: %s: clean open failed\n", c->name); n_notok++; return; }
    rc = nrt_run(db, c->sql, &c->args, &want, &err);
    sqlite3_close(db);
    if( rc!=SQLITE_OK ){
      printf("not ok - oom: %s: clean run failed (%d): %s\n", c->name, rc, err.z);
      n_notok++; nrt_free(&want); nrt_free(&err); return;
    }
    if( live!=live0 || sqlite3_memory_used()!=mem0 ){
      printf("not ok - oom: %s: clean run leaks %ld blocks, %lld bytes\n", c->name,
             live-live0, (long long)(sqlite3_memory_used()-mem0));
      n_notok++; nrt_free(&want); nrt_free(&err); return;
    }
  }
  for(mode=1; mode>=0; mode--){
    int injected = 1, failed = 0;
    for(n=1; injected && n<200000; n++){
      if( one_run(c, n, mode, &want, mem0, live0, &injected, why, sizeof why) ){ failed = 1; break; }
    }
    if( failed ){
      printf("not ok - oom: %s (%s): %s\n", c->name, mode_name[mode], why);
      n_notok++;
    }else{
      printf("ok - oom: %s (%s): %ld allocation failures, each a clean SQLITE_NOMEM or the same rows, no leak\n",
             c->name, mode_name[mode], n-2);
      n_ok++;
    }
  }
  nrt_free(&want); nrt_free(&err);
}

static ocase *add_case(const char *name, const char *sql){
  ocase *c = &cases[ncases++];
  memset(c, 0, sizeof *c);
  snprintf(c->name, sizeof c->name, "%s", name);
  snprintf(c->sql, sizeof c->sql, "%s", sql);
  /* ?1 the paragraph, ?2 an anchor date (or a second text), ?3 a count */
  c->args.n = 3;
  c->args.type[0] = SQLITE_TEXT; c->args.z[0] = paragraph; c->args.len[0] = -1;
  c->args.type[1] = SQLITE_TEXT; c->args.z[1] = "2022-02-08"; c->args.len[1] = -1;
  c->args.type[2] = SQLITE_INTEGER; c->args.i[2] = 3;
  return c;
}

int main(void){
  static const sqlite3_mem_methods wrapped = {
    xMalloc, xFree, xRealloc, xSize, xRoundup, xInit, xShutdown, 0
  };
  static const char *const skip[] = {"news_articles", 0};
  nrt_fn fns[NRT_MAX_FN];
  nrt_buf q = {0};
  sqlite3 *db;
  int nf, i, has_articles = 0;

  setvbuf(stdout, 0, _IOLBF, 0);   /* lines survive a sanitizer exit */
  if( sqlite3_config(SQLITE_CONFIG_GETMALLOC, &orig)!=SQLITE_OK
   || sqlite3_config(SQLITE_CONFIG_MALLOC, &wrapped)!=SQLITE_OK
   || sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0)!=SQLITE_OK
   || sqlite3_initialize()!=SQLITE_OK ){
    printf("not ok - oom: cannot install the failing allocator\n");
    return 1;
  }
  if( nrt_open_db(&db)!=SQLITE_OK ){ printf("not ok - oom: cannot open\n"); return 1; }
  nf = nrt_discover(db, fns, NRT_MAX_FN, skip);
  {
    sqlite3_stmt *st;
    if( sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_module_list WHERE name='news_articles'", -1, &st, 0)==SQLITE_OK ){
      has_articles = sqlite3_step(st)==SQLITE_ROW;
      sqlite3_finalize(st);
    }
  }
  sqlite3_close(db);
  if( nf<=0 ){ printf("not ok - oom: no newsroom functions found\n"); return 1; }

  add_case("open + sqlite3_newsroom_init", "")->init_only = 1;
  for(i=0; i<nf && ncases<MAX_CASES-4; i++){
    char name[96];
    int k = nrt_nargs(&fns[i]);
    nrt_call_sql(&fns[i], k, &q);
    snprintf(name, sizeof name, "%s/%d", fns[i].name, k);
    add_case(name, q.z);
  }
  if( has_articles ){
    /* each table function over several documents in one statement: the
    ** per-cursor state reused from one document to the next */
    for(i=0; i<nf && ncases<MAX_CASES-4; i++){
      char name[96], sql[256];
      if( !fns[i].is_tvf ) continue;
      snprintf(name, sizeof name, "%s over tests/fixtures/articles", fns[i].name);
      snprintf(sql, sizeof sql, "SELECT a.id, x.* FROM news_articles('tests/fixtures/articles') a, %s(a.body) x", fns[i].name);
      add_case(name, sql);
    }
    add_case("news_articles(directory)", "SELECT * FROM news_articles('tests/fixtures/articles')");
    add_case("news_articles(jsonl)", "SELECT * FROM news_articles('tests/fixtures/jsonl/feed.jsonl')");
    add_case("news_articles x article_sentences x quote_key",
      "SELECT a.id, a.published, article_title(a.text), s.sentence, quote_key(s.text) "
      "FROM news_articles('tests/fixtures/articles') a, article_sentences(a.body) s");
  }
  nrt_free(&q);

  for(i=0; i<ncases; i++) sweep(&cases[i]);
  printf("# oom: %d cases, %d ok, %d not ok\n", ncases*2, n_ok, n_notok);
  return n_notok ? 1 : 0;
}
