/*
** attrib.h -- internals shared by attrib.c (tokens, cues, speaker mentions)
** and entities.c (the entity model).  Not part of the public API.
*/
#ifndef NR_ATTRIB_H
#define NR_ATTRIB_H
#include "quotes.h"
#include "utf8.h"
#include <stdint.h>

/* token types */
#define T_WORD  1
#define T_PUNCT 2
#define T_OPEN  3   /* opening mark of quote q */
#define T_CLOSE 4   /* closing mark of quote q (zero width when unclosed) */

/* word classes (lexicons speakerwords.tsv, orgs.tsv) */
#define W_NONE  0
#define W_PRON  1
#define W_DET   2
#define W_AUX   3
#define W_BE    4
#define W_ROLE  5
#define W_ADJ   6
#define W_HON   7
#define W_PART  8
#define W_STOP  9
#define W_ORG   10
#define W_MEDIA 11
#define W_PLACE 12
#define W_PLACEPART 13

/* cue classes (cues.tsv) */
#define C_NONE   0
#define C_SAY    1
#define C_CALL   2
#define C_ING    3
#define C_ACCORD 4

typedef struct nr_tok {
  uint32_t s, e;     /* bytes */
  int32_t q;         /* quote span holding the token (or whose mark it is); -1 */
  int32_t sent;      /* sentence index */
  uint8_t type;
  uint8_t cap;       /* word starting with an upper-case letter */
  uint8_t upper;     /* word all in upper case (initialisms, transcripts) */
  uint8_t cls;       /* W_*, from the lexicon at tokenisation */
  uint8_t num;       /* lexicon number of the class entry */
  uint8_t cue;       /* C_*, 0xFF until looked up */
  uint8_t inv;       /* cue may precede its speaker: 1, or 2 only right after a quotation */
  uint8_t org;       /* org/media/place class from orgs.tsv, 0xFF until looked up */
  uint8_t used;      /* a cue already counted as a statement */
  uint8_t spk;       /* a speaker mention starts here (for pronouns) */
  uint16_t lex;      /* lexicon entry of the word (index into nr_qlex.ent), 0 = none */
  int32_t ent;       /* entity a name starting here belongs to; -1 */
  uint32_t nend;     /* token index past that name's noun phrase */
} nr_tok;

/* A noun phrase found around a cue. */
#define NP_MAX 12   /* tokens in a noun phrase */
#define NP_NONE 0
#define NP_NAME 1
#define NP_PRON 2
#define NP_DESC 3

typedef struct nr_np {
  int type;
  long a, b;        /* tokens [a,b) */
  long na, nb;      /* the proper name inside it, na==nb when none */
  long ta, tb;      /* the title words before the name */
  int org;          /* an organisation (head or name word in orgs.tsv) */
  long pa, pb;      /* a possessor's name inside it (João Pereira's team) */
  int grp;          /* a bare plural after capitals (Harbour School fans) */
} nr_np;

/* Set every field of np to 0 (field by field: a memset of the struct is a
** slow "rep stos" on x86, and this runs for every phrase tried). */
static inline void np_clear(nr_np *np){
  np->type = 0; np->a = np->b = 0; np->na = np->nb = 0; np->ta = np->tb = 0;
  np->org = 0; np->pa = np->pb = 0; np->grp = 0;
}

typedef struct nr_ctx {
  const unsigned char *s;
  size_t n;
  nr_quotes_doc *d;
  nr_qspans spans;
  nr_tok *t; size_t nt, capt;
  long *sent_a;     /* first token of each sentence */
  size_t cap_sent;
  /* entity hash by surname: nhash buckets (a power of two) of room cap_hash */
  int32_t *hash; size_t nhash, cap_hash;
  int32_t *enext; size_t cap_enext;
  /* role links: (title tokens, entity) */
  struct nr_link { long a, b; int ent; } *link; size_t nlink, caplink;
  /* indexes built while tokenising, so the passes that look only at some
  ** tokens need not walk them all: capitalised words, and words outside
  ** quotes that may be a reporting verb (a lexicon cue, lower case) */
  int32_t *capi; size_t ncap;
  int32_t *cuei; size_t ncue;
  size_t cap_idx;   /* room in each of capi and cuei (that of t, once tokenised) */
  long *mark_tok; size_t cap_mark;   /* tokens of the marks of quote k: [2k] opening, [2k+1] closing */
  /* the first tokens of the name phrases nr_ent_scan marked, in text order */
  int32_t *named; size_t nnamed, cap_named;
  /* common_word_name()'s answers for the words it has looked up */
  struct nr_common { int32_t tok; int r; } common[32]; int common_checks;
} nr_ctx;

