/*
** lexicon.h -- word lists kept as data.
**
** Each list lives in ext/lexicon/NAME.tsv (a header comment says what it
** holds; columns: key, then an optional value and an optional number).
** tools/lex2c.awk turns it into ext/lexicon/NAME.inc, a sorted array that is
** committed, so a build needs only cc.  Keys are folded: lower case
** (Unicode simple case mapping) with ’ written as '.
*/
#ifndef NR_LEXICON_H
#define NR_LEXICON_H
#include <stddef.h>

typedef struct nr_lexent {
  const char *key;     /* folded */
  unsigned short klen;
  short num;           /* third column, 0 when absent */
  const char *val;     /* second column, "" when absent */
} nr_lexent;

typedef struct nr_lex {
  const nr_lexent *a;  /* sorted by key, bytewise */
  size_t n;
  unsigned short maxlen;  /* longest key, in bytes */
  const unsigned short *first;  /* [b]: first entry whose key starts with byte b or more (257) */
} nr_lex;

#define NR_LEX(name) { name##_entries, sizeof(name##_entries)/sizeof(name##_entries[0]), name##_maxlen, name##_first }

/* Exact look-up of an already folded key; NULL when absent. */
const nr_lexent *nr_lex_find(const nr_lex *lex, const char *key, size_t n);

/* Fold s[0..n) into out (capacity cap) as the keys are folded; returns the
** folded length, or (size_t)-1 when it does not fit. */
size_t nr_fold(const unsigned char *s, size_t n, char *out, size_t cap);

/* Fold and look up in one step (keys longer than the longest entry fail fast). */
const nr_lexent *nr_lex_lookup(const nr_lex *lex, const unsigned char *s, size_t n);

#endif
