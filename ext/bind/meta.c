/*
** meta.c -- newsroom_version() and newsroom_debug().
**
** Neither is deterministic (like SQLite's own sqlite_version()): the answer
** depends on the build that is loaded, not on the arguments.
*/
#include "bind.h"
#include <utf8proc.h>

#ifndef NEWSROOM_VERSION
# define NEWSROOM_VERSION "0.0.0-dev"
#endif
#ifndef NEWSROOM_COMMIT
# define NEWSROOM_COMMIT "unknown"
#endif

static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, NEWSROOM_VERSION, -1, SQLITE_STATIC);
}

static void debugFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  char *z;
  (void)argc; (void)argv;
  z = sqlite3_mprintf(
    "Version: %s\nCommit: %s\nSQLite compiled: %s\nSQLite running: %s\n"
    "utf8proc: %s\nUnicode: %s",
    NEWSROOM_VERSION, NEWSROOM_COMMIT, SQLITE_VERSION, sqlite3_libversion(),
    utf8proc_version(), utf8proc_unicode_version());
  if( z==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int nr_register_meta(sqlite3 *db){
  static const nr_scalar fns[] = {
    {"newsroom_version", 0, SQLITE_UTF8|SQLITE_INNOCUOUS, versionFunc},
    {"newsroom_debug",   0, SQLITE_UTF8|SQLITE_INNOCUOUS, debugFunc},
  };
  return nr_register_scalars(db, fns, sizeof(fns)/sizeof(fns[0]));
}
