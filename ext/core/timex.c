/*
** timex.c -- recognition and normalisation of temporal expressions
** (see timex.h).
**
** The text is cut into paragraphs (at most SEG_MAX bytes each); a paragraph
** is tokenised once into words, numbers and punctuation.  Every expression
** holds a trigger word (a month, a weekday, a unit, a number, today, now ...);
** rules are tried only at tokens a few places before a trigger, and each rule
** reads a bounded number of tokens, so the work is linear in the input.
**
** The words rules are made of are data (ext/lexicon/timex_words.tsv and
** months.tsv); a word's class and number say what part it can play.  Relative
** expressions resolve against the anchor as news is read: a bare weekday is
** the most recent such day on or before the anchor unless the sentence speaks
** of the future; a month without a year is the most recent one unless the
** sentence speaks of the future; "the next day" counts from the day last
** mentioned.
*/
#include "timex.h"
#include "calendar.h"
#include "lexicon.h"
#include "segment.h"
#include "nr_alloc.h"
#include "utf8.h"
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "../lexicon/months.inc"
#include "../lexicon/timex_words.inc"

static const nr_lex lex_months = NR_LEX(months);
static const nr_lex lex_words = NR_LEX(timex_words);

#define SEG_MAX 65536
#define MAXWORD 16          /* longer words are in no list */

/* word classes (the second column of timex_words.tsv) */
enum {
  C_NONE = 0, C_MONTH, C_WEEKDAY, C_WEEKDAYS, C_UNIT, C_UNITS, C_NUM, C_ORD,
  C_SEASON, C_POD, C_DEICTIC, C_REL, C_POS, C_APPROX, C_SET, C_EVERY, C_AGO,
  C_FISCAL, C_ZONE, C_AMPM, C_DET, C_A, C_VAGUE, C_TENSE, C_HOLIDAY, C_DECADE, C_GENERIC,
  C_MEASURE, C_LEAD, C_PODS,
  C_DAYKIND,          /* 30: never starts a rule (can_start), so never indexes rule_mask */
  C_UNKNOWN = 255
};

/* word lists (the fourth column of timex_words.tsv, where each is
** described): a bit each, in the order of list_names */
enum {
  L_POSS = 1u<<0, L_MODAL = 1u<<1, L_REPORT = 1u<<2, L_YPREFIX = 1u<<3, L_MAYPREP = 1u<<4,
  L_MARCHVERB = 1u<<5, L_ORDSUF = 1u<<6, L_YEARPREP = 1u<<7, L_FORYEAR = 1u<<8, L_QPREFIX = 1u<<9,
  L_SAMEPART = 1u<<10, L_MORE = 1u<<11, L_SPAN = 1u<<12, L_EVENTREL = 1u<<13, L_NOTDUR = 1u<<14,
  L_PARTOF = 1u<<15, L_PODEND = 1u<<16, L_CLOCKPREP = 1u<<17, L_DEADLINE = 1u<<18, L_SEASONPREP = 1u<<19
};
static const char *const list_names[] = {
  "poss", "modal", "report", "yprefix", "mayprep",
  "marchverb", "ordsuf", "yearprep", "foryear", "qprefix",
  "samepart", "more", "span", "eventrel", "notdur",
  "partof", "podend", "clockprep", "deadline", "seasonprep"
};

/* units */
enum { U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE,
       U_CENTURY, U_QUARTER, U_WEEKEND, U_FORTNIGHT };
/* rel */
enum { R_LAST = 1, R_NEXT, R_THIS, R_PAST, R_PREV, R_COMING, R_FOLLOWING,
       R_LATEST, R_RECENT, R_CURRENT };
/* tense */
enum { T_NONE = 0, T_FUTURE = 1, T_PAST = 2, T_PRESENT = 3, T_CLAUSE = 4, T_TO = 5,
       T_PLANNED = 6 };

static int class_code(const char *v){
  switch( v[0] ){
    case 'a':
      if( v[1]==0 ) return C_A;
      if( v[1]=='p' ) return C_APPROX;
      if( v[1]=='m' ) return C_AMPM;
      return C_AGO;
    case 'd': return v[1]=='e' && v[2]=='t' ? C_DET : C_DEICTIC;
    case 'e': return C_EVERY;
    case 'f': return C_FISCAL;
    case 'g': return C_GENERIC;
    case 'h': return C_HOLIDAY;
    case 'k': return C_DAYKIND;
    case 'l': return C_LEAD;
    case 'm': return C_MEASURE;
    case 'n': return C_NUM;
    case 'o': return C_ORD;
    case 'p': return v[1]=='o' && v[2]=='d' ? (v[3]=='s' ? C_PODS : C_POD) : C_POS;
    case 'r': return C_REL;
    case 's': return v[1]=='e' && v[2]=='a' ? C_SEASON : C_SET;
    case 't': return C_TENSE;
    case 'u': return v[4]=='s' ? C_UNITS : C_UNIT;
    case 'v': return C_VAGUE;
    case 'w': return v[7]=='s' ? C_WEEKDAYS : C_WEEKDAY;
    case 'y': return C_DECADE;
    case 'z': return C_ZONE;
  }
  return C_NONE;
}

/* classes that can make an expression on their own (rules start near one) */
static int is_trigger_class(int c){
  return c==C_MONTH || c==C_WEEKDAY || c==C_WEEKDAYS || c==C_UNIT || c==C_UNITS
      || c==C_SEASON || c==C_DEICTIC || c==C_SET || c==C_POD || c==C_HOLIDAY || c==C_DECADE;
}

enum { K_END = 0, K_WORD, K_NUM, K_PUNCT };

typedef struct tok {     /* 32 bytes; the fields after e come from prep->tmpl */
  size_t s, e;
  int32_t num;           /* value of a number of at most 9 digits, else -1 */
  short sub;             /* lexicon number */
  unsigned char kind, cap, cls, trig;
  unsigned char lazy;    /* a word not yet looked up (cls() does it) */
  unsigned char ch;      /* punctuation character, or first byte */
  unsigned char ndig;    /* digits of a number (255: 255 or more) */
} tok;

typedef struct result {
  size_t end;            /* token index after the expression */
  int type;
  char value[32];
  int day_ref;           /* 1: value is a single day (for anaphora) */
  int32_t day;
  int keep_last;         /* 1: counted from the month or year named last
                         ** ("a month earlier"), which stays the one named */
} result;

typedef struct ctx {
  const unsigned char *s;
  size_t n;
  int anch;              /* anchor set */
  int32_t a0;            /* anchor day */
  int ay, am, ad, awd;
  int has_time, ahh, ami;
  tok *tk; size_t nt, cap;
  size_t *trg, ntrg, captrg;        /* indexes of the trigger tokens */
  tok *tk_small; size_t *trg_small; /* the first arrays, on the stack */
  int has_last; int32_t last_day;   /* the day last mentioned */
  int last_q;                       /* the quarter last mentioned (1..4), 0: none */
  int last_y, last_m;               /* the year and month last mentioned, 0: none */
  int ym_newer;                     /* the month last mentioned came after the day */
  size_t ld_end;                    /* where the day last mentioned ended in this
                                    ** paragraph; (size_t)-1: not in it */
  size_t pa;                        /* where the paragraph starts */
  size_t ly_end;                    /* where the last year-bearing value of this
                                    ** paragraph ended; (size_t)-1: none yet */
  const nr_timex_prep *prep;
  /* the last tense computed */
  int tc_ok, tc_t; size_t tc_i, tc_j; const tok *tc_tk;
} ctx;

static const tok tok_end = {0, 0, -1, 0, K_END, 0, C_NONE, 0, 0, 0, 0};

static const tok *T(const ctx *c, size_t k){ return k<c->nt ? &c->tk[k] : &tok_end; }

/* ---------------------------------------------------------------- lexicon */

/* A word's key: its first four letters folded, and its length (never 0).
** Different words may share a key: look-ups compare the whole word. */
#if defined(__GNUC__)
__attribute__((always_inline))   /* in classify: the hot path */
#endif
static inline uint32_t word_key(const unsigned char *w, size_t len, size_t avail){
  uint32_t x = 0;
  size_t i;
  if( avail>=4 ){
    memcpy(&x, w, 4);      /* host order: the same on both sides of the table */
    x |= 0x20202020u;
    if( len<4 ) x &= (1u << (8*len)) - 1;
  } else {
    for(i=0; i<len && i<4; i++) x |= (uint32_t)(w[i]|0x20) << (8*i);
  }
  return x ^ ((uint32_t)len << 27);
}
/* The first slot of key x in a table of mask+1 slots. */
static unsigned key_slot(uint32_t x, unsigned mask){
  return (unsigned)((x * 0x9E3779B1u) >> 22) & mask;
}

/* The slot of word w[0..len) (key x) in a table of keys, lengths and folded
** words of mask+1 slots, or -1.  Words that share a key are told apart by
** their length and letters (the key mixes the length into the fourth letter:
** compare all). */
static inline long find_slot(const uint32_t *keys, const unsigned char *lens, const char (*words)[16],
                             unsigned mask, uint32_t x, const unsigned char *w, size_t len){
  unsigned slot;
  uint32_t y;
  size_t i;
  for(slot=key_slot(x, mask); (y = keys[slot])!=0; slot=(slot+1) & mask){
    if( y==x && lens[slot]==len ){
      const unsigned char *e = (const unsigned char *)words[slot];
      for(i=0; i<len; i++) if( e[i]!=(w[i]|0x20) ) break;
      if( i>=len ) return (long)slot;
    }
  }
  return -1;
}

static void prep_add(nr_timex_prep *p, const nr_lexent *e, int cl){
  uint32_t x;
  unsigned slot;
  if( e->klen<1 || e->klen>MAXWORD ) return;
  x = word_key((const unsigned char *)e->key, e->klen, 0);
  slot = key_slot(x, NR_TIMEX_HSIZE-1);
  while( p->key[slot] ){
    if( p->len[slot]==e->klen && memcmp(p->word[slot], e->key, e->klen)==0 ) return;   /* months win */
    slot = (slot+1) & (NR_TIMEX_HSIZE-1);
  }
  p->key[slot] = x; p->cls[slot] = (unsigned char)cl;
  p->len[slot] = (unsigned char)e->klen; p->sub[slot] = (short)e->num;
  memcpy(p->word[slot], e->key, e->klen);
}

/* A word of the word lists, in their table (the keys are unique). */
static void prep_add_x(nr_timex_prep *p, const nr_lexent *e, uint32_t lists){
  uint32_t x;
  unsigned slot;
  const unsigned char *w = (const unsigned char *)e->key;
  if( e->klen<1 || e->klen>MAXWORD || !lists ) return;
  x = word_key(w, e->klen, 0);
  for(slot=key_slot(x, NR_TIMEX_XSIZE-1); p->xkey[slot]; slot=(slot+1) & (NR_TIMEX_XSIZE-1)){}
  p->xkey[slot] = x; p->xlen[slot] = (unsigned char)e->klen; p->xlists[slot] = lists;
  memcpy(p->xword[slot], e->key, e->klen);
  p->xfilter[((w[0] & 31u) << 5) | (w[e->klen-1] & 31u)] |= (uint16_t)(1u << (e->klen-1));
}

/* Can a word of class cl and number sub make an expression on its own? */
static int is_trigger_word(int cl, int sub){
  return is_trigger_class(cl)
      || (cl==C_REL && (sub==R_CURRENT || sub==R_PAST || sub==R_LATEST))
      || (cl==C_NUM && sub==19);   /* nineteen ninety-six */
}

/* The row filter: for the first two letters of a word (folded to 1..26;
** 0 for the second letter of a one-letter word), a bit for each length some
** word has.  sfilter has the words that can start an expression. */
static unsigned tfilter_row(const unsigned char *w, size_t len){
  return ((w[0] & 31u) << 5) | (len>1 ? (w[1] & 31u) : 0u);
}
/* The trigger filter proper: a bit for a hash of the first three letters
** and the length (three letters let far fewer ordinary words through). */
static unsigned tfilter3(const unsigned char *w, size_t len){
  uint32_t k = (w[0] & 31u) | (uint32_t)len << 15;
  if( len>1 ) k |= (w[1] & 31u) << 5;
  if( len>2 ) k |= (w[2] & 31u) << 10;
  return (k * 0x9E3779B1u) >> 18;      /* 14 bits */
}

/* The lists named in s (names separated by spaces) as bits; a name no
** list has counts in p->bad_lists. */
static uint32_t list_bits(nr_timex_prep *p, const char *s){
  uint32_t m = 0;
  while( *s ){
    size_t n = 0, b;
    while( *s==' ' ) s++;
    while( s[n] && s[n]!=' ' ) n++;
    if( n==0 ) break;
    for(b=0; b<sizeof list_names/sizeof list_names[0]; b++){
      if( list_names[b][0]==s[0] && strncmp(list_names[b], s, n)==0 && list_names[b][n]==0 ) break;
    }
    if( b<sizeof list_names/sizeof list_names[0] ) m |= 1u << b;
    else if( p->bad_lists<255 ) p->bad_lists++;
    s += n;
  }
  return m;
}

static void prep_rules(nr_timex_prep *p);
void nr_timex_prepare(nr_timex_prep *p){
  size_t k;
  memset(p, 0, sizeof *p);
  prep_rules(p);
  for(k=0; k<lex_months.n; k++){
    const nr_lexent *e = &lex_months.a[k];
    prep_add(p, e, C_MONTH);
    if( e->num>=1 && e->num<=12 && strlen(e->val)>p->month_len[e->num] ) p->month_len[e->num] = (unsigned char)strlen(e->val);
  }
  for(k=0; k<lex_words.n; k++){
    int cl = class_code(lex_words.a[k].val);
    if( cl!=C_NONE ) prep_add(p, &lex_words.a[k], cl);
    if( timex_words_lists[k][0] ) prep_add_x(p, &lex_words.a[k], list_bits(p, timex_words_lists[k]));
  }
  for(k=0; k<NR_TIMEX_HSIZE; k++){
    int cl = p->cls[k];
    if( p->key[k] ){
      const unsigned char *w = (const unsigned char *)p->word[k];
      unsigned last = w[p->len[k]-1] & 31u;
      p->lfilter[((w[0] & 0x7Fu) << 5) | last] |= (uint16_t)(1u << (p->len[k]-1));
      p->lfilter[(((w[0] & 0x7Fu) ^ 0x20u) << 5) | last] |= (uint16_t)(1u << (p->len[k]-1));
    }
    if( p->key[k] && cl!=C_TENSE && cl!=C_ZONE && cl!=C_AMPM && cl!=C_AGO && cl!=C_GENERIC
        && cl!=C_MEASURE && cl!=C_PODS && cl!=C_DAYKIND )
      p->sfilter[tfilter_row((const unsigned char *)p->word[k], p->len[k])] |= (uint16_t)(1u << (p->len[k]-1));
    if( p->key[k] && is_trigger_word(p->cls[k], p->sub[k]) ){
      const unsigned char *w = (const unsigned char *)p->word[k];
      unsigned h, last = w[p->len[k]-1] & 31u;
      /* the tokeniser's filter: first byte (either case) and last letter */
      p->cfilter[((w[0] & 0x7Fu) << 5) | last] |= (uint16_t)(1u << (p->len[k]-1));
      p->cfilter[(((w[0] & 0x7Fu) ^ 0x20u) << 5) | last] |= (uint16_t)(1u << (p->len[k]-1));
      h = tfilter3(w, p->len[k]);
      p->tfilter[h>>4] |= (uint16_t)(1u << (h & 15));
    }
  }
  /* a number is always a candidate (number_trig decides) */
  for(k='0'; k<='9'; k++){
    size_t q;
    for(q=0; q<32; q++) p->cfilter[(k << 5) | q] = 0xFFFF;
  }
  /* a token's fields after its offsets, by its first byte: a letter starts
  ** a word (looked up when a rule asks: lazy), a digit a number, anything
  ** else (never a separator) is a punctuation mark */
  for(k=0; k<128; k++){
    tok t;
    memset(&t, 0, sizeof t);
    t.num = -1;
    t.ch = (unsigned char)k;
    if( nr_is_ascii_alpha((unsigned)k) ){ t.kind = K_WORD; t.cap = (unsigned char)(k<'a'); t.lazy = 1; }
    else t.kind = nr_is_ascii_digit((unsigned)k) ? K_NUM : K_PUNCT;
    memcpy(p->tmpl[k], &t.num, sizeof p->tmpl[k]);
  }
}

/* Class of a word token (ASCII letters only). */
static void classify(ctx *c, tok *t){
  const nr_timex_prep *p = c->prep;
  size_t len = t->e - t->s;
  long slot;
  t->cls = C_NONE; t->sub = 0;
  if( len>MAXWORD ) return;
  slot = find_slot(p->key, p->len, p->word, NR_TIMEX_HSIZE-1, word_key(c->s + t->s, len, c->n - t->s),
                   c->s + t->s, len);
  if( slot>=0 ){ t->cls = p->cls[slot]; t->sub = p->sub[slot]; }
}

/* Class of a word not yet looked up.  Most words are in no table: the
** filter says so without a look-up (cls and sub stay 0). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void cls_lazy(ctx *c, tok *t){
  size_t len = t->e - t->s;
  t->lazy = 0;
  if( len<=MAXWORD && ((c->prep->lfilter[(t->ch << 5) | (c->s[t->e-1] & 31u)] >> (len-1)) & 1u) ) classify(c, t);
}
static inline int cls(ctx *c, size_t k){
  if( k>=c->nt ) return C_NONE;
  if( c->tk[k].lazy ) cls_lazy(c, &c->tk[k]);
  return c->tk[k].cls;
}
static int sub(ctx *c, size_t k){ cls(c, k); return k<c->nt ? c->tk[k].sub : 0; }

/* Is token k the word w of n letters (lower case ASCII)?  The length
** first: most tokens differ in it.  is_w takes the word as a literal. */
static inline int is_wn(const ctx *c, size_t k, const char *w, size_t n){
  const tok *t;
  const unsigned char *x;
  size_t i;
  if( k>=c->nt ) return 0;
  t = &c->tk[k];
  if( t->e - t->s!=n || t->kind!=K_WORD ) return 0;
  x = c->s + t->s;
  for(i=0; i<n; i++) if( (x[i]|0x20)!=(unsigned char)w[i] ) return 0;   /* letters only */
  return 1;
}
#define is_w(c, k, w) is_wn((c), (k), "" w "", sizeof(w)-1)
/* The lists of word token t (prep_add_x): 0 for most words, which the
** filter turns away without a look-up. */
static uint32_t x_lists(const ctx *c, const tok *t){
  const nr_timex_prep *p = c->prep;
  const unsigned char *w = c->s + t->s;
  size_t len = t->e - t->s;
  long slot;
  if( len>MAXWORD || !((p->xfilter[((w[0] & 31u) << 5) | (w[len-1] & 31u)] >> (len-1)) & 1u) ) return 0;
  slot = find_slot(p->xkey, p->xlen, p->xword, NR_TIMEX_XSIZE-1, word_key(w, len, c->n - t->s), w, len);
  return slot>=0 ? p->xlists[slot] : 0;
}
/* Is token k a word of one of the lists l (bits L_x)? */
static int in_list(const ctx *c, size_t k, uint32_t l){
  return k<c->nt && c->tk[k].kind==K_WORD && (x_lists(c, &c->tk[k]) & l)!=0;
}
static int is_p(const ctx *c, size_t k, char ch){
  const tok *t = T(c, k);
  return t->kind==K_PUNCT && t->ch==(unsigned char)ch;
}
static int is_num(const ctx *c, size_t k){ return T(c, k)->kind==K_NUM; }
/* glued: token k follows token k-1 with no space */
/* Separators: space, control characters, non-ASCII bytes. */
static int is_sep_byte(unsigned ch){ return ch<=' ' || ch>=0x80; }
/* Is there a gap (a separator, or the paragraph start) before token t? */
static inline int tok_gap(const ctx *c, const tok *t){
  return t->kind!=K_END && (t->s==c->pa || is_sep_byte(c->s[t->s-1]));
}
static int glued(const ctx *c, size_t k){ return k<c->nt && !tok_gap(c, &c->tk[k]); }

/* The possessive "'s" at token k, after a word ("today's", or "today’s"
** with U+2019, whose bytes the tokeniser skips): the token after it, or 0. */
static size_t poss_s(const ctx *c, size_t k){
  if( is_p(c, k, '\'') && glued(c, k) && is_w(c, k+1, "s") && glued(c, k+1) ) return k+2;
  if( k>0 && is_w(c, k, "s") && c->tk[k].s==c->tk[k-1].e+3 && c->tk[k-1].kind==K_WORD
      && memcmp(c->s + c->tk[k-1].e, "\xE2\x80\x99", 3)==0 ) return k+1;
  return 0;
}

/* ---------------------------------------------------------------- values */

