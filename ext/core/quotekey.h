/*
** quotekey.h -- a normalised key for finding the same quotation as several
** outlets printed it: NFKC, case-folded, default-ignorable characters
** removed, apostrophes and periods dropped (don't -> dont, U.S. -> us), other
** punctuation and quotation marks turned into spaces, spaces collapsed and
** trimmed.  Invalid UTF-8 bytes count as U+FFFD.
*/
#ifndef NR_QUOTEKEY_H
#define NR_QUOTEKEY_H
#include <stddef.h>

/* Compute the key of s[0..n) into *out (nr_realloc'd; caller nr_free()s),
** length in *pn.  Returns NR_OK or NR_NOMEM. */
int nr_quote_key(const unsigned char *s, size_t n, unsigned char **out, size_t *pn);

/*
** How much of the shorter quote the longer one repeats: the overlap
** coefficient |A ∩ B| / min(|A|, |B|) over the two quotes' content words
** (as multisets, after nr_quote_key, function words in
** ext/lexicon/stopwords.tsv left out), in [0, 1].  Translation and trimming
** change a few words; the same statement keeps most of them.  Returns -1 when
** out of memory.  A quote of fewer than min_words content words scores 0
** (too short to tell).
*/
double nr_quote_similarity(const unsigned char *a, size_t na,
                           const unsigned char *b, size_t nb, int min_words);

#endif
