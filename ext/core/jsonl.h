/*
** jsonl.h -- just enough JSON for one-article-per-line corpora (news-please,
** CC-News and most published news datasets): the top-level string or number
** fields of one object.
*/
#ifndef NR_JSONL_H
#define NR_JSONL_H
#include <stddef.h>

typedef struct nr_jval {
  size_t start, end;   /* raw bytes of the value (inside the quotes for strings) */
  int present;         /* 1 string, 2 number/true/false, 0 absent or null/object/array */
} nr_jval;

/*
** Parse the JSON object in s[0..n) (white space around it allowed).  For
** each of the nnames wanted keys, out[k] tells where its value is (the first
** occurrence wins).  Returns 0, or -1 with a short reason in *why when the
** line is not one well-formed JSON object.
*/
int nr_json_fields(const unsigned char *s, size_t n, const char *const *names,
                   int nnames, nr_jval *out, const char **why);

/* Unescape a JSON string body s[0..n) into dst (room for n bytes); returns
** the length written.  Bad escapes were already refused by nr_json_fields;
** lone surrogates become U+FFFD. */
size_t nr_json_unescape(const unsigned char *s, size_t n, unsigned char *dst);

#endif