/* snprintf for the values: only %d, %0Nd (N one digit) and %s, written as
** snprintf writes them (the C library's costs a thousand instructions a
** call). */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void tx_fmt(char *out, size_t cap, const char *f, ...){
  char buf[96];
  size_t n = 0;
  va_list ap;
  va_start(ap, f);
  for(; *f && n+24<sizeof buf; f++){
    if( *f!='%' ){ buf[n++] = *f; continue; }
    f++;
    if( *f=='s' ){
      const char *x = va_arg(ap, const char *);
      while( *x && n+24<sizeof buf ) buf[n++] = *x++;
    } else {
      char d[12];
      int w = 0, k = 0, v, neg;
      unsigned u;
      if( *f=='0' ){ w = f[1]-'0'; f += 2; }
      v = va_arg(ap, int);
      neg = v<0;
      u = neg ? 0u-(unsigned)v : (unsigned)v;
      do { d[k++] = (char)('0' + u%10); u /= 10; } while( u );
      if( neg ) buf[n++] = '-';
      for(w -= k+neg; w>0; w--) buf[n++] = '0';
      while( k>0 ) buf[n++] = d[--k];
    }
  }
  va_end(ap);
  if( cap ){
    if( n>=cap ) n = cap-1;
    memcpy(out, buf, n); out[n] = 0;
  }
}

/* Write v in exactly w digits (0 <= v < 10^w) at p; returns p+w. */
static char *put_digits(char *p, int v, int w){
  int k;
  if( v<0 ) v = 0;
  for(k=w-1; k>=0; k--){ p[k] = (char)('0' + v%10); v /= 10; }
  return p+w;
}
/* YYYY, YYYY-MM or YYYY-MM-DD (m, d 0 when absent); years outside 0..9999
** fall back to snprintf. */
static void fmt_ymd(char *out, size_t cap, int y, int m, int d){
  char *p = out;
  if( y<0 || y>9999 || cap<11 ){
    if( d ) tx_fmt(out, cap, "%04d-%02d-%02d", y, m, d);
    else if( m ) tx_fmt(out, cap, "%04d-%02d", y, m);
    else tx_fmt(out, cap, "%04d", y);
    return;
  }
  p = put_digits(p, y, 4);
  if( m ){ *p++ = '-'; p = put_digits(p, m, 2); }
  if( d ){ *p++ = '-'; p = put_digits(p, d, 2); }
  *p = 0;
}

static void v_day(const ctx *c, result *r, int32_t z){
  int y, m, d;
  if( !c->anch ){ memcpy(r->value, "XXXX-XX-XX", 11); return; }
  nr_civil_from_days(z, &y, &m, &d);
  fmt_ymd(r->value, sizeof r->value, y, m, d);
  r->day_ref = 1; r->day = z;
}
static void v_week(const ctx *c, result *r, int32_t z, const char *suffix){
  int wy, wn;
  if( !c->anch ){ tx_fmt(r->value, sizeof r->value, "XXXX-WXX%s", suffix); return; }
  nr_iso_week(z, &wy, &wn);
  tx_fmt(r->value, sizeof r->value, "%04d-W%02d%s", wy, wn, suffix);
}
static void v_month(const ctx *c, result *r, int y, int m){
  if( !c->anch ) tx_fmt(r->value, sizeof r->value, "XXXX-%02d", m);
  else fmt_ymd(r->value, sizeof r->value, y, m, 0);
}
static void v_year(const ctx *c, result *r, int y){
  if( !c->anch ) memcpy(r->value, "XXXX", 5);
  else fmt_ymd(r->value, sizeof r->value, y, 0, 0);
}
static void v_str(result *r, const char *s){
  size_t l = strlen(s);
  if( l>=sizeof r->value ) l = sizeof r->value - 1;
  memcpy(r->value, s, l); r->value[l] = 0;
}

/* Add n months to (y, m). */
static void add_months(int *y, int *m, int n){
  int t = *y*12 + (*m-1) + n;
  *y = t/12; *m = t%12 + 1;
}

static int season_of_month(int m){
  return m>=3 && m<=5 ? 1 : m>=6 && m<=8 ? 2 : m>=9 && m<=11 ? 3 : 4;
}
static const char *const season_code[5] = {"", "SP", "SU", "FA", "WI"};
static const char *const pod_code[6] = {"", "MO", "AF", "EV", "NI", "MI"};

/* ---------------------------------------------------------------- tense */

/* Does the period at token k, before a capitalised word, end a sentence?
** As the sentence splitter decides (abbreviations.tsv, starters.tsv): not
** after an initial ("John F. Kennedy") or a title ("Gen. Smith"); after
** another abbreviation or a dotted one ("Feb.", "Inc.", "U.S.", "a.m.") only
** when a word that opens sentences follows ("Corp. The", "pct. Today":
** starters.tsv, or a deictic word of timex_words.tsv); after any other
** word, always ("the West. So"). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int period_ends(const ctx *c, size_t k){
  const tok *w = &c->tk[k-1], *nx = &c->tk[k+1];
  const nr_lexent *e;
  size_t len = w->e - w->s;
  int dotted = k>=3 && !tok_gap(c, w) && c->tk[k-2].kind==K_PUNCT && c->tk[k-2].ch=='.'
               && !tok_gap(c, &c->tk[k-2]) && c->tk[k-3].kind==K_WORD;
  if( !dotted && len==1 && w->cap ) return 0;
  e = dotted ? 0 : nr_lex_lookup(&nr_abbreviations_lex, c->s + w->s, len);
  if( e && e->val[0]=='t' ) return 0;
  if( e || dotted ){
    if( nr_lex_lookup(&nr_starters_lex, c->s + nx->s, nx->e - nx->s) ) return 1;
    e = nr_lex_lookup(&lex_words, c->s + nx->s, nx->e - nx->s);
    return e && class_code(e->val)==C_DEICTIC;
  }
  return 1;
}

static inline int is_sentence_break(const ctx *c, size_t k){
  const tok *t = T(c, k);
  if( t->kind!=K_PUNCT ) return 0;
  if( t->ch=='!' || t->ch=='?' || t->ch==';' ) return 1;
  if( t->ch=='.' ){
    const tok *nx = T(c, k+1);
    if( nx->kind==K_END ) return 1;
    if( nx->cap && tok_gap(c, nx) ){
      if( k>0 && c->tk[k-1].kind==K_WORD && !tok_gap(c, t) ) return period_ends(c, k);
      return 1;
    }
  }
  return 0;
}

/* the, a, an (without classifying the token) */
static int is_article(const ctx *c, size_t k){
  return is_w(c, k, "the") || is_w(c, k, "a") || is_w(c, k, "an");
}

/* The day a deictic word names (class deictic, sub 1 today, 2 tomorrow,
** 3 yesterday). */
static int32_t deictic_day(const ctx *c, int s){
  return c->a0 + (s==2 ? 1 : s==3 ? -1 : 0);
}

static int tense_of_word(ctx *c, size_t k);
/* The tense cue token k is (T_NONE: none).  Most words are no cue: not of
** class tense, not "to", not ending in -ed. */
static inline int tense_of(ctx *c, size_t k){
  const tok *t = T(c, k);
  if( t->kind!=K_WORD ) return T_NONE;
  if( cls(c, k)!=C_TENSE && t->e - t->s!=2 && c->s[t->e-1]!='d' ) return T_NONE;
  return tense_of_word(c, k);
}
static int tense_of_word(ctx *c, size_t k){
  const tok *t = T(c, k);
  size_t len;
  /* "a bigger-than-expected gain", "the long-planned merger": the end of
  ** a compound adjective, not a verb */
  if( k>1 && glued(c, k) && is_p(c, k-1, '-') && glued(c, k-1) && T(c, k-2)->kind==K_WORD ) return T_NONE;
  if( cls(c, k)==C_TENSE && c->tk[k].sub!=T_TO && c->tk[k].sub!=T_PLANNED ){
    int s = c->tk[k].sub;
    if( s==T_CLAUSE ) return T_NONE;
    /* "announced the plan", "a plan": a noun, not a verb that looks ahead */
    if( s==T_FUTURE && k>0 && is_article(c, k-1) ) return T_NONE;
    /* "better than expected", "as expected", "than planned": a comparison
    ** with a forecast, not a forecast */
    if( s==T_FUTURE && k>0 && (is_w(c, k-1, "than") || is_w(c, k-1, "as")) ) return T_NONE;
    /* "its restructuring plan, issued in May", "their plans were": the
    ** noun (plans, plan) before a stop, "were", "was" or "of", or after a
    ** possessive, not the verb of "plans to", "plans a rally" ("plans for
    ** him to meet" still look ahead) */
    if( s==T_FUTURE && (is_w(c, k, "plans") || is_w(c, k, "plan"))
        && (is_w(c, k+1, "were") || is_w(c, k+1, "was") || is_w(c, k+1, "of")
            || T(c, k+1)->kind==K_PUNCT
            || (k>0 && in_list(c, k-1, L_POSS))) ) return T_NONE;
    return s;
  }
  /* "set to resume", "is to meet", "due to open": to + verb after these
  ** (timex_words.tsv: tense 5, and the future and present cues, not the
  ** noun in "a plan to") is the future */
  if( is_w(c, k, "to") && k>0 && cls(c, k-1)==C_TENSE ){
    int s = c->tk[k-1].sub;
    if( s==T_TO || s==T_PLANNED || s==T_PRESENT || (s==T_FUTURE && !(k>1 && is_article(c, k-2))) ) return T_FUTURE;
  }
  len = t->e - t->s;
  if( len>=4 && !t->cap && c->s[t->e-1]=='d' && c->s[t->e-2]=='e' ){
    /* "a still unspecified date", "the revised plan": an adjective after
    ** an article (and an adverb), not the verb of the sentence */
    if( k>0 && is_article(c, k-1) ) return T_NONE;
    if( k>1 && is_article(c, k-2) && T(c, k-1)->kind==K_WORD && !T(c, k-1)->cap
        && (is_w(c, k-1, "still") || is_w(c, k-1, "yet") || is_w(c, k-1, "as")
            || (T(c, k-1)->e - T(c, k-1)->s > 3 && c->s[T(c, k-1)->e-1]=='y' && c->s[T(c, k-1)->e-2]=='l')) ) return T_NONE;
    return T_PAST;
  }
  return T_NONE;
}

/* The tense the sentence around tokens [i, j) speaks in: the last cue before
** the expression, else the first one after it. */
static int tense_scan(ctx *c, size_t i, size_t j);
static int tense_at(ctx *c, size_t i, size_t j){
  /* rules ask about the same place more than once */
  if( c->tc_ok && c->tc_i==i && c->tc_tk==c->tk ) return c->tc_t;   /* same start: same sentence */
  c->tc_t = tense_scan(c, i, j);
  c->tc_i = i; c->tc_j = j; c->tc_tk = c->tk; c->tc_ok = 1;
  return c->tc_t;
}
static int tense_scan(ctx *c, size_t i, size_t j){
  size_t k, lim;
  /* "as soon as Tuesday": the future whatever the verbs say */
  if( i>=3 && is_w(c, i-1, "as") && is_w(c, i-2, "soon") && is_w(c, i-3, "as") ) return T_FUTURE;
  int t;
  for(k=i, lim=0; k>0 && lim<40; k--, lim++){
    if( is_sentence_break(c, k-1) ) break;
    /* "where the blasts killed", "which was due": a relative clause has
    ** its own verb, after the expression */
    if( cls(c, k-1)==C_TENSE && c->tk[k-1].sub==T_CLAUSE ) break;
    /* "planned a rally on Saturday": what was planned, the object after
    ** the verb, lies ahead of the planning.  Not so before the expression
    ** ("On Friday the council planned"), nor for the participle ("a vigil
    ** planned for Saturday was cancelled", "as planned") or the adjective
    ** ("the planned tariffs"): past */
    t = cls(c, k-1)==C_TENSE && c->tk[k-1].sub==T_PLANNED && is_article(c, k) && !(k>1 && is_article(c, k-2))
        ? T_FUTURE : tense_of(c, k-1);
    if( t ){
      /* "will be held", "would have met": the modal decides */
      size_t q;
      /* "had been due to expire", "had planned to": a plan in the past */
      if( t==T_FUTURE ){
        for(q=k-1; q>0 && q+4>=k; q--){
          if( is_sentence_break(c, q-1) ) break;
          if( is_w(c, q-1, "had") ) return T_PAST;
        }
      }
      for(q=k-1; q>0 && q+3>=k; q--){
        if( is_sentence_break(c, q-1) ) break;
        /* a modal or "to" ("will be held", "due to be held"), not a
        ** future word that is no auxiliary ("a bond due 2023 rose") */
        if( tense_of(c, q-1)==T_FUTURE && in_list(c, q-1, L_MODAL) ) return T_FUTURE;
      }
      return t;
    }
  }
  for(k=j, lim=0; k<c->nt && lim<15; k++, lim++){
    if( is_sentence_break(c, k) ) break;
    t = tense_of(c, k);
    if( t ) return t;
  }
  return T_NONE;
}

/* ---------------------------------------------------------------- pieces */

/* A number at token k: digits or a number word ("twenty-five", "a", "an").
** Sets *val (-1 for vague: several, few) and returns tokens used, 0 if none. */
static size_t number_at(ctx *c, size_t k, int *val, int allow_a){
  const tok *t = T(c, k);
  if( t->kind==K_NUM ){
    if( t->num<0 || t->ndig>6 ) return 0;
    if( k>0 && glued(c, k) && (is_p(c, k-1, '$') || is_p(c, k-1, '.') || is_p(c, k-1, ',')) ) return 0;
    /* 1.5, 1,000 */
    if( (is_p(c, k+1, '.') || is_p(c, k+1, ',')) && glued(c, k+1) && is_num(c, k+2) && glued(c, k+2) ) return 0;
    *val = t->num; return 1;
  }
  if( cls(c, k)==C_NUM ){
    int v = c->tk[k].sub;
    if( v>=20 && v<100 && is_p(c, k+1, '-') && glued(c, k+1) && glued(c, k+2)
        && cls(c, k+2)==C_NUM && c->tk[k+2].sub<10 ){
      *val = v + c->tk[k+2].sub; return 3;
    }
    /* twenty four hours (spoken news writes no hyphen) */
    if( v>=20 && v<100 && v%10==0 && cls(c, k+1)==C_NUM && c->tk[k+1].sub>=1 && c->tk[k+1].sub<10 ){
      *val = v + c->tk[k+1].sub; return 2;
    }
    *val = v; return 1;
  }
  /* a couple of, the next couple of */
  if( is_w(c, k, "couple") && is_w(c, k+1, "of") ){ *val = 2; return 2; }
  if( allow_a && cls(c, k)==C_A ){
    if( is_w(c, k+1, "couple") && is_w(c, k+2, "of") ){ *val = 2; return 3; }
    if( cls(c, k+1)==C_VAGUE && c->tk[k+1].sub==1 ){ *val = -1; return 2; }  /* a few */
    if( cls(c, k+1)==C_NUM && (c->tk[k+1].sub==100 || c->tk[k+1].sub==12) ){ *val = c->tk[k+1].sub; return 2; }
    *val = 1; return 1;
  }
  if( cls(c, k)==C_VAGUE ){ *val = -1; return 1; }
  return 0;
}

static int unit_at(ctx *c, size_t k, int *plural){
  int cl = cls(c, k);
  if( cl==C_UNIT ){ *plural = 0; return c->tk[k].sub; }
  if( cl==C_UNITS ){ *plural = 1; return c->tk[k].sub; }
  return 0;
}

/* P5D, PT5H, PXW ... */
static void v_duration(result *r, int n, int unit){
  char num[16];
  const char *u = "D";
  int timeu = 0;
  if( unit==U_DECADE ){ if( n>0 ) n *= 10; unit = U_YEAR; }
  else if( unit==U_CENTURY ){ if( n>0 ){ n *= 100; unit = U_YEAR; } }   /* centuries: PXC, as TimeBank */
  else if( unit==U_FORTNIGHT ){ if( n>0 ) n *= 2; unit = U_WEEK; }
  else if( unit==U_WEEKEND ){ if( n>0 ) n *= 2; unit = U_DAY; }
  switch( unit ){
    case U_SEC: u = "S"; timeu = 1; break;
    case U_MIN: u = "M"; timeu = 1; break;
    case U_HOUR: u = "H"; timeu = 1; break;
    case U_DAY: u = "D"; break;
    case U_WEEK: u = "W"; break;
    case U_MONTH: u = "M"; break;
    case U_YEAR: u = "Y"; break;
    case U_QUARTER: u = "Q"; break;
    case U_CENTURY: u = "C"; break;
  }
  {
    char *p = r->value;
    size_t k = 0;
    *p++ = 'P';
    if( timeu ) *p++ = 'T';
    if( n<0 ) *p++ = 'X';
    else {
      if( n>999999 ) n = 999999;
      do { num[k++] = (char)('0' + n%10); n /= 10; } while( n>0 );
      while( k>0 ) *p++ = num[--k];
    }
    *p++ = u[0];
    *p = 0;
  }
  r->type = NR_TX_DURATION;
}

/* A four-digit year at token k (not part of a larger number or an amount). */
static int year_at(ctx *c, size_t k, int lo, int hi){
  const tok *t = T(c, k);
  if( t->kind!=K_NUM || t->ndig!=4 || t->num<lo || t->num>hi ) return 0;
  if( k>0 && glued(c, k) ){
    const tok *p = &c->tk[k-1];
    if( p->kind==K_NUM || p->kind==K_WORD ) return 0;
    if( p->kind==K_PUNCT && p->ch=='-' && k>1 && glued(c, k-1)
        && in_list(c, k-2, L_YPREFIX) ){ /* mid-1996, early-2020, end-2019 */ }
    else if( p->kind==K_PUNCT && strchr("$.,/#:-", p->ch) ) return 0;
  }
  if( glued(c, k+1) ){
    const tok *x = T(c, k+1);
    if( x->kind==K_PUNCT && strchr("%/:", x->ch) ) return 0;
    if( x->kind==K_PUNCT && strchr(".,-", x->ch) && is_num(c, k+2) && glued(c, k+2) ) return 0;
    if( x->kind==K_WORD && !(T(c, k+1)->e - T(c, k+1)->s==1 && nr_ascii_lower(c->s[x->s])=='s') ) return 0;
  }
  return 1;
}

/* Is the month word at k an abbreviation ("Sept", "Aug": shorter than the
** month's full name), whose period is its own ("Sept.", not "June.")? */
static int month_abbrev(const ctx *c, size_t k){
  const tok *t = T(c, k);
  return t->sub>=1 && t->sub<=12 && t->e - t->s < c->prep->month_len[t->sub];
}

/* Is the month word at k really a month (not "may" the verb, "March" the
** verb, "Jan" a name)? */
static int month_ok(ctx *c, size_t k){
  const tok *t = T(c, k);
  size_t len = t->e - t->s;
  int next_num = is_num(c, k+1) || (is_p(c, k+1, '.') && is_num(c, k+2));
  if( !t->cap ) return 0;
  if( month_abbrev(c, k) ){
    /* Jan, Feb, Sept ... need a period or a number after them */
    if( !(is_p(c, k+1, '.') && glued(c, k+1)) && !is_num(c, k+1) ) return 0;
    return 1;
  }
  if( c->tk[k].sub==5 && len==3 ){
    /* May: a month next to a number or after a preposition or modifier */
    if( next_num ) return 1;
    if( k>0 ){
      int pc = cls(c, k-1);
      if( pc==C_REL || pc==C_POS || pc==C_DET || pc==C_EVERY ) return 1;
      if( in_list(c, k-1, L_MAYPREP) ) return 1;
    }
    return 0;
  }
  if( c->tk[k].sub==3 && len==5 ){
    /* March the verb: "March on", "march to" */
    if( in_list(c, k+1, L_MARCHVERB) ) return next_num;
  }
  return 1;
}

/* A day written as an ordinal word ("March eighth", "the twenty-first of
** May", as broadcast transcripts have them): tokens used, 0 if none.  Not
** before a unit or a half ("March first-quarter", "the second half"). */
static size_t ord_day_at(ctx *c, size_t k, int *d){
  size_t used = 0;
  int v = 0;
  if( cls(c, k)==C_NUM && (sub(c, k)==20 || sub(c, k)==30) && is_p(c, k+1, '-') && glued(c, k+1) && glued(c, k+2)
      && (cls(c, k+2)==C_ORD || is_w(c, k+2, "second")) ){
    int o = is_w(c, k+2, "second") ? 2 : sub(c, k+2);
    if( o>=1 && o<=9 ){ v = sub(c, k) + o; used = 3; }
  } else if( cls(c, k)==C_ORD ){ v = sub(c, k); used = 1; }
  else if( is_w(c, k, "second") ){ v = 2; used = 1; }
  if( !used || v<1 || v>31 ) return 0;
  if( is_p(c, k+used, '-') || cls(c, k+used)==C_UNIT || cls(c, k+used)==C_UNITS || is_w(c, k+used, "half") ) return 0;
  *d = v;
  return used;
}

