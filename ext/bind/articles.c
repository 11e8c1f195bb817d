/*
** articles.c -- the corpus reader and the article scalars.
**
**   news_articles(path)      id, path, published, title, body, text
**   article_published(text)  article_title(text)  article_body(text)
**   article_sentences(text)  paragraph, sentence, start, length, text
**
** news_articles() reads a file, a directory (its regular files, sorted by
** name; names starting with '.' are skipped) or a glob.  A file whose name
** ends in .jsonl or .ndjson holds one article per line.  It reads files, so it
** is SQLITE_VTAB_DIRECTONLY: a view or trigger stored in a database cannot
** call it.  It streams: one article is in memory at a time.
*/
#include "bind.h"
#include "../core/article.h"
#include "../core/jsonl.h"
#include "../core/segment.h"
#include "../core/utf8.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------ scalars */

static void publishedFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z; size_t n; nr_article a;
  if( nr_arg_text_ctx(ctx, "article_published", "text", argv[0], &z, &n) ) return;
  nr_article_parse(z, n, &a);
  if( a.published[0] ) sqlite3_result_text(ctx, a.published, -1, SQLITE_TRANSIENT);
}

static void titleFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z; size_t n; nr_article a;
  if( nr_arg_text_ctx(ctx, "article_title", "text", argv[0], &z, &n) ) return;
  nr_article_parse(z, n, &a);
  if( a.has_title ) nr_result_text(ctx, z+a.title_start, a.title_end-a.title_start);
}

static void bodyFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z; size_t n; nr_article a;
  if( nr_arg_text_ctx(ctx, "article_body", "text", argv[0], &z, &n) ) return;
  nr_article_parse(z, n, &a);
  nr_result_text(ctx, z+a.body_start, n-a.body_start);
}

/* -------------------------------------------------------- article_sentences */

typedef struct sent_state {
  const unsigned char *text; size_t n;   /* the argument (the cursor's copy) */
  nr_doc doc;
  sqlite3_int64 *pos;       /* start and length in characters, 2 per sentence */
} sent_state;

static void sentReset(void *p){
  sent_state *st = p;
  st->text = 0;   /* the cursor's copy of the argument */
  sqlite3_free(st->pos); st->pos = 0;
  nr_doc_free(&st->doc);
}

static int sentFilter(void *p, int argc, sqlite3_value **argv, sqlite3_int64 *n_rows, char **pzErr){
  sent_state *st = p;
  const unsigned char *z; size_t n, i;
  nr_posmap m;
  int rc = nr_arg_text("article_sentences", "text", argv[0], &z, &n, pzErr);
  if( rc==-2 ) return SQLITE_NOMEM;
  if( rc<0 ) return SQLITE_ERROR;
  if( rc==1 ){ *n_rows = 0; return SQLITE_OK; }
  st->text = z;
  st->n = n;
  if( nr_segment(st->text, n, &st->doc) ) return SQLITE_NOMEM;
  if( st->doc.n_sent ){
    st->pos = sqlite3_malloc64(sizeof(sqlite3_int64)*2*st->doc.n_sent);
    if( st->pos==0 ) return SQLITE_NOMEM;
  }
  nr_posmap_init(&m, st->text, n);
  for(i=0; i<st->doc.n_sent; i++){
    st->pos[2*i] = nr_posmap_pos(&m, st->doc.sent[i].start);
    st->pos[2*i+1] = nr_posmap_pos(&m, st->doc.sent[i].end) - st->pos[2*i];
  }
  *n_rows = (sqlite3_int64)st->doc.n_sent;
  return SQLITE_OK;
}

static int sentColumn(void *p, sqlite3_int64 row, int col, sqlite3_context *ctx){
  sent_state *st = p;
  const nr_sent *s = &st->doc.sent[row];
  switch( col ){
    case 0: sqlite3_result_int(ctx, s->paragraph); break;
    case 1: sqlite3_result_int(ctx, s->number); break;
    case 2: sqlite3_result_int64(ctx, st->pos[2*row]); break;
    case 3: sqlite3_result_int64(ctx, st->pos[2*row+1]); break;
    case 4: nr_result_text(ctx, st->text+s->start, s->end-s->start); break;
  }
  return SQLITE_OK;
}

static const char *const text_arg[] = {"text"};

static const nr_tvf sentences_tvf = {
  "article_sentences",
  "CREATE TABLE x(paragraph INTEGER, sentence INTEGER, start INTEGER, length INTEGER, "
  "text TEXT, input HIDDEN)",
  5, 1, 1, text_arg, 0, sizeof(sent_state),
  sentFilter, 0, sentColumn, sentReset, 0, 0
};

