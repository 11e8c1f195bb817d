/*
** quotes.c -- SQL bindings for article_quotes() and extract_speakers().
** (Being built: registers nothing yet.)
*/
#include "bind.h"

int nr_register_quotes(sqlite3 *db){
  (void)db;
  return SQLITE_OK;
}
