/*
** quotes.h -- direct quotations, who said them, and who speaks in an article.
**
** Three steps, one module each:
**   quotes.c   finds quotation marks and pairs them into quoted spans
**              (nr_quote_marks): by position and context, never by count.
**   attrib.c   tokenises the article, finds reporting cues (a lexicon kept as
**              data, ext/lexicon/cues.tsv) and the mention each quote rests on
**              ("X said", "said X", "X, an economist, said", "according to X",
**              a colon intro, a continued quote), and drops quoted titles and
**              terms nobody is reported as saying.
**   entities.c the entity model both SQL functions share: names clustered by
**              surname, the fullest form as the canonical name, titles and
**              roles linked to their holders, pronouns to their antecedent.
**
** All offsets are bytes into the text given, end exclusive.
*/
#ifndef NR_QUOTES_H
#define NR_QUOTES_H
#include <stddef.h>
#include <stdint.h>
#include "segment.h"

/* A quoted span from mark pairing (quotes.c). */
typedef struct nr_qspan {
  size_t open, start, end, close;  /* open mark at [open,start), words [start,end), close mark at [end,close) */
  int dbl;                          /* 1: double marks, 0: single marks */
  int closed;                       /* 0: ran to its paragraph end */
} nr_qspan;

typedef struct nr_qspans { nr_qspan *a; size_t n, cap; } nr_qspans;

/* Pair the marks of s[0..n); doc is its segmentation (paragraphs).
** Spans are appended in text order.  NR_OK or NR_NOMEM. */
int nr_quote_marks(const unsigned char *s, size_t n, const nr_doc *doc, nr_qspans *out);
void nr_qspans_free(nr_qspans *q);
/* Does s[0..n) hold any byte that may be a quotation mark?  (Fast pre-filter.) */
int nr_has_marks(const unsigned char *s, size_t n);

/* Kinds of entity. */
#define NR_PERSON 0
#define NR_ORG    1

typedef struct nr_entity {
  size_t name_s, name_e;    /* canonical name: bytes of the text */
  size_t title_s, title_e;  /* role the text gives them; title_e==0 when none */
  size_t sur_s, sur_e;      /* surname (or head word) used as the key */
  size_t first_s, first_e;  /* first name token (full names only) */
  int kind;
  int ntoks;                /* name tokens in the canonical form */
  int quotes, statements, mentions;
  size_t first;             /* byte offset of the first mention */
  int named;                /* has a proper name (not only a description) */
  int role;                 /* an unnamed description headed by a role (a spokesman) */
  size_t last;              /* last mention seen while resolving */
  int gender;               /* 1 a man, 2 a woman (from an honorific or a
                            ** given name, givennames.tsv), 0 unknown */
  int alias;                /* k+1: a key only, for the firm entity k (Knutson
                            ** for Knutson Mortgage Corp); never a row */
  int nation;               /* words for a nation (West German, South Korean):
                            ** an organisation no pronoun refers to */
  int place;                /* a place (Moscow, California): never "the company" */
} nr_entity;

typedef struct nr_quote {
  size_t start, end;        /* the words between the marks */
  size_t m_s, m_e;          /* mention; m_e==0 when none */
  size_t cue_s, cue_e;      /* cue; cue_e==0 when none */
  int entity;               /* index into nr_quotes_doc.ent, -1 when unknown */
  int partial;
  int paragraph;            /* 1-based */
  size_t sent_s, sent_e;    /* the sentence(s) holding quote and attribution */
} nr_quote;

