/*
** segment.h -- paragraphs, sentences and words: the one segmentation every
** extractor uses (and article_sentences() exposes).
**
** Paragraphs: each line break ends a paragraph (news files put one paragraph
** per line, often with blank lines between); blank lines are not paragraphs.
**
** Sentences: a sentence ends after . ! ? or … (and any closing quotes or
** brackets right after it) when white space and a sentence opener follow,
** except after a title abbreviation (Dr. Okafor), an initial (John F.
** Kennedy), or, before anything but a typical sentence-opening word, after
** other abbreviations and dotted initialisms (Feb. 7, U.S. officials).  Run-on
** copy is split too: a period glued to a capitalised word (on the
** issue.Kremlin spokesman) and a lower-case letter glued to a capitalised
** sentence-opening word (Emmanuel MacronHe told).  Sentences never cross a
** paragraph.
**
** All offsets are bytes into the text given, end exclusive; spans are trimmed
** of surrounding white space.
*/
#ifndef NR_SEGMENT_H
#define NR_SEGMENT_H
#include <stddef.h>
#include <stdint.h>
#include "lexicon.h"

typedef struct nr_sent {
  size_t start, end;   /* bytes */
  int paragraph;       /* 1-based */
  int number;          /* 1-based, counted through the whole text */
} nr_sent;

typedef struct nr_para {
  size_t start, end;   /* bytes */
  size_t first_sent;   /* index into nr_doc.sent */
  size_t n_sent;
} nr_para;

typedef struct nr_doc {
  nr_sent *sent; size_t n_sent, cap_sent;
  nr_para *para; size_t n_para, cap_para;
} nr_doc;

/* Segment s[0..n).  doc must be zeroed or previously used; on NR_NOMEM it is
** left valid for nr_doc_free.  Returns NR_OK or NR_NOMEM. */
int nr_segment(const unsigned char *s, size_t n, nr_doc *doc);
void nr_doc_free(nr_doc *doc);
/* The splitter's word lists (abbreviations.tsv, starters.tsv), for a core
** that must decide sentence ends as it does (timex.c). */
extern const nr_lex nr_abbreviations_lex, nr_starters_lex;
/* The paragraphs of s[0..n) only, as nr_segment finds them (no sentences:
** n_sent is 0).  For a caller that needs sentences only sometimes. */
int nr_segment_paragraphs(const unsigned char *s, size_t n, nr_doc *doc);

/* Index of the sentence that holds byte off (or the nearest one before it);
** (size_t)-1 when there are no sentences. */
size_t nr_doc_sentence_at(const nr_doc *doc, size_t off);
/* Index of the paragraph that holds byte off (or the nearest one before). */
size_t nr_doc_paragraph_at(const nr_doc *doc, size_t off);

/* Words.  A word is a run of letters and digits, with internal apostrophes
** (Russia's, don’t), hyphens (de-escalation), and periods between single
** letters (U.S.).  nr_next_word finds the next word at or after *pos, stores
** its bytes in [*ws, *we) and moves *pos past it; returns 0 at the end. */
int nr_next_word(const unsigned char *s, size_t n, size_t *pos, size_t *ws, size_t *we);

/* Does the word s[a..b) start with an upper-case letter? */
int nr_word_is_capitalised(const unsigned char *s, size_t n, size_t a, size_t b);

/* Is cp an opening or closing quotation mark or bracket (for sentence
** boundaries: characters that may stand between . and the next sentence)? */
int nr_is_closer(int32_t cp);
int nr_is_opener(int32_t cp);

#endif