/* Day of month at k: 1..31, optionally with st/nd/rd/th glued on.  Returns
** tokens used. */
static size_t day_at(ctx *c, size_t k, int *d){
  const tok *t = T(c, k);
  size_t used = 1;
  if( t->kind!=K_NUM || t->ndig>2 || t->num<1 || t->num>31 ) return 0;
  if( glued(c, k+1) && T(c, k+1)->kind==K_WORD ){
    if( in_list(c, k+1, L_ORDSUF) ) used = 2;
    else return 0;
  }
  /* not the start of a number like 7.5 or 7,000 */
  if( used==1 && (is_p(c, k+1, '.') || is_p(c, k+1, ',') || is_p(c, k+1, ':')) && glued(c, k+1)
      && is_num(c, k+2) && glued(c, k+2) ) return 0;
  if( k>0 && glued(c, k) && (is_p(c, k-1, '$') || is_p(c, k-1, '.')) ) return 0;
  *d = t->num;
  return used;
}

/* A clock time at k: H:MM [am|pm|a.m.|p.m.] [zone], or H am|pm.  need_mark:
** a bare H:MM needs a mark or zone unless told otherwise. */
/* Token j, after a part of the day, makes it a modifier of a noun: "the
** morning session", "in the evening news" (not "the morning to", "the
** morning and"). */
static int pod_noun_follows(ctx *c, size_t j){
  return T(c, j)->kind==K_WORD && !T(c, j)->cap
      && !in_list(c, j, L_PODEND);
}

static size_t clock_at(ctx *c, size_t k, int *hh, int *mm, int need_mark){
  size_t j = k;
  int h, m = 0, mark = 0, ampm = 0;
  const tok *t = T(c, k);
  if( t->kind!=K_NUM || t->ndig>2 ) return 0;
  h = t->num;
  if( k>0 && glued(c, k) && (is_p(c, k-1, ':') || is_p(c, k-1, '.') || is_p(c, k-1, '$')) ) return 0;
  j = k+1;
  if( (is_p(c, j, ':') || is_p(c, j, '.')) && glued(c, j) && is_num(c, j+1) && glued(c, j+1)
      && T(c, j+1)->ndig==2 ){
    int colon = is_p(c, j, ':');
    m = T(c, j+1)->num;
    if( m>59 ) return 0;
    if( !colon ) mark = -1;     /* 10.30 needs am/pm */
    j += 2;
    if( colon && glued(c, j) && is_p(c, j, ':') && is_num(c, j+1) && T(c, j+1)->ndig==2 ) j += 2;
  } else {
    mark = -1;                  /* a bare hour needs am/pm */
  }
  if( cls(c, j)==C_AMPM && (c->tk[j].e - c->tk[j].s)==2 ){
    ampm = c->tk[j].sub; j++;
  } else if( (is_w(c, j, "a") || is_w(c, j, "p")) && is_p(c, j+1, '.') && glued(c, j+1)
             && is_w(c, j+2, "m") && glued(c, j+2) ){
    ampm = is_w(c, j, "a") ? 1 : 2;
    j += 3;
    /* the final period, unless it also ends the sentence ("at 6 a.m. The") */
    if( is_p(c, j, '.') && glued(c, j) && !(T(c, j+1)->kind==K_END || (tok_gap(c, T(c, j+1)) && T(c, j+1)->cap
        && cls(c, j+1)!=C_WEEKDAY && cls(c, j+1)!=C_MONTH && cls(c, j+1)!=C_ZONE)) ) j++;
  } else if( is_w(c, j, "in") && is_w(c, j+1, "the") && cls(c, j+2)==C_POD && sub(c, j+2)>=1 && sub(c, j+2)<=3
             && !T(c, j+2)->cap && !is_w(c, j+3, "of") && !pod_noun_follows(c, j+3) ){
    /* 4 in the morning, 7 in the evening */
    ampm = sub(c, j+2)==1 ? 1 : 2;
    j += 3;
  }
  if( ampm ){
    if( h<1 || h>12 ) return 0;
    if( ampm==2 && h<12 ) h += 12;
    if( ampm==1 && h==12 ) h = 0;
    mark = 1;
  }
  if( cls(c, j)==C_ZONE && T(c, j)->cap ){ j++; if( mark==0 ) mark = 1; }
  if( h>24 ) return 0;
  if( mark<0 ) return 0;
  if( mark==0 && need_mark ) return 0;
  *hh = h; *mm = m;
  return j-k;
}

/* ---------------------------------------------------------------- rules */

/* The year for a month (and day) named without one. */
static int until_before(ctx *c, size_t i);
/* Does "since" stand just before token i?  What follows it is past
** ("the lowest close since February", written in December). */
static int since_before(const ctx *c, size_t i){
  return i>0 && is_w(c, i-1, "since");
}

static int year_for(ctx *c, size_t i, size_t j, int m, int d){
  /* The most recent such month or day, unless it comes within the next
  ** two months (not after "since"), or the sentence speaks of the
  ** future. */
  /* (the tense is looked for only when the answer depends on it) */
  if( d==0 ){
    int ahead = ((m - c->am) + 12) % 12;     /* months until the next one */
    if( ahead==0 ) return c->ay;
    if( (ahead<=2 && !since_before(c, i)) || tense_at(c, i, j)==T_FUTURE || until_before(c, i) ) return m>c->am ? c->ay : c->ay+1;
    return m>c->am ? c->ay-1 : c->ay;
  }
  {
    int32_t z = nr_days_from_civil(c->ay, m, d), next, prev;
    if( z>=c->a0 ){ next = z; prev = nr_days_from_civil(c->ay-1, m, d==29 && m==2 ? 28 : d); }
    else { prev = z; next = nr_days_from_civil(c->ay+1, m, d==29 && m==2 ? 28 : d); }
    if( next==c->a0 ) return c->ay;
    if( (next - c->a0 <= 62 && !since_before(c, i)) || tense_at(c, i, j)==T_FUTURE || until_before(c, i) ){
      int y, mm, dd;
      nr_civil_from_days(next, &y, &mm, &dd);
      return y;
    }
    {
      int y, mm, dd;
      nr_civil_from_days(prev, &y, &mm, &dd);
      return y;
    }
  }
}

/* Optional time after a date: [,] [at] H:MM [am] [zone]. */
static size_t time_after(ctx *c, size_t j, int *hh, int *mm){
  size_t k = j, n;
  if( is_p(c, k, ',') ) k++;
  if( is_w(c, k, "at") ) k++;
  n = clock_at(c, k, hh, mm, 0);
  if( n==0 ) return 0;
  /* a bare H:MM after a date is a time only with a colon */
  return k+n-j;
}

static void set_time(ctx *c, result *r, int hh, int mm){
  size_t l = strlen(r->value);
  if( l+7<sizeof r->value ) tx_fmt(r->value+l, sizeof r->value - l, "T%02d:%02d", hh, mm);
  r->type = NR_TX_TIME;
  (void)c;
}

/* Absolute calendar dates: [Weekday ,] Month D[, YYYY] | D Month[,] [YYYY] |
** Month YYYY | D.M.YYYY | M/D/YYYY | YYYY-MM-DD, with an optional time. */
static int r_calendar(ctx *c, size_t i, result *r){
  size_t j = i, n;
  int y = 0, m = 0, d = 0, wd = 0, hh, mm, have_year = 0;
  if( is_w(c, j, "around") && (cls(c, j+1)==C_MONTH || cls(c, j+1)==C_WEEKDAY) ) j++;   /* around Nov. 1 */
  if( cls(c, j)==C_WEEKDAY && T(c, j)->cap ){
    wd = sub(c, j); j++;
    if( is_p(c, j, ',') ) j++;
    else if( is_p(c, j, '.') && glued(c, j) ) j++;
  }
  if( cls(c, j)==C_MONTH && month_ok(c, j) && (is_num(c, j+1) || (is_p(c, j+1, '.') && is_num(c, j+2))) ){
    size_t k = j+1;
    m = sub(c, j);
    if( is_p(c, k, '.') ) k++;
    if( (n = day_at(c, k, &d))>0 && !year_at(c, k, 1000, 2200) ){
      k += n;
      if( is_p(c, k, ',') && year_at(c, k+1, 1000, 2200) ){ y = T(c, k+1)->num; have_year = 1; k += 2; }
      else if( year_at(c, k, 1000, 2200) ){ y = T(c, k)->num; have_year = 1; k++; }
      j = k;
    } else if( year_at(c, k, 1000, 2200) ){
      y = T(c, k)->num; have_year = 1; d = 0; j = k+1;
    } else return 0;
  } else if( cls(c, j)==C_MONTH && month_ok(c, j) && T(c, j)->cap && (n = ord_day_at(c, j+1, &d))>0 ){
    /* March eighth, May twenty-first */
    size_t k = j+1+n;
    m = sub(c, j);
    if( is_p(c, k, ',') && year_at(c, k+1, 1000, 2200) ){ y = T(c, k+1)->num; have_year = 1; k += 2; }
    j = k;
  } else if( (cls(c, j)==C_ORD || cls(c, j)==C_NUM) && (n = ord_day_at(c, j, &d))>0 && is_w(c, j+n, "of")
             && cls(c, j+1+n)==C_MONTH && T(c, j+1+n)->cap && !poss_s(c, j+2+n) ){
    /* (the) eighth of March */
    size_t k = j+1+n;
    m = sub(c, k); k++;
    if( is_p(c, k, ',') && year_at(c, k+1, 1000, 2200) ){ y = T(c, k+1)->num; have_year = 1; k += 2; }
    else if( year_at(c, k, 1000, 2200) ){ y = T(c, k)->num; have_year = 1; k++; }
    j = k;
  } else if( (n = day_at(c, j, &d))>0
             && (cls(c, j+n)==C_MONTH || (is_w(c, j+n, "of") && cls(c, j+n+1)==C_MONTH)) ){
    size_t k = j+n;
    if( is_w(c, k, "of") ) k++;
    if( cls(c, k)!=C_MONTH || !T(c, k)->cap ) return 0;
    m = sub(c, k); k++;
    if( is_p(c, k, '.') && glued(c, k) && month_abbrev(c, k-1) ) k++;   /* "Mar.", not "March." */
    if( is_p(c, k, ',') && year_at(c, k+1, 1000, 2200) ){ y = T(c, k+1)->num; have_year = 1; k += 2; }
    else if( year_at(c, k, 1000, 2200) ){ y = T(c, k)->num; have_year = 1; k++; }
    j = k;
  } else if( is_num(c, j) && !(j>0 && glued(c, j) && (is_num(c, j-1) || is_p(c, j-1, '.') || is_p(c, j-1, '/') || is_p(c, j-1, '-') || is_p(c, j-1, '$'))) ){
    /* numeric forms */
    const tok *a = T(c, j);
    char sep = (char)T(c, j+1)->ch;
    if( (sep=='.' || sep=='/' || sep=='-') && T(c, j+1)->kind==K_PUNCT && glued(c, j+1)
        && is_num(c, j+2) && glued(c, j+2) && is_p(c, j+3, sep) && glued(c, j+3)
        && is_num(c, j+4) && glued(c, j+4) ){
      const tok *b = T(c, j+2), *e = T(c, j+4);
      if( sep=='-' && a->ndig==4 && b->ndig==2 && e->ndig==2 ){ y = a->num; m = b->num; d = e->num; }
      else if( sep=='.' && a->ndig<=2 && b->ndig<=2 && e->ndig==4 ){ d = a->num; m = b->num; y = e->num; }
      else if( sep=='/' && a->ndig<=2 && b->ndig<=2 && e->ndig==4 ){ m = a->num; d = b->num; y = e->num; }
      else return 0;
      if( glued(c, j+5) && (is_num(c, j+5) || is_p(c, j+5, sep) || T(c, j+5)->kind==K_WORD) ) return 0;
      if( glued(c, j+5) && (is_p(c, j+5, '.') || is_p(c, j+5, '-')) && is_num(c, j+6) ) return 0;
      if( !nr_valid_date(y, m, d) ) return 0;
      have_year = 1;
      j += 5;
    } else return 0;
  } else return 0;
  if( m<1 || m>12 ) return 0;
  if( !have_year ){
    if( d<1 ) return 0;
    if( c->anch ) y = year_for(c, i, j, m, d);
  }
  if( d>0 && !nr_valid_date(have_year || c->anch ? y : 2000, m, d) ) return 0;
  r->type = NR_TX_DATE;
  if( d>0 ){
    if( have_year || c->anch ){
      int32_t z = nr_days_from_civil(y, m, d);
      fmt_ymd(r->value, sizeof r->value, y, m, d);
      r->day_ref = 1; r->day = z;
    } else tx_fmt(r->value, sizeof r->value, "XXXX-%02d-%02d", m, d);
  } else {
    fmt_ymd(r->value, sizeof r->value, y, m, 0);
    if( wd ) return 0;
  }
  if( d>0 && (n = time_after(c, j, &hh, &mm))>0 ){
    set_time(c, r, hh, mm); j += n;
  }
  r->end = j;
  return 1;
}

/* A clock time, optionally followed by a date: "10:30 GMT 08.02.2022",
** "3 p.m.", "at 10:30". */
static int r_weekday(ctx *c, size_t i, result *r);
static int r_month(ctx *c, size_t i, result *r);
static size_t year_words(ctx *c, size_t k, int *y);

static int r_clock(ctx *c, size_t i, result *r){
  int hh = 0, mm = 0;
  size_t n;
  result d;
  /* after "at", "until" ...: a bare hour needs no am/pm, noon no day (asked
  ** only when it matters: most numbers are no clock time either way) */
  if( cls(c, i)==C_POD && sub(c, i)>=5 ){
    /* noon Thursday, at midnight (pod 5 midday, 6 midnight): a clock time too */
    hh = sub(c, i)==6 ? 24 : 12;
    n = 1;
    if( !(i>0 && in_list(c, i-1, L_CLOCKPREP)) && !(cls(c, i+1)==C_WEEKDAY || (cls(c, i+1)==C_DEICTIC && sub(c, i+1)<=3)) ) return 0;
  } else if( is_w(c, i, "around") && is_num(c, i+1) ){
    /* around 7:15 p.m. */
    n = clock_at(c, i+1, &hh, &mm, 1);
    if( n ) n++;
  } else {
    /* a bare H:MM (no mark) only after those words */
    n = clock_at(c, i, &hh, &mm, 0);
    if( n && !clock_at(c, i, &hh, &mm, 1) && !(i>0 && in_list(c, i-1, L_CLOCKPREP)) ) n = 0;
  }
  if( n==0 ) return 0;
  memset(&d, 0, sizeof d);
  {
    size_t k = i+n;
    if( is_p(c, k, ',') ) k++;
    if( is_w(c, k, "on") ) k++;
    if( r_calendar(c, k, &d) && d.type==NR_TX_DATE && d.day_ref ){
      *r = d;
      set_time(c, r, hh, mm);
      return 1;
    }
    if( cls(c, k)==C_WEEKDAY && r_weekday(c, k, &d) && d.type==NR_TX_DATE ){
      *r = d;
      set_time(c, r, hh, mm);
      return 1;
    }
    if( (cls(c, k)==C_DEICTIC && (sub(c, k)==1 || sub(c, k)==3 || sub(c, k)==2)) ){
      int s = sub(c, k);
      int32_t z = deictic_day(c, s);
      v_day(c, r, z);
      if( !c->anch ) v_str(r, "XXXX-XX-XX");
      set_time(c, r, hh, mm);
      r->end = k+1;
      return 1;
    }
  }
  if( c->anch ){
    int y, m, dd;
    /* "shares were down 1% at 9:58 a.m. in New York", "as of 10:08 a.m.":
    ** a market's time of the report, on the day of the report; other
    ** clock times fall on the day last named */
    int report = (is_w(c, i+n, "in") && T(c, i+n+1)->kind==K_WORD && T(c, i+n+1)->cap)
                 || (i>1 && is_w(c, i-1, "of") && is_w(c, i-2, "as"));
    /* ... unless the sentence has named the day ("close on Tuesday at noon in New York") */
    if( report && c->ld_end!=(size_t)-1 && c->ld_end<=i ){
      size_t k;
      for(k=c->ld_end; k<i && !is_sentence_break(c, k); k++){}
      if( k>=i ) report = 0;
    }
    nr_civil_from_days(c->has_last && !report ? c->last_day : c->a0, &y, &m, &dd);
    tx_fmt(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, dd);
  } else v_str(r, "XXXX-XX-XX");
  set_time(c, r, hh, mm);
  r->end = i+n;
  return 1;
}

/* Parts of day after a day: "Monday night", "yesterday morning". */
static size_t pod_after(ctx *c, size_t j, int *pod){
  if( cls(c, j)==C_POD && !is_w(c, j, "overnight") ){ *pod = sub(c, j); return 1; }
  return 0;
}

static void add_pod(result *r, int pod){
  size_t l = strlen(r->value);
  if( pod>0 && pod<6 && l+4<sizeof r->value ){
    tx_fmt(r->value+l, sizeof r->value - l, "T%s", pod_code[pod]);
    r->type = NR_TX_TIME;
  }
}

/* Does a deadline word ("until", "till", "by", "effective") stand before
** token i, perhaps with a clock time between ("until 9 a.m. Tuesday")?  The
** day or month named is then still to come. */
static int sentence_start(const ctx *c, size_t k);
static int until_before(ctx *c, size_t i){
  size_t k = i;
  while( k>0 && k+8>i ){
    const tok *t = &c->tk[k-1];
    if( t->kind==K_NUM || (t->kind==K_PUNCT && (t->ch==':' || t->ch=='.'))
        || cls(c, k-1)==C_AMPM || cls(c, k-1)==C_ZONE || cls(c, k-1)==C_POD
        || is_w(c, k-1, "a") || is_w(c, k-1, "p") || is_w(c, k-1, "m") || is_w(c, k-1, "at") ) k--;
    else break;
  }
  /* a sentence that opens with "Until Thursday, ..." or "By March, ..."
  ** speaks of the time before that day, not of a deadline */
  if( k==0 || sentence_start(c, k-1) ) return 0;
  if( in_list(c, k-1, L_DEADLINE) ) return 1;
  /* "had filed the reports by Wednesday": "by" in the past is no deadline */
  return is_w(c, k-1, "by") && tense_at(c, i, i+1)!=T_PAST;
}

/* "ahead of Thursday's meeting", "looking ahead to the auctions on
** Tuesday": "ahead of" or "ahead to" a few words before a weekday, in its
** sentence (not "well ahead of Friday's close": above it) */
static int ahead_before(ctx *c, size_t i){
  size_t k, lim;
  for(k=i, lim=0; k>1 && lim<14; k--, lim++){
    /* within the phrase after "ahead of": no comma, no verb between */
    if( is_sentence_break(c, k-1) || is_p(c, k-1, ',') || (k<i && tense_of(c, k-1)) ) return 0;
    if( is_w(c, k-1, "ahead") && (is_w(c, k, "of") || is_w(c, k, "to")) )
      return !is_w(c, k-2, "well") && !is_w(c, k-2, "far");
  }
  return 0;
}

/* [last|next|this|every] Weekday [pod]. */
static int plural_pod(ctx *c, size_t j){
  return cls(c, j)==C_PODS ? c->tk[j].sub : 0;
}
static int r_weekday(ctx *c, size_t i, result *r){
  size_t j = i;
  int rel = 0, wd, off, pod = 0, every = 0;
  if( cls(c, j)==C_POS && (sub(c, j)==1 || sub(c, j)==2) && cls(c, j+1)==C_WEEKDAY ) j++;   /* early/late Monday */
  /* this coming Sunday */
  else if( cls(c, j)==C_REL && sub(c, j)==R_THIS && cls(c, j+1)==C_REL && sub(c, j+1)==R_COMING
           && cls(c, j+2)==C_WEEKDAY ) j++;
  if( cls(c, j)==C_EVERY ){ every = 1; j++; }
  else if( cls(c, j)==C_REL && (sub(c, j)<=R_THIS || sub(c, j)==R_COMING || sub(c, j)==R_PAST) ){ rel = sub(c, j); j++; }
  else if( cls(c, j)==C_DET && cls(c, j+1)==C_REL && (sub(c, j+1)==R_PREV || sub(c, j+1)==R_FOLLOWING)
           && cls(c, j+2)==C_WEEKDAY && T(c, j+2)->cap && c->anch ){
    /* the previous Friday, the following Monday: the one before or after
    ** the day last named */
    int32_t base = c->has_last ? c->last_day : c->a0;
    int back = sub(c, j+1)==R_PREV;
    wd = sub(c, j+2); j += 3;
    off = wd - nr_weekday(base);
    if( back ){ if( off>=0 ) off -= 7; }
    else if( off<=0 ) off += 7;
    j += pod_after(c, j, &pod);
    v_day(c, r, base + off);
    add_pod(r, pod);
    r->type = NR_TX_DATE;
    r->end = j;
    return 1;
  }
  if( cls(c, j)==C_WEEKDAYS && T(c, j)->cap ){
    wd = sub(c, j);
    tx_fmt(r->value, sizeof r->value, "XXXX-WXX-%d", wd);
    r->type = NR_TX_SET; r->end = j+1;
    return 1;
  }
  if( cls(c, j)!=C_WEEKDAY || !T(c, j)->cap ) return 0;
  wd = sub(c, j); j++;
  {
    /* "Tuesday nights", "every Sunday morning": that part of that day, week
    ** after week (TimeML SET XXXX-WXX-2TNI) */
    int pl = plural_pod(c, j), shared = 0;
    /* "Monday and Tuesday nights": the first day shares the part of the day */
    if( !pl && !every && (is_w(c, j, "and") || is_w(c, j, "or")) && cls(c, j+1)==C_WEEKDAY
        && T(c, j+1)->cap && (pl = plural_pod(c, j+2))!=0 ) shared = 1;
    if( pl || every ){
      if( pl && !shared ) j++;
      else if( pod_after(c, j, &pl) ) j++;
      tx_fmt(r->value, sizeof r->value, "XXXX-WXX-%d", wd);
      add_pod(r, pl);
      r->type = NR_TX_SET; r->end = j;
      return 1;
    }
  }
  j += pod_after(c, j, &pod);
  r->type = NR_TX_DATE;
  if( !c->anch ){
    tx_fmt(r->value, sizeof r->value, "XXXX-WXX-%d", wd);
    add_pod(r, pod);
    r->type = NR_TX_DATE;   /* TimeBank: "Friday night" is a DATE (value ...TNI) */
    r->end = j;
    return 1;
  }
  off = wd - c->awd;
  if( off>0 ) off -= 7;          /* most recent, same day included */
  if( rel==R_LAST || rel==R_PAST ){ if( off==0 ) off = -7; }
  else if( rel==R_NEXT || rel==R_COMING ){ off += 7; }
  else if( off!=0 && (tense_at(c, i, j)==T_FUTURE || until_before(c, i) || ahead_before(c, i)) ) off += 7;
  v_day(c, r, c->a0 + off);
  add_pod(r, pod);
  r->type = NR_TX_DATE;     /* TimeBank: "Friday night" is a DATE (value ...TNI) */
  r->end = j;
  return 1;
}