/* attrib.c */
int nr_tok_orgclass(nr_ctx *c, long i);
int nr_tok_cue(nr_ctx *c, long i);
int nr_np_forward(nr_ctx *c, long i, long lim, nr_np *np);
/* Is word k a finite verb that may follow a speaker's name: a reporting verb
** its speaker may follow (said, says), an auxiliary or a form of "be"? */
int nr_tok_finite_verb(nr_ctx *c, long k);
/* Is word k a dotted abbreviation of capitals: U.S, U.N, D.C (the full stop
** after the last letter is a token of its own)? */
int nr_tok_dotted_abbr(nr_ctx *c, long k);
int nr_tok_based(nr_ctx *c, long k);        /* California-based, State-owned: qualifies a name (W_ADJ) */
int nr_tok_firm(nr_ctx *c, long k);         /* orgs.tsv firm: Boeing, Facebook */
int nr_tok_given_name(nr_ctx *c, long k);   /* givennames.tsv */
int nr_tok_designator(nr_ctx *c, long k);   /* a firm's name ends in it: 2 Corp, Inc, Ltd; 1 Group */
/* Are tokens a..b words for a nation and place-name words, the last a
** nation's (West German, South Korean)? */
int nr_nation_words(nr_ctx *c, long a, long b);
/* phrasewords orghead number of word k: 1 the company, 2 the bank; 0 */
int nr_tok_orghead(nr_ctx *c, long k);
/* The first token after the text's opening dateline (SAN JOSE, March 26 -), 0 when none */
long nr_dateline_end(nr_ctx *c);
/* Is word k the surname of a person named before (entities.c)? */
int nr_ent_person_key(nr_ctx *c, long k);
/* s[a..b) ends in one of the first n of -er, -or, -ist, -ian, -man, -woman,
** -person, with at least `more` bytes before it (entities.c) */
int nr_agent_ending(const unsigned char *s, size_t a, size_t b, size_t n, size_t more);

/* The speakerwords class of token i, set at tokenisation.  "I" is a
** pronoun, "A" at a sentence start a determiner: fine; but a capitalised
** aux ("Later", "Then") or particle ("De") is no name either. */
static inline int nr_tok_class(nr_ctx *c, long i){
  return c->t[i].cls;
}
/* Is token i the word w[0..L) (lower case), in any case? */
static inline int nr_tok_isn(nr_ctx *c, long i, const char *w, size_t L){
  const nr_tok *t = &c->t[i];
  size_t k;
  if( t->type!=T_WORD || t->e-t->s!=L ) return 0;
  for(k=0; k<L; k++) if( nr_ascii_lower(c->s[t->s+k])!=w[k] ) return 0;
  return 1;
}
/* Is token i the word w (a string literal), in any case? */
#define nr_tok_is(c, i, w) nr_tok_isn((c), (i), (w), sizeof(w)-1)
/* Is token i the one-byte punctuation ch? */
static inline int nr_punct_is(nr_ctx *c, long i, int ch){
  const nr_tok *t = &c->t[i];
  return t->type==T_PUNCT && t->e==t->s+1 && c->s[t->s]==ch;
}
/* Does token i start with an apostrophe, ' or ’ (a punctuation token of
** its own, or a clitic such as 've)? */
static inline int nr_tok_apos(nr_ctx *c, long i){
  const unsigned char *p = c->s+c->t[i].s;
  return p[0]=='\'' || (p[0]==0xE2 && c->t[i].e-c->t[i].s>=3 && p[1]==0x80 && p[2]==0x99);
}

/* entities.c */
int nr_ent_init(nr_ctx *c);
int nr_ent_scan(nr_ctx *c);        /* register full names and titles */
/* Entity for the noun phrase np (which speaks at token i); creates one when
** needed.  Returns the index, -1 when unknown, -2 on NR_NOMEM. */
int nr_ent_resolve(nr_ctx *c, const nr_np *np, long at);
int nr_ent_count_mentions(nr_ctx *c);
void nr_ent_free(nr_ctx *c);
int nr_tok_eq(nr_ctx *c, long i, long j);    /* tokens i and j: the same word, ASCII case aside */

#endif