/* The three lexicons (speakerwords, cues, orgs) fused into one hash table of
** folded word forms, built once per nr_quotes_doc and kept across documents
** (nr_quotes_free keeps it): every word of an article is looked up once, at
** tokenisation, and its classes are read from the entry afterwards.  The
** table is kept sparse (about one slot in six used), so that a word is
** nearly always settled by its first slot. */
#define NR_QLEX_SLOTS 8192
#define NR_QLEX_MAXKEY 24      /* longer keys are never single tokens */
typedef struct nr_qent {
  uint64_t kw[3];           /* the folded key in 8-byte words (zero-padded) */
  uint32_t h;               /* hash of the key (fold_hash2) */
  uint8_t klen;
  uint8_t wcls, wnum;       /* speakerwords class (W_*), number */
  uint8_t cue, inv;         /* cues class (C_*); speaker may follow: 1, 2 only after a quotation */
  uint8_t org;              /* orgs class (W_ORG, W_MEDIA, W_PLACE) */
  uint8_t nv;               /* a noun as often as a cue: 1 before "it", 2 "out", 3 "that" */
  uint8_t manner;           /* a manner of speaking: a statement only before "that" or ":" */
  uint8_t cand;             /* cue or nv set: a lower-case word outside quotes may be a cue */
  uint8_t pw, pwnum;        /* phrasewords class (PW_* in attrib.c), number */
  uint8_t firm;             /* orgs.tsv "firm": a company's own name, no head word */
} nr_qent;
/* Keys of at most 16 bytes are also in small tables of two choices: a key
** is in one of the two places its hash names, so a word is looked up with a
** few compares and no branch (the tokeniser's common case).  Keys of at
** most 8 bytes, most words, have a table of their own, two keys to a
** bucket, that stays in the processor's first cache. */
#define NR_QLEX_K8 1024
#define NR_QLEX_SHORT 1024
typedef struct nr_qlex {
  int ready;
  int short_ok;                     /* every key of at most 16 bytes is in the short table */
  uint16_t nent;                    /* entries in use, ent[0] included */
  uint16_t dropped;                 /* lexicon words that found no room in ent[]
                                    ** (must stay 0: tests/unit/test_quotes.c) */
  uint32_t slot[NR_QLEX_SLOTS];     /* entry index | hash's top 16 bits << 16; 0 = empty */
  nr_qent ent[2049];                /* ent[0]: no word (all zero), for "not found" */
  uint64_t k8[NR_QLEX_K8][2];       /* buckets of two keys of 1 to 8 bytes; 0 = empty */
  uint16_t i8[NR_QLEX_K8][2];       /* their entries */
  uint64_t sw[NR_QLEX_SHORT][2];    /* a key of 9 to 16 bytes: its two 8-byte words; 0, 0 = empty */
  uint16_t sidx[NR_QLEX_SHORT];     /* its entry */
} nr_qlex;

typedef struct nr_quotes_doc {
  nr_doc doc;
  nr_quote *q; size_t nq, capq;
  nr_entity *ent; size_t nent, capent;
  nr_qlex lx;
  /* attrib.c's and entities.c's work buffers, kept from one document to
  ** the next (as are the buffers of doc, q and ent) */
  void *tok; size_t cap_tok;     /* tokens */
  int32_t *capi, *cuei; size_t cap_idx;   /* and their two indexes */
  long *sent_a; size_t cap_sent;
  nr_qspans spans;
  long *mark_tok; size_t cap_mark;
  int32_t *hash; size_t cap_hash;
  int32_t *enext; size_t cap_enext;
  void *link; size_t cap_link;
  int32_t *named; size_t cap_named;
} nr_quotes_doc;

/* Extract quotes and speakers from s[0..n).  d must be zeroed or freed
** (it may be reused for the next document without freeing).
** speakers!=0 also counts indirect statements and mentions for
** extract_speakers.  NR_OK or NR_NOMEM (d stays valid for nr_quotes_free). */
int nr_quotes_extract(const unsigned char *s, size_t n, nr_quotes_doc *d, int speakers);

/* Articles longer than NR_WINDOW bytes are analysed in windows of about
** that size, cut at line ends (paragraph boundaries) when there is one
** nearby: the tokens of one window at a time are in memory.  Speakers with
** the same name (and kind) in two windows are one row; a pronoun or a title
** does not reach back into an earlier window.  Shorter articles are one
** window.  nr_quotes_extract_windows does the same with window size w (for
** tests). */
#define NR_WINDOW (1u<<20)
int nr_quotes_extract_windows(const unsigned char *s, size_t n, nr_quotes_doc *d,
                              int speakers, size_t w);
void nr_quotes_free(nr_quotes_doc *d);     /* empties one document's rows (keeps buffers) */
void nr_quotes_release(nr_quotes_doc *d);  /* frees everything */

/* Does entity e speak (a row of extract_speakers)? */
int nr_entity_is_speaker(const nr_entity *e);

#endif