/* today, yesterday, tomorrow, tonight, now, recently, soon ... */
static int r_deictic(ctx *c, size_t i, result *r){
  size_t j = i;
  int s, pod = 0;
  if( cls(c, j)==C_DET && cls(c, j+1)==C_DEICTIC && sub(c, j+1)==7 ){
    v_str(r, "FUTURE_REF"); r->type = NR_TX_DATE; r->end = j+2; return 1;    /* the future */
  }
  if( cls(c, j)==C_DET && cls(c, j+1)==C_REL && sub(c, j+1)==R_PAST
      && !is_num(c, j+2) && cls(c, j+2)!=C_NUM && cls(c, j+2)!=C_UNIT && cls(c, j+2)!=C_UNITS
      && cls(c, j+2)!=C_VAGUE && cls(c, j+2)!=C_A && cls(c, j+2)!=C_WEEKDAY && cls(c, j+2)!=C_SEASON
      && cls(c, j+2)!=C_MONTH && cls(c, j+2)!=C_POD ){
    v_str(r, "PAST_REF"); r->type = NR_TX_DATE; r->end = j+2; return 1;      /* the past */
  }
  if( is_w(c, j, "any") && is_w(c, j+1, "day") && is_w(c, j+2, "now") ){
    v_str(r, "FUTURE_REF"); r->type = NR_TX_DATE; r->end = j+3; return 1;
  }
  if( cls(c, j)==C_REL && sub(c, j)==R_CURRENT ){
    /* adjectives on their own: "current", "recent" */
    int nx = cls(c, j+1);
    if( nx==C_UNITS || nx==C_UNIT || nx==C_NUM || nx==C_SEASON || nx==C_MONTH ) return 0;
    v_str(r, sub(c, j)==R_CURRENT ? "PRESENT_REF" : "PAST_REF");
    r->type = NR_TX_DATE; r->end = j+1;
    return 1;
  }
  if( cls(c, j)==C_POS && (sub(c, j)==1 || sub(c, j)==2) && cls(c, j+1)==C_DEICTIC && sub(c, j+1)<=4 ) j++;
  if( cls(c, j)!=C_DEICTIC ) return 0;
  s = sub(c, j);
  if( s==7 && is_w(c, j, "future") ) return 0;   /* only "the future" */
  if( s==7 && j>0 && is_w(c, j-1, "as") && is_w(c, j+1, "as") ) return 0;   /* as soon as */
  if( s==7 && is_w(c, j, "soon") && (is_w(c, j+1, "after") || is_w(c, j+1, "before")
      || tense_at(c, j, j+1)==T_PAST) ) return 0;   /* soon after; "was soon released" */
  j++;
  r->type = NR_TX_DATE;
  switch( s ){
    case 1: case 2: case 3: {
      int32_t z = deictic_day(c, s);
      j += pod_after(c, j, &pod);
      v_day(c, r, z);
      add_pod(r, pod);
      break;
    }
    case 4:
      v_day(c, r, c->a0); add_pod(r, 4);
      break;
    case 5: v_str(r, "PRESENT_REF"); break;
    case 6: v_str(r, "PAST_REF"); break;
    case 7: v_str(r, "FUTURE_REF"); break;
    default: return 0;
  }
  r->end = j;
  return 1;
}

/* Resolve "this/last/next <unit>" (unit: week, month, year, quarter,
** weekend, day) to a date value.  delta: -1 last, 0 this, +1 next. */
static int rel_unit(ctx *c, result *r, int unit, int delta, size_t i, size_t j){
  r->type = NR_TX_DATE;
  switch( unit ){
    case U_DAY:
      v_day(c, r, c->a0 + delta); return 1;
    case U_WEEK:
      v_week(c, r, c->a0 + 7*delta, ""); return 1;
    case U_WEEKEND: {
      int32_t z = c->a0;
      if( delta<0 ) z -= 7;
      else if( delta>0 ) z += 7;
      else {
        /* the weekend: the last one, or the coming one when the sentence
        ** speaks of the future */
        if( c->awd<6 && tense_at(c, i, j)!=T_FUTURE ) z -= 7;
      }
      v_week(c, r, z, "-WE");
      return 1;
    }
    case U_MONTH: {
      int y = c->ay, m = c->am;
      add_months(&y, &m, delta);
      v_month(c, r, y, m); return 1;
    }
    case U_YEAR:
      v_year(c, r, c->ay + delta); return 1;
    case U_QUARTER: {
      int q = (c->am-1)/3 + 1 + delta, y = c->ay;
      while( q<1 ){ q += 4; y--; }
      while( q>4 ){ q -= 4; y++; }
      if( !c->anch ) v_str(r, "XXXX-QX");
      else tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, q);
      return 1;
    }
    case U_DECADE:
      if( !c->anch ) v_str(r, "XXX");
      else tx_fmt(r->value, sizeof r->value, "%03d", c->ay/10 + delta);
      return 1;
    case U_CENTURY:
      if( !c->anch ) v_str(r, "XX");
      else tx_fmt(r->value, sizeof r->value, "%02d", c->ay/100 + delta);
      return 1;
  }
  return 0;
}

/* The year of an expression earlier in the sentence before token i, if
** any ("net in this year's third quarter ... compared with $3 a year
** earlier"): sets *y and returns 1. */
static int same_sentence_year(ctx *c, size_t i, int *y){
  size_t k;
  if( !c->last_y || c->ly_end>i || i - c->ly_end>40 ) return 0;
  for(k=c->ly_end; k<i; k++) if( is_sentence_break(c, k) ) return 0;
  *y = c->last_y;
  return 1;
}

/* The quarter a sentence speaks of: its ordinal ("the third quarter",
** "third-quarter"), or the last complete one when it only says "quarter";
** 0 when it does not mention a quarter. */
static int quarter_in_sentence(ctx *c, size_t i, size_t j){
  size_t k, lo = i, hi = j, lim;
  for(lim=0; lo>0 && lim<40 && !is_sentence_break(c, lo-1); lo--, lim++){}
  for(lim=0; hi<c->nt && lim<20 && !is_sentence_break(c, hi); hi++, lim++){}
  for(k=lo; k<hi; k++){
    if( is_w(c, k, "quarter") ){
      size_t o = k>0 && is_p(c, k-1, '-') ? k-2 : k-1;
      if( k>0 && o<k && cls(c, o)==C_ORD && sub(c, o)>=1 && sub(c, o)<=4 ) return sub(c, o);
      if( k>0 && o<k && is_w(c, o, "second") ) return 2;
      if( c->last_q ) return c->last_q;      /* the quarter the article named */
      return c->am<=3 ? 4 : (c->am-1)/3;
    }
  }
  /* "up from $1.12 a share a year ago" in an article about a quarter */
  if( c->last_q ){
    for(k=lo; k<hi; k++) if( is_p(c, k, '$') || is_w(c, k, "share") ) return c->last_q;
  }
  return 0;
}

/* The year of quarter q named without a year: the anchor's, or the year
** before's when the quarter has not begun by the anchor and the sentence
** (tokens [i, j)) does not speak of the future ("profit in the fourth
** quarter", written in March); see below for one about to begin. */
static int quarter_year(ctx *c, int q, size_t i, size_t j){
  int ahead = 3*q-2 - c->am;     /* months until it begins */
  if( !c->anch || ahead<=0 ) return c->ay;
  /* one starting within three months is the coming one, unless the
  ** sentence is in the past tense; a later one is last year's, unless
  ** the sentence speaks of the future ("fourth-quarter results" in
  ** January, "the second quarter" in March) */
  if( ahead<=3 ) return tense_at(c, i, j)==T_PAST ? c->ay - 1 : c->ay;
  return tense_at(c, i, j)==T_FUTURE ? c->ay : c->ay - 1;
}

/* "the quarter", "the latest period" in an article that has named a
** quarter of a year ("the fiscal first quarter", "third-quarter"): that
** quarter, not the last one completed.  Returns 1 with r's value set. */
static int quarter_named(ctx *c, result *r){
  int y;
  if( !c->anch || !c->last_q ) return 0;
  /* the most recent such quarter begun by the anchor (the year-ago quarter
  ** named last still makes "the quarter" this year's) */
  y = 3*c->last_q-2 <= c->am ? c->ay : c->ay-1;
  tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, c->last_q);
  r->type = NR_TX_DATE;
  return 1;
}

/* "of 1990", "of the year", "of this/last/next year" after a part of a
** year ("the second half of next year"): the year, in *y; returns the
** tokens used, 0 if none.  "The year" is the anchor's, as on its own. */
static size_t of_year(ctx *c, size_t j, int *y){
  if( !is_w(c, j, "of") ) return 0;
  if( year_at(c, j+1, 1000, 2200) ){ *y = T(c, j+1)->num; return 2; }
  if( is_w(c, j+2, "year") && !(is_p(c, j+3, '-') && glued(c, j+3)) && !poss_s(c, j+3) ){
    int d = is_w(c, j+1, "last") ? -1 : is_w(c, j+1, "next") ? 1 : 0;
    if( !d && !is_w(c, j+1, "the") && !is_w(c, j+1, "this") ) return 0;
    /* (without an anchor the year stays unknown: the anchor's year is
    ** then written XXXX) */
    *y = c->anch ? c->ay + d : c->ay;
    return 3;
  }
  return 0;
}

/* A season value with its year resolved. */
static void v_season(ctx *c, result *r, int s, int delta, size_t i, size_t j, int year){
  /* seasons on a line: index y*4 + s-1, the winter of y running from
  ** December y into February y+1 */
  int cur = season_of_month(c->am), y;
  int cidx = (c->am<=2 ? c->ay-1 : c->ay)*4 + cur-1, idx;
  r->type = NR_TX_DATE;
  if( delta==2 ){
    /* the summer, in the spring: the most recent one (the current one
    ** included), or the coming one when the sentence speaks of the future */
    int back = (cur - s + 4) % 4;
    idx = cidx - back;
    if( back && !year && c->anch && (tense_at(c, i, j)==T_FUTURE || until_before(c, i)) ) idx += 4;
  }
  else if( delta<0 ){ int back = (cur - s + 4) % 4; idx = cidx - (back ? back : 4); }
  else if( delta>0 ){ int fwd = (s - cur + 4) % 4; idx = cidx + (fwd ? fwd : 4); }
  else idx = (c->ay)*4 + s-1;   /* this summer */
  y = idx>=0 ? idx/4 : (idx-3)/4;
  if( year ) y = year;
  if( !c->anch && !year ) tx_fmt(r->value, sizeof r->value, "XXXX-%s", season_code[s]);
  else tx_fmt(r->value, sizeof r->value, "%04d-%s", y, season_code[s]);
}

/* "last year", "a year ago", "a year earlier" at token k after a part of
** a year ("the quarter a year ago", "the same period last year"): the
** token after it, 0 if none; *y is the year it names. */
static size_t year_before_at(ctx *c, size_t i, size_t k, int *y){
  if( is_w(c, k, "last") && is_w(c, k+1, "year") && !poss_s(c, k+2) && !(is_p(c, k+2, '-') && glued(c, k+2)) ){
    *y = c->ay - 1; return k+2;
  }
  if( cls(c, k)==C_A && is_w(c, k+1, "year") && (is_w(c, k+2, "ago") || is_w(c, k+2, "earlier")) ){
    int y0;
    *y = c->ay - 1;
    /* "a year earlier" counts from the year last named in the sentence */
    if( is_w(c, k+2, "earlier") && same_sentence_year(c, i, &y0) ) *y = y0 - 1;
    return k+3;
  }
  return 0;
}

/* Expressions led by modifiers or units:
**   [pos] (this|last|next|coming|past|previous) (week|month|year|quarter|weekend|season|Month)
**   [the] (past|last|next|coming|first|recent) N units     -> duration
**   [approx] N unit[s] [ago|earlier|later]                 -> duration or date
**   N-unit (adjective)                                     -> duration
**   the next day, the day before ...                       -> date from the last day
**   every N units, each year, daily                        -> set
**   [the] ordinal quarter, third-quarter                   -> date
*/
static int r_relative(ctx *c, size_t i, result *r){
  size_t j = i, n;
  int det = 0, pos = 0, rel = 0, approx = 0, every = 0, num = 0, unit, plural, ord = 0, fiscal = 0;
  int have_num = 0, half = 0, workday;
  r->type = NR_TX_DATE;
  /* approximators: about, nearly, more than, less than, at least, up to, some, over */
  if( is_w(c, j, "no") && cls(c, j+1)==C_APPROX && is_w(c, j+2, "than") ) j++;
  if( cls(c, j)==C_APPROX ){
    int a = sub(c, j);
    if( (a==3 || a==4) ){ if( !is_w(c, j+1, "than") ) return 0; approx = 1; j += 2; }
    else if( a==2 ){
      approx = 1; j++;         /* nearly, almost, around: inside, as TimeBank has them */
    }
    else return 0;           /* about, over, some: outside */
  } else if( is_w(c, j, "at") && (is_w(c, j+1, "least") || is_w(c, j+1, "most")) ){ approx = 1; j += 2; }
  else if( is_w(c, j, "up") && is_w(c, j+1, "to") ){ approx = 1; j += 2; }
  if( approx ){
    int dummy;
    if( !number_at(c, j, &dummy, 1) || cls(c, j)==C_VAGUE ) return 0;
  }
  if( cls(c, j)==C_EVERY ){ every = 1; j++; }
  if( cls(c, j)==C_POS && sub(c, j)<=5 ){
    pos = sub(c, j); j++;
    if( pos==3 && is_p(c, j, '-') ) j++;
  }
  if( cls(c, j)==C_DET ){
    det = 1; j++;
    if( !pos && cls(c, j)==C_POS && sub(c, j)<=3 ){ pos = sub(c, j); j++; }
  }
  /* the same period last year, the corresponding quarter a year ago: that
  ** part of the year before (the quarter the sentence speaks of, else the
  ** year) */
  if( det && !pos && !approx && !every && (is_w(c, j+1, "period") || is_w(c, j+1, "quarter"))
      && in_list(c, j, L_SAMEPART) ){
    int y, q;
    size_t e = year_before_at(c, i, j+2, &y);
    if( e ){
      q = quarter_in_sentence(c, i, e);
      {
        int y0;
        if( q && !(is_w(c, e-1, "earlier") && same_sentence_year(c, i, &y0)) ) y = quarter_year(c, q, i, e) - 1;
      }
      if( !c->anch ) v_str(r, q ? "XXXX-QX" : "XXXX");
      else if( q ) tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, q);
      else v_year(c, r, y);
      r->end = e; return 1;
    }
  }
  /* at a later date, a future date */
  if( j==i && cls(c, j)==C_A && (is_w(c, j+1, "later") || is_w(c, j+1, "future")) && is_w(c, j+2, "date") ){
    v_str(r, "FUTURE_REF"); r->end = j+3; return 1;
  }
  /* the full year: this year as a whole (earnings news) */
  if( det && !pos && !approx && !every && is_w(c, j, "full") && is_w(c, j+1, "year") && !is_p(c, j+2, '-') ){
    if( year_at(c, j+2, 1000, 2200) ){ v_year(c, r, T(c, j+2)->num); if( !c->anch ) fmt_ymd(r->value, sizeof r->value, T(c, j+2)->num, 0, 0); r->end = j+3; }
    else { v_year(c, r, c->ay); r->end = j+2; }
    return 1;
  }
  /* "this past spring", "this past weekend": one expression */
  if( cls(c, j)==C_REL && sub(c, j)==R_THIS && cls(c, j+1)==C_REL && sub(c, j+1)==R_PAST ) j++;
  if( cls(c, j)==C_REL ){ rel = sub(c, j); j++; }
  /* "expected to last a year", "will last an hour": the verb */
  if( rel==R_LAST && !det && cls(c, j)==C_A ) return 0;
  /* the last half of 1989, the latter half of the year: the second half */
  if( det && !pos && !approx && !every && (rel==R_LAST || (!rel && is_w(c, j, "latter"))) && is_w(c, j + !rel, "half") ){
    int y = c->ay;
    size_t k = j + !rel + 1;
    if( (n = of_year(c, k, &y))>0 ) k += n;
    else if( is_w(c, k, "of") && year_at(c, k+1, 1000, 2200) ){ y = T(c, k+1)->num; k += 2; }
    else return 0;
    if( !c->anch && y==c->ay ) v_str(r, "XXXX-H2");
    else tx_fmt(r->value, sizeof r->value, "%04d-H2", y);
    r->end = k; return 1;
  }
  if( cls(c, j)==C_FISCAL ){ fiscal = 1; j++; }
  if( cls(c, j)==C_ORD || is_w(c, j, "second") ){
    if( is_w(c, j, "second") ){
      int nx = cls(c, j+1);
      if( !(nx==C_UNIT && (sub(c, j+1)==U_QUARTER)) && !is_w(c, j+1, "half")
          && !(is_p(c, j+1, '-') && (is_w(c, j+2, "quarter") || is_w(c, j+2, "half"))) ) goto num;
      ord = 2;
    } else ord = sub(c, j);
    j++;
    if( is_p(c, j, '-') && glued(c, j) ){
      if( det ) return 0;    /* the third-quarter results: "third-quarter" */
      j++;
    }
    if( is_w(c, j, "quarter") && ord>=1 && ord<=4 ){
      int y = c->ay;
      j++;
      if( (n = of_year(c, j, &y))>0 ) j += n;
      else if( year_at(c, j, 1000, 2200) ){ y = T(c, j)->num; j++; }
      else if( fiscal && year_at(c, j-2, 1000, 2200) ){ y = T(c, j-2)->num; }
      /* "profit in the fourth quarter", written in March: a quarter not
      ** yet begun is last year's, unless the sentence speaks of the future */
      else y = quarter_year(c, ord, i, j);
      if( !c->anch && y==c->ay ) tx_fmt(r->value, sizeof r->value, "XXXX-Q%d", ord);
      else tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, ord);
      r->end = j; return 1;
    }
    if( is_w(c, j, "half") && ord>=1 && ord<=2 ){
      int y = c->ay;
      j++;
      /* "second half April shipment", "the first half of May": half a month */
      if( cls(c, j)==C_MONTH || (is_w(c, j, "of") && cls(c, j+1)==C_MONTH) ) return 0;
      if( (n = of_year(c, j, &y))>0 ) j += n;
      else if( year_at(c, j, 1000, 2200) ){ y = T(c, j)->num; j++; }
      else if( c->anch && 6*ord-5 > c->am ){   /* as for a quarter */
        int t = tense_at(c, i, j);
        if( 6*ord-5 - c->am <= 3 ? t==T_PAST : t!=T_FUTURE ) y--;
      }
      if( !c->anch && y==c->ay ) tx_fmt(r->value, sizeof r->value, "XXXX-H%d", ord);
      else tx_fmt(r->value, sizeof r->value, "%04d-H%d", y, ord);
      r->end = j; return 1;
    }
    /* the first days of the war, the first hours: a vague duration */
    if( det && ord==1 && cls(c, j)==C_UNITS && sub(c, j)!=U_WEEKEND && sub(c, j)!=U_QUARTER ){
      v_duration(r, -1, sub(c, j)); r->end = j+1; return 1;
    }
    if( (n = number_at(c, j, &num, 0))>0 && unit_at(c, j+n, &plural) ){
      /* the first nine months */
      unit = unit_at(c, j+n, &plural);
      if( unit==U_WEEKEND ) return 0;
      v_duration(r, num, unit); r->end = j+n+1; return 1;
    }
    if( is_num(c, j-1) ) { /* 21st century */ }
    return 0;
  }
