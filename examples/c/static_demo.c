/*
** static_demo.c -- newsroom linked into a C program, no .load needed.
**
** Build (make examples does this):
**   cc -DSQLITE_CORE -o build/static_demo examples/c/static_demo.c \
**      ext/newsroom.c ext/bind/(all .c) ext/core/(all .c) -lsqlite3 -lutf8proc
**
** With -DSQLITE_CORE the extension calls SQLite directly instead of through
** the loadable-extension API table, and sqlite3_auto_extension() registers
** it on every connection the program opens.
*/
#include <stdio.h>
#include <sqlite3.h>

int sqlite3_newsroom_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

int main(int argc, char **argv){
  const char *dir = argc>1 ? argv[1] : "examples/corpus";
  sqlite3 *db;
  sqlite3_stmt *st;
  int rc;
  sqlite3_auto_extension((void (*)(void))sqlite3_newsroom_init);
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){
    fprintf(stderr, "cannot open: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  rc = sqlite3_prepare_v2(db,
    "SELECT a.id, count(q.quote) FROM news_articles(?1) a "
    "LEFT JOIN article_quotes(a.body) q ON 1 GROUP BY a.id ORDER BY a.id", -1, &st, 0);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }
  sqlite3_bind_text(st, 1, dir, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(st))==SQLITE_ROW ){
    printf("%s: %d quotations\n", (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1));
  }
  if( rc!=SQLITE_DONE ) fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rc==SQLITE_DONE ? 0 : 1;
}
