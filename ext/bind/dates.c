/*
** dates.c -- SQL bindings for event_dates() and event_date().
** (Being built: registers nothing yet.)
*/
#include "bind.h"

int nr_register_dates(sqlite3 *db){
  (void)db;
  return SQLITE_OK;
}