num:
  n = number_at(c, j, &num, 1);
  if( n==0 && is_w(c, j, "per") && j==i && unit_at(c, j+1, &plural) ){ num = 1; n = 1; }
  if( n>0 ){
    /* a year is not a count ("the 1990 figures") */
    if( is_num(c, j) && T(c, j)->ndig==4 ) return 0;
    have_num = 1; j += n;
    /* 2 1/2 years, 5 1/2 hours */
    if( num>=0 && is_num(c, j) && T(c, j)->num==1 && is_p(c, j+1, '/') && glued(c, j+1)
        && is_num(c, j+2) && glued(c, j+2) && T(c, j+2)->num==2 ){ half = 1; j += 3; }
    if( T(c, j)->kind==K_WORD && (cls(c, j+1)==C_UNITS || cls(c, j+1)==C_UNIT) && in_list(c, j, L_MORE) ) j++;   /* two more weeks, an additional year */
    if( is_p(c, j, '-') && glued(c, j) && glued(c, j+1) && cls(c, j+1)==C_UNIT ){
      /* five-hour, 30-year: an adjective, a duration (its determiner stays out) */
      unit = sub(c, j+1);
      if( det || rel || approx || pos || every ) return 0;
      if( num<0 || unit==U_WEEKEND ) return 0;
      v_duration(r, num, unit);
      r->end = j+2;
      /* 8-month-old, two-day-long: the whole adjective */
      if( is_p(c, j+2, '-') && glued(c, j+2) && (is_w(c, j+3, "old") || is_w(c, j+3, "long")) ){
        if( unit==U_YEAR && is_w(c, j+3, "old") ) return 0;    /* a 6-year-old: an age */
        r->end = j+4;
      }
      return 1;
    }
    /* "the two day rally", "the 30 day period": a number and a singular
    ** unit before a noun are an adjective as "two-day" is (the determiner
    ** stays out, whatever the noun) */
    if( det && !rel && !approx && !pos && !every && num>1 && cls(c, j)==C_UNIT
        && T(c, j+1)->kind==K_WORD && !T(c, j+1)->cap && cls(c, j+1)==C_NONE ) return 0;
  } else if( det && cls(c, j)==C_UNITS && rel==0 && !every ){
    /* the early days of the pandemic, the early years: a vague duration */
    if( pos==1 && !approx && sub(c, j)>=U_DAY && sub(c, j)<=U_YEAR && sub(c, j)!=U_WEEKEND ){
      v_duration(r, -1, sub(c, j)); r->end = j+1; return 1;
    }
    /* over the years, through the years: a vague duration */
    if( !pos && !approx && i>0 && in_list(c, i-1, L_SPAN) && sub(c, j)!=U_WEEKEND ){
      v_duration(r, -1, sub(c, j)); r->end = j+1; return 1;
    }
    /* the weeks ahead */
    if( !pos && !approx && is_w(c, j+1, "ahead") && sub(c, j)!=U_WEEKEND ){
      v_duration(r, -1, sub(c, j)); r->end = j+2; return 1;
    }
    return 0;
  }
  /* six trading days, ten business days, the previous working day: days
  ** all the same (timex_words.tsv: kind) */
  workday = 0;
  if( cls(c, j)==C_DAYKIND && (cls(c, j+1)==C_UNIT || cls(c, j+1)==C_UNITS) && sub(c, j+1)==U_DAY
      && (have_num || rel==R_PREV || rel==R_NEXT || rel==R_FOLLOWING) ){   /* not "the last business day of the month" */
    workday = !is_w(c, j, "calendar");
    j++;
  }
  unit = unit_at(c, j, &plural);
  /* "a years-long battery life": "a" counts no plural */
  if( unit && plural && have_num && j>0 && cls(c, j-1)==C_A ) return 0;
  if( !unit ){
    if( !have_num && (rel==R_LATEST || rel==R_RECENT) && is_w(c, j, "period") ){
      if( !quarter_named(c, r) ) rel_unit(c, r, U_QUARTER, -1, i, j+1);
      r->end = j+1; return 1;
    }
    /* this morning, last night, the next morning */
    if( !have_num && cls(c, j)==C_POD && !approx && !every && (rel==R_THIS || rel==R_LAST
        || ((rel==R_NEXT || rel==R_FOLLOWING) && det)) ){
      int pod = sub(c, j);
      int32_t z = c->a0;
      if( rel==R_LAST ){ if( pod!=4 ) return 0; z--; }
      else if( rel!=R_THIS ) z = (c->has_last ? c->last_day : c->a0) + 1;
      v_day(c, r, z); add_pod(r, pod);
      r->end = j+1; return 1;
    }
    /* the near future, the near term, the short term */
    if( det && ((is_w(c, j, "near") && is_w(c, j+1, "future"))
        || ((is_w(c, j, "near") || is_w(c, j, "short") || is_w(c, j, "long")) && is_w(c, j+1, "term")
            && !(is_p(c, j+2, '-') && glued(c, j+2)))) ){
      v_str(r, "FUTURE_REF"); r->end = j+2; return 1;
    }
    /* this summer, last fall, the winter */
    if( cls(c, j)==C_SEASON && !have_num && (rel || pos || det) && !approx && !every
        && !(T(c, j)->cap && T(c, j+1)->kind==K_WORD && T(c, j+1)->cap) ){   /* the Winter Olympics */
      int s = sub(c, j), year = 0, delta = 2;
      size_t k = j+1;
      if( is_w(c, k, "of") && year_at(c, k+1, 1000, 2200) ){ year = T(c, k+1)->num; k += 2; }
      else if( year_at(c, k, 1000, 2200) ){ year = T(c, k)->num; k++; }
      else if( is_w(c, k, "of") ){ size_t nw = year_words(c, k+1, &year); if( nw ) k += 1+nw; }
      if( rel==R_LAST || rel==R_PAST || rel==R_PREV ) delta = -1;
      else if( rel==R_NEXT || rel==R_COMING ) delta = 1;
      else if( rel==R_THIS ) delta = 0;
      else if( rel ) return 0;
      v_season(c, r, s, delta, i, k, year);
      r->end = k; return 1;
    }
    /* last December, early next month handled below; last December: */
    if( cls(c, j)==C_MONTH && T(c, j)->cap && !have_num && rel && !approx && !every && !det
        && !is_num(c, j+1) && !(is_p(c, j+1, '.') && is_num(c, j+2)) ){   /* last Oct. 23: the date alone */
      int m = sub(c, j), y = c->ay;
      /* "last March" written in April is not the month just gone (that is
      ** "last month"): the March of the year before */
      if( rel==R_LAST || rel==R_PAST || rel==R_PREV ){
        if( m>=c->am || (m==c->am-1 && rel==R_LAST && !(i>0 && is_w(c, i-1, "the"))) ) y--;   /* not "this past October" */
      }
      else if( rel==R_NEXT || rel==R_COMING ){ if( m<=c->am ) y++; }
      else if( rel!=R_THIS ) return 0;
      r->type = NR_TX_DATE;
      v_month(c, r, y, m); r->end = j+1; return 1;
    }
    return 0;
  }
  j++;
  /* "a quarter" is a fraction, not three months, before "of" ("a quarter
  ** of the market"), before a word of measure ("a quarter point", "a
  ** quarter-point cut", "a quarter million": timex_words.tsv) and in an
  ** equative ("a quarter as large", "a quarter as much as").  "A quarter of
  ** a century" is a quarter of a unit of time: a duration.  After an amount
  ** it is the rate ("$400 million a quarter as long as ..."). */
  if( unit==U_QUARTER && have_num && num==1 && !plural && !rel && !det
      && !(i>0 && (is_num(c, i-1) || cls(c, i-1)==C_MEASURE)) ){
    if( is_w(c, j, "of") ){
      static const char *const part[] = {"", "PT15S", "", "PT15M", "PT6H", "", "", "P3M", "P30M", "P25Y"};
      int u2, pl2;
      if( cls(c, j+1)!=C_A || !(u2 = unit_at(c, j+2, &pl2)) || pl2 || u2>U_CENTURY || !part[u2][0] ) return 0;
      v_str(r, part[u2]); r->type = NR_TX_DURATION; r->end = j+3;
      return 1;
    }
    if( cls(c, j)==C_MEASURE || (is_p(c, j, '-') && glued(c, j) && cls(c, j+1)==C_MEASURE)
        || (is_w(c, j, "as") && T(c, j+1)->kind==K_WORD && !T(c, j+1)->cap
            && (is_w(c, j+1, "much") || is_w(c, j+1, "many") || is_w(c, j+2, "as")
                || T(c, j+2)->kind==K_PUNCT || T(c, j+2)->kind==K_END)) ) return 0;
  }
  /* the next year or so, a week or so ago: the hedge belongs to it */
  if( is_w(c, j, "or") && is_w(c, j+1, "so") && !every && !(is_p(c, j+2, '-') && glued(c, j+2)) ) j += 2;
  if( is_p(c, j, '-') && glued(c, j) && glued(c, j+1) && (is_w(c, j+1, "earlier") || is_w(c, j+1, "ago")
      || is_w(c, j+1, "end") || is_w(c, j+1, "old")) ) return 0;     /* a year-earlier, a year-old */
  if( is_p(c, j, '-') && glued(c, j) && !have_num ){
    /* day-long, decades-long: a duration; the year-ago: not here */
    if( is_w(c, j+1, "long") && glued(c, j+1) && !det && !rel && !approx && !pos ){
      v_duration(r, plural ? -1 : 1, unit);
      r->end = j+2; return 1;
    }
    return 0;
  }
  if( every ){
    if( unit==U_WEEKEND ) return 0;
    v_duration(r, have_num ? num : 1, unit);
    r->type = NR_TX_SET; r->end = j;
    return 1;
  }
  if( unit==U_QUARTER && !have_num && !plural ){
    /* the quarter, the latest quarter, this quarter, last quarter */
    int delta = -1;
    if( rel==R_THIS || rel==R_CURRENT ) delta = 0;
    else if( rel==R_NEXT || rel==R_COMING ) delta = 1;
    else if( rel==R_LAST || rel==R_PREV || rel==R_PAST || rel==R_LATEST || rel==R_RECENT ) delta = -1;
    else if( !det ) return 0;
    /* "the quarter", "the latest quarter": the quarter the article named */
    if( !(delta==-1 && rel==0 && quarter_named(c, r)) )
      rel_unit(c, r, U_QUARTER, delta, i, j);
    r->end = j;
    /* "the quarter a year ago": that quarter in the year before */
    if( det && !rel && c->anch ){
      int y, q;
      size_t e = year_before_at(c, i, j, &y);
      if( e && strlen(r->value)==7 && r->value[5]=='Q' ){
        q = r->value[6] - '0';
        y = (r->value[0]-'0')*1000 + (r->value[1]-'0')*100 + (r->value[2]-'0')*10 + (r->value[3]-'0') - 1;
        tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, q);
        r->end = e;
      }
    }
    return 1;
  }
  if( have_num && !plural && num==1 && (cls(c, i)==C_A || is_w(c, i, "per")) && i>0 && !rel && !det
      && (is_num(c, i-1) || is_p(c, i-1, '%') || cls(c, i-1)==C_MEASURE) && unit!=U_WEEKEND
      && cls(c, j)!=C_AGO && !(cls(c, j)==C_POS && sub(c, j)>=4) ){
    v_duration(r, 1, unit);
    r->type = NR_TX_SET; r->end = j;
    return 1;
  }
  if( have_num ){
    /* N units ago / earlier / later; N units */
    int dir = 0, ag = 0;
    if( num<0 && !plural && !(is_w(c, i, "a") || is_w(c, i, "an")) ) return 0;
    if( cls(c, j)==C_AGO ){
      ag = sub(c, j);
      if( ag==1 ) dir = -1;
      else if( ag==6 && is_w(c, j, "hence") ) dir = 1;
    } else if( cls(c, j)==C_POS && (sub(c, j)==4 || sub(c, j)==5) ){
      dir = sub(c, j)==4 ? -2 : 2;
    } else if( is_w(c, j, "from") && is_w(c, j+1, "now") ){
      dir = 1;
    }
    if( dir==-1 && ag==1 && num<0 && !rel && !det ){
      /* several years ago, a few weeks ago: some time in the past */
      v_str(r, "PAST_REF"); r->type = NR_TX_DATE; r->end = j+1; return 1;
    }
    if( dir && num>=0 && !rel && !det ){
      int32_t base = c->a0;
      int y, m, d, from_last = 0;
      if( dir==-2 || dir==2 ){ if( c->has_last ) base = c->last_day; dir = dir/2; from_last = 1; }
      nr_civil_from_days(base, &y, &m, &d);
      r->type = NR_TX_DATE;
      switch( unit ){
        case U_DAY: v_day(c, r, base + dir*num); break;
        case U_WEEK: v_week(c, r, base + 7*dir*num, ""); break;
        case U_WEEKEND: return 0;
        case U_FORTNIGHT: v_day(c, r, base + 14*dir*num); break;
        case U_MONTH:
          /* "passed in May 2018 ... repealed a month later": from the
          ** month named last, when it came after the day named last */
          if( from_last && c->ym_newer && c->last_m ){ y = c->last_y; m = c->last_m; r->keep_last = 1; }
          add_months(&y, &m, dir*num); v_month(c, r, y, m); break;
        case U_QUARTER: add_months(&y, &m, 3*dir*num); v_month(c, r, y, m); break;
        case U_YEAR: {
          /* earnings news: "a year ago" in a sentence about a quarter is
          ** that quarter a year before */
          int q = num==1 && dir<0 ? quarter_in_sentence(c, i, j) : 0;
          /* "a year earlier" counts from the year last named, which may
          ** be later news than the day last named */
          if( from_last ) same_sentence_year(c, i, &y);
          else if( q && !c->has_last ) y = quarter_year(c, q, i, j);
          if( q ) tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y + dir*num, q);
          else v_year(c, r, y + dir*num);
          break;
        }
        case U_DECADE: v_year(c, r, y + 10*dir*num); break;
        case U_CENTURY: v_year(c, r, y + 100*dir*num); break;
        default:  /* hours, minutes: the day */
          v_day(c, r, base); break;
      }
      if( !c->anch ){
        switch( unit ){
          case U_WEEK: v_str(r, "XXXX-WXX"); break;
          case U_MONTH: case U_QUARTER: v_str(r, "XXXX-XX"); break;
          case U_YEAR: case U_DECADE: case U_CENTURY: v_str(r, "XXXX"); break;
          default: v_str(r, "XXXX-XX-XX");
        }
      }
      r->end = (is_w(c, j, "from") ? j+2 : j+1);
      return 1;
    }
    if( unit==U_WEEKEND ) return 0;
    if( unit==U_YEAR && is_w(c, j, "old") ) return 0;     /* 37 years old: an age */
    /* "a second betrayal": an ordinal, not a duration */
    /* ... nor "a second-quarter loss", "a second FDA review", "following a
    ** second deadly crash" */
    if( unit==U_SEC && num==1 && !plural && j>=2 && cls(c, j-2)==C_A
        && ((T(c, j)->kind==K_WORD && cls(c, j)!=C_AGO && cls(c, j)!=C_POS && !is_w(c, j, "or") && !is_w(c, j, "and") && !is_w(c, j, "of"))
            || (is_p(c, j, '-') && glued(c, j))) ) return 0;
    /* "will one day be": some day to come, not a duration */
    if( unit==U_DAY && j==i+2 && is_w(c, i, "one") && i>0 && cls(c, i-1)==C_TENSE && c->tk[i-1].sub==T_FUTURE ){
      v_str(r, "FUTURE_REF"); r->type = NR_TX_DATE; r->end = j; return 1;
    }
    v_duration(r, num, unit);
    /* a minute and a half, two years and a half */
    if( !half && num>=1 && unit>=U_MIN && unit<=U_YEAR && unit!=U_WEEK && is_w(c, j, "and")
        && cls(c, j+1)==C_A && is_w(c, j+2, "half") ){ half = 1; j += 3; }
    if( half ){
      static const char *const h[] = {"", "PT%dM30S", "PT%dH30M", "P%dDT12H", "", "P%dM15D", "P%dY6M"};
      if( unit>=U_MIN && unit<=U_YEAR && unit!=U_WEEK ) tx_fmt(r->value, sizeof r->value, h[unit-1], num);
      r->end = j; return 1;
    }
    /* 1 hour 40 minutes, two hours and 30 minutes */
    if( num>=0 ){
      size_t k = j;
      int num2, unit2, pl2;
      if( is_w(c, k, "and") ) k++;
      if( (n = number_at(c, k, &num2, 0))>0 && num2>=0 && (unit2 = unit_at(c, k+n, &pl2))>0
          && unit2<unit && unit2>=U_SEC ){
        char buf[32];
        int tu = unit<=U_HOUR, tu2 = unit2<=U_HOUR;
        const char *l1 = unit==U_HOUR ? "H" : unit==U_MIN ? "M" : unit==U_YEAR ? "Y" : unit==U_MONTH ? "M" : unit==U_WEEK ? "W" : unit==U_DAY ? "D" : "S";
        const char *l2 = unit2==U_HOUR ? "H" : unit2==U_MIN ? "M" : unit2==U_SEC ? "S" : unit2==U_MONTH ? "M" : unit2==U_WEEK ? "W" : "D";
        if( unit<=U_DAY && unit2<=U_DAY && !(unit>=U_WEEK) ){
          if( tu && tu2 ) tx_fmt(buf, sizeof buf, "PT%d%s%d%s", num, l1, num2, l2);
          else if( !tu && tu2 ) tx_fmt(buf, sizeof buf, "P%d%sT%d%s", num, l1, num2, l2);
          else tx_fmt(buf, sizeof buf, "P%d%s%d%s", num, l1, num2, l2);
          v_str(r, buf);
          j = k+n+1;
        } else if( unit==U_YEAR && unit2==U_MONTH ){
          tx_fmt(buf, sizeof buf, "P%dY%dM", num, num2);
          v_str(r, buf);
          j = k+n+1;
        }
      }
    }
    r->end = j;
    return 1;
  }
  /* no number: relative or vague */
  /* "in the weeks before the shooting": the period before an event (the
  ** noun alone, as TimeBank marks it) */
  if( plural && j==i+1 && i>0 && is_w(c, i-1, "the") && unit>=U_DAY && unit<=U_YEAR
      && (in_list(c, j, L_EVENTREL) || (is_w(c, j, "that") && is_w(c, j+1, "followed"))) ){
    v_str(r, "PAST_REF"); r->type = NR_TX_DATE; r->end = j; return 1;
  }
  /* for weeks, within days, the first time in years: a vague duration
  ** ("in years past", "in years one to four", "in months in which": not) */
  if( plural && !rel && !det && !approx && !pos && i>0 && unit!=U_WEEKEND && unit!=U_QUARTER
      && (is_w(c, i-1, "for") || is_w(c, i-1, "within")
          || (is_w(c, i-1, "in") && !in_list(c, j, L_NOTDUR) && !is_num(c, j) && cls(c, j)!=C_NUM)) ){
    v_duration(r, -1, unit); r->end = j; return 1;
  }
  if( plural ){
    /* these days: the present */
    if( rel==R_THIS && !det && unit==U_DAY && is_w(c, i, "these") ){
      v_str(r, "PRESENT_REF"); r->type = NR_TX_DATE; r->end = j; return 1;
    }
    /* the past weeks, recent years, the coming days, for years */
    if( rel==R_RECENT && !det && unit==U_YEAR ){
      v_str(r, "PAST_REF"); r->type = NR_TX_DATE; r->end = j; return 1;
    }
    if( rel==R_PAST || rel==R_LAST || rel==R_RECENT || rel==R_PREV ){
      if( unit==U_WEEKEND ) return 0;
      v_duration(r, -1, unit); r->end = j; return 1;
    }
    if( rel==R_COMING || rel==R_NEXT ){
      if( unit==U_WEEKEND ) return 0;
      v_str(r, "FUTURE_REF"); r->type = NR_TX_DATE; r->end = j; return 1;
    }
    return 0;
  }
  /* singular unit with a modifier */
  if( det && !rel ){
    /* the next day is "the" + rel; here: the week, the weekend, the year, the day before */
    if( unit==U_WEEKEND ){ rel_unit(c, r, U_WEEKEND, 0, i, j); r->end = j; return 1; }

    if( unit==U_YEAR && !approx ){
      /* the year 2000, the year two thousand */
      if( year_at(c, j, 1000, 2200) ){ fmt_ymd(r->value, sizeof r->value, T(c, j)->num, 0, 0); r->end = j+1; return 1; }
      if( cls(c, j)==C_NUM && sub(c, j)==2 && is_w(c, j+1, "thousand") ){
        int y = 2000;
        size_t k = j+2;
        if( is_w(c, k, "and") && cls(c, k+1)==C_NUM ){ y += sub(c, k+1); k += 2; }
        else if( cls(c, k)==C_NUM && sub(c, k)<20 ){ y += sub(c, k); k++; }
        fmt_ymd(r->value, sizeof r->value, y, 0, 0); r->end = k; return 1;
      }
      /* "in the year ended March 31", "the fiscal year ending June 30":
      ** twelve months up to a day, not a calendar year */
      if( !pos && (is_w(c, j, "ended") || is_w(c, j, "ending")) ){ v_duration(r, 1, U_YEAR); r->end = j; return 1; }
      if( i>0 && in_list(c, i-1, L_YEARPREP) ){
        v_year(c, r, c->ay); r->end = j; return 1;
      }
      /* "profit for the year", "shares are up 30% for the year": this
      ** year.  Not a year counted from a day ("for the year to March 31",
      ** "beginning Oct. 1", "then ended") or ahead, nor, early in the year,
      ** results told in the past tense (the year just closed) */
      if( i>0 && is_w(c, i-1, "for") && !pos && T(c, j)->kind!=K_NUM
          && !(in_list(c, j, L_FORYEAR) && !(is_w(c, j, "to") && is_w(c, j+1, "date")))
          && (c->am>=4 || tense_at(c, i, j)!=T_PAST) ){
        v_year(c, r, c->ay); r->end = j; return 1;
      }
      if( pos ) { v_year(c, r, c->ay); r->end = j; return 1; }
      v_duration(r, 1, U_YEAR); r->end = j; return 1;
    }
    if( unit==U_WEEK && !approx && !pos && is_w(c, j, "of") && cls(c, j+1)==C_MONTH ){
      /* the week of March 6: the (ISO) week that holds that day */
      result d;
      int y, m, dd;
      memset(&d, 0, sizeof d);
      if( r_calendar(c, j+1, &d) && d.type==NR_TX_DATE && strlen(d.value)==10
          && sscanf(d.value, "%4d-%2d-%2d", &y, &m, &dd)==3 ){
        int32_t z = nr_days_from_civil(y, m, dd);
        int wy, wn;
        nr_iso_week(z, &wy, &wn);
        tx_fmt(r->value, sizeof r->value, "%04d-W%02d", wy, wn);
        r->end = d.end; return 1;
      }
    }
    if( unit==U_WEEK && !approx && !pos ){
      v_str(r, c->anch ? "" : "XXXX-WXX");
      if( c->anch ){ int wy, wn; nr_iso_week(c->a0, &wy, &wn); tx_fmt(r->value, sizeof r->value, "%04d-WXX", wy); }
      r->end = j; return 1;
    }
    return 0;
  }
  if( rel ){
    int delta;
    if( approx ) return 0;
    switch( rel ){
      case R_THIS: case R_CURRENT: delta = 0; break;
      case R_LAST: case R_PREV: delta = -1; break;
      case R_NEXT: case R_COMING: delta = 1; break;
      case R_FOLLOWING: delta = 1; break;
      /* "the latest fiscal year", "the latest month": the last complete one,
      ** as "the latest quarter" */
      case R_LATEST:
        if( unit!=U_YEAR && unit!=U_MONTH && unit!=U_WEEK ) return 0;
        delta = -1; break;
      case R_PAST:
        if( unit==U_WEEKEND ){ delta = -1; break; }
        v_duration(r, 1, unit); r->end = j; return 1;
      default: return 0;
    }
    if( det && unit==U_DAY ){
      /* the next day, the following day, the previous day */
      int32_t base = c->has_last ? c->last_day : c->a0, z = base + delta;
      /* the previous business day: over the weekend */
      while( workday && nr_weekday(z)>=6 ) z += delta;
      v_day(c, r, z);
      r->end = j; return 1;
    }
    if( det && (rel==R_NEXT || rel==R_FOLLOWING) && unit!=U_WEEKEND ){
      /* the next week, the following year: from the day last mentioned */
      int32_t base = c->has_last ? c->last_day : c->a0;
      int y, m, d;
      nr_civil_from_days(base, &y, &m, &d);
      /* "In March, ... The following month": the month or year last
      ** named counts as much as a day */
      if( c->last_y && unit==U_YEAR ) y = c->last_y;
      if( c->last_m && unit==U_MONTH ){ y = c->last_y; m = c->last_m; }
      if( unit==U_WEEK ) v_week(c, r, base+7, "");
      else if( unit==U_MONTH ){ add_months(&y, &m, 1); v_month(c, r, y, m); }
      else if( unit==U_YEAR ) v_year(c, r, y+1);
      else return 0;
      r->end = j; return 1;
    }
    if( rel==R_FOLLOWING ) return 0;
    if( unit==U_DAY ) return 0;     /* "this day", "next day" without "the" */
    if( !rel_unit(c, r, unit, delta, i, j) ) return 0;
    /* this year's third quarter, last year's quarter */
    if( unit==U_YEAR && c->anch && poss_s(c, j) ){
      size_t k = poss_s(c, j);
      int q = 0;
      if( cls(c, k)==C_ORD && sub(c, k)>=1 && sub(c, k)<=4 && is_w(c, k+1, "quarter") ){ q = sub(c, k); k += 2; }
      else if( is_w(c, k, "second") && is_w(c, k+1, "quarter") ){ q = 2; k += 2; }
      else if( is_w(c, k, "quarter") ){ q = c->am<=3 ? 4 : (c->am-1)/3; k++; }
      if( q ){ tx_fmt(r->value, sizeof r->value, "%04d-Q%d", c->ay + delta, q); r->end = k; return 1; }
    }
    r->end = j; return 1;
  }
  return 0;
}

