/*
** newsroom.c -- the extension's only entry point.
**
**   .load ./dist/newsroom          (sqlite3 shell; entry sqlite3_newsroom_init)
**
** newsroom turns a folder of news articles into a corpus analysed in SQL:
** news_articles() reads it, article_quotes() and extract_speakers() say who
** said what, event_dates() and event_date() say when things happened.  The
** SQL surface is documented in README.md and docs/; each family of functions
** is registered by its binding in ext/bind/, over cores in ext/core/ that do
** not know about SQLite.
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include "bind/bind.h"

/* SQLITE_DIRECTONLY, SQLITE_INNOCUOUS and sqlite3_vtab_config's
** SQLITE_VTAB_INNOCUOUS / SQLITE_VTAB_DIRECTONLY arrived in 3.31.0. */
#define NR_MIN_SQLITE 3031000
#define NR_MIN_SQLITE_TEXT "3.31.0"

static const struct {
  const char *family;
  int (*reg)(sqlite3 *);
} families[] = {
  {"meta",     nr_register_meta},
  {"articles", nr_register_articles},
  {"quotes",   nr_register_quotes},
  {"dates",    nr_register_dates},
  {"helpers",  nr_register_helpers},
};

#ifdef _WIN32
__declspec(dllexport)
#elif defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int sqlite3_newsroom_init(sqlite3 *db, char **pzErrMsg,
                          const sqlite3_api_routines *pApi){
  size_t i;
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number()<NR_MIN_SQLITE ){
    if( pzErrMsg ){
      *pzErrMsg = sqlite3_mprintf("newsroom needs SQLite " NR_MIN_SQLITE_TEXT
                                  " or later; this is %s", sqlite3_libversion());
    }
    return SQLITE_ERROR;
  }
  for(i=0; i<sizeof(families)/sizeof(families[0]); i++){
    int rc = families[i].reg(db);
    if( rc!=SQLITE_OK ){
      if( pzErrMsg ){
        *pzErrMsg = sqlite3_mprintf("newsroom: registering %s failed: %s",
                                    families[i].family, sqlite3_errstr(rc));
      }
      return rc;
    }
  }
  return SQLITE_OK;
}
