/*
** bind.h -- what the thin SQLite bindings share: the API pointer (INIT3),
** the registration functions newsroom.c calls, and the helpers for
** table-valued functions (tvf.c) and scalar functions.
*/
#ifndef NR_BIND_H
#define NR_BIND_H
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#include <stddef.h>

/* One per SQL family; each registers its functions and modules. */
int nr_register_meta(sqlite3 *db);      /* newsroom_version, newsroom_debug */
int nr_register_articles(sqlite3 *db);  /* news_articles, article_*, article_sentences */
int nr_register_quotes(sqlite3 *db);    /* article_quotes, extract_speakers */
int nr_register_dates(sqlite3 *db);     /* event_dates, event_date */
int nr_register_helpers(sqlite3 *db);   /* quote_key */

/* Flags for pure functions and for functions that touch the file system. */
#define NR_PURE   (SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS)
#define NR_DIRECT (SQLITE_UTF8|SQLITE_DIRECTONLY)

/* A scalar function to register (see nr_register_scalars). */
typedef struct nr_scalar {
  const char *name;
  int n_arg;
  int flags;
  void (*fn)(sqlite3_context*, int, sqlite3_value**);
} nr_scalar;
int nr_register_scalars(sqlite3 *db, const nr_scalar *a, size_t n);

/*
** A table-valued function (eponymous-only virtual table) whose rows the
** binding computes in filter() into its own per-cursor state.
**
** The schema lists the output columns first and the arguments last, as
** HIDDEN columns (arg_names gives their names for error messages).  The
** first n_arg_required arguments must be given; an absent one is the error
** "NAME(): missing ARG argument".  filter() is a rewind: reset() is called
** before it (and at close) to free the previous document's state.
**
** filter() sets *n_rows to the number of rows it computed, or to -1 to
** stream: then next() is called to produce row 0, 1, ... until it sets *eof.
*/
typedef struct nr_tvf {
  const char *name;
  const char *schema;
  int n_out;
  int n_arg;
  int n_arg_required;
  const char *const *arg_names;
  int direct_only;          /* reads files: SQLITE_VTAB_DIRECTONLY, else INNOCUOUS */
  size_t state_size;        /* per-cursor state, zeroed at open */
  int (*filter)(void *state, int argc, sqlite3_value **argv,
                sqlite3_int64 *n_rows, char **pzErr);
  int (*next)(void *state, sqlite3_int64 row, int *eof, char **pzErr);
  int (*column)(void *state, sqlite3_int64 row, int col, sqlite3_context *ctx);
  void (*reset)(void *state);
  /* optional: used instead of filter() by functions that need the connection
  ** (news_articles checks SQLITE_LIMIT_LENGTH) */
  int (*filter_db)(void *state, sqlite3 *db, int argc, sqlite3_value **argv,
                   sqlite3_int64 *n_rows, char **pzErr);
  /* optional: called once when the cursor closes (after reset), for buffers
  ** a state keeps from one row of the outer query to the next */
  void (*close)(void *state);
} nr_tvf;

int nr_tvf_register(sqlite3 *db, const nr_tvf *def);

/*
** Read a text argument.  Returns 0 with *pz and *pn set (NUL-terminated by
** SQLite, but use *pn, since text may hold NUL), 1 for SQL NULL, -1 with an
** error message "FN(): the ARG argument must be text, got TYPE" in *pzErr (sqlite3_malloc'd),
** or -2 when SQLite ran out of memory converting the value (return SQLITE_NOMEM).
*/
int nr_arg_text(const char *fn, const char *arg, sqlite3_value *v,
                const unsigned char **pz, size_t *pn, char **pzErr);

/* The same check for scalar functions: sets the error on ctx and returns -1. */
int nr_arg_text_ctx(sqlite3_context *ctx, const char *fn, const char *arg,
                    sqlite3_value *v, const unsigned char **pz, size_t *pn);

/* Copy n bytes into a fresh sqlite3_malloc64 block (NUL-terminated). */
unsigned char *nr_dup(const unsigned char *z, size_t n);

/* Result helpers: text of n bytes (copied); NULL when z is NULL. */
void nr_result_text(sqlite3_context *ctx, const unsigned char *z, size_t n);
/* ... a name: runs of white space (a line break) as one space */
void nr_result_name(sqlite3_context *ctx, const unsigned char *z, size_t n);

#endif
