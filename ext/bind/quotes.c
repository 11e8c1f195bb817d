/*
** quotes.c -- SQL bindings for article_quotes() and extract_speakers().
**
**   article_quotes(text): quote, start, length, speaker, mention,
**     mention_start, mention_length, cue, kind, paragraph, sentence
**   extract_speakers(text): name, title, kind, quotes, statements, mentions,
**     first
**
** Both run the same core (ext/core/quotes.h) over a private copy of the
** text, so speaker names agree between them.  Positions are 1-based
** characters (SPEC.md "Positions").
*/
#include "bind.h"
#include "../core/quotes.h"
#include "../core/utf8.h"
#include "../core/nr_alloc.h"
#include <string.h>
#include <stdlib.h>

typedef struct q_state {
  const unsigned char *text; size_t n;   /* the argument (the cursor's copy) */
  nr_quotes_doc d;
  sqlite3_int64 *pos;     /* per row: start, length, mention start, mention length */
  size_t *rows;           /* extract_speakers: entity index per row */
  size_t n_rows;
} q_state;

static void qReset(void *p){
  q_state *st = p;
  st->text = 0; st->n = 0;   /* the cursor's copy of the argument */
  sqlite3_free(st->pos); st->pos = 0;
  sqlite3_free(st->rows); st->rows = 0;
  nr_quotes_free(&st->d);   /* the token buffers stay for the next article */
  st->n_rows = 0;
}

static void qClose(void *p){
  q_state *st = p;
  nr_quotes_release(&st->d);
}

static int run(q_state *st, const char *fn, sqlite3_value **argv, char **pzErr, int speakers,
               int *is_null){
  const unsigned char *z; size_t n;
  int rc = nr_arg_text(fn, "text", argv[0], &z, &n, pzErr);
  *is_null = 0;
  if( rc==-2 ) return SQLITE_NOMEM;
  if( rc<0 ) return SQLITE_ERROR;
  if( rc==1 || n==0 ){ *is_null = 1; return SQLITE_OK; }
  st->text = z;
  st->n = n;
  rc = nr_quotes_extract(st->text, n, &st->d, speakers);
  if( rc==NR_NOMEM ) return SQLITE_NOMEM;
  if( rc==NR_TOOBIG ){
    *pzErr = sqlite3_mprintf("%s(): the text argument is too big", fn);
    return SQLITE_TOOBIG;
  }
  return SQLITE_OK;
}

/* ------------------------------------------------------------ article_quotes */

static int quotesFilter(void *p, int argc, sqlite3_value **argv, sqlite3_int64 *n_rows, char **pzErr){
  q_state *st = p;
  size_t i;
  int is_null, rc;
  nr_posmap m1, m2;
  (void)argc;
  rc = run(st, "article_quotes", argv, pzErr, 0, &is_null);
  if( rc!=SQLITE_OK ) return rc;
  *n_rows = 0;
  if( is_null || st->d.nq==0 ) return SQLITE_OK;
  st->pos = sqlite3_malloc64(sizeof(sqlite3_int64)*4*st->d.nq);
  if( st->pos==0 ) return SQLITE_NOMEM;
  nr_posmap_init(&m1, st->text, st->n);
  nr_posmap_init(&m2, st->text, st->n);
  for(i=0; i<st->d.nq; i++){
    const nr_quote *q = &st->d.q[i];
    st->pos[4*i] = nr_posmap_pos(&m1, q->start);
    st->pos[4*i+1] = nr_posmap_pos(&m1, q->end) - st->pos[4*i];
    if( q->m_e>q->m_s ){
      st->pos[4*i+2] = nr_posmap_pos(&m2, q->m_s);
      st->pos[4*i+3] = nr_posmap_pos(&m2, q->m_e) - st->pos[4*i+2];
    }else{
      st->pos[4*i+2] = st->pos[4*i+3] = 0;
    }
  }
  *n_rows = (sqlite3_int64)st->d.nq;
  return SQLITE_OK;
}

static int quotesColumn(void *p, sqlite3_int64 row, int col, sqlite3_context *ctx){
  q_state *st = p;
  const nr_quote *q = &st->d.q[row];
  const sqlite3_int64 *pos = &st->pos[4*row];
  switch( col ){
    case 0: nr_result_text(ctx, st->text+q->start, q->end-q->start); break;
    case 1: sqlite3_result_int64(ctx, pos[0]); break;
    case 2: sqlite3_result_int64(ctx, pos[1]); break;
    case 3:
      if( q->entity>=0 ){
        const nr_entity *e = &st->d.ent[q->entity];
        nr_result_name(ctx, st->text+e->name_s, e->name_e-e->name_s);
      }
      break;
    case 4: if( q->m_e>q->m_s ) nr_result_text(ctx, st->text+q->m_s, q->m_e-q->m_s); break;
    case 5: if( q->m_e>q->m_s ) sqlite3_result_int64(ctx, pos[2]); break;
    case 6: if( q->m_e>q->m_s ) sqlite3_result_int64(ctx, pos[3]); break;
    case 7: if( q->cue_e>q->cue_s ) nr_result_text(ctx, st->text+q->cue_s, q->cue_e-q->cue_s); break;
    case 8: sqlite3_result_text(ctx, q->partial ? "partial" : "full", -1, SQLITE_STATIC); break;
    case 9: sqlite3_result_int(ctx, q->paragraph); break;
    case 10:
      if( q->sent_e>q->sent_s ) nr_result_text(ctx, st->text+q->sent_s, q->sent_e-q->sent_s);
      break;
  }
  return SQLITE_OK;
}