/* ------------------------------------------------------------ news_articles */

typedef struct art_state {
  sqlite3 *db;
  char **files; size_t n_files, cur;   /* cur: the next file to open */
  /* the current row */
  char *id; char *path;
  unsigned char *text; size_t n_text;  /* the article text (for JSONL: its body) */
  unsigned char *title; size_t n_title; int has_title;
  size_t body_start;
  char published[17];
  /* a JSONL file being streamed */
  FILE *jf; char *jpath; const char *jname; long jline;
  unsigned char *jbuf; size_t jcap, jpos, jlen; int jeof;
} art_state;

static void art_row_free(art_state *st){
  sqlite3_free(st->id); st->id = 0;
  sqlite3_free(st->path); st->path = 0;
  sqlite3_free(st->text); st->text = 0; st->n_text = 0;
  sqlite3_free(st->title); st->title = 0; st->has_title = 0;
}

static void artReset(void *p){
  art_state *st = p;
  size_t i;
  art_row_free(st);
  for(i=0; i<st->n_files; i++) sqlite3_free(st->files[i]);
  sqlite3_free(st->files); st->files = 0; st->n_files = 0; st->cur = 0;
  if( st->jf ){ fclose(st->jf); st->jf = 0; }
  sqlite3_free(st->jpath); st->jpath = 0;
  sqlite3_free(st->jbuf); st->jbuf = 0; st->jcap = st->jpos = st->jlen = 0;
}

static int add_file(art_state *st, size_t *cap, const char *path){
  if( st->n_files>=*cap ){
    size_t nc = *cap ? *cap*2 : 16;
    char **a = sqlite3_realloc64(st->files, nc*sizeof(char*));
    if( a==0 ) return SQLITE_NOMEM;
    st->files = a; *cap = nc;
  }
  if( (st->files[st->n_files] = sqlite3_mprintf("%s", path))==0 ) return SQLITE_NOMEM;
  st->n_files++;
  return SQLITE_OK;
}

