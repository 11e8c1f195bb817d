/*
** dates.c -- SQL bindings for event_dates() and event_date().
**
**   SELECT expr, value FROM event_dates(body, published);
**   SELECT event_date(sentence, published) FROM article_quotes(...);
**
** event_dates(text [, anchor]) -- one row per temporal expression (columns:
** expr, start, length, type, value, first_day, last_day, sentence).  anchor is
** an ISO-8601 date or datetime; NULL or absent leaves relative values
** underspecified; anything else is an error naming the function.
** event_date(text [, anchor]) -- the value of the first DATE or TIME
** expression, NULL when there is none.  The cores are ext/core/timex.c and
** calendar.c; the sentence column uses the shared segmentation (computed
** only when a query asks for that column).
*/
#include "bind.h"
#include "../core/timex.h"
#include "../core/calendar.h"
#include "../core/segment.h"
#include "../core/utf8.h"
#include "../core/nr_alloc.h"
#include <string.h>
#include <stdio.h>
#include <stddef.h>

/* ---------------------------------------------------------------- anchor */

/* Read the anchor argument: 0 ok (a->set says whether one was given), -1 with
** an error in *pzErr. */
static int read_anchor(const char *fn, sqlite3_value *v, nr_anchor *a, char **pzErr){
  int t = v ? sqlite3_value_type(v) : SQLITE_NULL;
  memset(a, 0, sizeof *a);
  if( t==SQLITE_NULL ) return 0;
  if( t==SQLITE_TEXT ){
    const unsigned char *z = sqlite3_value_text(v);
    int n = sqlite3_value_bytes(v);
    if( z==0 ){ *pzErr = 0; return -2; }
    if( nr_anchor_parse(z, (size_t)n, a)==0 ) return 0;
    *pzErr = sqlite3_mprintf("%s(): anchor must be an ISO-8601 date, got '%.*s'",
                             fn, n>60 ? 60 : n, (const char *)z);
    return -1;
  }
  *pzErr = sqlite3_mprintf("%s(): anchor must be an ISO-8601 date, got %s", fn,
                           t==SQLITE_INTEGER ? "integer" : t==SQLITE_FLOAT ? "real" : "blob");
  return -1;
}

/* ---------------------------------------------------------------- event_dates */

typedef struct dates_state {
  const unsigned char *text; size_t n;     /* the argument (the cursor's copy) */
  sqlite3_int64 *pos, *len;          /* character positions, computed on demand */
  size_t n_pos;                      /* rows whose positions are known */
  nr_posmap pm;
  nr_doc doc; int segmented;
  /* kept across rewinds: the result buffer (emptied, freed at close) and
  ** plain data built on the cursor's first filter */
  nr_timexes tx;
  int prepared;
  nr_timex_prep prep;
} dates_state;

static const char *const dates_args[] = {"text", "anchor"};

static void dates_reset(void *p){
  dates_state *st = (dates_state *)p;
  sqlite3_free(st->pos);      /* st->text is the cursor's copy of the argument */
  nr_doc_free(&st->doc);
  memset(st, 0, offsetof(dates_state, tx));
  st->tx.n = 0;
}

static void dates_close(void *p){
  dates_state *st = (dates_state *)p;
  nr_timexes_free(&st->tx);
}

static int dates_filter(void *p, int argc, sqlite3_value **argv,
                        sqlite3_int64 *n_rows, char **pzErr){
  dates_state *st = (dates_state *)p;
  const unsigned char *z;
  size_t n;
  nr_anchor anc;
  int rc;
  *n_rows = 0;
  rc = nr_arg_text("event_dates", "text", argc>0 ? argv[0] : 0, &z, &n, pzErr);
  if( rc==-2 ) return SQLITE_NOMEM;
  if( rc<0 ) return SQLITE_ERROR;
  rc = read_anchor("event_dates", argc>1 ? argv[1] : 0, &anc, pzErr);
  if( rc==-2 ) return SQLITE_NOMEM;
  if( rc<0 ) return SQLITE_ERROR;
  if( argc<1 || argv[0]==0 || sqlite3_value_type(argv[0])==SQLITE_NULL ) return SQLITE_OK;
  if( n==0 ) return SQLITE_OK;
  st->text = z;
  st->n = n;
  if( !st->prepared ){ nr_timex_prepare(&st->prep); st->prepared = 1; }
  if( nr_timex_scan_prep(&st->prep, st->text, n, &anc, 0, &st->tx)!=NR_OK ) return SQLITE_NOMEM;
  *n_rows = (sqlite3_int64)st->tx.n;
  return SQLITE_OK;
}

