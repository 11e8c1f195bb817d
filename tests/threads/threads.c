/*
** threads.c -- several threads, each with its own connection, run every
** registered newsroom function at once, over and over; every answer must be
** the one a single thread got first.  Built with -fsanitize=thread (make
** thread-test): a data race anywhere in the extension (a lazily built table,
** a static buffer, shared scratch state) is a ThreadSanitizer report and a
** non-zero exit; a wrong answer under contention is a "not ok" line.
**
** The functions are found at run time (fuzz_util.h), so the ones still being
** written are covered as they land; news_articles reads tests/fixtures.
*/
#include "../fuzz/fuzz_util.h"
#include <pthread.h>

#define NTHREADS 4
#define ROUNDS 15

static const char *texts[] = {
  ("Mayor Ana Ruiz said on Tuesday that the ferry \"will run again by March 3.\" "
  "\xE2\x80\x9CWe are not there yet,\xE2\x80\x9D she told reporters on Feb. 8, 2022. "
  "The council, according to its chair Tom Berg, expects a vote next week.\n\n"
  "\xE2\x80\x98Small steps,\xE2\x80\x99 Ruiz added at 10:30 GMT."),
  ("Port Strike Ends\n10 February, 2022, 11:40 am\n\nWorkers returned on Monday. "
   "\xC2\xAB Nous avons gagn\xC3\xA9 \xC2\xBB, said union leader Marie Dubois. Dr. Okafor met U.S. officials."),
  ("date 2024-05-02 The harbour ferry resumed. \"It is back,\" said the skipper, \"for good.\" \xFF\xFE bad bytes."),
};
#define NTEXTS (int)(sizeof(texts)/sizeof(texts[0]))

typedef struct job { char sql[512]; nrt_args args; char name[96]; nrt_buf want; int want_rc; } job;
static job jobs[NRT_MAX_FN*NTEXTS+4];
static int njobs;
static int mismatches[NRT_MAX_FN*NTEXTS+4];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;   /* all connections open, then all run at once */

static void *worker(void *arg){
  sqlite3 *db;
  nrt_buf out = {0}, err = {0};
  int r, j, t = (int)(long)arg;
  int opened = nrt_open_db(&db)==SQLITE_OK;
  pthread_barrier_wait(&start);
  if( !opened ) return (void *)1;
  for(r=0; r<ROUNDS; r++){
    for(j=0; j<njobs; j++){
      int k = (j + t*7 + r) % njobs;     /* threads start at different jobs */
      int rc = nrt_run(db, jobs[k].sql, &jobs[k].args, &out, &err);
      if( rc!=jobs[k].want_rc || out.n!=jobs[k].want.n || memcmp(out.z ? out.z : "", jobs[k].want.z ? jobs[k].want.z : "", out.n) ){
        pthread_mutex_lock(&mu); mismatches[k]++; pthread_mutex_unlock(&mu);
      }
    }
  }
  sqlite3_close(db);
  nrt_free(&out); nrt_free(&err);
  return 0;
}

int main(void){
  static const char *const skip[] = {"news_articles", 0};
  nrt_fn fns[NRT_MAX_FN];
  pthread_t th[NTHREADS];
  nrt_buf q = {0}, err = {0};
  sqlite3 *db;
  int nf, i, t, bad = 0, has_articles = 0;

  setvbuf(stdout, 0, _IOLBF, 0);   /* lines survive a sanitizer exit */
  /* SQLite's memory statistics take one global mutex on every allocation;
  ** every lock/unlock would order the threads for ThreadSanitizer and hide
  ** real races.  Without them, threads share no SQLite lock: each has its
  ** own connection (and its own connection mutex). */
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  if( sqlite3_threadsafe()==0 ){ printf("not ok - threads: SQLite built without threads\n"); return 1; }
  if( nrt_open_db(&db)!=SQLITE_OK ){ printf("not ok - threads: cannot open\n"); return 1; }
  nf = nrt_discover(db, fns, NRT_MAX_FN, skip);
  if( nf<=0 ){ printf("not ok - threads: no newsroom functions found\n"); return 1; }
  for(i=0; i<nf; i++){
    int x, k = nrt_nargs(&fns[i]);
    nrt_call_sql(&fns[i], k, &q);
    for(x=0; x<NTEXTS; x++){
      job *jb = &jobs[njobs++];
      snprintf(jb->sql, sizeof jb->sql, "%s", q.z);
      snprintf(jb->name, sizeof jb->name, "%s/%d on text %d", fns[i].name, k, x+1);
      jb->args.n = 3;
      jb->args.type[0] = SQLITE_TEXT; jb->args.z[0] = texts[x]; jb->args.len[0] = -1;
      jb->args.type[1] = SQLITE_TEXT; jb->args.z[1] = "2022-02-08"; jb->args.len[1] = -1;
      jb->args.type[2] = SQLITE_INTEGER; jb->args.i[2] = 3;
    }
  }
  {
    sqlite3_stmt *st;
    if( sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_module_list WHERE name='news_articles'", -1, &st, 0)==SQLITE_OK ){
      has_articles = sqlite3_step(st)==SQLITE_ROW;
      sqlite3_finalize(st);
    }
  }
  if( has_articles ){
    job *jb = &jobs[njobs++];
    snprintf(jb->name, sizeof jb->name, "news_articles(directory)");
    snprintf(jb->sql, sizeof jb->sql, "SELECT * FROM news_articles('tests/fixtures/articles')");
    jb = &jobs[njobs++];
    snprintf(jb->name, sizeof jb->name, "news_articles(jsonl)");
    snprintf(jb->sql, sizeof jb->sql, "SELECT * FROM news_articles('tests/fixtures/jsonl/feed.jsonl')");
  }
  /* the answers of one thread, alone (an error is an answer too: every
  ** thread must then get the same one) */
  for(i=0; i<njobs; i++){
    jobs[i].want_rc = nrt_run(db, jobs[i].sql, &jobs[i].args, &jobs[i].want, &err);
  }
  sqlite3_close(db);
  nrt_free(&q); nrt_free(&err);

  pthread_barrier_init(&start, 0, NTHREADS);
  for(t=0; t<NTHREADS; t++){
    if( pthread_create(&th[t], 0, worker, (void *)(long)t) ){ printf("not ok - threads: pthread_create\n"); return 1; }
  }
  for(t=0; t<NTHREADS; t++){
    void *res;
    pthread_join(th[t], &res);
    if( res ){ printf("not ok - threads: thread %d could not open its connection\n", t); bad = 1; }
  }
  for(i=0; i<njobs; i++){
    if( mismatches[i] ){
      printf("not ok - threads: %s: %d of %d runs differed from the single-threaded answer\n",
             jobs[i].name, mismatches[i], NTHREADS*ROUNDS);
      bad = 1;
    }else{
      printf("ok - threads: %s: %d threads x %d runs, same answer\n", jobs[i].name, NTHREADS, ROUNDS);
    }
  }
  for(i=0; i<njobs; i++) nrt_free(&jobs[i].want);
  return bad;
}