static int cmp_str(const void *a, const void *b){
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *base_name(const char *p){
  const char *s = strrchr(p, '/');
  return s ? s+1 : p;
}

static int is_jsonl(const char *p){
  size_t n = strlen(p);
  return (n>6 && strcmp(p+n-6, ".jsonl")==0) || (n>7 && strcmp(p+n-7, ".ndjson")==0);
}

/* List the files behind the argument. */
static int list_files(art_state *st, const char *arg, char **pzErr){
  struct stat sb;
  size_t cap = 0;
  if( stat(arg, &sb)==0 ){
    if( S_ISDIR(sb.st_mode) ){
      DIR *d = opendir(arg);
      struct dirent *e;
      int rc = SQLITE_OK;
      size_t len = strlen(arg);
      if( d==0 ){
        *pzErr = sqlite3_mprintf("news_articles(): cannot read directory '%s': %s", arg, strerror(errno));
        return SQLITE_ERROR;
      }
      while( rc==SQLITE_OK && (e = readdir(d))!=0 ){
        char *full;
        if( e->d_name[0]=='.' ) continue;
        full = sqlite3_mprintf("%s%s%s", arg, (len && arg[len-1]=='/') ? "" : "/", e->d_name);
        if( full==0 ){ rc = SQLITE_NOMEM; break; }
        if( stat(full, &sb)==0 && S_ISREG(sb.st_mode) ) rc = add_file(st, &cap, full);
        sqlite3_free(full);
      }
      closedir(d);
      if( rc ) return rc;
    }else if( S_ISREG(sb.st_mode) ){
      return add_file(st, &cap, arg);
    }else{
      *pzErr = sqlite3_mprintf("news_articles(): '%s' is not a regular file", arg);
      return SQLITE_ERROR;
    }
  }else if( strpbrk(arg, "*?[") ){
    glob_t g;
    size_t i;
    int rc = SQLITE_OK, grc = glob(arg, 0, 0, &g);
    if( grc==GLOB_NOMATCH ){
      *pzErr = sqlite3_mprintf("news_articles(): no file matches '%s'", arg);
      return SQLITE_ERROR;
    }
    if( grc!=0 ){
      *pzErr = sqlite3_mprintf("news_articles(): cannot expand '%s'", arg);
      return grc==GLOB_NOSPACE ? SQLITE_NOMEM : SQLITE_ERROR;
    }
    for(i=0; i<g.gl_pathc && rc==SQLITE_OK; i++){
      if( stat(g.gl_pathv[i], &sb)==0 && S_ISREG(sb.st_mode) ) rc = add_file(st, &cap, g.gl_pathv[i]);
    }
    globfree(&g);
    if( rc ) return rc;
  }else{
    *pzErr = sqlite3_mprintf("news_articles(): cannot open '%s': %s", arg, strerror(errno));
    return SQLITE_ERROR;
  }
  if( st->n_files>1 ) qsort(st->files, st->n_files, sizeof(char*), cmp_str);
  return SQLITE_OK;
}

static int artFilter(void *p, sqlite3 *db, int argc, sqlite3_value **argv,
                     sqlite3_int64 *n_rows, char **pzErr){
  art_state *st = p;
  const unsigned char *z; size_t n;
  int rc = nr_arg_text("news_articles", "path", argv[0], &z, &n, pzErr);
  st->db = db;
  if( rc==-2 ) return SQLITE_NOMEM;
  if( rc<0 ) return SQLITE_ERROR;
  if( rc==1 ){ *n_rows = 0; return SQLITE_OK; }
  if( n==0 || memchr(z, 0, n) ){
    *pzErr = sqlite3_mprintf("news_articles(): path must be a non-empty file name");
    return SQLITE_ERROR;
  }
  rc = list_files(st, (const char *)z, pzErr);
  if( rc ) return rc;
  *n_rows = -1;   /* stream */
  return SQLITE_OK;
}

/* Fill the row's metadata from its text (title, body, published). */
static int art_meta(art_state *st, int keep_published){
  nr_article a;
  nr_article_parse(st->text, st->n_text, &a);
  st->body_start = a.body_start;
  if( !keep_published ) memcpy(st->published, a.published, sizeof(a.published));
  if( a.has_title && !st->has_title ){
    st->title = nr_dup(st->text+a.title_start, a.title_end-a.title_start);
    if( st->title==0 ) return SQLITE_NOMEM;
    st->n_title = a.title_end-a.title_start;
    st->has_title = 1;
  }
  return SQLITE_OK;
}

/* Open a file for reading without ever blocking (a FIFO or device named by
** mistake must give an error, not hang the query). */
static FILE *open_regular(const char *path, char **pzErr){
  int fd = open(path, O_RDONLY|O_NONBLOCK|O_CLOEXEC);
  struct stat sb;
  FILE *f;
  if( fd<0 ){
    *pzErr = sqlite3_mprintf("news_articles(): cannot open '%s': %s", path, strerror(errno));
    return 0;
  }
  if( fstat(fd, &sb)!=0 || !S_ISREG(sb.st_mode) ){
    close(fd);
    *pzErr = sqlite3_mprintf("news_articles(): '%s' is not a regular file", path);
    return 0;
  }
  f = fdopen(fd, "rb");
  if( f==0 ){
    close(fd);
    *pzErr = sqlite3_mprintf("news_articles(): cannot open '%s': %s", path, strerror(errno));
  }
  return f;
}

static int read_whole(art_state *st, const char *path, char **pzErr){
  FILE *f = open_regular(path, pzErr);
  struct stat sb;
  sqlite3_int64 limit = sqlite3_limit(st->db, SQLITE_LIMIT_LENGTH, -1);
  size_t got;
  if( f==0 ) return SQLITE_ERROR;
  if( fstat(fileno(f), &sb)!=0 || !S_ISREG(sb.st_mode) ){
    fclose(f);
    *pzErr = sqlite3_mprintf("news_articles(): '%s' is not a regular file", path);
    return SQLITE_ERROR;
  }
  if( (sqlite3_int64)sb.st_size>limit ){
    fclose(f);
    *pzErr = sqlite3_mprintf("news_articles(): '%s' is %lld bytes, over SQLite's length limit of %lld",
                             path, (long long)sb.st_size, (long long)limit);
    return SQLITE_TOOBIG;
  }
  st->text = sqlite3_malloc64((sqlite3_uint64)sb.st_size+1);
  if( st->text==0 ){ fclose(f); return SQLITE_NOMEM; }
  got = fread(st->text, 1, (size_t)sb.st_size, f);
  if( ferror(f) ){
    int e = errno;
    fclose(f);
    *pzErr = sqlite3_mprintf("news_articles(): cannot read '%s': %s", path, strerror(e));
    return SQLITE_IOERR;
  }
  fclose(f);
  st->text[got] = 0;
  st->n_text = got;
  return SQLITE_OK;
}

/* The next line of the JSONL file into [*a, *b) of st->jbuf; 0 at the end. */
static int next_line(art_state *st, size_t *a, size_t *b, char **pzErr){
  sqlite3_int64 limit = sqlite3_limit(st->db, SQLITE_LIMIT_LENGTH, -1);
  for(;;){
    unsigned char *nl = st->jlen>st->jpos ? memchr(st->jbuf+st->jpos, '\n', st->jlen-st->jpos) : 0;
    if( nl || (st->jeof && st->jlen>st->jpos) ){
      *a = st->jpos;
      *b = nl ? (size_t)(nl-st->jbuf) : st->jlen;
      st->jpos = nl ? *b+1 : st->jlen;
      st->jline++;
      return 1;
    }
    if( st->jeof ) return 0;
    /* compact, grow, read more */
    if( st->jpos>0 ){
      memmove(st->jbuf, st->jbuf+st->jpos, st->jlen-st->jpos);
      st->jlen -= st->jpos; st->jpos = 0;
    }
    if( st->jlen+65536>st->jcap ){
      size_t nc = st->jcap ? st->jcap*2 : 131072;
      unsigned char *nb;
      if( (sqlite3_int64)st->jlen>limit ){
        *pzErr = sqlite3_mprintf("news_articles(): %s:%ld: line is over SQLite's length limit of %lld",
                                 st->jpath, st->jline+1, (long long)limit);
        return -1;
      }
      nb = sqlite3_realloc64(st->jbuf, nc);
      if( nb==0 ) return -2;
      st->jbuf = nb; st->jcap = nc;
    }
    {
      size_t got = fread(st->jbuf+st->jlen, 1, st->jcap-st->jlen, st->jf);
      st->jlen += got;
      if( got==0 ){
        if( ferror(st->jf) ){
          *pzErr = sqlite3_mprintf("news_articles(): cannot read '%s': %s", st->jpath, strerror(errno));
          return -1;
        }
        st->jeof = 1;
      }
    }
  }
}

static const char *const json_keys[] = {
  "id", "url", "date", "published", "date_publish", "pubdate",
  "title", "text", "body", "content", "maintext"
};
enum { J_ID, J_URL, J_DATE, J_PUBLISHED, J_DATE_PUBLISH, J_PUBDATE, J_TITLE,
       J_TEXT, J_BODY, J_CONTENT, J_MAINTEXT, J_N };

static unsigned char *json_copy(const unsigned char *line, const nr_jval *v, size_t *pn){
  unsigned char *o = sqlite3_malloc64((sqlite3_uint64)(v->end-v->start)+1);
  size_t n;
  if( o==0 ) return 0;
  n = v->present==1 ? nr_json_unescape(line+v->start, v->end-v->start, o)
                    : (memcpy(o, line+v->start, v->end-v->start), v->end-v->start);
  o[n] = 0;
  if( pn ) *pn = n;
  return o;
}

/* Turn one JSONL line into the current row.  Returns 1 for a row, 0 for a
** blank line, or an SQLite error code (negated) with *pzErr set. */
static int json_row(art_state *st, const unsigned char *line, size_t n, char **pzErr){
  nr_jval v[J_N];
  const char *why = 0;
  size_t k, i = 0;
  int dated = 0;
  while( i<n && (line[i]==' ' || line[i]=='\t' || line[i]=='\r') ) i++;
  if( i==n ) return 0;
  if( nr_json_fields(line, n, json_keys, J_N, v, &why) ){
    *pzErr = sqlite3_mprintf("news_articles(): %s:%ld: malformed JSON line (%s)", st->jpath, st->jline, why);
    return -SQLITE_ERROR;
  }
  /* body */
  for(k=J_TEXT; k<=J_MAINTEXT; k++) if( v[k].present==1 ) break;
  if( k>J_MAINTEXT ){
    st->text = nr_dup((const unsigned char *)"", 0); st->n_text = 0;
  }else{
    st->text = json_copy(line, &v[k], &st->n_text);
  }
  if( st->text==0 ) return -SQLITE_NOMEM;
  /* id */
  if( v[J_ID].present ) st->id = (char *)json_copy(line, &v[J_ID], 0);
  else if( v[J_URL].present ) st->id = (char *)json_copy(line, &v[J_URL], 0);
  else st->id = sqlite3_mprintf("%s:%ld", st->jname, st->jline);
  st->path = sqlite3_mprintf("%s", st->jpath);
  if( st->id==0 || st->path==0 ) return -SQLITE_NOMEM;
  /* title */
  if( v[J_TITLE].present==1 ){
    st->title = json_copy(line, &v[J_TITLE], &st->n_title);
    if( st->title==0 ) return -SQLITE_NOMEM;
    st->has_title = 1;
  }
  /* published */
  st->published[0] = 0;
  for(k=J_DATE; k<=J_PUBDATE && !dated; k++){
    if( v[k].present==1 ){
      unsigned char *d = json_copy(line, &v[k], 0);
      if( d==0 ) return -SQLITE_NOMEM;
      dated = nr_parse_dateline(d, strlen((char *)d), 0, st->published);
      sqlite3_free(d);
    }
  }
  if( art_meta(st, dated) ) return -SQLITE_NOMEM;
  return 1;
}

static int artNext(void *p, sqlite3_int64 row, int *eof, char **pzErr){
  art_state *st = p;
  int rc;
  art_row_free(st);
  for(;;){
    if( st->jf ){
      size_t a, b;
      int r = next_line(st, &a, &b, pzErr);
      if( r==-2 ) return SQLITE_NOMEM;
      if( r<0 ) return SQLITE_ERROR;
      if( r==0 ){
        fclose(st->jf); st->jf = 0;
        sqlite3_free(st->jpath); st->jpath = 0;
        continue;
      }
      r = json_row(st, st->jbuf+a, b-a, pzErr);
      if( r<0 ) return -r;
      if( r==0 ) continue;
      *eof = 0;
      return SQLITE_OK;
    }
    if( st->cur>=st->n_files ){ *eof = 1; return SQLITE_OK; }
    {
      const char *path = st->files[st->cur++];
      if( is_jsonl(path) ){
        st->jf = open_regular(path, pzErr);
        if( st->jf==0 ) return SQLITE_ERROR;
        st->jpath = sqlite3_mprintf("%s", path);
        if( st->jpath==0 ) return SQLITE_NOMEM;
        st->jname = base_name(st->jpath);
        st->jline = 0; st->jpos = st->jlen = 0; st->jeof = 0;
        continue;
      }
      rc = read_whole(st, path, pzErr);
      if( rc ) return rc;
      st->id = sqlite3_mprintf("%s", base_name(path));
      st->path = sqlite3_mprintf("%s", path);
      if( st->id==0 || st->path==0 ) return SQLITE_NOMEM;
      if( art_meta(st, 0) ) return SQLITE_NOMEM;
      *eof = 0;
      return SQLITE_OK;
    }
  }
}

static int artColumn(void *p, sqlite3_int64 row, int col, sqlite3_context *ctx){
  art_state *st = p;
  switch( col ){
    case 0: sqlite3_result_text(ctx, st->id, -1, SQLITE_TRANSIENT); break;
    case 1: sqlite3_result_text(ctx, st->path, -1, SQLITE_TRANSIENT); break;
    case 2: if( st->published[0] ) sqlite3_result_text(ctx, st->published, -1, SQLITE_TRANSIENT); break;
    case 3: if( st->has_title ) nr_result_text(ctx, st->title, st->n_title); break;
    case 4: nr_result_text(ctx, st->text+st->body_start, st->n_text-st->body_start); break;
    case 5: nr_result_text(ctx, st->text, st->n_text); break;
  }
  return SQLITE_OK;
}

static const char *const path_arg[] = {"path"};

static const nr_tvf articles_tvf = {
  "news_articles",
  "CREATE TABLE x(id TEXT, path TEXT, published TEXT, title TEXT, body TEXT, "
  "text TEXT, source HIDDEN)",
  6, 1, 1, path_arg, 1, sizeof(art_state),
  0, artNext, artColumn, artReset, artFilter, 0
};

int nr_register_articles(sqlite3 *db){
  static const nr_scalar fns[] = {
    {"article_published", 1, NR_PURE, publishedFunc},
    {"article_title",     1, NR_PURE, titleFunc},
    {"article_body",      1, NR_PURE, bodyFunc},
  };
  int rc = nr_register_scalars(db, fns, sizeof(fns)/sizeof(fns[0]));
  if( rc==SQLITE_OK ) rc = nr_tvf_register(db, &sentences_tvf);
  if( rc==SQLITE_OK ) rc = nr_tvf_register(db, &articles_tvf);
  return rc;
}