static void result_day(sqlite3_context *ctx, int32_t z){
  int y, m, d;
  char buf[16];
  nr_civil_from_days(z, &y, &m, &d);
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* Character positions of rows 0..row, counted once, in text order (a query
** that reads no position, such as count(*), never pays for them). */
static int need_pos(dates_state *st, sqlite3_int64 row){
  if( st->pos==0 ){
    st->pos = sqlite3_malloc64(sizeof(sqlite3_int64)*2*st->tx.n);
    if( st->pos==0 ) return SQLITE_NOMEM;
    st->len = st->pos + st->tx.n;
    nr_posmap_init(&st->pm, st->text, st->n);
    st->n_pos = 0;
  }
  while( st->n_pos<=(size_t)row ){
    const nr_timex *x = &st->tx.a[st->n_pos];
    st->pos[st->n_pos] = nr_posmap_pos(&st->pm, x->start);
    st->len[st->n_pos] = nr_posmap_len(&st->pm, x->start, x->end);
    st->n_pos++;
  }
  return SQLITE_OK;
}

static int dates_column(void *p, sqlite3_int64 row, int col, sqlite3_context *ctx){
  dates_state *st = (dates_state *)p;
  const nr_timex *x = &st->tx.a[row];
  if( (col==1 || col==2) && need_pos(st, row)!=SQLITE_OK ){
    sqlite3_result_error_nomem(ctx);
    return SQLITE_NOMEM;
  }
  switch( col ){
    case 0: nr_result_text(ctx, st->text + x->start, x->end - x->start); break;
    case 1: sqlite3_result_int64(ctx, st->pos[row]); break;
    case 2: sqlite3_result_int64(ctx, st->len[row]); break;
    case 3: sqlite3_result_text(ctx, nr_timex_type_name(x->type), -1, SQLITE_STATIC); break;
    case 4: sqlite3_result_text(ctx, x->value, -1, SQLITE_TRANSIENT); break;
    case 5: if( x->has_range ) result_day(ctx, x->first_day); break;
    case 6: if( x->has_range ) result_day(ctx, x->last_day); break;
    case 7: {
      size_t k;
      if( !st->segmented ){
        if( nr_segment(st->text, st->n, &st->doc)!=NR_OK ){
          sqlite3_result_error_nomem(ctx);
          return SQLITE_NOMEM;
        }
        st->segmented = 1;
      }
      k = nr_doc_sentence_at(&st->doc, x->start);
      if( k==(size_t)-1 ) break;
      nr_result_text(ctx, st->text + st->doc.sent[k].start,
                     st->doc.sent[k].end - st->doc.sent[k].start);
      break;
    }
  }
  return SQLITE_OK;
}

static const nr_tvf dates_tvf = {
  "event_dates",
  "CREATE TABLE x(expr TEXT, start INTEGER, length INTEGER, type TEXT, value TEXT,"
  " first_day TEXT, last_day TEXT, sentence TEXT, text HIDDEN, anchor HIDDEN)",
  8, 2, 1, dates_args, 0, sizeof(dates_state),
  dates_filter, 0, dates_column, dates_reset, 0, dates_close
};

/* ---------------------------------------------------------------- event_date */

static void event_date_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z;
  size_t n, i;
  nr_anchor anc;
  nr_timexes tx;
  char *zErr = 0;
  int rc = nr_arg_text_ctx(ctx, "event_date", "text", argv[0], &z, &n);
  if( rc!=0 ) return;          /* error set, or NULL text -> NULL */
  rc = read_anchor("event_date", argc>1 ? argv[1] : 0, &anc, &zErr);
  if( rc==-2 ){ sqlite3_result_error_nomem(ctx); return; }
  if( rc<0 ){ sqlite3_result_error(ctx, zErr, -1); sqlite3_free(zErr); return; }
  memset(&tx, 0, sizeof tx);
  if( nr_timex_scan_prep((const nr_timex_prep *)sqlite3_user_data(ctx), z, n, &anc, 1, &tx)!=NR_OK ){
    nr_timexes_free(&tx);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  for(i=0; i<tx.n; i++){
    if( tx.a[i].type==NR_TX_DATE || tx.a[i].type==NR_TX_TIME ){
      sqlite3_result_text(ctx, tx.a[i].value, -1, SQLITE_TRANSIENT);
      break;
    }
  }
  nr_timexes_free(&tx);
}

/* event_date's word tables: built once per connection, read-only after,
** freed by SQLite when the function is dropped or the connection closes. */
static void prep_free(void *p){ sqlite3_free(p); }

int nr_register_dates(sqlite3 *db){
  int rc = nr_tvf_register(db, &dates_tvf), k;
  if( rc!=SQLITE_OK ) return rc;
  for(k=1; k<=2; k++){
    nr_timex_prep *p = sqlite3_malloc64(sizeof *p);
    if( p==0 ) return SQLITE_NOMEM;
    nr_timex_prepare(p);
    rc = sqlite3_create_function_v2(db, "event_date", k, NR_PURE, p, event_date_fn, 0, 0, prep_free);
    if( rc!=SQLITE_OK ) return rc;   /* SQLite calls prep_free on failure */
  }
  return SQLITE_OK;
}