/* Years, decades, centuries: 1998, fiscal 1999, the 1990s, the '90s,
** mid-1990s, the 21st century, the end of 1999, early 2000. */
/* Quarters, halves and fiscal years as business news abbreviates them:
** Q3, Q3 2020, 3Q20, H1 2019, FY21, FY2021.  A quarter without a year is
** the anchor year's, or the year before's when it has not begun by the
** anchor and the sentence does not speak of the future. */
static int glued_alnum(const ctx *c, size_t k){
  return glued(c, k) && (T(c, k)->kind==K_WORD || T(c, k)->kind==K_NUM);
}
static int two_digit_year(int v){ return v<50 ? 2000+v : 1900+v; }
static int r_qtr(ctx *c, size_t i, result *r){
  const tok *t = T(c, i);
  int q = 0, h = 0, y = 0, have_y = 0;
  size_t j;
  if( t->kind==K_WORD && t->cap && (is_w(c, i, "q") || is_w(c, i, "h")) && glued(c, i+1) && is_num(c, i+1)
      && T(c, i+1)->ndig==1 ){
    int v = T(c, i+1)->num;
    if( is_w(c, i, "q") ){ if( v<1 || v>4 ) return 0; q = v; }
    else { if( v<1 || v>2 ) return 0; h = v; }
    j = i+2;
    if( glued_alnum(c, j) || (is_p(c, j, '-') && glued(c, j)) ) return 0;   /* H1N1, Q35, H1-B */
    if( year_at(c, j, 1900, 2100) ){ y = T(c, j)->num; have_y = 1; j++; }
    else if( h ) return 0;              /* "H1" alone: a visa, a virus strain */
  } else if( t->kind==K_NUM && t->ndig==1 && t->num>=1 && t->num<=4 && glued(c, i+1) && is_w(c, i+1, "q")
             && T(c, i+1)->cap && glued(c, i+2) && is_num(c, i+2) && T(c, i+2)->ndig==2 && !glued_alnum(c, i+3)
             && !(i>0 && glued_alnum(c, i)) ){
    q = t->num; y = two_digit_year(T(c, i+2)->num); have_y = 1; j = i+3;
  } else if( t->kind==K_WORD && t->cap && is_w(c, i, "fy") ){
    j = i+1;
    if( !is_num(c, j) || glued_alnum(c, j+1) ) return 0;
    if( T(c, j)->ndig==2 ) y = two_digit_year(T(c, j)->num);
    else if( T(c, j)->ndig==4 && T(c, j)->num>=1900 && T(c, j)->num<=2100 ) y = T(c, j)->num;
    else return 0;
    r->type = NR_TX_DATE;
    fmt_ymd(r->value, sizeof r->value, y, 0, 0);
    r->end = j+1; return 1;
  } else return 0;
  r->type = NR_TX_DATE;
  if( !have_y ){
    if( !c->anch ){ tx_fmt(r->value, sizeof r->value, q ? "XXXX-Q%d" : "XXXX-H%d", q ? q : h); r->end = j; return 1; }
    y = q ? quarter_year(c, q, i, j) : c->ay;
  }
  tx_fmt(r->value, sizeof r->value, q ? "%04d-Q%d" : "%04d-H%d", y, q ? q : h);
  r->end = j;
  return 1;
}

static int r_year(ctx *c, size_t i, result *r){
  size_t j = i;
  r->type = NR_TX_DATE;
  if( r_qtr(c, i, r) ) return 1;
  if( is_w(c, j, "the") && is_w(c, j+2, "of") && in_list(c, j+1, L_PARTOF) ){
    result in;
    size_t k = j+3;
    memset(&in, 0, sizeof in);
    /* the end of the year, the middle of the month, the start of the week: the current one */
    if( r_year(c, k, &in) || (is_w(c, k, "the") && cls(c, k+1)==C_UNIT
                              && (sub(c, k+1)==U_YEAR || sub(c, k+1)==U_MONTH || sub(c, k+1)==U_WEEK)
                              && (rel_unit(c, &in, sub(c, k+1), 0, i, k+2), in.end = k+2, 1))
        || (cls(c, k)==C_REL && cls(c, k+1)==C_UNIT && r_relative(c, k, &in))
        || r_month(c, k, &in) ){
      *r = in; return 1;
    }
    return 0;
  }
  if( (cls(c, j)==C_POS && sub(c, j)<=3) || ((is_w(c, j, "post") || is_w(c, j, "pre")) && is_p(c, j+1, '-')) ){
    j++;
    if( is_p(c, j, '-') ) j++;
  }
  if( cls(c, j)==C_FISCAL ) j++;
  /* the mid-1990s, the 20th century, the 1989 third quarter, the 1988 period:
  ** "the" belongs to these (not to a bare "the 1990s") */
  if( j==i && is_w(c, j, "the") ){
    size_t k = j+1;
    int pos = 0;
    if( cls(c, k)==C_POS && sub(c, k)<=3 ){ k++; pos = 1; if( is_p(c, k, '-') ) k++; }
    /* the nineties, the early eighties: the most recent such decade */
    if( cls(c, k)==C_DECADE && !T(c, k)->cap ){
      int d = sub(c, k), cen = c->ay/100;
      if( (cen*10 + d)*10 > c->ay ) cen--;
      if( !c->anch ) return 0;
      tx_fmt(r->value, sizeof r->value, "%03d", cen*10 + d);
      r->end = k+1; return 1;
    }
    if( year_at(c, k, 1000, 2200) && !(is_w(c, k+1, "s") && glued(c, k+1)) ){
      int y = T(c, k)->num;
      /* the 1988 period, the 1988 quarter: in an article about a quarter,
      ** that quarter of 1988 */
      if( is_w(c, k+1, "period") || is_w(c, k+1, "quarter") ){
        if( c->last_q ) tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, c->last_q);
        else if( is_w(c, k+1, "quarter") ) tx_fmt(r->value, sizeof r->value, "%04d-QX", y);
        else fmt_ymd(r->value, sizeof r->value, y, 0, 0);
        r->end = k+2; return 1;
      }
      if( cls(c, k+1)==C_ORD && sub(c, k+1)>=1 && sub(c, k+1)<=4 && is_w(c, k+2, "quarter") ){
        tx_fmt(r->value, sizeof r->value, "%04d-Q%d", y, sub(c, k+1)); r->end = k+3; return 1;
      }
      if( is_w(c, k+1, "second") && is_w(c, k+2, "quarter") ){
        tx_fmt(r->value, sizeof r->value, "%04d-Q2", y); r->end = k+3; return 1;
      }
      return 0;
    }
    if( pos && is_num(c, k) && T(c, k)->ndig==4 && is_w(c, k+1, "s") && glued(c, k+1) && T(c, k)->num%10==0 ){
      tx_fmt(r->value, sizeof r->value, "%03d", T(c, k)->num/10);
      r->end = k+2; return 1;
    }
    if( is_num(c, k) && T(c, k)->ndig<=2 && glued(c, k+1) && is_w(c, k+2, "century") && in_list(c, k+1, L_ORDSUF) ){
      int cen = T(c, k)->num;
      if( cen<1 || cen>30 ) return 0;
      tx_fmt(r->value, sizeof r->value, "%02d", cen-1);
      r->end = k+3; return 1;
    }
    return 0;
  }
  /* nineteen ninety-six, two thousand */
  if( cls(c, j)==C_NUM && sub(c, j)==19 && cls(c, j+1)==C_NUM && sub(c, j+1)>=20 && sub(c, j+1)<=90 ){
    int y = 1900 + sub(c, j+1);
    size_t k = j+2;
    if( is_p(c, k, '-') && cls(c, k+1)==C_NUM && sub(c, k+1)<10 ){ y += sub(c, k+1); k += 2; }
    fmt_ymd(r->value, sizeof r->value, y, 0, 0);
    r->end = k; return 1;
  }
  if( cls(c, j)==C_POS && sub(c, j)<=3 ){
    j++;
    if( is_p(c, j, '-') ) j++;
  }
  /* '90s */
  if( (is_p(c, j, '\'')) && is_num(c, j+1) && T(c, j+1)->ndig==2 && glued(c, j+1)
      && is_w(c, j+2, "s") && glued(c, j+2) ){
    int dec = T(c, j+1)->num;
    if( dec%10 ) return 0;
    tx_fmt(r->value, sizeof r->value, "%03d", (dec>=30 ? 190 : 200) + dec/10);
    r->end = j+3; return 1;
  }
  if( is_num(c, j) && T(c, j)->ndig==4 && is_w(c, j+1, "s") && glued(c, j+1) ){
    int y = T(c, j)->num;
    if( y%10 || y<1000 || y>2200 ) return 0;
    if( j>0 && glued(c, j) && (is_num(c, j-1) || is_p(c, j-1, '$')) ) return 0;
    tx_fmt(r->value, sizeof r->value, "%03d", y/10);
    r->end = j+2; return 1;
  }
  if( is_num(c, j) && T(c, j)->ndig<=2 && is_w(c, j+2, "century") && glued(c, j+1) && in_list(c, j+1, L_ORDSUF) ){
    int cen = T(c, j)->num;
    if( cen<1 || cen>30 ) return 0;
    tx_fmt(r->value, sizeof r->value, "%02d", cen-1);
    r->end = j+3; return 1;
  }
  if( year_at(c, j, 1000, 2200) ){
    int y = T(c, j)->num;
    /* a bare year: words that make numbers of it */
    if( j==i && !(y>=1800 && y<=2100) ) return 0;
    if( is_w(c, j-1, "the") && !(j>0 && is_w(c, j, "the")) && j==i ){ /* the 1998 budget */ }
    fmt_ymd(r->value, sizeof r->value, y, 0, 0);
    r->end = j+1;
    return 1;
  }
  return 0;
}

/* A year in words at k: nineteen ninety[-four]; returns tokens used. */
static size_t year_words(ctx *c, size_t k, int *y){
  if( cls(c, k)==C_NUM && sub(c, k)==19 && cls(c, k+1)==C_NUM && sub(c, k+1)>=20 && sub(c, k+1)<=90 ){
    *y = 1900 + sub(c, k+1);
    if( is_p(c, k+2, '-') && cls(c, k+3)==C_NUM && sub(c, k+3)<10 ){ *y += sub(c, k+3); return 4; }
    return 2;
  }
  return 0;
}

/* Months on their own: [early|late|mid-] Month [of] [YYYY]. */
static int r_month(ctx *c, size_t i, result *r){
  size_t j = i;
  int m, y;
  if( cls(c, j)==C_POS && sub(c, j)<=3 ){
    j++;
    if( is_p(c, j, '-') ) j++;
  }
  if( cls(c, j)!=C_MONTH || !month_ok(c, j) ) return 0;
  m = sub(c, j); j++;
  /* "Sept.", "Oct.": an abbreviation's period; "May.", "June.", "August." end a sentence */
  if( is_p(c, j, '.') && glued(c, j) && month_abbrev(c, j-1) ) j++;
  r->type = NR_TX_DATE;
  if( is_w(c, j, "of") && year_at(c, j+1, 1000, 2200) ){ v_month(c, r, T(c, j+1)->num, m); tx_fmt(r->value, sizeof r->value, "%04d-%02d", T(c, j+1)->num, m); r->end = j+2; return 1; }
  if( (is_p(c, j, ',') && year_at(c, j+1, 1000, 2200)) ){ tx_fmt(r->value, sizeof r->value, "%04d-%02d", T(c, j+1)->num, m); r->end = j+2; return 1; }
  if( year_at(c, j, 1000, 2200) ){ tx_fmt(r->value, sizeof r->value, "%04d-%02d", T(c, j)->num, m); r->end = j+1; return 1; }
  {
    int yw;
    size_t nw = year_words(c, j, &yw);
    if( nw ){ tx_fmt(r->value, sizeof r->value, "%04d-%02d", yw, m); r->end = j+nw; return 1; }
  }
  /* "April of that year", "March of the following year": the year named last */
  if( is_w(c, j, "of") && c->last_y && c->anch ){
    int d = -9;
    size_t k = j+1;
    if( is_w(c, k, "that") && is_w(c, k+1, "year") ){ d = 0; k += 2; }
    else if( is_w(c, k, "the") && is_w(c, k+2, "year") ){
      if( is_w(c, k+1, "same") ) d = 0;
      else if( is_w(c, k+1, "following") || is_w(c, k+1, "next") ) d = 1;
      else if( is_w(c, k+1, "previous") || is_w(c, k+1, "preceding") ) d = -1;
      k += 3;
    }
    if( d!=-9 && !poss_s(c, k) ){ v_month(c, r, c->last_y + d, m); r->end = k; return 1; }
  }
  /* June last year, January this year */
  if( cls(c, j)==C_REL && is_w(c, j+1, "year") && (sub(c, j)==R_LAST || sub(c, j)==R_THIS || sub(c, j)==R_NEXT) ){
    int d = sub(c, j)==R_LAST ? -1 : sub(c, j)==R_NEXT ? 1 : 0;
    v_month(c, r, c->ay + d, m);
    r->end = j+2; return 1;
  }
  /* the month alone: "the March for Life", "the annual March" are names */
  if( i>0 && (cls(c, i-1)==C_DET || is_w(c, i-1, "annual")) && (is_w(c, j, "for") || is_w(c, j, "of")) ) return 0;
  y = c->anch ? year_for(c, i, j, m, 0) : 0;
  v_month(c, r, y, m);
  r->end = j;
  return 1;
}

/* every July, each spring, every May 1: a month, a season or a day of the
** year that recurs is a SET (TimeML: "every Tuesday" XXXX-WXX-2, so
** "each July" XXXX-07) */
static int r_every_cal(ctx *c, size_t i, result *r){
  size_t j = i+1;
  if( cls(c, i)!=C_EVERY ) return 0;
  if( cls(c, j)==C_MONTH && month_ok(c, j) && T(c, j)->cap ){
    int m = sub(c, j), d = 0;
    j++;
    if( is_p(c, j, '.') && glued(c, j) && month_abbrev(c, j-1) ) j++;   /* "every Aug.", not "every August." */
    if( is_num(c, j) && T(c, j)->num>=1 && T(c, j)->num<=31 && T(c, j)->ndig<=2 ){ d = T(c, j)->num; j++; }
    if( d ) tx_fmt(r->value, sizeof r->value, "XXXX-%02d-%02d", m, d);
    else tx_fmt(r->value, sizeof r->value, "XXXX-%02d", m);
    r->type = NR_TX_SET; r->end = j;
    return 1;
  }
  if( cls(c, j)==C_SEASON && !(T(c, j)->cap && T(c, j+1)->kind==K_WORD && T(c, j+1)->cap) ){
    tx_fmt(r->value, sizeof r->value, "XXXX-%s", season_code[sub(c, j)]);
    r->type = NR_TX_SET; r->end = j+1;
    return 1;
  }
  return 0;
}

/* Sets: daily, weekly, annually ... */
static int r_set(ctx *c, size_t i, result *r){
  static const char *const v[8] = {"", "P1D", "P1W", "P1M", "P1Y", "P3M", "PT1H", "P1D"};
  int s;
  if( cls(c, i)!=C_SET ) return 0;
  s = sub(c, i);
  if( s<1 || s>7 ) return 0;
  /* "average daily volume", "the party daily Granma": adjectives, not sets */
  if( i>0 && is_w(c, i-1, "average") ) return 0;
  /* "the party daily Granma", "the news weekly Der Spiegel", "the daily
  ** said": the newspaper, named after it (a word in title case that is no
  ** month or weekday: "daily COVID briefings" stay) or speaking */
  if( s<=2 && i>0 && !sentence_start(c, i) ){
    const tok *nx = T(c, i+1);
    if( nx->kind==K_WORD && nx->cap && nx->s==T(c, i)->e + 1 && c->s[nx->s-1]==' ' && nx->e - nx->s>=2 && c->s[nx->s+1]>='a' && c->s[nx->s+1]<='z'
        && cls(c, i+1)!=C_MONTH && cls(c, i+1)!=C_WEEKDAY && cls(c, i+1)!=C_WEEKDAYS ) return 0;
    if( in_list(c, i+1, L_REPORT) ) return 0;
  }
  v_str(r, v[s]);
  r->type = NR_TX_SET; r->end = i+1;
  return 1;
}

