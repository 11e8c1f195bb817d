/*
** timex.h -- temporal expressions in news text (TimeML TIMEX3).
**
** nr_timex_scan finds every temporal expression in s[0..n): absolute dates
** and times in the forms news copy uses, relative expressions resolved
** against an anchor (normally the publication date), durations, sets and
** the PRESENT_REF / PAST_REF / FUTURE_REF references.  Extents follow
** TimeML: prepositions stay outside, determiners and modifiers inside.
**
** Without an anchor, relative values stay underspecified (XXXX-02-07,
** XXXX-WXX-1 ...).  Work is linear in n: the text is cut into paragraphs
** (and pieces of at most a fixed size), each tokenised once, and every rule
** looks at a bounded number of tokens.
**
** Offsets are bytes, end exclusive.  Word lists live in
** ext/lexicon/timex_words.tsv and months.tsv.
*/
#ifndef NR_TIMEX_H
#define NR_TIMEX_H
#include <stddef.h>
#include <stdint.h>

#define NR_TX_DATE     1
#define NR_TX_TIME     2
#define NR_TX_DURATION 3
#define NR_TX_SET      4

/* The date (and optionally time) that relative expressions resolve against. */
typedef struct nr_anchor {
  int set;          /* 0: no anchor, values stay underspecified */
  int y, m, d;
  int has_time, hh, mi;
} nr_anchor;

/* Parse an ISO-8601 date "YYYY-MM-DD" or datetime "YYYY-MM-DDTHH:MM[:SS[.f]]
** [Z|+HH:MM]" (a space may stand for T).  Returns 0 and fills *a, or -1. */
int nr_anchor_parse(const unsigned char *s, size_t n, nr_anchor *a);

typedef struct nr_timex {
  size_t start, end;       /* bytes, end exclusive */
  int type;                /* NR_TX_* */
  char value[32];          /* TIMEX3 value */
  int has_range;           /* first_day/last_day known */
  int32_t first_day, last_day;   /* day numbers (calendar.h) */
} nr_timex;

typedef struct nr_timexes {
  nr_timex *a;
  size_t n, cap;
} nr_timexes;

/* Find the expressions of s[0..n) and append them to out (zeroed or reused:
** out->n is reset first).  anchor may be NULL.  max_dates > 0 stops after
** that many DATE/TIME expressions (event_date() needs one).  Returns NR_OK or
** NR_NOMEM (out then stays valid for nr_timexes_free). */
int nr_timex_scan(const unsigned char *s, size_t n, const nr_anchor *anchor,
                  size_t max_dates, nr_timexes *out);
void nr_timexes_free(nr_timexes *out);

/* The word tables in the form the scanner reads them.  nr_timex_scan builds
** them on every call; a caller that scans many texts prepares them once
** (plain data: no allocation, nothing to free) and calls
** nr_timex_scan_prep. */
#define NR_TIMEX_HSIZE 1024
#define NR_TIMEX_XSIZE 256
typedef struct nr_timex_prep {
  uint32_t key[NR_TIMEX_HSIZE];          /* folded first letters + length; 0: empty */
  char word[NR_TIMEX_HSIZE][16];         /* the word in each slot (folded) */
  short sub[NR_TIMEX_HSIZE];             /* its number */
  unsigned char len[NR_TIMEX_HSIZE];     /* its length */
  unsigned char cls[NR_TIMEX_HSIZE];     /* its word class */
  /* the words of the word lists (whatever their class): a table of their
  ** own (the same keys), so that the class look-ups stay as short */
  uint32_t xkey[NR_TIMEX_XSIZE];
  char xword[NR_TIMEX_XSIZE][16];
  unsigned char xlen[NR_TIMEX_XSIZE];
  uint32_t xlists[NR_TIMEX_XSIZE];       /* the lists each word is in (a bit each) */
  uint16_t xfilter[32*32];               /* a bit per length, by first and last letter */
  uint16_t cfilter[128*32];              /* candidate triggers: a bit per length for a token's first
                                         ** byte and last letter (every bit for a digit) */
  uint16_t lfilter[128*32];              /* every word of the tables, likewise */
  unsigned char tmpl[128][16];           /* a new token's fields after its offsets, by first byte */
  uint16_t tfilter[1024];                /* trigger words: a bit per hash of three letters + length */
  uint16_t sfilter[1024];                /* words that can start an expression, likewise */
  uint16_t rule_mask[32];                /* the rules a token can start, by its kind (bit: rule) */
  unsigned char month_len[13];           /* length of each month's full name (months.tsv) */
  unsigned char bad_lists;               /* list names in timex_words.tsv that timex.c does
                                         ** not know (0; the unit tests check) */
} nr_timex_prep;
void nr_timex_prepare(nr_timex_prep *p);
int nr_timex_scan_prep(const nr_timex_prep *p, const unsigned char *s, size_t n,
                       const nr_anchor *anchor, size_t max_dates, nr_timexes *out);

/* The first and last day a DATE/TIME value covers (2022-W06 -> 2022-02-07,
** 2022-02-13).  Returns 1 when the value names a definite span, else 0. */
int nr_timex_range(const char *value, int32_t *first, int32_t *last);

/* Type name for NR_TX_*: "DATE", "TIME", "DURATION", "SET". */
const char *nr_timex_type_name(int type);

#endif