/* ------------------------------------------------------------ extract_speakers */

/* (first mention, entity) pairs, ordered by first mention, then entity. */
typedef struct first_ent { size_t first, ent; } first_ent;
static int cmp_first(const void *a, const void *b){
  const first_ent *x = a, *y = b;
  if( x->first!=y->first ) return x->first<y->first ? -1 : 1;
  return x->ent<y->ent ? -1 : x->ent>y->ent;
}

static int speakersFilter(void *p, int argc, sqlite3_value **argv, sqlite3_int64 *n_rows, char **pzErr){
  q_state *st = p;
  size_t i, k = 0;
  int is_null, rc;
  nr_posmap m;
  (void)argc;
  rc = run(st, "extract_speakers", argv, pzErr, 1, &is_null);
  if( rc!=SQLITE_OK ) return rc;
  *n_rows = 0;
  if( is_null || st->d.nent==0 ) return SQLITE_OK;
  st->rows = sqlite3_malloc64(sizeof(size_t)*st->d.nent);
  st->pos = sqlite3_malloc64(sizeof(sqlite3_int64)*st->d.nent);
  if( st->rows==0 || st->pos==0 ) return SQLITE_NOMEM;
  for(i=0; i<st->d.nent; i++){
    if( nr_entity_is_speaker(&st->d.ent[i]) ) st->rows[k++] = i;
  }
  /* order of first mention (ties: the entity order) */
  if( k>1 ){
    first_ent *fe = sqlite3_malloc64(sizeof(first_ent)*k);
    if( fe==0 ) return SQLITE_NOMEM;
    for(i=0; i<k; i++){ fe[i].first = st->d.ent[st->rows[i]].first; fe[i].ent = st->rows[i]; }
    qsort(fe, k, sizeof(first_ent), cmp_first);
    for(i=0; i<k; i++) st->rows[i] = fe[i].ent;
    sqlite3_free(fe);
  }
  nr_posmap_init(&m, st->text, st->n);
  for(i=0; i<k; i++){
    const nr_entity *e = &st->d.ent[st->rows[i]];
    size_t f = e->first==(size_t)-1 ? e->name_s : e->first;
    st->pos[i] = nr_posmap_pos(&m, f);
  }
  st->n_rows = k;
  *n_rows = (sqlite3_int64)k;
  return SQLITE_OK;
}

static int speakersColumn(void *p, sqlite3_int64 row, int col, sqlite3_context *ctx){
  q_state *st = p;
  const nr_entity *e = &st->d.ent[st->rows[row]];
  switch( col ){
    case 0: nr_result_name(ctx, st->text+e->name_s, e->name_e-e->name_s); break;
    case 1: if( e->title_e>e->title_s ) nr_result_name(ctx, st->text+e->title_s, e->title_e-e->title_s); break;
    case 2: sqlite3_result_text(ctx, e->kind==NR_ORG ? "organization" : "person", -1, SQLITE_STATIC); break;
    case 3: sqlite3_result_int(ctx, e->quotes); break;
    case 4: sqlite3_result_int(ctx, e->statements); break;
    case 5: sqlite3_result_int(ctx, e->mentions>0 ? e->mentions : 1); break;
    case 6: sqlite3_result_int64(ctx, st->pos[row]); break;
  }
  return SQLITE_OK;
}

static const char *const text_arg[] = {"text"};

static const nr_tvf quotes_tvf = {
  "article_quotes",
  "CREATE TABLE x(quote TEXT, start INTEGER, length INTEGER, speaker TEXT, mention TEXT, "
  "mention_start INTEGER, mention_length INTEGER, cue TEXT, kind TEXT, paragraph INTEGER, "
  "sentence TEXT, text HIDDEN)",
  11, 1, 1, text_arg, 0, sizeof(q_state),
  quotesFilter, 0, quotesColumn, qReset, 0, qClose
};

static const nr_tvf speakers_tvf = {
  "extract_speakers",
  "CREATE TABLE x(name TEXT, title TEXT, kind TEXT, quotes INTEGER, statements INTEGER, "
  "mentions INTEGER, first INTEGER, text HIDDEN)",
  7, 1, 1, text_arg, 0, sizeof(q_state),
  speakersFilter, 0, speakersColumn, qReset, 0, qClose
};

int nr_register_quotes(sqlite3 *db){
  int rc = nr_tvf_register(db, &quotes_tvf);
  if( rc==SQLITE_OK ) rc = nr_tvf_register(db, &speakers_tvf);
  return rc;
}