/* Seasons with a year or bare after "in": summer 1999, in the spring. */
static int r_season(ctx *c, size_t i, result *r){
  size_t j = i;
  int s, year = 0;
  if( cls(c, j)==C_POS && sub(c, j)<=3 ){ j++; if( is_p(c, j, '-') ) j++; }
  if( cls(c, j)==C_DET ) j++;
  if( cls(c, j)!=C_SEASON ) return 0;
  if( T(c, j)->cap && T(c, j+1)->kind==K_WORD && T(c, j+1)->cap ) return 0;   /* Winter Olympics */
  s = sub(c, j); j++;
  if( is_w(c, j, "of") && year_at(c, j+1, 1000, 2200) ){ year = T(c, j+1)->num; j += 2; }
  else if( year_at(c, j, 1000, 2200) ){ year = T(c, j)->num; j++; }
  if( !year ){
    /* bare season word: only after "in"/"this"... handled elsewhere, or
    ** "in the summer", "the summer" */
    if( !(i>0 && in_list(c, i-1, L_SEASONPREP)) ) return 0;
    if( s==3 && is_w(c, j-1, "fall") && j-1==i ) return 0;
  }
  v_season(c, r, s, 2, i, j, year);
  r->end = j;
  return 1;
}

/* [the] year-earlier / year-ago [quarter|period|third quarter]: the same
** period a year before. */
static int r_year_ago(ctx *c, size_t i, result *r){
  size_t j = i;
  int q = (c->am-1)/3;     /* the last complete quarter */
  if( q==0 ) q = 4;
  if( cls(c, j)==C_DET ) j++;
  if( j==i && is_w(c, j, "year") && ((is_p(c, j+1, '-') && glued(c, j+1) && is_w(c, j+2, "end") && glued(c, j+2))
      || is_w(c, j+1, "end") || (poss_s(c, j+1) && is_w(c, poss_s(c, j+1), "end"))) ){
    size_t e = is_w(c, j+1, "end") ? j+2 : is_p(c, j+1, '-') ? j+3 : poss_s(c, j+1)+1;
    r->type = NR_TX_DATE;
    v_year(c, r, c->ay);
    r->end = e; return 1;
  }
  if( !(is_w(c, j, "year") && is_p(c, j+1, '-') && glued(c, j+1) && glued(c, j+2)
        && (is_w(c, j+2, "earlier") || is_w(c, j+2, "ago"))) ) return 0;
  j += 3;
  r->type = NR_TX_DATE;
  if( is_w(c, j, "quarter") || is_w(c, j, "period") ){
    if( c->anch ) tx_fmt(r->value, sizeof r->value, "%04d-Q%d", c->ay-1, q);
    else v_str(r, "XXXX-QX");
    r->end = j+1; return 1;
  }
  if( cls(c, j)==C_ORD && sub(c, j)<=4 && is_w(c, j+1, "quarter") ){
    if( c->anch ) tx_fmt(r->value, sizeof r->value, "%04d-Q%d", c->ay-1, sub(c, j));
    else tx_fmt(r->value, sizeof r->value, "XXXX-Q%d", sub(c, j));
    r->end = j+2; return 1;
  }
  if( j-3>i ) return 0;    /* "the year-earlier" needs its noun */
  q = quarter_in_sentence(c, i, j);
  if( q && c->anch ){ tx_fmt(r->value, sizeof r->value, "%04d-Q%d", c->ay-1, q); r->end = j; return 1; }
  v_year(c, r, c->ay-1);
  r->end = j; return 1;
}

/* Holidays: [last|next] Thanksgiving [Day], Christmas [Day|Eve], Election
** Day, Independence Day, New Year's Day (see timex_words.tsv: holiday). */
static int r_holiday(ctx *c, size_t i, result *r){
  size_t j = i;
  int rel = 0, h, m = 0, d = 0, y, eve = 0;
  if( cls(c, j)==C_REL && (sub(c, j)==R_LAST || sub(c, j)==R_NEXT || sub(c, j)==R_THIS) ){ rel = sub(c, j); j++; }
  if( cls(c, j)!=C_HOLIDAY || !T(c, j)->cap ) return 0;
  h = sub(c, j); j++;
  /* Black Friday, Cyber Monday: the Friday and Monday after Thanksgiving */
  if( h==6 || h==7 ){
    if( !((h==6 ? is_w(c, j, "friday") : is_w(c, j, "monday")) && T(c, j)->cap) ) return 0;
    j++;
  }
  else if( is_w(c, j, "day") && T(c, j)->cap ) j++;
  else if( is_w(c, j, "eve") && T(c, j)->cap ){ j++; eve = 1; }
  else if( h==4 || h==5 ) return 0;          /* "Election", "Independence" need "Day" */
  switch( h ){
    case 1: case 6: case 7: m = 11; d = h==1 ? 22 : h==6 ? 23 : 26; break;   /* fixed below */
    case 2: m = 12; d = eve ? 24 : 25; break;
    case 4: m = 11; d = 2; break;            /* Election Day: fixed below */
    case 5: m = 7; d = 4; break;
    default: return 0;
  }
  if( c->anch && (h==1 || h==6 || h==7) ){   /* this year's day, to choose the year by */
    int32_t z = nr_days_from_civil(c->ay, 11, 1);
    int yy, mm;
    z += (4 - nr_weekday(z) + 7) % 7 + 21 + (h==6 ? 1 : h==7 ? 4 : 0);
    nr_civil_from_days(z, &yy, &mm, &d);
    m = mm;
  }
  y = !c->anch ? 2000 : rel==R_LAST ? (nr_days_from_civil(c->ay, m, d) < c->a0 ? c->ay : c->ay-1)
      : rel==R_NEXT ? (nr_days_from_civil(c->ay, m, d) > c->a0 ? c->ay : c->ay+1)
      : year_for(c, i, j, m, d);
  if( h==1 || h==6 || h==7 ){   /* the fourth Thursday of November (and the Friday, Monday after) */
    int32_t z = nr_days_from_civil(y, 11, 1);
    z += (4 - nr_weekday(z) + 7) % 7 + 21 + (h==6 ? 1 : h==7 ? 4 : 0);
    nr_civil_from_days(z, &y, &m, &d);
  } else if( h==4 ){   /* the Tuesday after the first Monday of November */
    int32_t z = nr_days_from_civil(y, 11, 1);
    z += (1 - nr_weekday(z) + 7) % 7 + 1;
    nr_civil_from_days(z, &y, &m, &d);
  }
  r->type = NR_TX_DATE;
  if( !c->anch ) tx_fmt(r->value, sizeof r->value, "XXXX-%02d-%02d", m, d);
  else { fmt_ymd(r->value, sizeof r->value, y, m, d); r->day_ref = 1; r->day = nr_days_from_civil(y, m, d); }
  r->end = j;
  return 1;
}

/* [earlier|later] that year|month, earlier|later that day: the year, month
** or day last named. */
static int r_that(ctx *c, size_t i, result *r){
  size_t j = i;
  int pos = 0;
  if( cls(c, j)==C_POS && (sub(c, j)==4 || sub(c, j)==5) ){ pos = 1; j++; }
  if( !is_w(c, j, "that") || cls(c, j+1)!=C_UNIT ) return 0;
  if( is_p(c, j+2, '-') && glued(c, j+2) ) return 0;   /* that year-end, that month-long */
  switch( sub(c, j+1) ){
    case U_YEAR: if( !c->last_y ) return 0; v_year(c, r, c->last_y); break;
    case U_MONTH: if( !c->last_m ) return 0; v_month(c, r, c->last_y, c->last_m); break;
    case U_DAY: if( !pos || !c->has_last ) return 0; v_day(c, r, c->last_day); break;
    default: return 0;
  }
  r->type = NR_TX_DATE;
  r->end = j+2;
  return 1;
}

/* A part of the day on its own: "by mid-afternoon", "at mid-morning
** yesterday", "in the morning": that part of the day last named (or of the
** anchor). */
static int r_pod(ctx *c, size_t i, result *r){
  size_t j = i;
  int pod, mid = 0;
  int32_t z = c->has_last ? c->last_day : c->a0;
  if( cls(c, j)==C_POS && sub(c, j)==3 ){
    mid = 1; j++;
    if( is_p(c, j, '-') && glued(c, j) ) j++;
  } else if( cls(c, j)==C_DET && i>0 && (is_w(c, i-1, "in") || is_w(c, i-1, "during") || is_w(c, i-1, "by")) ){
    j++;
  } else return 0;
  if( cls(c, j)!=C_POD || sub(c, j)<1 || sub(c, j)>4 || is_w(c, j, "overnight") || !c->anch ) return 0;
  if( !mid && T(c, j)->cap ) return 0;             /* the Morning Call, the Evening Standard */
  pod = sub(c, j); j++;
  if( is_w(c, j, "of") ) return 0;                 /* the night of Oct. 23 */
  if( !mid && pod_noun_follows(c, j) ) return 0;   /* the morning session */
  if( mid && cls(c, j)==C_DEICTIC && sub(c, j)>=1 && sub(c, j)<=3 ){
    int s = sub(c, j);
    z = deictic_day(c, s);
    j++;
  } else if( mid && cls(c, j)==C_WEEKDAY ){
    result d;
    memset(&d, 0, sizeof d);
    if( r_weekday(c, j, &d) && d.day_ref && d.end==j+1 ){ z = d.day; j++; }
  }
  v_day(c, r, z);
  add_pod(r, pod);
  r->end = j;
  return 1;
}

typedef int (*rule_fn)(ctx *, size_t, result *);
/* Each rule with the kinds of first token it can start with: a mask of
** word classes (bit C_x), NUMB for numbers, PUNB for punctuation, NONEB for
** the words of class lead (at least, up to, per, any day now, post-war). */
#define B(x) (1u << (x))
#define NUMB B(31)
#define PUNB B(30)
#define NONEB B(C_LEAD)
static const struct { rule_fn fn; uint32_t first; } rules[] = {
  {r_calendar, B(C_WEEKDAY)|B(C_MONTH)|B(C_APPROX)|B(C_ORD)|B(C_NUM)|NUMB},
  {r_clock, NUMB|B(C_POD)|B(C_APPROX)},
  {r_weekday, B(C_WEEKDAY)|B(C_WEEKDAYS)|B(C_EVERY)|B(C_REL)|B(C_POS)|B(C_DET)},
  {r_every_cal, B(C_EVERY)},            /* every July, each spring */
  {r_deictic, B(C_DET)|B(C_DEICTIC)|B(C_REL)|B(C_POS)|NONEB},
  {r_relative, B(C_APPROX)|B(C_EVERY)|B(C_POS)|B(C_DET)|B(C_REL)|B(C_FISCAL)|B(C_ORD)|B(C_NUM)
               |B(C_A)|B(C_VAGUE)|B(C_UNIT)|B(C_UNITS)|NUMB|NONEB},
  {r_year, B(C_DET)|B(C_POS)|B(C_FISCAL)|B(C_NUM)|NUMB|PUNB|NONEB},
  {r_month, B(C_POS)|B(C_MONTH)},
  {r_set, B(C_SET)},
  {r_season, B(C_POS)|B(C_DET)|B(C_SEASON)},
  {r_year_ago, B(C_DET)|B(C_UNIT)},
  {r_holiday, B(C_REL)|B(C_HOLIDAY)},
  {r_that, B(C_POS)|NONEB},
  {r_pod, B(C_POS)|B(C_DET)},
};

/* The rules each kind of first token can start (the bits of rules[].first):
** scan_segment tries only those, in order. */
typedef char rules_fit_mask[sizeof(rules)/sizeof(rules[0])<=16 ? 1 : -1];
static void prep_rules(nr_timex_prep *p){
  size_t ri, b;
  for(ri=0; ri<sizeof(rules)/sizeof(rules[0]); ri++){
    for(b=0; b<32; b++) if( (rules[ri].first >> b) & 1u ) p->rule_mask[b] |= (uint16_t)(1u << ri);
  }
}

/* ---------------------------------------------------------------- driver */

/* End of the run of ASCII letters that starts at s[i] (i <= b), eight bytes
** at a time: a byte is a letter when, folded, it lies in 'a'..'z'. */
static size_t letters_end(const unsigned char *s, size_t i, size_t b){
  while( i+8<=b ){
    uint64_t x, v, m;
    memcpy(&x, s+i, 8);
    v = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;
    m = (v + 0x1F1F1F1F1F1F1F1Full) & (0xFAFAFAFAFAFAFAFAull - v) & ~x & 0x8080808080808080ull;
    m = ~m & 0x8080808080808080ull;          /* the bytes that are not letters */
    if( m ){
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_LITTLE_ENDIAN__
      return i + ((size_t)__builtin_ctzll(m) >> 3);
#else
      size_t k;
      for(k=0; k<8; k++) if( !nr_is_ascii_alpha(s[i+k]) ) return i+k;
#endif
    }
    i += 8;
  }
  while( i<b && nr_is_ascii_alpha(s[i]) ) i++;
  return i;
}

static void number_trig(ctx *c, size_t k);
/* Fill token t for s[i..e) (a token starts at s[i]); returns 1 when it is a
** candidate trigger (a number, or a word the filter lets through), settled
** by cand_settle() once the paragraph is tokenised. */
static inline unsigned tok_fill(const nr_timex_prep *prep, tok *t, const unsigned char *s,
                                size_t i, size_t e){
  unsigned ch = s[i];
  memcpy(&t->num, prep->tmpl[ch], sizeof prep->tmpl[ch]);
  t->s = i; t->e = e;
  return (prep->cfilter[(ch << 5) | (s[e-1] & 31u)] >> ((e-i-1) & 15)) & 1u;
}

/* The candidates of tokenize(), settled: a word is looked up when its
** first three letters and length pass the trigger filter too, and stays
** when it is a trigger word; a number gets its value and stays (decided by
** number_trig once its followers are known). */
static size_t cand_settle(ctx *c, size_t *trg, size_t ntrg){
  const unsigned char *s = c->s;
  size_t k, o = 0;
  for(k=0; k<ntrg; k++){
    tok *t = &c->tk[trg[k]];
    size_t i = t->s, e = t->e;
    if( t->kind==K_NUM ){
      int32_t v = 0;
      size_t q;
      for(q=i; q<e && q-i<9; q++) v = v*10 + (s[q]-'0');
      t->ndig = (unsigned char)(e-i<255 ? e-i : 255); t->num = e-i<=9 ? v : -1;
      trg[o++] = trg[k];
    } else if( e-i<=MAXWORD ){
      unsigned h = tfilter3(s+i, e-i);
      if( (c->prep->tfilter[h>>4] >> (h & 15)) & 1u ){
        t->lazy = 0;
        classify(c, t);
        if( t->cls && is_trigger_word(t->cls, t->sub) ){ t->trig = 1; trg[o++] = trg[k]; }
      }
    }
  }
  return o;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k of the three masks: byte p[k] is an ASCII letter, a digit, a
** separator (space, control, non-ASCII).  Needs 64 readable bytes. */
static inline void block_masks(const unsigned char *p, uint64_t *L, uint64_t *D, uint64_t *S){
  uint64_t l = 0, d = 0, sp = 0;
  int k;
  const __m128i x20 = _mm_set1_epi8(0x20), xa = _mm_set1_epi8('a'), x80 = _mm_set1_epi8((char)0x80);
  const __m128i lim26 = _mm_set1_epi8((char)(26^0x80)), x0 = _mm_set1_epi8('0');
  const __m128i lim10 = _mm_set1_epi8((char)(10^0x80)), x21 = _mm_set1_epi8(0x21);
  for(k=0; k<4; k++){
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16*k));
    __m128i lt = _mm_xor_si128(_mm_sub_epi8(_mm_or_si128(x, x20), xa), x80);
    __m128i dt = _mm_xor_si128(_mm_sub_epi8(x, x0), x80);
    l |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(lt, lim26)) << (16*k);
    d |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(dt, lim10)) << (16*k);
    sp |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, x21)) << (16*k);   /* signed: <= ' ' or >= 0x80 */
  }
  *L = l; *D = d; *S = sp;
}
#endif

/* Make room for ntk tokens and ntrg triggers.  The arrays start out on the
** stack (most paragraphs fit) and move to the heap when they must grow. */
static int reserve(ctx *c, size_t ntk, size_t ntrg){
  if( ntk>c->cap ){
    if( c->tk==c->tk_small ){
      tok *p = 0;
      size_t cap = 0;
      if( NR_RESERVE(p, cap, ntk) ) return NR_NOMEM;
      memcpy(p, c->tk, c->cap * sizeof *p);
      c->tk = p; c->cap = cap;
    } else if( NR_RESERVE(c->tk, c->cap, ntk) ) return NR_NOMEM;
  }
  if( ntrg>c->captrg ){
    if( c->trg==c->trg_small ){
      size_t *p = 0, cap = 0;
      if( NR_RESERVE(p, cap, ntrg) ) return NR_NOMEM;
      memcpy(p, c->trg, c->captrg * sizeof *p);
      c->trg = p; c->captrg = cap;
    } else if( NR_RESERVE(c->trg, c->captrg, ntrg) ) return NR_NOMEM;
  }
  return NR_OK;
}

static int tokenize(ctx *c, size_t a, size_t b){
  const unsigned char *s = c->s;
  const nr_timex_prep *prep = c->prep;
  size_t i = a, nt = 0, ntrg = 0, cap, captrg;
  tok *tk;
  size_t *trg;
  c->nt = 0;
  c->ntrg = 0;
  c->tc_ok = 0;
  c->pa = a;   /* a token's gap is read from the byte before it (tok_gap) */
  /* about one token in five bytes; the loops grow the arrays when needed */
  if( reserve(c, (b-a)/4+64, (b-a)/16+64) ) return NR_NOMEM;
  tk = c->tk; trg = c->trg; cap = c->cap; captrg = c->captrg;
#if defined(__SSE2__) && defined(__GNUC__)
  /* 64 bytes at a time: the token starts are bits of masks, so separators
  ** and the class of each byte cost no branches; the last bytes are read
  ** from a copy padded with spaces, which no token runs into */
  while( i<b ){
    uint64_t L, D, S, starts, last, tail, pL, pD;
    size_t base = i, end = i+64;
    unsigned char pad[64];
    const unsigned char *p = s+i;
    if( b-i<64 ){
      memcpy(pad, s+i, b-i);
      memset(pad+(b-i), ' ', 64-(b-i));
      p = pad;
    }
    if( nt+64>cap || ntrg+64>captrg ){
      if( reserve(c, nt+64+nt/2, ntrg+64+ntrg/2) ) return NR_NOMEM;
      tk = c->tk; trg = c->trg; cap = c->cap; captrg = c->captrg;
    }
    block_masks(p, &L, &D, &S);
    pL = base>a && nr_is_ascii_alpha(s[base-1]);
    pD = base>a && nr_is_ascii_digit(s[base-1]);
    starts = (L & ~((L<<1) | pL)) | (D & ~((D<<1) | pD)) | ~(L | D | S);
    /* the last byte of each token in the block; a run of letters or digits
    ** through byte 63 may go on: its token (the block's last) is read after
    ** the others.  A block starts where a token does. */
    last = (L & ~(L>>1)) | (D & ~(D>>1)) | ~(L | D | S);
    tail = (L | D) >> 63 ? 1ull << (63 - __builtin_clzll(starts)) : 0;
    starts ^= tail;
    {
      /* no branch on the kind of token: its fields come from its first
      ** byte, its end from the mask of last bytes */
      size_t *tp = trg + ntrg;
      const uint16_t *cf = prep->cfilter;
      while( starts ){
        unsigned bb = (unsigned)__builtin_ctzll(starts);
        unsigned len = 1u + (unsigned)__builtin_ctzll(last >> bb);
        const unsigned char *w = p + bb;
        unsigned ch = w[0];
        tok *t = &tk[nt];
        starts &= starts-1;
        memcpy(&t->num, prep->tmpl[ch], sizeof prep->tmpl[ch]);
        t->s = base+bb; t->e = base+bb+len;
        *tp = nt++;
        tp += (cf[(ch << 5) | (w[len-1] & 31u)] >> ((len-1) & 15)) & 1u;
      }
      ntrg = (size_t)(tp - trg);
    }
    if( tail ){
      size_t pos = base + (size_t)__builtin_ctzll(tail), e = base+64;
      if( L >> 63 ) e = letters_end(s, e, b);
      else while( e<b && nr_is_ascii_digit(s[e]) ) e++;
      if( e>end ) end = e;
      trg[ntrg] = nt;
      ntrg += tok_fill(prep, &tk[nt], s, pos, e);
      nt++;
    }
    i = end;
  }
#else
  while( i<b ){
    unsigned ch = s[i];
    size_t e;
    if( is_sep_byte(ch) ){ i++; continue; }
    if( nt>=cap || ntrg>=captrg ){
      if( reserve(c, nt+1+nt/2, ntrg+1+ntrg/2) ) return NR_NOMEM;
      tk = c->tk; trg = c->trg; cap = c->cap; captrg = c->captrg;
    }
    if( nr_is_ascii_alpha(ch) ) e = letters_end(s, i+1, b);
    else if( nr_is_ascii_digit(ch) ){ e = i+1; while( e<b && nr_is_ascii_digit(s[e]) ) e++; }
    else e = i+1;
    if( tok_fill(prep, &tk[nt], s, i, e) ) trg[ntrg++] = nt;
    nt++;
    i = e;
  }
#endif
  c->nt = nt; c->ntrg = cand_settle(c, trg, ntrg);
  /* numbers that can start or be dates and times: years, 08.02.2022,
  ** 10:30, 3 p.m., 1990s, 7th; counts ("5 hours") have their unit as trigger */
  {
    size_t k, o = 0;
    for(k=0; k<c->ntrg; k++){
      size_t x = c->trg[k];
      if( c->tk[x].kind==K_NUM ) number_trig(c, x);
      if( c->tk[x].trig ) c->trg[o++] = x;
    }
    c->ntrg = o;
  }
  return NR_OK;
}

/* Can number token k start a date or time? (years, 08.02.2022, 10:30,
** 3 p.m., 1990s, 7th; counts such as "5 hours" have their unit as trigger) */
static void number_trig(ctx *c, size_t k){
  tok *t = &c->tk[k];
  {
    {
      /* Q3, H1, FY21, 3Q20 (r_qtr) */
      if( k>0 && glued(c, k) && c->tk[k-1].kind==K_WORD
          && in_list(c, k-1, L_QPREFIX) ){ t->trig = 1; return; }
      if( k>0 && !glued(c, k) && is_w(c, k-1, "fy") ){ t->trig = 1; return; }
      if( t->ndig==1 && k+2<c->nt && !tok_gap(c, &c->tk[k+1]) && is_w(c, k+1, "q")
          && !tok_gap(c, &c->tk[k+2]) && c->tk[k+2].kind==K_NUM ){ t->trig = 1; return; }
      if( t->ndig==4 && t->num>=1000 && t->num<=2199 ){ t->trig = 1; return; }
      if( k+1<c->nt && !tok_gap(c, &c->tk[k+1]) ){
        const tok *x = &c->tk[k+1];
        if( x->kind==K_PUNCT && k+2<c->nt && !tok_gap(c, &c->tk[k+2]) && c->tk[k+2].kind==K_NUM ){
          /* 10:30; 08.02.2022, 02/08/2022 (not 3.5 or 1-2) */
          if( x->ch==':' && c->tk[k+2].ndig==2 ){ t->trig = 1; return; }
          if( (x->ch=='.' || x->ch=='/' || x->ch=='-') && k+4<c->nt && c->tk[k+3].kind==K_PUNCT
              && c->tk[k+3].ch==x->ch && !tok_gap(c, &c->tk[k+3]) && c->tk[k+4].kind==K_NUM && !tok_gap(c, &c->tk[k+4]) ){
            t->trig = 1; return;
          }
        }
        if( x->kind==K_WORD && x->e - x->s<=2 && (is_w(c, k+1, "s") || in_list(c, k+1, L_ORDSUF)) ){ t->trig = 1; return; }
      }
      if( cls(c, k+1)==C_AMPM || ((is_w(c, k+1, "a") || is_w(c, k+1, "p")) && is_p(c, k+2, '.')) ) t->trig = 1;
    }
  }
}

static int32_t second_day(ctx *c, size_t e, int32_t z);

/* Writes the expression of tokens a..b-1; "on April 24 and 25.": then the
** second day too (r->end moves past it). */
static int emit(ctx *c, nr_timexes *out, size_t a, size_t b, result *r){
  nr_timex *x;
  size_t b0 = b;
again:
  if( out->n>=out->cap ){
    if( NR_RESERVE(out->a, out->cap, out->n+1+out->n/2+8) ) return NR_NOMEM;
  }
  x = &out->a[out->n++];
  memset(x, 0, sizeof *x);
  x->start = c->tk[a].s;
  x->end = c->tk[b-1].e;
  /* the period of an abbreviation at the end stays in ("Feb.") only when it
  ** was consumed as part of the month; a trailing comma never */
  while( b-1>a && c->tk[b-1].kind==K_PUNCT && (c->tk[b-1].ch==',' || c->tk[b-1].ch=='-') ){
    b--; x->end = c->tk[b-1].e;
  }
  x->type = r->type;
  memcpy(x->value, r->value, sizeof x->value);
  x->value[sizeof x->value - 1] = 0;
  if( r->type==NR_TX_DATE || r->type==NR_TX_TIME ){
    x->has_range = nr_timex_range(x->value, &x->first_day, &x->last_day);
  }
  if( r->day_ref ){ c->has_last = 1; c->last_day = r->day; c->ym_newer = 0; c->ld_end = b; }
  if( (r->type==NR_TX_DATE || r->type==NR_TX_TIME) && c->anch && !r->keep_last ){
    /* the year and month named, for "the following month" ("up 2% from a
    ** month earlier and 5% from a year earlier": both from the month named) */
    const char *v = r->value;
    int k;
    for(k=0; k<4 && nr_is_ascii_digit((unsigned char)v[k]); k++){}
    if( k==4 ){
      c->ly_end = b;
      c->last_y = (v[0]-'0')*1000 + (v[1]-'0')*100 + (v[2]-'0')*10 + (v[3]-'0');
      c->last_m = 0;
      if( v[4]=='-' && nr_is_ascii_digit((unsigned char)v[5]) && nr_is_ascii_digit((unsigned char)v[6]) )
        c->last_m = (v[5]-'0')*10 + (v[6]-'0');
      c->ym_newer = !r->day_ref && c->last_m;
    }
  }
  if( r->type==NR_TX_DATE && strlen(r->value)==7 && r->value[5]=='Q' && r->value[6]>='1' && r->value[6]<='4' ){
    c->last_q = r->value[6]-'0';
  }
  if( r->end==b0 && b0+1<c->nt && c->tk[b0+1].kind==K_NUM && c->tk[b0].kind==K_WORD
      && r->day_ref && c->anch && strlen(r->value)==10 ){
    int32_t z = second_day(c, b0, r->day);
    if( z ){
      int y, m, d;
      nr_civil_from_days(z, &y, &m, &d);
      r->day = z;
      fmt_ymd(r->value, sizeof r->value, y, m, d);
      a = b0+1; b = b0 = r->end = b0+2;
      b0 = 0;                        /* once */
      goto again;
    }
  }
  return NR_OK;
}

static int scan_segment(ctx *c, size_t a, size_t b, nr_timexes *out, size_t max_dates, size_t *ndates);

/* Does token k start a sentence (after a break, the paragraph start or an
** opening quote there)? */
static int sentence_start(const ctx *c, size_t k){
  while( k>0 && c->tk[k-1].kind==K_PUNCT && (c->tk[k-1].ch=='"' || c->tk[k-1].ch=='`' || c->tk[k-1].ch=='\'') ) k--;
  return k==0 || is_sentence_break(c, k-1);
}

/* A word after which "today's" means "these days": a generic noun or
** adjective, or money ("in today's dollars") */
static int generic_word(ctx *c, size_t k){
  int cl = cls(c, k);
  return cl==C_GENERIC || (cl==C_MEASURE && c->tk[k].sub==2);
}

/* Matches that are not temporal expressions after all: names ("This Week",
** "60 Minutes", "VOA Today"), the generic "today's" ("today's world",
** "today's young voters": a generic word in the next two; "today's
** auction" is the day). */
static int reject(ctx *c, size_t p, size_t e){
  size_t k;
  int start = sentence_start(c, p), holiday = 0;
  for(k=p; k<e; k++) if( cls(c, k)==C_HOLIDAY ) holiday = 1;
  for(k=p; k<e; k++){
    int cl = cls(c, k);
    if( (cl==C_UNIT || cl==C_UNITS) && c->tk[k].cap && !(k==p && start) && !holiday ) return 1;
    if( cl==C_DEICTIC && c->tk[k].cap && !(k==p && start) ) return 1;
  }
  if( e==p+1 && is_w(c, p, "today") && (k = poss_s(c, e))!=0
      && (generic_word(c, k) || (T(c, k)->kind==K_WORD && generic_word(c, k+1))) ) return 1;
  return 0;
}

/* Can an expression start at token p (a few tokens before a trigger)? */
static int can_start(ctx *c, size_t p){
  const tok *t = &c->tk[p];
  if( t->kind==K_NUM ) return 1;
  if( t->kind==K_PUNCT ) return t->ch=='\'';
  /* most words are in no list: the starter filter says so without a look-up */
  if( t->lazy ){
    size_t len = t->e - t->s;
    if( len>MAXWORD ) return 0;   /* in no list */
    if( !((c->prep->sfilter[tfilter_row(c->s + t->s, len)] >> (len-1)) & 1u) ) return 0;
  }
  switch( cls(c, p) ){
    case C_NONE: case C_TENSE: case C_ZONE: case C_AMPM: case C_AGO: case C_GENERIC: case C_MEASURE:
    case C_PODS: case C_DAYKIND: return 0;
  }
  return 1;
}


/* "on April 24 and 25.": after a month-day date (day z, ending before token
** e), "and"/"or" and a later day of that month ending the clause: that day
** on its own (its day number; 0: none). */
static int32_t second_day(ctx *c, size_t e, int32_t z){
  int y, m, d, d2;
  const tok *n2;
  if( c->tk[e-1].kind!=K_NUM || !(is_w(c, e, "and") || is_w(c, e, "or")) || T(c, e+1)->ndig>2 ) return 0;
  n2 = T(c, e+2);
  if( !(n2->kind==K_END || (n2->kind==K_PUNCT && n2->ch!='%' && n2->ch!='-' && n2->ch!=':' && n2->ch!='/')) ) return 0;
  d2 = T(c, e+1)->num;
  nr_civil_from_days(z, &y, &m, &d);
  if( d2<=d || d2>nr_days_in_month(y, m) ) return 0;
  return nr_days_from_civil(y, m, d2);
}

static int scan_segment(ctx *c, size_t a, size_t b, nr_timexes *out, size_t max_dates, size_t *ndates){
  size_t i, t, ti;
  int rc = tokenize(c, a, b);
  if( rc ) return rc;
  c->ly_end = (size_t)-1;   /* a year of another paragraph is not this sentence's */
  c->ld_end = (size_t)-1;
  i = 0;
  for(ti=0; ti<c->ntrg; ){
    size_t p;
    int matched = 0;
    t = c->trg[ti];
    if( t<i ){ ti++; continue; }
    p = t>=4 ? t-4 : 0;
    if( p<i ) p = i;
    for(; p<=t && !matched; p++){
      result best, r;
      size_t ri;
      unsigned m;
      if( p<t && !can_start(c, p) ) continue;
      {
        const tok *tp = &c->tk[p];
        m = c->prep->rule_mask[tp->kind==K_NUM ? 31 : tp->kind==K_PUNCT ? 30 : cls(c, p) & 31];
      }
      best.end = 0;
      for(; m; m &= m-1){
#if defined(__GNUC__)
        ri = (size_t)__builtin_ctz(m);
#else
        for(ri=0; !((m >> ri) & 1u); ri++){}
#endif
        r.end = 0; r.day_ref = 0; r.type = 0; r.value[0] = 0; r.keep_last = 0;
        if( rules[ri].fn(c, p, &r) && r.end>p && r.end<=c->nt && r.end>best.end ) best = r;
      }
      if( best.end>p && reject(c, p, best.end) ) best.end = 0;
      if( best.end>p ){
        rc = emit(c, out, p, best.end, &best);
        if( rc ) return rc;
        if( best.type==NR_TX_DATE || best.type==NR_TX_TIME ){
          (*ndates)++;
          if( max_dates && *ndates>=max_dates ) return NR_OK;
        }
        i = best.end;
        matched = 1;
      }
    }
    if( !matched ){ ti++; i = t+1; }
  }
  return NR_OK;
}

int nr_timex_scan(const unsigned char *s, size_t n, const nr_anchor *anchor,
                  size_t max_dates, nr_timexes *out){
  nr_timex_prep p;
  nr_timex_prepare(&p);
  return nr_timex_scan_prep(&p, s, n, anchor, max_dates, out);
}

int nr_timex_scan_prep(const nr_timex_prep *prep, const unsigned char *s, size_t n,
                       const nr_anchor *anchor, size_t max_dates, nr_timexes *out){
  ctx c;
  tok tk_small[256];         /* paragraphs of up to 768 bytes */
  size_t trg_small[128];
  size_t a = 0, ndates = 0;
  int rc = NR_OK;
  memset(&c, 0, sizeof c);
  c.tk = c.tk_small = tk_small; c.cap = sizeof tk_small / sizeof tk_small[0];
  c.trg = c.trg_small = trg_small; c.captrg = sizeof trg_small / sizeof trg_small[0];
  c.prep = prep;
  out->n = 0;
  c.s = s; c.n = n;
  if( anchor && anchor->set ){
    c.anch = 1;
    c.ay = anchor->y; c.am = anchor->m; c.ad = anchor->d;
    c.a0 = nr_days_from_civil(c.ay, c.am, c.ad);
    c.awd = nr_weekday(c.a0);
    c.has_time = anchor->has_time; c.ahh = anchor->hh; c.ami = anchor->mi;
  } else {
    /* an arbitrary day for arithmetic; values are written underspecified */
    c.ay = 2000; c.am = 1; c.ad = 1;
    c.a0 = nr_days_from_civil(2000, 1, 1);
    c.awd = nr_weekday(c.a0);
  }
  while( a<n ){
    size_t b;
    /* look no further than one segment: a paragraph without line breaks
    ** must not make every cut rescan the rest of the text */
    size_t lim = n-a > SEG_MAX+1 ? SEG_MAX+1 : n-a;
    const unsigned char *nl = memchr(s+a, '\n', lim);
    b = nl ? (size_t)(nl - s) : a+lim;
    if( b-a>SEG_MAX ){
      b = a+SEG_MAX;
      while( b>a+SEG_MAX/2 && s[b]!=' ' ) b--;
    }
    if( b>a ){
      rc = scan_segment(&c, a, b, out, max_dates, &ndates);
      if( rc ) break;
      if( max_dates && ndates>=max_dates ) break;
    }
    a = b<n && (s[b]=='\n' || s[b]==' ') ? b+1 : b;   /* a cut elsewhere skips nothing */
  }
  if( c.tk!=tk_small ) nr_free(c.tk);
  if( c.trg!=trg_small ) nr_free(c.trg);
  return rc;
}

void nr_timexes_free(nr_timexes *out){
  nr_free(out->a);
  out->a = 0; out->n = out->cap = 0;
}

const char *nr_timex_type_name(int type){
  switch( type ){
    case NR_TX_DATE: return "DATE";
    case NR_TX_TIME: return "TIME";
    case NR_TX_DURATION: return "DURATION";
    case NR_TX_SET: return "SET";
  }
  return "DATE";
}

/* ---------------------------------------------------------------- anchor */

static int digits(const unsigned char *s, size_t n, size_t i, size_t k, int *v){
  size_t j;
  int x = 0;
  if( i+k>n ) return 0;
  for(j=i; j<i+k; j++){
    if( !nr_is_ascii_digit(s[j]) ) return 0;
    x = x*10 + (s[j]-'0');
  }
  *v = x;
  return 1;
}

int nr_anchor_parse(const unsigned char *s, size_t n, nr_anchor *a){
  size_t i = 0;
  memset(a, 0, sizeof *a);
  while( n>0 && (s[n-1]==' ' || s[n-1]=='\t') ) n--;
  while( i<n && (s[i]==' ' || s[i]=='\t') ) i++;
  if( !digits(s, n, i, 4, &a->y) || i+10>n || s[i+4]!='-' || !digits(s, n, i+5, 2, &a->m)
      || s[i+7]!='-' || !digits(s, n, i+8, 2, &a->d) ) return -1;
  if( !nr_valid_date(a->y, a->m, a->d) ) return -1;
  i += 10;
  if( i<n ){
    if( s[i]!='T' && s[i]!=' ' && s[i]!='t' ) return -1;
    i++;
    if( !digits(s, n, i, 2, &a->hh) || i+5>n || s[i+2]!=':' || !digits(s, n, i+3, 2, &a->mi) ) return -1;
    if( a->hh>24 || a->mi>59 ) return -1;
    i += 5;
    if( i<n && s[i]==':' ){
      int sec;
      if( !digits(s, n, i+1, 2, &sec) || sec>60 ) return -1;
      i += 3;
      if( i<n && (s[i]=='.' || s[i]==',') ){
        i++;
        if( i>=n || !nr_is_ascii_digit(s[i]) ) return -1;
        while( i<n && nr_is_ascii_digit(s[i]) ) i++;
      }
    }
    if( i<n && (s[i]=='Z' || s[i]=='z') ) i++;
    else if( i<n && (s[i]=='+' || s[i]=='-') ){
      int zh, zm;
      if( !digits(s, n, i+1, 2, &zh) ) return -1;
      i += 3;
      if( i<n && s[i]==':' ) i++;
      if( i<n ){ if( !digits(s, n, i, 2, &zm) ) return -1; i += 2; }
    }
    if( i!=n ) return -1;
    a->has_time = 1;
  }
  a->set = 1;
  return 0;
}

/* ---------------------------------------------------------------- ranges */

int nr_timex_range(const char *v, int32_t *first, int32_t *last){
  int y, m, d, k;
  size_t len = strlen(v);
  for(k=0; k<4 && k<(int)len; k++) if( !nr_is_ascii_digit((unsigned char)v[k]) ) break;
  if( k==3 && (len==3) ){
    /* decade 199 */
    y = (v[0]-'0')*100 + (v[1]-'0')*10 + (v[2]-'0');
    *first = nr_days_from_civil(y*10, 1, 1);
    *last = nr_days_from_civil(y*10+9, 12, 31);
    return 1;
  }
  if( k==2 && len==2 ){
    y = (v[0]-'0')*10 + (v[1]-'0');
    *first = nr_days_from_civil(y*100, 1, 1);
    *last = nr_days_from_civil(y*100+99, 12, 31);
    return 1;
  }
  if( k<4 ) return 0;
  y = (v[0]-'0')*1000 + (v[1]-'0')*100 + (v[2]-'0')*10 + (v[3]-'0');
  if( len==4 ){
    *first = nr_days_from_civil(y, 1, 1); *last = nr_days_from_civil(y, 12, 31);
    return 1;
  }
  if( v[4]!='-' ) return 0;
  if( nr_is_ascii_digit((unsigned char)v[5]) && nr_is_ascii_digit((unsigned char)v[6]) ){
    m = (v[5]-'0')*10 + (v[6]-'0');
    if( m<1 || m>12 ) return 0;
    if( len==7 ){
      *first = nr_days_from_civil(y, m, 1);
      *last = nr_days_from_civil(y, m, nr_days_in_month(y, m));
      return 1;
    }
    if( v[7]=='-' && nr_is_ascii_digit((unsigned char)v[8]) && nr_is_ascii_digit((unsigned char)v[9]) ){
      d = (v[8]-'0')*10 + (v[9]-'0');
      if( !nr_valid_date(y, m, d) ) return 0;
      if( len==10 || v[10]=='T' ){
        *first = *last = nr_days_from_civil(y, m, d);
        return 1;
      }
    }
    return 0;
  }
  if( v[5]=='W' && nr_is_ascii_digit((unsigned char)v[6]) && nr_is_ascii_digit((unsigned char)v[7]) ){
    int wn = (v[6]-'0')*10 + (v[7]-'0');
    int32_t mon = nr_iso_week_monday(y, wn);
    if( len==8 ){ *first = mon; *last = mon+6; return 1; }
    if( strcmp(v+8, "-WE")==0 ){ *first = mon+5; *last = mon+6; return 1; }
    return 0;
  }
  if( v[5]=='Q' && v[6]>='1' && v[6]<='4' && len==7 ){
    int q = v[6]-'0';
    *first = nr_days_from_civil(y, 3*q-2, 1);
    *last = nr_days_from_civil(y, 3*q, nr_days_in_month(y, 3*q));
    return 1;
  }
  if( v[5]=='H' && (v[6]=='1' || v[6]=='2') && len==7 ){
    int h = v[6]-'0';
    *first = nr_days_from_civil(y, h==1 ? 1 : 7, 1);
    *last = nr_days_from_civil(y, h==1 ? 6 : 12, h==1 ? 30 : 31);
    return 1;
  }
  if( len==7 ){
    const char *sc = v+5;
    if( strcmp(sc, "SP")==0 ){ *first = nr_days_from_civil(y, 3, 1); *last = nr_days_from_civil(y, 5, 31); return 1; }
    if( strcmp(sc, "SU")==0 ){ *first = nr_days_from_civil(y, 6, 1); *last = nr_days_from_civil(y, 8, 31); return 1; }
    if( strcmp(sc, "FA")==0 ){ *first = nr_days_from_civil(y, 9, 1); *last = nr_days_from_civil(y, 11, 30); return 1; }
    if( strcmp(sc, "WI")==0 ){ *first = nr_days_from_civil(y, 12, 1); *last = nr_days_from_civil(y+1, 2, nr_days_in_month(y+1, 2)); return 1; }
  }
  return 0;
}
