/*
** attrib.c -- who said each quote: tokens, reporting cues, speaker mentions.
**
** The article is tokenised once (words, punctuation, the quotes' marks).
** For each quote the patterns are tried in this order, each in a bounded
** window of tokens:
**
**   1. right after the closing mark:  "…," X said / "…," said X /
**      "…," X, an economist who …, added
**   2. before the opening mark, in the quote's sentence: a name set off by
**      dashes (X -- "…" --), the nearest cue with a subject (X said: "…",
**      X called the talks "businesslike", X said that … were "realistic",
**      X went on about "…", according to X, a bare colon intro)
**   3. a colon intro ending the previous paragraph (X reports:⏎"…")
**   4. later in the sentence (… "…" and more, X said / according to X /
**      "…" was written by X), or a characterisation (X admires Y as a "…")
**   5. the named subject of the sentence just before, when it has no
**      attributed quote (X, who …, blamed the board. "…"); else a floating
**      quote after an attributed one in the same or the previous paragraph
**      takes its speaker (the quote continued after a cue), also a whole
**      clause closing the next sentence after a lead-in with no cue or name
**      (X said. For voters, "it is …")
**
** A subject is found leftwards from the cue over adverbs and auxiliaries
** (Putin has also said, he went on to say), across appositives and relative
** clauses between commas (Okafor, an epidemiologist who …, added), and for a
** participle (…, adding that) it is the subject of the clause it hangs on.
** Quotes with no speaker that look like titles, nicknames or terms
** (so-called "…", Title Case) are dropped: they are not reported speech.
*/
#include "attrib.h"
#include "nr_alloc.h"
#include "utf8.h"
#include "scan.h"
#include "lexicon.h"
#include <string.h>

#include "../lexicon/cues.inc"
#include "../lexicon/speakerwords.inc"
#include "../lexicon/orgs.inc"
#include "../lexicon/phrasewords.inc"
#include "../lexicon/nouncues.inc"
#include "../lexicon/linklists.inc"
static const nr_lex cues_lex = NR_LEX(cues);
static const nr_lex words_lex = NR_LEX(speakerwords);
static const nr_lex orgs_lex = NR_LEX(orgs);
static const nr_lex phrase_lex = NR_LEX(phrasewords);
static const nr_lex nouncues_lex = NR_LEX(nouncues);
static const nr_lex linklists_lex = NR_LEX(linklists);

/* phrasewords.tsv classes */
#define PW_LYNOUN 1
#define PW_GO     2
#define PW_TALK   3
#define PW_USE    4
#define PW_TERM   5
#define PW_BYVERB 6
#define PW_TITLE  7
#define PW_SINCE  8
#define PW_WHEN   9
#define PW_NATION 10
#define PW_SUM    11
#define PW_NOUN   12
#define PW_NUMERAL 13
#define PW_GROUP  14
#define PW_ORGHEAD 15

#define WIN 60          /* tokens searched around a quote */


/* ------------------------------------------------------------ fast look-up */

/* Bytes s[0..n) (1 <= n <= 8) as a little-endian word; with fold, bit 0x20
** set in each: that lower-cases ASCII letters and leaves digits and the ' - .
** a word may hold unchanged, so for an ASCII word it is exactly the folded
** form (the keys and nr_fold's output are folded already: no fold there).
** avail: bytes readable from s (a whole 8-byte load when there are 8). */
static inline uint64_t load_fold(const unsigned char *s, size_t n, size_t avail, int fold){
  uint64_t w = 0, mask = n>=8 ? ~(uint64_t)0 : (((uint64_t)1<<(8*n))-1);
  if( avail>=8 ){
    memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
  }else{
    size_t i;
    for(i=0; i<n; i++) w |= (uint64_t)s[i] << (8*i);
  }
  return (fold ? w | 0x2020202020202020ull : w) & mask;
}

/* Hash of a word of at most NR_QLEX_MAXKEY bytes, avail bytes readable from
** k, folded on the way when fold is set (see load_fold); w[0..2] get its
** 8-byte words (zero beyond the word), so equal words have equal w; *hi the
** high bits of its bytes (non-zero when the word is not ASCII). */
static inline uint32_t fold_hash2(const unsigned char *k, size_t n, size_t avail, int fold,
                                  uint64_t *w, uint64_t *hi){
  uint64_t h = n, o = 0;
  size_t i, j;
  w[0] = w[1] = w[2] = 0;
  for(i=0, j=0; i<n; i+=8, j++){
    w[j] = load_fold(k+i, n-i<8 ? n-i : 8, avail-i, fold);
    o |= w[j];
    h = (h ^ w[j]) * 0x9E3779B97F4A7C15ull;
    h ^= h>>29;
  }
  *hi = o & 0x8080808080808080ull;
  return (uint32_t)h;
}

/* Probe from slot i for a word whose 8-byte words w and hash h are known:
** its entry index, or 0; *free gets the empty slot the probe ended on. */
static unsigned qlex_probe_at(const nr_qlex *x, uint32_t i, uint32_t h, size_t n, const uint64_t *w,
                              uint32_t *free){
  uint32_t v;
  for(; (v = x->slot[i])!=0; i=(i+1) & (NR_QLEX_SLOTS-1)){
    const nr_qent *e;
    if( (v ^ h) & 0xFFFF0000u ) continue;      /* another word's tag */
    e = &x->ent[v & 0xFFFF];
    if( e->h==h && e->klen==n && e->kw[0]==w[0] && e->kw[1]==w[1] && e->kw[2]==w[2] ) return v & 0xFFFF;
  }
  if( free ) *free = i;
  return 0;
}
static inline unsigned qlex_probe(const nr_qlex *x, uint32_t h, size_t n, const uint64_t *w,
                                  uint32_t *free){
  return qlex_probe_at(x, h & (NR_QLEX_SLOTS-1), h, n, w, free);
}

/* The short tables: the two buckets (nr_qlex.k8) of the key or word of at
** most 8 bytes w0, or the two slots (nr_qlex.sw) of a longer one w0, w1. */
static inline void k8_buckets(uint64_t w0, uint32_t *a, uint32_t *b){
  uint64_t h = w0 * 0x9E3779B97F4A7C15ull;
  *a = (uint32_t)(h >> 54);
  *b = (uint32_t)(h >> 40) & (NR_QLEX_K8-1);
}
static inline void short_slots(uint64_t w0, uint64_t w1, uint32_t *a, uint32_t *b){
  uint64_t h = (w0 ^ (w1 * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
  *a = (uint32_t)(h >> 54);
  *b = (uint32_t)(h >> 40) & (NR_QLEX_SHORT-1);
}

/* Put key w0 (at most 8 bytes, entry e) in a free slot of one of its two
** buckets, moving keys in its way to their other bucket (cuckoo hashing).
** 0 when it does not fit. */
static int k8_insert(nr_qlex *x, uint64_t w0, uint16_t e){
  uint32_t a, b, p;
  int kick;
  k8_buckets(w0, &a, &b);
  p = a;
  for(kick=0; kick<256; kick++){
    int j;
    uint64_t t;
    uint16_t te;
    for(j=0; j<2; j++){
      if( x->k8[a][j]==0 ){ x->k8[a][j] = w0; x->i8[a][j] = e; return 1; }
      if( x->k8[b][j]==0 ){ x->k8[b][j] = w0; x->i8[b][j] = e; return 1; }
    }
    /* both full: take the place of one key in p, which goes on to its other */
    j = kick & 1;
    t = x->k8[p][j]; te = x->i8[p][j];
    x->k8[p][j] = w0; x->i8[p][j] = e;
    w0 = t; e = te;
    k8_buckets(w0, &a, &b);
    p = p==a ? b : a;
    a = p; b = p;
  }
  return 0;
}

/* Put key w0, w1 (entry e) in the short table, moving the keys in its way
** to their other slot (cuckoo hashing).  0 when it does not fit. */
static int short_insert(nr_qlex *x, uint64_t w0, uint64_t w1, uint16_t e){
  uint32_t a, b, p;
  int kick;
  short_slots(w0, w1, &a, &b);
  p = x->sw[a][0]==0 || x->sw[b][0]!=0 ? a : b;
  for(kick=0; kick<256; kick++){
    uint64_t t0 = x->sw[p][0], t1 = x->sw[p][1];
    uint16_t te = x->sidx[p];
    x->sw[p][0] = w0; x->sw[p][1] = w1; x->sidx[p] = e;
    if( t0==0 ) return 1;
    w0 = t0; w1 = t1; e = te;           /* the key moved out goes to its other slot */
    short_slots(w0, w1, &a, &b);
    p = p==a ? b : a;
  }
  return 0;
}

/* Words of 1 to 16 bytes as 8-byte words: the bytes kept of the first and
** of the second. */
static const uint64_t short_lo[17] = {
  0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull,
  0xFFFFFFFFFFFFFFull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
};
static const uint64_t short_hi[17] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull,
  0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, ~0ull
};

/* The entry index of the ASCII word s[0..n) of letters and digits, 1 <= n
** <= 16, sixteen bytes readable from s (0: none); x->short_ok must be set.
** The same answer as fold_hash2 and qlex_probe, without a branch on the
** table's contents. */
static inline unsigned qlex_short(const nr_qlex *x, const unsigned char *s, size_t n){
  uint64_t w0, w1;
  uint32_t a, b;
  memcpy(&w0, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
  w0 = __builtin_bswap64(w0);
#endif
  w0 = (w0 | 0x2020202020202020ull) & short_lo[n];
  if( n<=8 ){
    const uint64_t *ka, *kb;
    const uint16_t *ia, *ib;
    k8_buckets(w0, &a, &b);
    ka = x->k8[a]; kb = x->k8[b]; ia = x->i8[a]; ib = x->i8[b];
    /* one key at most is the word (found twice when a==b) */
    return (ia[0]*(unsigned)(ka[0]==w0)) | (ia[1]*(unsigned)(ka[1]==w0)) |
           (ib[0]*(unsigned)(kb[0]==w0)) | (ib[1]*(unsigned)(kb[1]==w0));
  }
  memcpy(&w1, s+8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
  w1 = __builtin_bswap64(w1);
#endif
  w1 = (w1 | 0x2020202020202020ull) & short_hi[n];
  short_slots(w0, w1, &a, &b);
  return (x->sidx[a]*(unsigned)((x->sw[a][0]==w0) & (x->sw[a][1]==w1))) |
         (x->sidx[b]*(unsigned)((x->sw[b][0]==w0) & (x->sw[b][1]==w1)));
}

/* The entry of folded key k[0..n), made when absent (NULL when full). */
static nr_qent *qlex_slot(nr_qlex *x, const char *k, size_t n){
  uint64_t w[3], hi;
  uint32_t h = fold_hash2((const unsigned char *)k, n, n, 0, w, &hi), i = 0;
  unsigned found = qlex_probe(x, h, n, w, &i);
  nr_qent *e;
  if( found ) return &x->ent[found];
  if( x->nent>=sizeof(x->ent)/sizeof(x->ent[0]) ){ x->dropped++; return 0; }
  e = &x->ent[x->nent];
  memset(e, 0, sizeof(*e));
  e->klen = (uint8_t)n; e->h = h;
  memcpy(e->kw, w, sizeof(w));
  x->slot[i] = x->nent++ | (h & 0xFFFF0000u);
  return e;
}


static void qlex_init(nr_qlex *x){
  size_t i;
  if( x->ready ) return;
  memset(x->slot, 0, sizeof(x->slot));
  memset(&x->ent[0], 0, sizeof(x->ent[0]));
  x->nent = 1;
  x->dropped = 0;
  for(i=0; i<words_lex.n; i++){
    const nr_lexent *l = &words_lex.a[i];
    const char *v = l->val;
    nr_qent *e;
    if( l->klen>NR_QLEX_MAXKEY || !(e = qlex_slot(x, l->key, l->klen)) ) continue;
    e->wnum = (uint8_t)l->num;
    e->wcls = v[0]=='p' ? (v[1]=='r' ? W_PRON : W_PART) : v[0]=='d' ? W_DET :
              v[0]=='a' ? (v[1]=='u' ? W_AUX : W_ADJ) : v[0]=='b' ? W_BE : v[0]=='r' ? W_ROLE :
              v[0]=='h' ? W_HON : v[0]=='s' ? W_STOP : W_NONE;
  }
  for(i=0; i<cues_lex.n; i++){
    const nr_lexent *l = &cues_lex.a[i];
    const char *v = l->val;
    nr_qent *e;
    if( l->klen>NR_QLEX_MAXKEY || !(e = qlex_slot(x, l->key, l->klen)) ) continue;
    e->cue = v[0]=='s' || v[0]=='m' ? C_SAY : v[0]=='c' ? C_CALL : v[0]=='i' ? C_ING : C_ACCORD;
    e->manner = (uint8_t)(v[0]=='m' || (v[0]=='i' && v[3]=='m'));   /* manner, ingm */
    e->inv = (uint8_t)(l->num==1 || l->num==2 ? l->num : 0);   /* 2: after a quotation only */
  }
  for(i=0; i<orgs_lex.n; i++){
    const nr_lexent *l = &orgs_lex.a[i];
    nr_qent *e;
    if( l->klen>NR_QLEX_MAXKEY || !(e = qlex_slot(x, l->key, l->klen)) ) continue;
    e->org = l->val[0]=='m' ? W_MEDIA : l->val[0]!='p' ? W_ORG : l->val[5]=='p' ? W_PLACEPART : W_PLACE;
    e->firm = (uint8_t)(l->val[0]=='f');
  }
  for(i=0; i<phrase_lex.n; i++){
    static const char *const cls[] = { "", "lynoun", "go", "talk", "use", "term", "byverb", "title", "since", "when", "nation", "sum", "noun", "numeral", "group", "orghead" };
    const nr_lexent *l = &phrase_lex.a[i];
    nr_qent *e;
    size_t k;
    if( l->klen>NR_QLEX_MAXKEY || !(e = qlex_slot(x, l->key, l->klen)) ) continue;
    for(k=1; k<sizeof(cls)/sizeof(cls[0]) && strcmp(l->val, cls[k])!=0; k++){}
    if( k<sizeof(cls)/sizeof(cls[0]) ){ e->pw = (uint8_t)k; e->pwnum = (uint8_t)l->num; }
  }
  for(i=0; i<nouncues_lex.n; i++){
    /* nouncues.tsv: cues only before their particle (nr_qent.nv) */
    const nr_lexent *l = &nouncues_lex.a[i];
    nr_qent *e;
    if( l->klen>NR_QLEX_MAXKEY || !(e = qlex_slot(x, l->key, l->klen)) ) continue;
    e->nv = (uint8_t)(strcmp(l->val, "it")==0 ? 1 : strcmp(l->val, "out")==0 ? 2 : 3);
  }
  for(i=1; i<x->nent; i++) x->ent[i].cand = (uint8_t)((x->ent[i].cue | x->ent[i].nv)!=0);
  memset(x->k8, 0, sizeof(x->k8));
  memset(x->i8, 0, sizeof(x->i8));
  memset(x->sw, 0, sizeof(x->sw));
  memset(x->sidx, 0, sizeof(x->sidx));
  x->short_ok = 1;
  for(i=1; i<x->nent && x->short_ok; i++){
    const nr_qent *e = &x->ent[i];
    if( e->klen<=8 ) x->short_ok = k8_insert(x, e->kw[0], (uint16_t)i);
    else if( e->klen<=16 ) x->short_ok = short_insert(x, e->kw[0], e->kw[1], (uint16_t)i);
  }
  x->ready = 1;
}

/* Entry index of the word s[0..n) (folded as the keys are), 0 when it is
** in none of the lexicons. */
static unsigned qlex_find(const nr_qlex *x, const unsigned char *s, size_t n, size_t avail){
  char buf[NR_QLEX_MAXKEY+8];
  uint64_t w[3], hi;
  uint32_t h;
  size_t j;
  if( n==0 || n>NR_QLEX_MAXKEY*2 ) return 0;
  if( n<=NR_QLEX_MAXKEY ){
    h = fold_hash2(s, n, avail, 1, w, &hi);
    if( !hi ) return qlex_probe(x, h, n, w, 0);
  }
  for(j=0; j<n && s[j]<0x80; j++){}
  if( j==n ) return 0;                 /* ASCII and too long */
  n = nr_fold(s, n, buf, sizeof(buf));
  if( n==(size_t)-1 || n>NR_QLEX_MAXKEY ) return 0;
  h = fold_hash2((const unsigned char *)buf, n, n, 0, w, &hi);
  return qlex_probe(x, h, n, w, 0);
}

static const nr_qent *qent(const nr_ctx *c, unsigned lex){
  return lex ? &c->d->lx.ent[lex] : 0;
}

/* The phrasewords entry of word token k when its class is pw, else NULL. */
static const nr_qent *pw_word(const nr_ctx *c, long k, int pw){
  const nr_tok *t = &c->t[k];
  const nr_qent *e = t->type==T_WORD ? qent(c, t->lex) : 0;
  return e && e->pw==pw ? e : 0;
}
#define PW_IS(c, k, pw) (pw_word((c), (k), (pw))!=0)

/* ------------------------------------------------------------ tokens */

/* Room for need tokens in c->t, and as many entries in the two indexes
** built with them (nr_ctx capi, cuei). */
static int tok_room(nr_ctx *c, size_t need){
  if( NR_RESERVE(c->t, c->capt, need) ) return NR_NOMEM;
  if( c->capt>c->cap_idx ){
    int32_t *a = nr_realloc(c->capi, c->capt*sizeof(int32_t));
    if( !a ) return NR_NOMEM;
    c->capi = a;
    a = nr_realloc(c->cuei, c->capt*sizeof(int32_t));
    if( !a ) return NR_NOMEM;
    c->cuei = a;
    c->cap_idx = c->capt;
  }
  return NR_OK;
}

/* Set token *t as tokenisation leaves it: classes from the lexicon entry
** lex (0: none; the speakerwords class only for words of at most 16
** bytes), the rest unknown until looked up. */
static inline void make_tok(nr_tok *t, const nr_qlex *lx, size_t s, size_t e, int type, int32_t q,
                            int cap, int upper, unsigned lex, int32_t sent){
  const nr_qent *x = &lx->ent[e-s<=16 ? lex : 0];
  t->s = (uint32_t)s; t->e = (uint32_t)e; t->q = q; t->sent = sent;
  t->type = (uint8_t)type; t->cap = (uint8_t)cap; t->upper = (uint8_t)upper;
  t->cls = x->wcls; t->num = x->wnum; t->cue = 0xFF; t->inv = 0; t->org = 0xFF;
  t->used = 0; t->spk = 0; t->lex = (uint16_t)lex;
  t->ent = -1; t->nend = 0;
}

/* Is a token with these fields a possible cue (c->cuei): a lower-case
** word outside quotes that the lexicon makes a cue or a noun-cue? */
static inline unsigned cue_cand(const nr_qlex *lx, int type, int cap, int32_t q, unsigned lex){
  return (unsigned)((type==T_WORD) & !cap & (q<0)) & lx->ent[lex].cand;
}

/* Append a token to c->t (room made by the caller) and index it. */
static inline void put_tok(nr_ctx *c, size_t s, size_t e, int type, int32_t q,
                           int cap, int upper, unsigned lex){
  size_t i = c->nt++;
  make_tok(&c->t[i], &c->d->lx, s, e, type, q, cap, upper, lex, 0);
  c->capi[c->ncap] = (int32_t)i;
  c->ncap += (size_t)cap;
  c->cuei[c->ncue] = (int32_t)i;
  c->ncue += cue_cand(&c->d->lx, type, cap, q, lex);
}

static int push_tok(nr_ctx *c, size_t s, size_t e, int type, int32_t q){
  if( c->nt>=c->capt && tok_room(c, c->nt+1) ) return NR_NOMEM;
  put_tok(c, s, e, type, q, 0, 0, 0);
  return NR_OK;
}

/* Byte classes for the word scanner: 1 a-z, 2 A-Z, 4 0-9, 8 a byte that
** needs word_end's rules (' - . and every non-ASCII byte), 16 ASCII space,
** tab, CR, LF. */
#define WT_LOW 1
#define WT_UP 2
#define WT_DIG 4
#define WT_SLOW 8
#define WT_SPACE 16
static const uint8_t wtab[256] = {
  0,0,0,0,0,0,0,0,0,16,16,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  16,0,0,0,0,0,0,8,0,0,0,0,0,8,8,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,0,0,
  0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,
  0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,
  8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
  8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
  8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
  8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
};

static int is_word_cp(int32_t cp){ return nr_is_alpha(cp) || nr_is_digit(cp); }

/* End of the word that starts at i (limit lim). */
static size_t word_end(const unsigned char *s, size_t lim, size_t i){
  size_t seg = i, a = i;
  while( i<lim ){
    int32_t cp, nx;
    size_t len;
    if( s[i]<0x80 ){
      unsigned b = s[i];
      if( nr_is_ascii_alpha(b) || nr_is_ascii_digit(b) ){ i++; continue; }
      if( (b=='\'' || b=='-' || b=='.') && i+1<lim ){
        size_t l2 = nr_utf8_decode(s, lim, i+1, &nx);
        (void)l2;
        if( b=='.' ){
          if( i-seg==1 && nr_is_alpha(nx) && i+2<lim && (s[i+2]=='.' || i-a>=2) ){ i++; seg = i; continue; }
          break;
        }
        if( nr_is_alpha(nx) || (b=='-' && nr_is_digit(nx)) ){ i++; continue; }
      }
      break;
    }
    len = nr_utf8_decode(s, lim, i, &cp);
    if( is_word_cp(cp) ){ i += len; continue; }
    if( cp==0x2019 && i+len<lim ){
      nr_utf8_decode(s, lim, i+len, &nx);
      if( nr_is_alpha(nx) ){ i += len; continue; }
    }
    if( (cp==0x2010 || cp==0x2011) && i+len<lim ){ i += len; continue; }
    break;
  }
  return i;
}

static int split_tail_class(nr_ctx *c, size_t a, size_t b){
  const nr_qent *x = qent(c, qlex_find(&c->d->lx, c->s+a, b-a, c->n-a));
  if( !x ) return 0;
  return x->wcls==W_PRON || x->wcls==W_DET || x->wcls==W_STOP;
}

/* The clitics a pronoun may carry, and the words they stand for. */
static const char *const clitic[][2] = {
  {"s", "is"}, {"re", "are"}, {"m", "am"}, {"ll", "will"}, {"ve", "have"}, {"d", "would"}
};

/* Where the clitic of s[a..b) starts when the word is a pronoun with one
** (He's, I'm, they're, we've, she'll, I'd; ' or ’), else 0; *which is the
** clitic's row of clitic[]. */
static size_t pron_clitic(nr_ctx *c, size_t a, size_t b, size_t *which){
  const size_t ncl = sizeof(clitic)/sizeof(clitic[0]);
  const unsigned char *s = c->s;
  size_t p, k, alen;
  const nr_qent *x;
  for(p=a+1; p<b && s[p]!='\'' && !(s[p]==0xE2 && p+2<b && s[p+1]==0x80 && s[p+2]==0x99); p++){}
  if( p>=b || p-a>4 ) return 0;
  alen = s[p]=='\'' ? 1 : 3;
  for(k=0; k<ncl; k++){
    size_t L = strlen(clitic[k][0]), i;
    if( b-(p+alen)!=L ) continue;
    for(i=0; i<L && (s[p+alen+i]|0x20)==clitic[k][0][i]; i++){}
    if( i==L ) break;
  }
  if( k==ncl ) return 0;
  x = qent(c, qlex_find(&c->d->lx, s+a, p-a, c->n-a));
  *which = k;
  return x && x->wcls==W_PRON ? p : 0;
}

/* Does the word s[a..b) end in a hyphen and a participle that makes it
** qualify a name (California-based, Oxford-born, Saudi-led, state-owned)? */
static int based_tail(const unsigned char *s, size_t a, size_t b){
  static const struct { const char *w; size_t n; } tail[] = {
    {"based", 5}, {"born", 4}, {"backed", 6}, {"owned", 5}, {"led", 3}, {"listed", 6},
    {"headquartered", 13}, {"registered", 10}, {"run", 3} };
  size_t w;
  for(w=0; w<sizeof(tail)/sizeof(tail[0]); w++){
    size_t i, n = tail[w].n, h = b-n;
    if( b-a<n+2 || s[h-1]!='-' ) continue;
    for(i=0; i<n && nr_ascii_lower(s[h+i])==(unsigned char)tail[w].w[i]; i++){}
    if( i==n ) return 1;
  }
  return 0;
}

/* Is word k such a qualifier: a capitalised one is a qualifier (W_ADJ)
** from tokenisation on (push_word) */
int nr_tok_based(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  return t->type==T_WORD && t->cls==W_ADJ && t->e-t->s>=5 && based_tail(c->s, t->s, t->e);
}

/* Push the word s[a..b); rest: the WT_* classes of its bytes after the first
** (0xFF when unknown).  The words it is split into but the last keep
** sentence 0 (tokenize() sets the last one's). */
static int push_word(nr_ctx *c, size_t a, size_t b, int32_t q, unsigned rest){
  const unsigned char *s = c->s;
  size_t p;
  int32_t cp;
  int cap, up = 0;
  /* run-on copy: "MacronHe told" -> Macron | He */
  if( rest & WT_UP ){
    for(p=a+2; p+1<b; p++){
      if( s[p]>='A' && s[p]<='Z' && s[p-1]>='a' && s[p-1]<='z' && split_tail_class(c, p, b) ){
        if( push_word(c, a, p, q, 0xFF) ) return NR_NOMEM;
        return push_word(c, p, b, q, 0xFF);
      }
    }
  }
  /* a pronoun with a clitic: He's, I'm, they’re, we'll -> He | 's */
  if( rest==0xFF && b-a>=3 ){
    size_t which = 0, ap = pron_clitic(c, a, b, &which);
    if( ap ){
      /* the clitic reads as the word it stands for ('s: is, 're: are) */
      const char *f = clitic[which][1];
      unsigned lex;
      if( push_word(c, a, ap, q, 0xFF) ) return NR_NOMEM;
      if( c->nt>=c->capt && tok_room(c, c->nt+1) ) return NR_NOMEM;
      lex = qlex_find(&c->d->lx, (const unsigned char *)f, strlen(f), strlen(f));
      put_tok(c, ap, b, T_WORD, q, 0, 0, lex);
      return NR_OK;
    }
  }
  if( c->nt>=c->capt && tok_room(c, c->nt+1) ) return NR_NOMEM;
  if( s[a]<0x80 ) cap = (unsigned)s[a]-'A'<26u;
  else { nr_utf8_decode(s, b, a, &cp); cap = nr_is_upper(cp); }
  if( cap && b-a>=2 ){
    up = !(rest & WT_LOW);
    if( rest==0xFF ){
      size_t i;
      for(i=a, up=1; i<b; i++){ if( s[i]>='a' && s[i]<='z' ){ up = 0; break; } }
    }
  }
  put_tok(c, a, b, T_WORD, q, cap, up, b-a<=NR_QLEX_MAXKEY*2 ? qlex_find(&c->d->lx, s+a, b-a, c->n-a) : 0);
  /* California-based, State-owned: a qualifier, as "former" is */
  if( cap && c->t[c->nt-1].cls==W_NONE && b-a>=5 && memchr(s+a+1, '-', b-a-1) && based_tail(s, a, b) ) c->t[c->nt-1].cls = W_ADJ;
  return NR_OK;
}

/*
** Tokenise the text: words, punctuation, and the quotes' marks (a token
** each), every token with its sentence, c->capi and c->cuei with them.
**
** The loop steps from token to token on the classes of 64 bytes at a time
** (nr_blk64: letters and digits, capitals, lower case, spaces).  The common
** word -- ASCII letters and digits, no capital after the first letter, at
** most NR_QLEX_MAXKEY bytes, not followed by a byte that word_end() reads
** on -- and punctuation are made here, with the token buffer, the indexes
** and the cursors in locals (a store to a token's byte fields would
** otherwise make the compiler read them all again from memory); every
** other word goes to push_word(), which makes the same token for a common
** one.
*/
static int tokenize(nr_ctx *c){
  const unsigned char *s = c->s;
  const size_t n = c->n;
  const nr_qspan *sp = c->spans.a;
  const size_t nsp = c->spans.n;
  const nr_doc *doc = &c->d->doc;
  const size_t ns = doc->n_sent;
  const nr_qlex *lx = &c->d->lx;
  size_t i = 0, k = 0, si = 0, lim, next_s;
  int32_t q = -1;              /* the quote being read, -1 outside */
  nr_blk64 m;                  /* the classes of s[mb..mb+64) */
  size_t mb = (size_t)-64;     /* no block yet */
  nr_tok *T;
  int32_t *capw, *cuew;        /* where the next index entries go */
  size_t nt, capt;
  /* one allocation for the usual case (a token per five to eight bytes) */
  c->nt = c->ncap = c->ncue = 0;
  if( tok_room(c, n/8+16) ) return NR_NOMEM;
  if( ns>0 ){
    if( NR_RESERVE(c->sent_a, c->cap_sent, ns+1) ) return NR_NOMEM;
    c->sent_a[0] = 0;
  }
  if( nsp>0 ){
    size_t j;
    if( NR_RESERVE(c->mark_tok, c->cap_mark, 2*nsp) ) return NR_NOMEM;
    for(j=0; j<2*nsp; j++) c->mark_tok[j] = -1;
  }
  memset(&m, 0, sizeof(m));
#define TOK_SAVE() (c->nt = nt, c->ncap = (size_t)(capw-c->capi), c->ncue = (size_t)(cuew-c->cuei))
#define TOK_LOAD() (T = c->t, nt = c->nt, capt = c->capt, capw = c->capi+c->ncap, cuew = c->cuei+c->ncue)
/* si: the sentence of token j, which starts at byte at (tokens come in
** text order) */
#define TOK_SENT(j, at) do{ \
    if( (at)>=next_s ){ \
      while( si+1<ns && doc->sent[si+1].start<=(at) ){ si++; c->sent_a[si] = (long)(j); } \
      next_s = si+1<ns ? doc->sent[si+1].start : (size_t)-1; \
    } \
  }while(0)
  TOK_LOAD();
  /* lim: where the next mark token (or the end) is; next_s: where the next
  ** sentence starts */
  lim = nsp>0 ? sp[0].open : n;
  next_s = ns>1 ? doc->sent[1].start : (size_t)-1;
  for(;;){
    size_t off, run, e;
    uint64_t x;
    unsigned rest;
    if( i>=lim ){
      TOK_SAVE();
      if( q<0 && k<nsp ){
        if( push_tok(c, sp[k].open, sp[k].start, T_OPEN, (int32_t)k) ) return NR_NOMEM;
        c->mark_tok[2*k] = (long)c->nt-1;
        i = sp[k].start; q = (int32_t)k; lim = sp[k].end;
      }else if( q>=0 ){
        if( push_tok(c, sp[k].end, sp[k].close, T_CLOSE, (int32_t)k) ) return NR_NOMEM;
        c->mark_tok[2*k+1] = (long)c->nt-1;
        i = sp[k].close; q = -1; k++; lim = k<nsp ? sp[k].open : n;
      }else break;
      goto pushed;
    }
    off = i-mb;
    if( off>=64 ){
      if( n-i>=64 ) nr_blk64_load(&m, s+i);
      else nr_blk64_load_tail(&m, s+i, n-i);
      mb = i; off = 0;
    }
    x = m.space >> off;
    if( x & 1 ){
      /* a run of spaces (to the block's end at most) */
      x = ~x;
      i += x ? (size_t)__builtin_ctzll(x) : 64;
      if( i>lim ) i = lim;
      continue;
    }
    x = m.alnum >> off;
    if( x & 1 ){
      uint64_t r;
      x = ~x;
      run = x ? (size_t)__builtin_ctzll(x) : 64;
      if( off+run>=64 && off>0 ){ mb = i-64; continue; }   /* it may go on: classify from i */
      e = i+run;
      r = ((uint64_t)2<<(run-1))-2;      /* the word's bytes after the first */
      if( e<=lim && run<=NR_QLEX_MAXKEY && !((m.upper >> off) & r) &&
          (e==lim || !(wtab[s[e]] & WT_SLOW) || (s[e]=='.' && run>=2)) ){
        /* a common word (a full stop after two letters or more does not
        ** go on with it: see word_end) */
        unsigned lex, cap;
        if( run<=16 && n-i>=16 && lx->short_ok ) lex = qlex_short(lx, s+i, run);
        else{
          uint64_t w[3], hi;
          uint32_t h = fold_hash2(s+i, run, n-i, 1, w, &hi);
          lex = qlex_probe(lx, h, run, w, 0);
        }
        if( nt>=capt ){
          TOK_SAVE();
          if( tok_room(c, nt+1) ) return NR_NOMEM;
          TOK_LOAD();
        }
        cap = (unsigned)(m.upper >> off) & 1;
        TOK_SENT(nt, i);
        make_tok(&T[nt], lx, i, e, T_WORD, q, (int)cap, (int)(cap & (run>=2) & (((m.lower >> off) & r)==0)), lex, (int32_t)si);
        /* no ' or ’ in it: nr_tok_orgclass's answer is the entry's */
        T[nt].org = lx->ent[run<=16 ? lex : 0].org;
        *capw = (int32_t)nt;
        capw += cap;
        *cuew = (int32_t)nt;
        cuew += cue_cand(lx, T_WORD, (int)cap, q, lex);
        nt++;
        i = e + ((m.space >> (off+run)) & 1);    /* and the space after it */
        continue;
      }
      /* any other word */
      TOK_SAVE();
      e = nr_scan_alnum(s, i+1, lim, n, &rest);
      if( e<lim && (wtab[s[e]] & WT_SLOW) ){ e = word_end(s, lim, i); rest = 0xFF; }
      goto word;
    }
    if( s[i]<0x80 ){
      /* punctuation: a token of one byte */
      if( nt>=capt ){
        TOK_SAVE();
        if( tok_room(c, nt+1) ) return NR_NOMEM;
        TOK_LOAD();
      }
      TOK_SENT(nt, i);
      make_tok(&T[nt], lx, i, i+1, T_PUNCT, q, 0, 0, 0, (int32_t)si);
      nt++;
      i += 1 + ((m.space >> off >> 1) & 1);    /* and the space after it */
      continue;
    }
    TOK_SAVE();
    {
      int32_t cp;
      size_t len = nr_utf8_decode(s, n, i, &cp);
      if( nr_is_space(cp) ){ i += len; continue; }
      if( !is_word_cp(cp) ){
        if( push_tok(c, i, i+len, T_PUNCT, q) ) return NR_NOMEM;
        i += len;
        goto pushed;
      }
      e = word_end(s, lim, i);
      if( e<=i ) e = i+len;
      rest = 0xFF;
    }
  word:
    {
      size_t nt0 = c->nt, j;
      if( push_word(c, i, e, q, rest) ) return NR_NOMEM;
      i = e;
      /* the sentence of the pieces of a split word (run-on copy, clitic):
      ** the sentence the word starts in */
      TOK_LOAD();
      TOK_SENT(nt0, (size_t)T[nt0].s);
      for(j=nt0; j<nt; j++) T[j].sent = (int32_t)si;
      continue;
    }
  pushed:
    /* the sentence of the token just pushed */
    TOK_LOAD();
    TOK_SENT(nt-1, (size_t)T[nt-1].s);
    T[nt-1].sent = (int32_t)si;
  }
#undef TOK_SAVE
#undef TOK_LOAD
#undef TOK_SENT
  if( ns>0 ){
    size_t j;
    /* sentences that got no tokens start where the next one does */
    for(j=si+1; j<=ns; j++) c->sent_a[j] = (long)c->nt;
  }
  return NR_OK;
}

/* ------------------------------------------------------------ classes */

int nr_tok_orgclass(nr_ctx *c, long i){
  nr_tok *t = &c->t[i];
  if( t->org==0xFF ){
    const nr_qent *x = 0;
    size_t a = t->s, b = t->e;
    t->org = W_NONE;
    if( t->type==T_WORD ){
      /* possessive: the ministry's */
      if( b-a>2 && c->s[b-2]=='\'' && (c->s[b-1]=='s' || c->s[b-1]=='S') ) b -= 2;
      else if( b-a>4 && c->s[b-4]==0xE2 && c->s[b-3]==0x80 && c->s[b-2]==0x99 && c->s[b-1]=='s' ) b -= 4;
      if( b-a<=16 ) x = qent(c, b==t->e ? t->lex : qlex_find(&c->d->lx, c->s+a, b-a, c->n-a));
    }
    if( x && x->org ) t->org = x->org;
  }
  return t->org;
}

int nr_tok_cue(nr_ctx *c, long i){
  nr_tok *t = &c->t[i];
  if( t->cue==0xFF ){
    const nr_qent *e = qent(c, t->lex), *x = 0;
    t->cue = C_NONE;
    if( !e || t->type!=T_WORD || t->q>=0 ) return C_NONE;
    if( e->cue && t->e-t->s<=14 && t->e-t->s>=3 && !(t->cap && e->cue!=C_ACCORD) ) x = e;
    if( !x && e->nv && !t->cap && (size_t)i+1<c->nt ){
      long nx = i+1;
      if( e->nv==1 ? nr_tok_is(c, nx, "it") : e->nv==2 ? nr_tok_is(c, nx, "out") : nr_tok_is(c, nx, "that") ) t->cue = C_SAY;
    }
    if( x && i>0 && x->cue!=C_ACCORD && c->t[i-1].type==T_WORD && nr_tok_class(c, i-1)==W_DET &&
        !nr_tok_is(c, i-1, "one") && !nr_tok_is(c, i-1, "another") ){
      x = 0;   /* "her opening remarks", "the claims": a noun, not a verb */
    }
    if( x ){
      t->cue = x->cue;
      t->inv = x->inv;
      if( t->cue==C_ACCORD ){
        if( !((size_t)i+1<c->nt && nr_tok_is(c, i+1, "to")) ) t->cue = C_NONE;
      }
    }
  }
  return t->cue;
}

static int is_dash_tok(nr_ctx *c, long i){
  int32_t cp;
  const nr_tok *t = &c->t[i];
  if( t->type!=T_PUNCT ) return 0;
  nr_utf8_decode(c->s, c->n, t->s, &cp);
  return nr_is_dash(cp);
}

/* ------------------------------------------------------------ noun phrases */

static int is_possessive(nr_ctx *c, long j){
  const nr_tok *t = &c->t[j];
  size_t b = t->e;
  if( b==0 || c->s[b-1]!='s' ) return 0;      /* each form below ends in s */
  /* Sanders' : the apostrophe is a token of its own after the word */
  if( j+1<(long)c->nt && c->t[j+1].s==b && c->s[b-1]=='s' &&
      (nr_punct_is(c, j+1, '\'') || (c->t[j+1].e-c->t[j+1].s==3 && c->s[b]==0xE2 && c->s[b+2]==0x99)) ) return 1;
  if( b-t->s>2 && c->s[b-2]=='\'' && c->s[b-1]=='s' ) return 1;
  if( b-t->s>4 && c->s[b-4]==0xE2 && c->s[b-3]==0x80 && c->s[b-2]==0x99 && c->s[b-1]=='s' ) return 1;
  return 0;
}



static int single_cap_letter(nr_ctx *c, long i){
  const nr_tok *t = &c->t[i];
  return t->type==T_WORD && t->e==t->s+1 && t->cap;
}

static int is_rel(nr_ctx *c, long k);

/* A capitalised reporting verb that may come before its speaker: "Said
** Renk, …" (capitalised words are no cues elsewhere). */
static inline int cap_inverted_cue(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  const nr_qent *e;
  if( t->type!=T_WORD || !t->cap || t->upper || !t->lex ) return 0;
  e = qent(c, t->lex);
  return e && e->cue==C_SAY && e->inv==1 && !e->manner;
}


/* A capitalised auxiliary opening a name ("said Will Doyle, a professor",
** "Will Estrada said"): capitalised plain words follow it, and after them a
** comma, a full stop or a reporting verb, not a verb of a question ("Will
** Congress act?"). */
static int aux_first_name(nr_ctx *c, long j, long lim){
  long h;
  if( c->t[j].upper || c->t[j].num!=1 ) return 0;
  for(h=j+1; h<lim && h-j<=3 && c->t[h].type==T_WORD && c->t[h].cap && !c->t[h].upper &&
      nr_tok_class(c, h)==W_NONE && nr_tok_cue(c, h)==C_NONE; h++){}
  if( h==j+1 || h>=(long)c->nt ) return 0;
  if( c->t[h].type==T_WORD ) return !c->t[h].cap && nr_tok_cue(c, h)==C_SAY;
  return nr_punct_is(c, h, ',') || nr_punct_is(c, h, '.');
}

/* a lower-case plural noun by its ending: fans, officials, protesters */
static int plural_word(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  size_t n = t->e-t->s;
  if( t->type!=T_WORD || t->cap || n<4 ) return 0;
  return c->s[t->e-1]=='s' && c->s[t->e-2]!='s' && c->s[t->e-2]!='\'' && c->s[t->e-2]!='u' && c->s[t->e-2]!='i';
}

/* the plural at j ends a group phrase from i: a reporting verb follows and
** the phrase is no list's last item ("BMW, Mini and Rolls-Royce vehicles") */
static int group_verb(nr_ctx *c, long j){
  long v = j+1;
  if( v<(long)c->nt && c->t[v].type==T_WORD && !c->t[v].cap && nr_tok_cue(c, v)==C_NONE &&
      (nr_tok_is(c, v, "also") || (c->t[v].e-c->t[v].s>4 && c->s[c->t[v].e-2]=='l' && c->s[c->t[v].e-1]=='y')) ) v++;
  return v<(long)c->nt && c->t[v].type==T_WORD && nr_tok_cue(c, v)==C_SAY;
}
static int group_head(nr_ctx *c, long i, long j){
  if( !group_verb(c, j) ) return 0;
  /* the group opens its clause: not "BMW and Mini vehicles", "25 percent
  ** of likely Harbour voters" */
  if( i>0 && c->t[i-1].type==T_WORD && !nr_tok_is(c, i-1, "but") && !nr_tok_is(c, i-1, "while") ) return 0;
  return 1;
}

int nr_tok_finite_verb(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  int cls;
  if( t->type!=T_WORD || t->cap ) return 0;
  cls = nr_tok_class(c, k);
  return cls==W_AUX || cls==W_BE || (nr_tok_cue(c, k)==C_SAY && t->inv);
}

/* Is word k a firm's own name (orgs.tsv firm: Boeing, Facebook), which is
** no head word of a longer name? */
int nr_tok_firm(nr_ctx *c, long k){
  const nr_qent *e = c->t[k].type==T_WORD ? qent(c, c->t[k].lex) : 0;
  return e && e->firm;
}

/* Is the month at token j (April, June, August: speakerwords.tsv stop 2) a
** given name: right after a reporting verb that its speaker may follow, or
** right after a quotation (with its comma), and before a capitalised word
** that is no lexicon word ("…," said April Kabahar / "…," April Kabahar said)? */
static int month_name_at(nr_ctx *c, long j, long lim){
  long p = j-1;
  if( j+1>=lim || c->t[j+1].type!=T_WORD || !c->t[j+1].cap || nr_tok_class(c, j+1)!=W_NONE || p<0 ) return 0;
  if( c->t[p].type==T_WORD ) return nr_tok_cue(c, p)==C_SAY && c->t[p].inv;
  if( nr_punct_is(c, p, ',') && p>0 ) p--;
  return c->t[p].type==T_CLOSE;
}

/* Is word j joined by an ampersand, with no space, to a capitalised word
** after it: the AT of AT&T, which is no preposition? */
static int amp_joined(nr_ctx *c, long j, long lim){
  return j+2<lim && c->t[j+1].type==T_PUNCT && c->s[c->t[j+1].s]=='&' && c->t[j+1].s==c->t[j].e &&
         c->t[j+2].type==T_WORD && c->t[j+2].cap && c->t[j+2].s==c->t[j+1].e;
}

int nr_tok_dotted_abbr(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  size_t i, n = t->e-t->s;
  if( t->type!=T_WORD || n<3 || n>7 ) return 0;
  for(i=0; i<n; i++){
    unsigned ch = c->s[t->s+i];
    if( i%2==0 ? !(ch>='A' && ch<='Z') : ch!='.' ) return 0;
  }
  return n%2==1;
}

/* Is there a role or an organisation's head among the few words from k
** (U.S. Trade Representative X, U.S. Supreme Court, E.F. Hutton Group
** analyst X; not "U.S. Interest rates")? */
static int role_or_org_ahead(nr_ctx *c, long k, long lim){
  long j;
  for(j=k; j<lim && j<k+4 && c->t[j].type==T_WORD; j++){
    int oc;
    if( nr_tok_class(c, j)==W_ROLE ) return 1;
    oc = nr_tok_orgclass(c, j);
    if( oc==W_ORG || oc==W_MEDIA ) return 1;
  }
  return 0;
}

/* A lower-case word in the past tense by its ending (adjourned, voted; not
** bed, speed): after a name it is the verb, not a noun of the phrase ("the
** Harbour Authority adjourned", not "the New York businessman"). */
static int past_verb(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  const unsigned char *e = c->s+t->e;
  return t->e-t->s>=5 && e[-2]=='e' && e[-1]=='d' && e[-3]!='e';
}

static int ly_adverb(nr_ctx *c, long k);

/* Is capitalised word n one that may follow the "of" of an organisation's
** name: no lexicon word, or a role or qualifier (the Department of Justice,
** of the Interior)? */
static int of_name_word(nr_ctx *c, long n){
  int cls;
  if( c->t[n].type!=T_WORD || !c->t[n].cap ) return 0;
  cls = nr_tok_class(c, n);
  return cls==W_NONE || cls==W_ROLE || cls==W_ADJ;    /* Justice, Interior */
}
/* Is token j the "of" (or "for", "on") of an organisation's name: a
** capitalised head from orgs.tsv before it, a capitalised word after it or
** after "the" (the Bank of Japan, the Ministry of Finance, the Department of
** the Interior, the Institute for Supply Management, the Council on Foreign
** Relations)?
** Returns the token after "of" (and "the"), else 0. */
static long org_of(nr_ctx *c, long j, long lim){
  long n = j+1;
  const nr_tok *h;
  if( j<1 || n>=lim || !(nr_tok_is(c, j, "of") || nr_tok_is(c, j, "for") || nr_tok_is(c, j, "on")) ||
      c->t[j-1].type!=T_WORD || !c->t[j-1].cap || nr_tok_orgclass(c, j-1)!=W_ORG || nr_tok_firm(c, j-1) ) return 0;
  /* a plural is a group, not a name: Americans of Cuban descent (but
  ** Congress of Racial Equality) */
  h = &c->t[j-1];
  if( h->e-h->s>=3 && (c->s[h->e-1]|0x20)=='s' && (c->s[h->e-2]|0x20)!='s' ) return 0;
  if( nr_tok_is(c, n, "the") ) n++;
  return n<lim && of_name_word(c, n) ? n : 0;
}

/* Is word token w's word capitalised elsewhere in the text without "and"
** on either side: a name of its own there (T-Mobile and Sprint: Sprint
** said), not only a half of "Duff and Phelps"? */
static int alone_elsewhere(nr_ctx *c, long w){
  size_t x, n = c->t[w].e-c->t[w].s;
  for(x=0; x<c->ncap; x++){
    long k = c->capi[x];
    if( k==w || c->t[k].e-c->t[k].s!=n || !nr_tok_eq(c, k, w) ) continue;
    if( !(k>0 && nr_tok_is(c, k-1, "and")) && !(k+1<(long)c->nt && nr_tok_is(c, k+1, "and")) ) return 1;
  }
  return 0;
}

/* Does "and" at token j join two parts of one organisation's name: the
** Securities and Exchange Commission (the capitalised words after it end in
** an organisation's head), the Ministry of International Trade and Industry
** (the words before it follow the "of" of such a name)?  lo and hi bound the
** words read. */
static int and_joins(nr_ctx *c, long j, long lo, long hi){
  long k;
  if( j-1<lo || j+1>=hi || !nr_tok_is(c, j, "and") || c->t[j-1].type!=T_WORD || !c->t[j-1].cap ||
      !of_name_word(c, j+1) ) return 0;
  /* two names (Hercules Inc and Collagen Corp, Republicans and Democrats) */
  if( nr_tok_orgclass(c, j-1)!=W_NONE ) return 0;
  /* letters (Reuters' "S and P said") */
  if( single_cap_letter(c, j-1) && single_cap_letter(c, j+1) ) return 1;
  for(k=j+1; k+1<hi && of_name_word(c, k+1); k++){}
  /* ... a head word, not a firm's own name (SpaceX and Boeing) */
  if( nr_tok_orgclass(c, k)==W_ORG && !nr_tok_firm(c, k) ) return 1;
  /* ... or a firm's name in 's before its verb (Standard and Poor's said) */
  if( k==j+1 && is_possessive(c, k) && k+1<(long)c->nt && nr_tok_finite_verb(c, k+1) ) return 1;
  /* ... or two bare surname-like words before a verb or a firm's legal form
  ** (Duff and Phelps said, Woodward and Lothrop Inc): neither a given
  ** name, a title, a place, nor the surname of a person named before
  ** (not "Smith and Jones said" after John Smith and Ann Jones) */
  if( (k==j+1 || (k==j+2 && nr_tok_designator(c, k)==2)) && k+1<(long)c->nt &&
      (nr_tok_finite_verb(c, k+1) || nr_tok_designator(c, k)==2) &&
      (j-2<lo || !(c->t[j-2].type==T_WORD && c->t[j-2].cap)) &&
      nr_tok_class(c, j-1)==W_NONE && nr_tok_class(c, j+1)==W_NONE && nr_tok_orgclass(c, j+1)==W_NONE &&
      !c->t[j-1].upper && !c->t[j+1].upper && !nr_tok_given_name(c, j-1) && !nr_tok_given_name(c, j+1) &&
      !nr_ent_person_key(c, j-1) && !nr_ent_person_key(c, j+1) && !alone_elsewhere(c, j-1) &&
      !alone_elsewhere(c, j+1) ) return 1;
  for(k=j-1; k>lo && k>j-6 && c->t[k].type==T_WORD && c->t[k].cap; k--){}
  if( k>lo && nr_tok_is(c, k, "the") ) k--;
  return k>lo && org_of(c, k, hi)!=0;
}


/* Are tokens a..b words for a nation (phrasewords nation) and words of
** place names, the last a nation's (West German, South Korean)? */
static int nation_words(nr_ctx *c, long a, long b){
  long k;
  int n = 0;
  if( !PW_IS(c, b-1, PW_NATION) ) return 0;     /* West German, South Korean */
  for(k=a; k<b; k++){
    if( c->t[k].type!=T_WORD ) return 0;
    if( PW_IS(c, k, PW_NATION) ) n = 1;
    else if( nr_tok_orgclass(c, k)!=W_PLACEPART && nr_tok_orgclass(c, k)!=W_PLACE ) return 0;
  }
  return n;
}

int nr_nation_words(nr_ctx *c, long a, long b){ return nation_words(c, a, b); }

int nr_tok_orghead(nr_ctx *c, long k){
  const nr_qent *e = pw_word(c, k, PW_ORGHEAD);
  return e ? e->pwnum : 0;
}

/* Does a firm's name go on after the possessive word j: capitalised
** words up to a designator (nr_tok_designator: Moody's Investors Service
** Inc, McDonald's Corp), j no place (Russia's RTI Group is Russia's)? */
static int firm_designator_ahead(nr_ctx *c, long j, long lim){
  long k;
  if( nr_tok_orgclass(c, j)==W_PLACE ) return 0;
  for(k=j+1; k<lim && k<=j+4 && c->t[k].type==T_WORD && c->t[k].cap; k++){
    if( nr_tok_designator(c, k)==2 ) return 1;     /* a legal form: not Holiday Corp's Hotel Group */
  }
  return 0;
}

/* Are the words of s[a..b) in title case: four or more, four in five
** of them capitalised (Tesla Needs To Increase Production Now)? */
static int title_case_line(const unsigned char *s, size_t a, size_t b){
  size_t k, words = 0, caps = 0;
  for(k=a; k<b; k++){
    if( (k==a || s[k-1]==' ') && s[k]!=' ' ){
      words++;
      caps += (s[k]>='A' && s[k]<='Z') || (s[k]>='0' && s[k]<='9') || s[k]>=0x80;
    }
  }
  return words>=4 && caps*5>=words*4;
}

/* Does a line break between tokens j-1 and j end a heading, a byline or
** a caption: the line before it is in capitals where token j is not, or
** in title case, or short and not the last line of a hard-wrapped
** sentence (the line above it long and ending inside the sentence: in a
** word or after a comma)? */
static int heading_break(nr_ctx *c, long j){
  const unsigned char *s = c->s;
  size_t a = c->t[j-1].e, b = c->t[j].s, k, p;
  if( !memchr(s+a, '\n', b-a) ) return 0;
  if( c->t[j-1].type==T_WORD && c->t[j-1].upper!=c->t[j].upper ) return 1;
  for(k=a; k>0 && s[k-1]!='\n' && a-k<200; k--){}
  if( k>0 && s[k-1]!='\n' ) return 0;          /* a paragraph */
  if( a-k>=60 ) return title_case_line(s, k, a);  /* a long line: hard-wrapped unless a title */
  if( k==0 ) return 1;
  /* the line above: its last byte, and its length */
  for(p=k-1; p>0 && (s[p-1]==' ' || s[p-1]=='\r' || s[p-1]=='\t'); p--){}
  if( p==0 || s[p-1]=='\n' ) return 1;          /* blank or none */
  if( !(nr_is_ascii_alpha(s[p-1]) || nr_is_ascii_digit(s[p-1]) || s[p-1]==',' || s[p-1]>=0x80) ) return 1;
  for(k=p; k>0 && s[k-1]!='\n' && p-k<60; k--){}
  return k==0 || s[k-1]=='\n';                  /* short: a heading above a heading */
}

/* Is word k spokesman, spokeswoman or spokesperson: a role that speaks for
** the name after its "for" or "of"? */
static int spokes_word(nr_ctx *c, long k){
  return nr_tok_is(c, k, "spokesman") || nr_tok_is(c, k, "spokeswoman") || nr_tok_is(c, k, "spokesperson");
}

/* A title "ROLE of [the] Words" before a name: token j is "of" or "for"
** after a role word (Chancellor of the Exchequer Nigel Lawson, Secretary of
** State John Kerry, Minister for Trade Ana Lopes, Vice Chairman for
** Supervision Randal Quarles).  Returns the token where the
** name starts -- the first given name (givennames.tsv) after a word of
** the title, with a word after it -- or 0 when there is none (the
** president of the National Urban League). */
static long role_of_title(nr_ctx *c, long j, long lim){
  long k = j+1, n, f;
  if( j<1 || !(nr_tok_is(c, j, "of") || nr_tok_is(c, j, "for")) || c->t[j-1].type!=T_WORD || nr_tok_class(c, j-1)!=W_ROLE ) return 0;
  if( nr_tok_is(c, j, "for") && spokes_word(c, j-1) ) return 0;   /* Minister for Trade Ada Lind; not "a spokesman for …" */
  if( k<lim && nr_tok_is(c, k, "the") ) k++;
  for(n=k; n<lim && n-k<10 && c->t[n].type==T_WORD && !c->t[n].upper; n++){
    int cl = nr_tok_class(c, n);
    /* of State for Economic Affairs, of Trade and Industry */
    if( !c->t[n].cap && n>k && n+1<lim && c->t[n+1].type==T_WORD && c->t[n+1].cap &&
        (nr_tok_is(c, n, "for") || nr_tok_is(c, n, "and") || nr_tok_is(c, n, "of")) ) continue;
    if( !c->t[n].cap || cl==W_STOP || cl==W_PRON || cl==W_BE || cl==W_AUX || cl==W_DET ) break;
  }
  for(f=k+1; f<n-1 && !(c->t[f-1].cap && nr_tok_given_name(c, f)); f++){}
  return f<n-1 ? f : 0;
}

/* Is the lower-case word j inside such a title ("of", "the", "for",
** "and" of Secretary of State for Economic Affairs X)? */
static int in_role_title(nr_ctx *c, long j, long lo, long end){
  long o, f;
  if( !(nr_tok_is(c, j, "of") || nr_tok_is(c, j, "the") || nr_tok_is(c, j, "for") || nr_tok_is(c, j, "and")) ) return 0;
  for(o=j; o>lo && j-o<8; o--){
    if( (nr_tok_is(c, o, "of") || nr_tok_is(c, o, "for")) && (f = role_of_title(c, o, end))>j ) return 1;
  }
  return 0;
}

/* Is word j a day before a paper's word, inside its name: the Sunday
** Telegraph, the Sunday Times (a "when" time word, capitalised, then a
** capitalised media word before lim)? */
static int media_day(nr_ctx *c, long j, long lim){
  const nr_qent *w = pw_word(c, j, PW_WHEN);
  return w && w->pwnum==1 && c->t[j].cap && j+1<lim && c->t[j+1].type==T_WORD && c->t[j+1].cap &&
         nr_tok_orgclass(c, j+1)==W_MEDIA;
}

/* Parse a noun phrase that starts at token i (tokens before lim). */
int nr_np_forward(nr_ctx *c, long i, long lim, nr_np *np){
  long j = i, ra = -1, rb = -1;
  int det = 0, caps = 0, lowers = 0, role = 0, org = 0, pend_start = 0, oc;
  int adjl = 0;   /* the word before was a qualifier (a campaign source) */
  int grp = 0;    /* a bare plural after capitals (Harbour School fans) */
  long orgra = -1; /* the first word of a name an organisation's by its shape
                  ** (with "of", "and" or "&" in it) */
  int dot_end = 0; /* the phrase ends with an abbreviation's full stop */
  long jend;      /* where the name's words end */
  long pend = -1;
  np_clear(np);
  np->a = np->b = i;
  np->pa = np->pb = -1;
  if( lim>(long)c->nt ) lim = (long)c->nt;
  if( i>=lim || c->t[i].type!=T_WORD ) return NP_NONE;
  if( nr_tok_class(c, i)==W_PRON ){
    np->type = NP_PRON; np->b = i+1;
    return NP_PRON;
  }
  if( c->t[i].upper && c->t[i].e-c->t[i].s>1 ){
    /* CONGRESS HAS INVESTIGATED HIM: a heading of capitals with a verb or a
    ** pronoun in it is not a name */
    long h;
    int verb = 0;
    for(h=i; h<lim && c->t[h].type==T_WORD && c->t[h].upper && c->t[h].e-c->t[h].s>1; h++){
      int cl = nr_tok_class(c, h);
      if( cl==W_AUX || cl==W_BE || cl==W_PRON ) verb = 1;
    }
    if( verb && h-i>=3 ) return NP_NONE;
  }
  if( nr_tok_class(c, i)==W_DET || (c->t[i].cap && PW_IS(c, i, PW_NUMERAL)) ){ det = 1; j++; }
  else if( nr_is_ascii_digit(c->s[c->t[i].s]) && i+1<lim && c->t[i+1].type==T_WORD && !c->t[i+1].cap ){
    det = 1; j++;   /* 63 percent said */
  }
  for(; j<lim && j-i<NP_MAX; j++){
    nr_tok *t = &c->t[j];
    int cls;
    if( t->type==T_PUNCT ){
      /* initials (John F. Kennedy) and abbreviated honorifics (Dr. Okafor) */
      if( nr_punct_is(c, j, '.') && j>i && (single_cap_letter(c, j-1) || nr_tok_class(c, j-1)==W_HON)
          && j+1<lim && c->t[j+1].type==T_WORD && c->t[j+1].cap ){
        /* Tom B. Okafor: one name (not U.S., N. Korea, nor World War I. at a
        ** paragraph's end before the next one's first name) */
        if( ra>=0 && ra<j-1 && rb==j && single_cap_letter(c, j-1) && c->t[j+1].s==c->t[j].e+1 &&
            c->s[c->t[j].e]==' ' ) rb = j+1;
        continue;
      }
      /* the full stop of a dotted abbreviation that ends the name, inside
      ** the sentence: "the U.S. said", "the U.N. has" */
      if( nr_punct_is(c, j, '.') && ra>=0 && rb==j && nr_tok_dotted_abbr(c, j-1) &&
          (j+1>=(long)c->nt || (c->t[j+1].sent==c->t[j].sent && !c->t[j+1].cap)) ){
        dot_end = 1; j++;
        break;
      }
      /* a dotted abbreviation opening a name: U.S. Commerce Secretary X,
      ** U.N. Secretary-General X (a capital after it on the same line) */
      if( nr_punct_is(c, j, '.') && j==i+det+1 && nr_tok_dotted_abbr(c, j-1) && j+2<lim &&
          c->t[j+1].type==T_WORD && c->t[j+1].cap && c->t[j+1].s==c->t[j].e+1 && c->s[c->t[j].e]==' ' &&
          role_or_org_ahead(c, j+1, lim) ){
        ra = rb = -1; role = 1; org = 0;
        continue;
      }
      /* an ampersand inside a name: S&P, AT&T, Procter & Gamble */
      if( nr_punct_is(c, j, '&') && ra>=0 && rb==j && j+1<lim && c->t[j+1].type==T_WORD && c->t[j+1].cap ){
        rb = j+1; orgra = ra;     /* a firm's name */
        continue;
      }
      /* a plural possessive inside an organisation's name: the Valmere
      ** Dockworkers' Union (the apostrophe is a token of its own) */
      if( j>i && ra>=0 && rb==j && c->t[j-1].cap && is_possessive(c, j-1) && j+1<lim &&
          c->t[j+1].type==T_WORD && c->t[j+1].cap && nr_tok_orgclass(c, j+1)==W_ORG ){
        rb = j+1;
        continue;
      }
      break;
    }
    if( t->type!=T_WORD ) break;
    /* a heading on a line of its own is not the first part of the name
    ** that opens the next line (UNDERMINING RIVALS\nKoh said, Leaked
    ** Email\nElon Musk) */
    if( j>i && t->cap && heading_break(c, j) ) break;
    cls = nr_tok_class(c, j);
    if( t->cap ){
      /* an initial is no determiner or pronoun: Julie A. Diaz, Harry S. Truman */
      int initial = j>i && single_cap_letter(c, j) && j+2<lim && nr_punct_is(c, j+1, '.') && c->t[j+2].type==T_WORD && c->t[j+2].cap;
      /* said April Kabahar: a month that is also a given name, first after
      ** a reporting verb and before a capitalised word */
      if( (cls==W_STOP || cls==W_PRON || cls==W_BE || (cls==W_DET && j>i)) && !initial && !media_day(c, j, lim) &&
          !(cls==W_STOP && t->num==2 && j==i && month_name_at(c, j, lim)) && !amp_joined(c, j, lim) ) break;
      if( j==i && !t->upper && t->e-t->s>=6 && c->s[t->e-3]=='i' && c->s[t->e-2]=='n' && c->s[t->e-1]=='g' &&
          j+1<lim && c->t[j+1].type==T_WORD && (!c->t[j+1].cap ||
          (t->e-t->s>=7 && c->d->doc.n_sent && c->sent_a[t->sent]==j)) ) break;   /* Following a …, Injecting Clinton … */
      if( j==i && !t->upper && t->e-t->s>=4 && c->s[t->e-2]=='e' && c->s[t->e-1]=='d' &&
          t->lex && qent(c, t->lex)->cue ) break;  /* Asked to … */
      if( j==i && cap_inverted_cue(c, j) && j+1<lim && c->t[j+1].type==T_WORD &&
          (c->t[j+1].cap || nr_tok_class(c, j+1)==W_DET) ) break;  /* Said Renk, … / Said a lawyer */
      if( cls==W_AUX && !(ra>=0 && rb==j) && !(j==i && aux_first_name(c, j, lim)) ) break;
      if( cls==W_HON ){ if( ra>=0 && rb==j ){ ra = rb = -1; } continue; }
      if( cls==W_ROLE || cls==W_ADJ ){ role = 1; adjl = cls==W_ADJ; ra = rb = -1; org = 0; continue; }
      adjl = 0;
      /* the head decides: "the Elysee Palace" is one, "Kremlin spokesman X"
      ** is not; looked up once the phrase ends */
      org = 3; pend = j; pend_start = !(ra>=0 && rb==j);
      if( ra<0 || rb!=j ) ra = j;
      rb = j+1;
      caps++;
      if( is_possessive(c, j) && j+1<lim && c->t[j+1].type==T_WORD && !nr_tok_cue(c, j+1) &&
          !(c->t[j+1].cap && nr_tok_orgclass(c, j+1)==W_ORG && !nr_tok_firm(c, j+1)) &&   /* the Dockworkers' Union is one name */
          !firm_designator_ahead(c, j, lim) ){                                     /* Moody's Investors Service Inc */
        /* "João Pereira's team": the name is a possessor, the phrase goes on */
        np->pa = ra; np->pb = rb;
        ra = rb = -1; caps = 0; det = 1; org = 0;
      }
      continue;
    }
    /* lower case */
    if( cls==W_PART && ra>=0 && rb==j && j+1<lim && c->t[j+1].cap ){ rb = j+1; continue; }
    if( role && ra<0 ){
      /* Chancellor of the Exchequer Nigel Lawson: the title goes on */
      long f = role_of_title(c, j, lim);
      if( f ){ j = f-1; adjl = 0; org = 0; continue; }
    }
    if( ra>=0 && rb==j ){
      /* "and" or "of" inside an organisation's name: the Securities and
      ** Exchange Commission, the Bank of Japan.  Its words after them are
      ** the name's (the Department of Justice: not a role), up to a role
      ** after the first word after "of" (the Bank of Japan Governor X) or
      ** a possessive (the Bank of Tokyo's X), which the phrase goes on to
      ** read */
      int joins = and_joins(c, j, i, lim);
      long n = joins ? j+1 : org_of(c, j, lim);
      if( n ){
        while( n<lim && of_name_word(c, n) && !is_possessive(c, n) &&
               !(!joins && n>j+1 && !nr_tok_is(c, n-1, "the") && nr_tok_class(c, n)==W_ROLE) ) n++;
        orgra = ra; caps++; rb = n; pend = n-1; j = n-1;
        continue;
      }
    }
    if( cls==W_ROLE || cls==W_ADJ ){ role = 1; adjl = cls==W_ADJ; ra = rb = -1; org = 0; continue; }
    if( cls==W_HON ) continue;
    if( is_rel(c, j) || nr_tok_is(c, j, "whose") ) break;      /* an official who asked … */
    oc = nr_tok_orgclass(c, j);
    if( oc==W_ORG || oc==W_MEDIA ){ org = 1; continue; }
    /* the New York businessman; a past-tense verb after a lower-case word
    ** ends the phrase (the deputy rallied), not after an adverb (the newly
    ** appointed chairman) */
    if( det && (caps==0 ? lowers<3 : lowers<1) && (!role || (adjl && !is_possessive(c, j))) && cls==W_NONE && nr_tok_cue(c, j)==C_NONE &&
        t->q<0 && !((caps>0 || (lowers>0 && !ly_adverb(c, j-1))) && past_verb(c, j)) ){ lowers++; org = 0; ra = rb = -1; adjl = 0; continue; }
    /* "Harbour School fans chanted": capitals before a plural noun right
    ** before the verb, with no determiner, are a group */
    if( !det && !lowers && (caps>0 || role) && j+1==lim && j>i && plural_word(c, j) && cls==W_NONE &&
        nr_tok_cue(c, j)==C_NONE && t->q<0 && group_head(c, i, j) ){ lowers++; grp = 1; np->grp = 1; org = 0; ra = rb = -1; adjl = 0; continue; }
    break;
  }
  np->b = j;
  if( j==i+det ){
    /* "Another said", "Most said": a determiner alone before the verb */
    if( det && j==i+1 && j<(long)c->nt && c->t[j].type==T_WORD && nr_tok_cue(c, j)!=C_NONE &&
        !nr_tok_is(c, i, "the") && !nr_tok_is(c, i, "a") && !nr_tok_is(c, i, "an") && c->t[i].type==T_WORD &&
        !nr_is_ascii_digit(c->s[c->t[i].s]) ){
      np->type = NP_DESC; np->b = j; np->ta = np->tb = np->na = np->nb = j;
      return NP_DESC;
    }
    /* "…," said one, who declined to give his name: "one" or "another"
    ** alone after a reporting verb is someone the text does not name */
    if( det && j==i+1 && i>0 && c->t[i-1].type==T_WORD && nr_tok_cue(c, i-1)==C_SAY &&
        (nr_tok_is(c, i, "one") || nr_tok_is(c, i, "another")) &&
        (j>=(long)c->nt || nr_punct_is(c, j, ',') || nr_punct_is(c, j, '.') || nr_punct_is(c, j, ';') ||
         nr_tok_is(c, j, "who")) ){
      np->type = NP_DESC; np->b = j; np->ta = np->tb = np->na = np->nb = j;
      return NP_DESC;
    }
    np->b = i; return NP_NONE;
  }
  jend = dot_end ? j-1 : j;
  if( org==3 ){
    oc = nr_tok_orgclass(c, pend);
    if( oc==W_PLACE && !pend_start ){
      /* North Korea, New York, the United States: a place when every word
      ** before its last is the first word of place names */
      long k;
      for(k=ra; k<pend && (c->t[k].type!=T_WORD || nr_tok_orgclass(c, k)==W_PLACEPART ||
                           nr_tok_orgclass(c, k)==W_PLACE); k++){}    /* Washington D.C. */
      pend_start = k==pend;
    }
    org = (oc==W_ORG || oc==W_MEDIA) ? 1 : (oc==W_PLACE && pend_start) ? 2 : 0;
    if( orgra>=0 && ra==orgra && rb==jend ) org = 1;
  }
  np->org = org;
  if( ra>=0 && (det || role || org || rb<jend) && nation_words(c, ra, rb) ){
    /* Chinese companies, the Dutch news agency, West German officials,
    ** his Mexican heritage: a description, not a name (but "Cuban said"
    ** is Mark Cuban) */
    np->type = NP_DESC; np->ta = i+det; np->tb = j; np->na = np->nb = j; np->org = org!=0;
  }else if( ra>=0 && rb==jend ){
    np->type = NP_NAME; np->na = ra; np->nb = rb;
    np->ta = i+det; np->tb = ra;
    while( np->ta<np->tb && (nr_tok_class(c, np->ta)==W_HON || c->t[np->ta].type==T_PUNCT) ) np->ta++;
    /* "his Russian counterpart X": a relation, not X's title */
    if( det && c->t[i].num==0 && !nr_tok_is(c, i, "the") && !nr_tok_is(c, i, "a") && !nr_tok_is(c, i, "an") ) np->ta = np->tb;
  }else if( ra>=0 && org ){
    /* the Clinton campaign, the Elysee Palace press office */
    np->type = NP_NAME; np->na = ra; np->nb = rb; np->ta = np->tb = ra;
  }else if( det || role || org || grp ){
    /* words of the NP after the last role word were generic: fine */
    np->type = NP_DESC; np->ta = i+det; np->tb = j; np->na = np->nb = j;
    if( ra>=0 && !role && !org && !det ){ np->type = NP_NONE; }
  }else{
    np->b = i;
    return NP_NONE;
  }
  return np->type;
}

/* A noun phrase that ends just before token end (not before lo). */
static int np_backward(nr_ctx *c, long end, long lo, nr_np *np){
  long k = end-1, j;
  np_clear(np);
  if( k<lo || (c->t[k].type!=T_WORD && !(nr_punct_is(c, k, '.') && k>lo && nr_tok_dotted_abbr(c, k-1))) ) return NP_NONE;
  if( nr_tok_class(c, k)==W_PRON ){
    np->type = NP_PRON; np->a = k; np->b = k+1;
    return NP_PRON;
  }
  for(j=k; j>=lo && end-j<=NP_MAX; j--){
    nr_tok *t = &c->t[j];
    int cls;
    if( t->type==T_PUNCT ){
      if( nr_punct_is(c, j, '.') && j>lo && (single_cap_letter(c, j-1) || nr_tok_class(c, j-1)==W_HON) ) continue;
      if( nr_punct_is(c, j, '.') && j==k && j>lo && nr_tok_dotted_abbr(c, j-1) ) continue;     /* the U.S. said */
      if( nr_punct_is(c, j, '&') && j>lo && j<k && c->t[j-1].type==T_WORD && c->t[j-1].cap &&
          c->t[j+1].type==T_WORD && c->t[j+1].cap ) continue;      /* AT&T, Procter & Gamble */
      break;
    }
    if( t->type!=T_WORD ) break;
    cls = nr_tok_class(c, j);
    /* the Bank of Japan, the Department of the Interior, the Securities
    ** and Exchange Commission */
    if( !t->cap && (org_of(c, j, end) || (j-1>=lo && nr_tok_is(c, j, "the") && org_of(c, j-1, end)==j+1) ||
                    and_joins(c, j, lo, end)) ) continue;
    /* Secretary of State John Kerry, Chancellor of the Exchequer X,
    ** Secretary of State for Economic Affairs X */
    if( !t->cap && in_role_title(c, j, lo, end) ) continue;
    if( cls==W_DET || (t->cap && PW_IS(c, j, PW_NUMERAL)) ){ j--; break; }
    if( t->cap ){
      if( (cls==W_STOP || cls==W_PRON || cls==W_BE) && !amp_joined(c, j, end) && !media_day(c, j, end) &&
          !(cls==W_STOP && t->num==2 && month_name_at(c, j, end)) ) break;
      if( cls==W_AUX && !aux_first_name(c, j, (long)c->nt) ) break;
      continue;
    }
    if( cls==W_ROLE || cls==W_ADJ || cls==W_PART || cls==W_HON ) continue;
    {
      int oc = nr_tok_orgclass(c, j);
      if( oc==W_ORG || oc==W_MEDIA ) continue;
    }
    /* a bare plural right before the verb after a capital: "Harbour School fans" */
    if( j==k && j-1>=lo && c->t[j-1].type==T_WORD && c->t[j-1].cap && plural_word(c, j) && cls==W_NONE &&
        nr_tok_cue(c, j)==C_NONE && group_verb(c, j) ) continue;
    /* a generic lower-case word: only inside "the … newspaper" or "63 percent" */
    if( cls==W_NONE && nr_tok_cue(c, j)==C_NONE && j-1>=lo && c->t[j-1].type==T_WORD &&
        nr_is_ascii_digit(c->s[c->t[j-1].s]) ){ j--; j--; break; }
    if( cls==W_NONE && nr_tok_cue(c, j)==C_NONE ){
      long d;
      for(d=j-1; d>=lo && d>=j-3; d--){
        if( c->t[d].type!=T_WORD ) break;
        if( nr_tok_class(c, d)==W_DET || is_possessive(c, d) ) break;
      }
      /* "the … newspaper", "Scott's family" */
      if( d>=lo && d>=j-3 && c->t[d].type==T_WORD && (nr_tok_class(c, d)==W_DET || is_possessive(c, d)) ) continue;
    }
    break;
  }
  j++;
  if( j>k ) return NP_NONE;
  if( nr_np_forward(c, j, end, np)==NP_NONE || np->b!=end ){
    /* a shorter phrase nearer the verb: "the US and its allies" -> its allies */
    long a;
    for(a=j+1; a<=k; a++){
      if( nr_np_forward(c, a, end, np)!=NP_NONE && np->b==end ) return np->type;
    }
    np->type = NP_NONE;
    return NP_NONE;
  }
  return np->type;
}

/* ------------------------------------------------------------ subjects */

static int tok_in(nr_ctx *c, long k, const char *const *w, size_t n){
  size_t i;
  if( k<0 || k>=(long)c->nt || c->t[k].type!=T_WORD ) return 0;
  for(i=0; i<n; i++) if( nr_tok_isn(c, k, w[i], strlen(w[i])) ) return 1;
  return 0;
}
#define TOK_IN(c, k, list) tok_in(c, k, list, sizeof(list)/sizeof(list[0]))

/* a lower-case adjective or participle by its ending (following, controversial,
** racial, thunderous, declarative, latest) or "same" */
static int adj_word(nr_ctx *c, long k){
  static const char *const end[] = { "ing", "al", "ous", "ive", "est", "ful", "ic", "ible", "able" };
  const nr_tok *t = &c->t[k];
  size_t w, n = t->e-t->s;
  if( t->type!=T_WORD || t->cap || nr_tok_class(c, k)!=W_NONE ) return 0;
  if( nr_tok_is(c, k, "same") ) return 1;
  for(w=0; w<sizeof(end)/sizeof(end[0]); w++){
    size_t L = strlen(end[w]);
    if( n>L+2 && memcmp(c->s+t->e-L, end[w], L)==0 ) return 1;
  }
  return 0;
}

/* When the cue word i (phrasewords "noun": claim, remarks, note, call,
** praise) is a noun after words that modify it -- "a rare note", "an
** unprompted call", "his recent remarks", "Podliska's most explosive claim"
** -- the determiner or possessive before them; else -1.  The modifiers are
** lower-case words read as adjectives by their ending (adj_word),
** participles in -ed and hyphenated words (grievance-driven); "The senator
** remarks", "the official notes" have none. */
static long modified_noun(nr_ctx *c, long i){
  long j;
  for(j=i-1; j>=0 && i-j<=4; j--){
    const nr_tok *t = &c->t[j];
    size_t n = t->e-t->s;
    if( t->type!=T_WORD ) return -1;
    if( j<i-1 && (nr_tok_is(c, j, "more") || nr_tok_is(c, j, "most")) ) continue;
    if( j<i-1 && ((nr_tok_class(c, j)==W_DET && !nr_tok_is(c, j, "one") && !nr_tok_is(c, j, "another")) ||
                  is_possessive(c, j)) ) return j;
    if( t->cap || (t->lex && qent(c, t->lex)->cue) ) return -1;
    if( !(adj_word(c, j) || nr_tok_is(c, j, "more") || nr_tok_is(c, j, "most") ||
          (nr_tok_class(c, j)==W_NONE && n>4 && c->s[t->e-2]=='e' && c->s[t->e-1]=='d') ||
          (nr_tok_class(c, j)==W_NONE && memchr(c->s+t->s+1, '-', n-1))) ) return -1;
  }
  return -1;
}

/* a lower-case participle in -ing (marching, standing) */
static int ing_word(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  return t->type==T_WORD && !t->cap && t->e-t->s>=5 && c->s[t->e-3]=='i' && c->s[t->e-2]=='n' && c->s[t->e-1]=='g';
}

/* A period that ends a clause (not Mr. / J. / Va., / U.N.) */
static int stop_period(nr_ctx *c, long k){
  const nr_tok *w;
  if( !nr_punct_is(c, k, '.') ) return 0;
  if( k+1<(long)c->nt && (nr_punct_is(c, k+1, ',') || nr_punct_is(c, k+1, ')')) ) return 0;
  if( k==0 ) return 1;
  /* the segmenter knows its abbreviations: "the Sept. 11 attacks" */
  if( c->d->doc.n_sent && k+1<(long)c->nt && c->t[k+1].sent==c->t[k].sent && c->t[k-1].type==T_WORD &&
      c->t[k-1].cap && (c->t[k+1].type==T_WORD || (c->t[k+1].type==T_PUNCT && nr_tok_apos(c, k+1))) ) return 0;   /* Co.'s */
  w = &c->t[k-1];
  if( w->type!=T_WORD ) return 1;
  if( nr_tok_class(c, k-1)==W_HON || w->e-w->s==1 || (w->cap && w->e-w->s<=3 && w->upper) ) return 0;
  return 1;
}

/* An adverb in -ly between a speaker and the verb (Trump openly admires),
** or before a participle (the newly appointed chairman) */
static int ly_adverb(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  if( !(t->type==T_WORD && !t->cap && t->e-t->s>4 && c->s[t->e-2]=='l' && c->s[t->e-1]=='y') ) return 0;
  /* "Scott's family has called", "the rally was told": common nouns in -ly */
  return !PW_IS(c, k, PW_LYNOUN);
}

/* Skip a short parenthesis at k: Sen. Claire McCaskill (D-Mo.) said */
static long skip_paren(nr_ctx *c, long k, long hi){
  long j;
  if( k>=hi || !nr_punct_is(c, k, '(') ) return k;
  for(j=k+1; j<hi && j-k<10; j++) if( nr_punct_is(c, j, ')') ) return j+1;
  return k;
}
static long skip_paren_back(nr_ctx *c, long k, long lo){
  long j;
  if( k<lo || !nr_punct_is(c, k, ')') ) return k;
  for(j=k-1; j>=lo && k-j<10; j--) if( nr_punct_is(c, j, '(') ) return j-1;
  return k;
}

static int is_rel(nr_ctx *c, long k){
  return k>=0 && (nr_tok_is(c, k, "who") || nr_tok_is(c, k, "which") || nr_tok_is(c, k, "that"));
}

/* The noun phrase after the comma j that ends an opening phrase; when it is
** followed by a comma itself (a place: "At a rally in Salem, Ohio, on
** Tuesday, Sen. Ada Renk endorsed"), a name further on that its verb
** follows. */
static int np_after_opener(nr_ctx *c, long j, long end, nr_np *np){
  long m;
  int commas = 0;
  if( nr_np_forward(c, j+1, end, np)==NP_NONE ) return NP_NONE;
  m = np->b;
  if( m+1<end && nr_punct_is(c, m, '.') && nr_punct_is(c, m+1, ',') ) m++;     /* N.H., */
  if( !(m<end && nr_punct_is(c, m, ',')) ) return np->type;
  for(; m<end && m-j<40; m++){
    nr_np h;
    if( c->t[m].type==T_OPEN || stop_period(c, m) || nr_punct_is(c, m, ';') || nr_punct_is(c, m, ':') ) break;
    if( !nr_punct_is(c, m, ',') ) continue;
    if( ++commas>3 ) break;
    if( nr_np_forward(c, m+1, end, &h)==NP_NAME && h.b<end && c->t[h.b].type==T_WORD && !c->t[h.b].cap &&
        !nr_tok_is(c, h.b, "and") && !nr_tok_is(c, h.b, "or") ){ *np = h; return NP_NAME; }
  }
  return np->type;
}

/* Past a dateline with its date at token k (before end): LONDON, March 27
** - …, WASHINGTON, Oct. 4 — …, OSAKA, Japan, April 26 - …, with its agency:
** WASHINGTON, Dec. 8 (UPI) — …, MIAMI, Jan. 17, 2020 /PRNewswire/ -- …;
** else k. */
static long dateline_with_date(nr_ctx *c, long k, long end){
  long h = k, j;
  while( h<end && h-k<3 && c->t[h].type==T_WORD && c->t[h].upper ) h++;
  for(j=h+1; h>k && h+2<end && nr_punct_is(c, h, ',') && j<end && j-h<12; j++){
    const nr_tok *t = &c->t[j];
    if( j>h+1 && nr_punct_is(c, j, '(') ){
      long e = skip_paren(c, j, end);
      if( e>j && e<end && is_dash_tok(c, e) ) return e+1;
    }
    if( is_dash_tok(c, j) ) return j>h+1 ? j+1 : k;
    if( !(t->type==T_WORD && (t->cap || nr_is_ascii_digit(c->s[t->s]))) && !nr_punct_is(c, j, '.') &&
        !nr_punct_is(c, j, ',') && !nr_punct_is(c, j, '/') ) break;
  }
  return k;
}

/* Where the text's opening dateline ends (its first token after it), 0
** when it has none: its words are a place, no name (SAN JOSE, March 26 -
** …; José is a given name). */
long nr_dateline_end(nr_ctx *c){
  long k = 0, end = c->d->doc.n_sent>1 ? c->sent_a[1] : (long)c->nt, d;
  while( k<end && c->t[k].type!=T_WORD ) k++;
  if( k+1<end && c->t[k].upper && is_dash_tok(c, k+1) ) return k+2;
  d = dateline_with_date(c, k, end);
  return d>k ? d : 0;
}

/* The first noun phrase of the sentence (after an opening phrase). */
static int sentence_subject(nr_ctx *c, long lo, long end, nr_np *np){
  long k = lo;
  while( k<end && (c->t[k].q>=0 || c->t[k].type!=T_WORD) ) k++;
  /* a dateline: WASHINGTON — … */
  while( k+1<end && c->t[k].type==T_WORD && c->t[k].upper && (is_dash_tok(c, k+1) || nr_punct_is(c, k+1, ',')) &&
         k+2<end && (is_dash_tok(c, k+1) || c->t[k+2].upper) ) k += 2;
  k = dateline_with_date(c, k, end);
  /* Cleveland (AFP) – …: a dateline with its agency */
  if( k+1<end && c->t[k].type==T_WORD && c->t[k].cap && nr_punct_is(c, k+1, '(') ){
    long j = skip_paren(c, k+1, end);
    if( j>k+1 && j<end && is_dash_tok(c, j) ) k = j+1;
  }
  {
    /* a heading in capitals before a dash: CONGRESS HAS INVESTIGATED HIM — … */
    long h = k;
    while( h<end && c->t[h].type==T_WORD && c->t[h].upper && c->t[h].e-c->t[h].s>1 ) h++;
    if( h-k>=2 && h+1<end && is_dash_tok(c, h) ) k = h+1;
  }
  if( k<end && c->t[k].type==T_WORD && (nr_tok_class(c, k)==W_STOP || nr_tok_class(c, k)==W_AUX) ){
    long j;
    for(j=k; j<end && j-k<20; j++){
      if( nr_punct_is(c, j, ',') ){
        if( np_after_opener(c, j, end, np)!=NP_NONE && !(np->type==NP_DESC && !np->org && np->tb==np->ta) ) return np->type;
        k = j+1; break;
      }
    }
  }
  /* Hours later, X …: a span of time opening the sentence */
  if( k<end && nr_np_forward(c, k, end, np)!=NP_NONE && np->b+1<end && PW_IS(c, np->b, PW_SINCE) &&
      nr_punct_is(c, np->b+1, ',') ) k = np->b+2;
  if( k<end && nr_np_forward(c, k, end, np)!=NP_NONE && !(np->type==NP_DESC && !np->org && np->tb==np->ta) ){
    return np->type;
  }
  {
    /* "Asked on Monday whether …, Mrs. Clinton shook her head and said" */
    long j;
    int commas = 0;
    for(j=k; j<end && j-k<40; j++){
      if( nr_punct_is(c, j, ',') ){
        if( np_after_opener(c, j, end, np)!=NP_NONE &&
            (np->type!=NP_DESC || np->org || (np->ta<np->tb && c->t[j+1].type==T_WORD && nr_tok_class(c, j+1)==W_DET)) ) return np->type;
        if( ++commas==3 ) break;
      }
    }
  }
  np_clear(np);
  return NP_NONE;
}

static long sent_lo(nr_ctx *c, long i){
  long lo;
  if( c->d->doc.n_sent==0 ) return 0;
  lo = c->sent_a[c->t[i].sent];
  if( i-lo>WIN ) lo = i-WIN;
  return lo;
}
static long sent_hi(nr_ctx *c, long i){
  long hi;
  if( c->d->doc.n_sent==0 ) return (long)c->nt;
  hi = c->sent_a[c->t[i].sent+1];
  if( hi-i>WIN ) hi = i+WIN;
  return hi;
}

static int subject_before(nr_ctx *c, long cue, long lo, nr_np *np, int *passive);

/* Skip adverbs and auxiliaries leftwards from k. */
static long skip_aux_back(nr_ctx *c, long k, long lo, int *be){
  int n = 0;
  *be = 0;
  while( k>=lo && n<5 && c->t[k].type==T_WORD && !c->t[k].cap ){
    int cls = nr_tok_class(c, k);
    if( cls==W_BE ){ *be = 1; }
    else if( cls!=W_AUX && !ly_adverb(c, k) ) break;
    k--; n++;
  }
  return k;
}

/* A time between a subject and its verb ending at token k: "on Monday",
** "last week", "less than two weeks ago".  The token before it, or k when
** there is none. */
static long skip_time_back(nr_ctx *c, long k, long lo){
  const nr_qent *w;
  long j = k;
  if( k<lo || !(((w = pw_word(c, k, PW_WHEN))!=0 && w->pwnum==1) || PW_IS(c, k, PW_SINCE)) ) return k;
  for(j=k-1; j>=lo && k-j<6; j--){
    const nr_tok *t = &c->t[j];
    if( t->type!=T_WORD ) break;
    if( nr_is_ascii_digit(c->s[t->s]) ) continue;
    {
      /* the words before the time: "two days ago", "last week" */
      int before = ((w = pw_word(c, j, PW_WHEN))!=0 && w->pwnum==2) || PW_IS(c, j, PW_NUMERAL);
      if( (before || (w && j==k-1)) && !(t->cap && j<k-1 && before) ) continue;
    }
    break;
  }
  return j<lo ? k : j;
}

/* Is token i a clause opener for an appositive: a, an, the, who, which, a role? */
static int appositive_start(nr_ctx *c, long i){
  const nr_tok *t = &c->t[i];
  int cls;
  if( t->type!=T_WORD ) return 0;
  cls = nr_tok_class(c, i);
  if( cls==W_DET || cls==W_ROLE || cls==W_ADJ ) return 1;
  if( nr_tok_is(c, i, "who") || nr_tok_is(c, i, "which") || nr_tok_is(c, i, "whose") ) return 1;
  if( nr_is_ascii_digit(c->s[t->s]) ) return 1;                         /* X, 59, of Ashton */
  if( is_possessive(c, i) ) return 1;                                     /* X, Romney's director, */
  if( i+1<(long)c->nt && c->t[i+1].type==T_WORD && nr_tok_class(c, i+1)==W_ROLE ) return 1;
  if( !t->cap ) return 1;
  {
    /* a firm's name in the possessive: X, JPMorgan Chase & Co.’s chief
    ** executive, said (the 's may follow a full stop as tokens of its own) */
    long k;
    for(k=i+1; k<(long)c->nt && k<i+8; k++){
      const nr_tok *u = &c->t[k];
      if( u->type==T_WORD ){
        if( is_possessive(c, k) ) return 1;
        if( !u->cap ) return u->e-u->s==1 && c->s[u->s]=='s' && c->t[k-1].type==T_PUNCT && nr_tok_apos(c, k-1);
        continue;
      }
      if( !(u->type==T_PUNCT && (nr_punct_is(c, k, '&') || nr_punct_is(c, k, '.') || nr_tok_apos(c, k))) ) break;
    }
  }
  /* a title of one capitalised word and a role: "Kremlin spokesman" */
  return 0;
}

static int subject_ing(nr_ctx *c, long cue, long lo, nr_np *np){
  long k;
  if( cue-1>=lo && c->t[cue-1].type==T_WORD && c->t[cue-1].cap && np_backward(c, cue, lo, np)==NP_NAME ){
    return NP_NAME;   /* footage of Hillary Clinton asking, "…" */
  }
  /* the verb the participle hangs on: "…," X said, adding that / X said, adding */
  for(k=cue-1; k>=lo && cue-k<40; k--){
    const nr_tok *t = &c->t[k];
    if( t->type==T_OPEN || t->type==T_CLOSE || t->q>=0 ) continue;
    if( t->type==T_PUNCT && (stop_period(c, k) || c->s[t->s]==';') ) break;
    if( t->type==T_WORD ){
      int cu = nr_tok_cue(c, k);
      if( (cu==C_SAY || cu==C_CALL) && !is_rel(c, k-1) ){
        int pass;
        if( subject_before(c, k, lo, np, &pass) ) return np->type;
        if( c->t[k].inv && nr_np_forward(c, k+1, k+1+NP_MAX, np)!=NP_NONE ) return np->type;
      }
    }
  }
  /* else the first noun phrase of the sentence (after an opening phrase) */
  return sentence_subject(c, lo, cue, np);
}

/* McConnell, who said …: the mention is "who" (token k), the speaker its
** antecedent */
static int who_subject(nr_ctx *c, long k, long lo, nr_np *np){
  long e = k;
  nr_np ante;
  if( e-1>=lo && nr_punct_is(c, e-1, ',') ) e--;
  if( np_backward(c, e, lo, &ante)==NP_NAME || ante.type==NP_DESC ){
    *np = ante;
  }else{
    np_clear(np);
    np->type = NP_DESC; np->ta = np->tb = k+1; np->na = np->nb = k+1;
  }
  np->a = k; np->b = k+1;
  return np->type;
}

static int subject_before_verb(nr_ctx *c, long cue, long lo, nr_np *np, int *passive);

/* The subject of the cue verb at cue (NP_NONE when none).  A phrase of
** modifiers before a cue that is a noun there is none: "Podliska's most
** explosive claim is that …" is the possessor's; "a rare note", "his recent
** remarks" have no subject of their own. */
static int subject_before(nr_ctx *c, long cue, long lo, nr_np *np, int *passive){
  int r = subject_before_verb(c, cue, lo, np, passive);
  long k;
  if( r==NP_NAME && np->b==cue && np->a>lo ){
    /* "the head of the government's Rubber Research Institute told",
    ** "Siegfried Mielke, editor of the newsletter Oil World said": the
    ** name is the object of a role's "of" or "at"; the role speaks, or the
    ** name its appositive follows.  Not a person's name with a given name
    ** ("the head of BT's consumer division Marc Allera told"), and not
    ** for a spokesman or an indefinite role, who speak for the name ("a
    ** spokesman for the ministry said", "an official of Boeing said") */
    long p = np->a-1, m;
    nr_np h;
    while( p>=lo && np->a-p<6 && c->t[p].type==T_WORD && !nr_tok_is(c, p, "of") && !nr_tok_is(c, p, "at") &&
           (!c->t[p].cap || nr_tok_class(c, p)==W_ADJ || nr_tok_class(c, p)==W_DET) && c->t[p].q<0 ) p--;
    if( p-1>=lo && (nr_tok_is(c, p, "of") || nr_tok_is(c, p, "at")) && c->t[p-1].type==T_WORD && !c->t[p-1].cap &&
        nr_tok_class(c, p-1)==W_ROLE && !spokes_word(c, p-1) && !nr_tok_given_name(c, np->na) &&
        np_backward(c, p, lo, &h)!=NP_NONE && h.type!=NP_PRON ){
      nr_np keep = *np;
      m = h.a-1;
      if( h.type==NP_DESC && m-1>=lo && nr_punct_is(c, m, ',') && !c->t[h.a].cap &&
          np_backward(c, m, lo, np)==NP_NAME && !np->org ) return NP_NAME;
      /* the role with its determiner (the head of …); a bare one (chairman
      ** of …) with no name before it leaves the name */
      if( h.type==NP_NAME || (h.type==NP_DESC && nr_tok_class(c, h.a)==W_DET && !nr_tok_is(c, h.a, "a") &&
                              !nr_tok_is(c, h.a, "an") && !nr_tok_is(c, h.a, "one")) ){ *np = h; return np->type; }
      *np = keep;
    }
  }
  if( PW_IS(c, cue, PW_NOUN) && (k = modified_noun(c, cue))>=0 && ((k>=lo && is_possessive(c, k)) || np->b==cue) ){
    *passive = 0;
    if( k>=lo && is_possessive(c, k) ) return np_backward(c, k+1, lo, np);
    np_clear(np);
    return NP_NONE;
  }
  return r;
}

static int subject_before_verb(nr_ctx *c, long cue, long lo, nr_np *np, int *passive){
  long k;
  int be;
  int prog = 0;
  np_clear(np);
  *passive = 0;
  if( nr_tok_cue(c, cue)==C_ING ){
    /* "X is pledging to …": after a form of "be" the participle is the
    ** clause's own verb, not a passive */
    if( !(cue-1>=lo && c->t[cue-1].type==T_WORD && !c->t[cue-1].cap && nr_tok_class(c, cue-1)==W_BE) )
      return subject_ing(c, cue, lo, np);
    prog = 1;
  }
  k = skip_aux_back(c, cue-1, lo, &be);
  {
    /* X on Monday said, X last week said */
    long k2 = skip_time_back(c, k, lo);
    if( k2!=k ){
      int be2;
      k = skip_aux_back(c, k2, lo, &be2);
      be |= be2;
    }
  }
  if( be && !prog ) *passive = 1;
  if( k<lo ) return NP_NONE;
  /* a stock ticker after the name: Merrill Lynch and Co Inc <MER> said */
  if( k-2>=lo && nr_punct_is(c, k, '>') && nr_punct_is(c, k-2, '<') && c->t[k-1].type==T_WORD ) k -= 3;
  if( k<lo ) return NP_NONE;
  if( nr_punct_is(c, k, '>') ){
    /* a name in angle brackets (Reuters marks a firm that has no ticker
    ** so): <Country Wide Transport Services Inc> said */
    long m;
    for(m=k-1; m>=lo && k-m<=NP_MAX && !nr_punct_is(c, m, '<') && c->t[m].type!=T_OPEN && c->t[m].type!=T_CLOSE; m--){}
    if( m>=lo && m<k-1 && nr_punct_is(c, m, '<') && np_backward(c, k, m+1, np)==NP_NAME && np->a==m+1 ) return NP_NAME;
    np_clear(np);
    return NP_NONE;
  }
  k = skip_paren_back(c, k, lo);
  if( k<lo ) return NP_NONE;
  if( nr_tok_is(c, k, "who") || nr_tok_is(c, k, "which") ) return who_subject(c, k, lo, np);
  if( nr_tok_is(c, k, "and") || nr_tok_is(c, k, "but") ){
    /* X outlined his plan and vowed … : the subject of the sentence, or of
    ** the clause it is in (after she attacked … and blamed) */
    long j, v = k-1;
    /* "Ms. Sherry smiled and said": the subject of the past-tense verb just
    ** before, not a pronoun in an opening clause */
    if( v-1>=lo && nr_tok_is(c, k, "and") && c->t[v].type==T_WORD && !c->t[v].cap && c->t[v].q<0 &&
        c->t[v].e-c->t[v].s>=4 && c->s[c->t[v].e-2]=='e' && c->s[c->t[v].e-1]=='d' &&
        nr_tok_class(c, v)==W_NONE && np_backward(c, v, lo, np)!=NP_NONE &&
        (np->type!=NP_DESC || np->ta<np->tb) ) return np->type;
    np_clear(np);
    for(j=k-1; j>=lo && k-j<25; j--){
      if( c->t[j].type==T_WORD && nr_tok_class(c, j)==W_PRON && c->t[j].num==1 &&
          !nr_tok_is(c, j, "i") && !nr_tok_is(c, j, "it") ){
        np_clear(np);
        np->type = NP_PRON; np->a = j; np->b = j+1; np->pa = np->pb = -1;
        return NP_PRON;
      }
    }
    return sentence_subject(c, lo, k, np);
  }
  if( is_dash_tok(c, k) && k-1>=lo ){
    /* "X — a teacher from Mount Pleasant — says": the aside between dashes */
    long j, e;
    while( k-1>=lo && is_dash_tok(c, k-1) ) k--;
    for(j=k-1; j>=lo && k-j<30; j--){
      const nr_tok *t = &c->t[j];
      if( t->type==T_OPEN || t->type==T_CLOSE || stop_period(c, j) || nr_punct_is(c, j, ';') ) return NP_NONE;
      if( is_dash_tok(c, j) ) break;
    }
    if( j<lo || k-j>=30 || j+1>=k ) return NP_NONE;
    /* the aside must read as an apposition or a relative clause, as after a
    ** comma ("— a pilot —", "— Ida Renk, who … —", "— 59 —"): "The vote —
    ** 52 to 48 — said" has none */
    {
      nr_np h;
      if( !appositive_start(c, j+1) && nr_np_forward(c, j+1, k, &h)!=NP_NAME ) return NP_NONE;
      if( nr_is_ascii_digit(c->s[c->t[j+1].s]) && j+2<k && !nr_punct_is(c, j+2, ',') ) return NP_NONE;
    }
    e = j;
    while( e-1>=lo && is_dash_tok(c, e-1) ) e--;
    k = e-1;          /* the subject before the aside, as if it were not there */
    if( k<lo ) return NP_NONE;
    {
      /* "John Dickey, the chief executive of Ora Media — … — said": an
      ** appositive ends at the dash, the name before its comma speaks */
      long m;
      for(m=k; m>lo && k-m<12; m--){
        const nr_tok *t = &c->t[m];
        if( t->type==T_OPEN || t->type==T_CLOSE || stop_period(c, m) || nr_punct_is(c, m, ';') ) break;
        if( nr_punct_is(c, m, ',') ){
          if( m<k && appositive_start(c, m+1) && c->t[m+1].type==T_WORD && !c->t[m+1].cap &&
              np_backward(c, m, lo, np)==NP_NAME && !np->org ) return NP_NAME;
          np_clear(np);
          break;
        }
      }
    }
  }
  if( nr_punct_is(c, k, ',') ){
    /* appositive or relative clause: X, an economist who …, said */
    int commas = 0;
    long j = k;
    while( commas<6 ){
      long k2;
      for(k2=j-1; k2>=lo && j-k2<40; k2--){
        const nr_tok *t = &c->t[k2];
        if( t->type==T_OPEN || t->type==T_CLOSE ) return NP_NONE;
        if( t->type==T_PUNCT && (stop_period(c, k2) || c->s[t->s]==';' || c->s[t->s]==':') ) return NP_NONE;
        if( nr_punct_is(c, k2, ',') ) break;
      }
      if( k2<lo || j-k2>=40 || k-k2>=70 ) return NP_NONE;
      /* X, who, on a call Friday, criticized: the aside follows "who" */
      if( commas>0 && k2+2==j && (nr_tok_is(c, k2+1, "who") || nr_tok_is(c, k2+1, "which")) )
        return who_subject(c, k2+1, lo, np);
      if( commas==0 && nr_np_forward(c, k2+1, j, np)==NP_NAME && (np->b==j || skip_paren(c, np->b, j)==j) ){
        /* Clinton's campaign chairman, John Podesta, said */
        return NP_NAME;
      }
      if( appositive_start(c, k2+1) ){
        long e = skip_paren_back(c, k2-1, lo)+1;
        if( np_backward(c, e, lo, np)==NP_NAME ){
          /* "X, whose company, Paradata, makes …, said", "X, a teacher whose
          ** husband, Y, is ill, said": a name set off inside a whose-clause
          ** is its noun's, the subject is further left ("whose" anywhere in
          ** the words back to the comma before them) */
          long w;
          int whose = 0;
          for(w=np->a-2; np->a-1>lo && nr_punct_is(c, np->a-1, ',') && w>=lo && np->a-w<12; w--){
            if( c->t[w].type!=T_WORD ) break;
            if( nr_tok_is(c, w, "whose") ){ whose = 1; break; }
          }
          if( !whose ) return NP_NAME;
          j = k2; commas++;
          continue;
        }
        if( np->type==NP_PRON ) return NP_PRON;
        if( np->type==NP_DESC && (nr_tok_is(c, k2+1, "who") || nr_tok_is(c, k2+1, "whose")) ){
          /* "X, a teacher at the harbour school, whose husband …, said": the
          ** description is itself an appositive, its name speaks */
          long k3;
          nr_np h;
          for(k3=k2-1; k3>lo && k2-k3<20; k3--){
            if( c->t[k3].type!=T_WORD && !nr_punct_is(c, k3, ',') ) break;
            if( nr_punct_is(c, k3, ',') ){
              if( appositive_start(c, k3+1) && !c->t[k3+1].cap && np_backward(c, k3, lo, &h)==NP_NAME && !h.org ){
                *np = h; return NP_NAME;
              }
              break;
            }
          }
          return NP_DESC;
        }
      }
      j = k2; commas++;
    }
    return NP_NONE;
  }
  {
    /* "52 percent of registered voters agreed", "the mother of three
    ** replied": a description with an "of" complement */
    long j = k;
    int n = 0;
    while( j>lo && n<3 && c->t[j].type==T_WORD && !c->t[j].cap && nr_tok_class(c, j)==W_NONE &&
           nr_tok_cue(c, j)==C_NONE && !nr_tok_is(c, j, "of") ){ j--; n++; }
    if( n>=1 && j>lo && nr_tok_is(c, j, "of") && np_backward(c, k+1, lo, np)==NP_NONE ){
      nr_np h;
      if( np_backward(c, j, lo, &h)==NP_DESC && h.ta<h.tb ){ h.b = k+1; *np = h; return NP_DESC; }
    }
  }
  if( np_backward(c, k+1, lo, np)!=NP_NONE ){
    {
      /* "Bishop Tomas Brenn of the Valmere Diocese told": the person before
      ** "of" speaks, not the place or body after it.  The chain walks over
      ** organisations ("X of the University of Y", "X of the Committee on
      ** Y", "X of the Council for Y"); the leftmost name on it that is
      ** no organisation speaks */
      long p = np->a-1, b = np->b;
      nr_np h;
      int n = 0, steps;
      for(steps=0; steps<4 && np->type!=NP_PRON && p-1>=lo; steps++){
        int of = nr_tok_is(c, p, "of");
        if( !of && !nr_tok_is(c, p, "on") && !nr_tok_is(c, p, "for") ) break;
        if( np_backward(c, p, lo, &h)!=NP_NAME ) break;
        if( !h.org ){
          if( !of || !(h.nb-h.na>=2 || h.ta<h.tb) ) break;
          h.b = b; *np = h; n = 1;   /* X of the Y of Z */
        }
        p = h.a-1;
      }
      if( n ) return NP_NAME;
    }
    static const char *const art[] = { "the", "a", "an", "his", "her", "their", "its", "our", "my", "your" };
    if( np->type==NP_DESC && np->b==cue && np->b-np->a==2 && TOK_IN(c, np->a, art) && adj_word(c, np->a+1) ){
      /* "made the following comment", "a controversial comment": the cue is
      ** a noun, the speaker the subject of the verb before it */
      long v = np->a-1;
      np_clear(np);
      if( v>lo && c->t[v].type==T_WORD && !c->t[v].cap && nr_tok_class(c, v)==W_NONE && nr_tok_cue(c, v)==C_NONE )
        return subject_before(c, v, lo, np, passive);
      return NP_NONE;
    }
    /* "Protesters marching through the streets chanted", "Trump at the
    ** time said", "Japanese officials in Tokyo said": the subject is the
    ** phrase before the prepositional one (not after "of"/"for":
    ** Secretary of State John Kerry) */
    static const char *const prep[] = { "through", "at", "in", "from", "with", "near", "outside",
      "inside", "across", "along", "around", "on", "under", "behind", "into" };
    long p = np->a-1, v;
    nr_np h;
    if( (np->type==NP_DESC || (np->type==NP_NAME && np->org==2)) && !is_possessive(c, np->b-1) && p-1>=lo &&
        !c->t[p].cap && TOK_IN(c, p, prep) ){
      v = p-1;
      if( v-1>=lo && ing_word(c, v) ) v--;
      else{
        /* "X, who has in the past described": auxiliaries before the phrase */
        int be2;
        long w = skip_aux_back(c, v, lo, &be2);
        if( w>=lo && (nr_tok_is(c, w, "who") || nr_tok_is(c, w, "which")) ){
          if( be2 ) *passive = 1;
          return who_subject(c, w, lo, np);
        }
      }
      if( np_backward(c, v+1, lo, &h)!=NP_NONE && h.type!=NP_PRON ) *np = h;
    }
    return np->type;
  }
  return NP_NONE;
}

/* ------------------------------------------------------------ quotes */

typedef struct att {
  nr_np np;
  long cue;          /* token, -1 for none */
  int colon;         /* cue is a colon */
  long colon_tok;
} att;

static int att_ok(att *a){ return a->np.type!=NP_NONE; }

/* The speaker after an inverted verb: said Ben Carson / said retired
** neurosurgeon Ben Carson / said an Iowa Democrat. */
static int inverted_np(nr_ctx *c, long j, long hi, nr_np *np){
  long k;
  int words = 0;
  if( nr_np_forward(c, j, hi, np)!=NP_NONE ) return 1;
  for(k=j; k<hi && k<j+7; k++){
    const nr_tok *t = &c->t[k];
    /* said 9/11 widow Terry Strada: numbers and slashes in the modifier */
    if( nr_punct_is(c, k, '/') && k>j && c->t[k-1].type==T_WORD ) continue;
    if( t->type==T_WORD && nr_is_ascii_digit(c->s[t->s]) ) continue;
    if( ++words>3 ) break;
    if( t->type!=T_WORD || t->cap || nr_tok_class(c, k)==W_STOP || nr_tok_cue(c, k)!=C_NONE ) break;
    if( nr_np_forward(c, k+1, hi, np)==NP_NAME ){ np->a = j; np->ta = j; return 1; }
  }
  np_clear(np);
  return 0;
}

/* 1. "…," X said / "…," said X */
static int after_adjacent(nr_ctx *c, long qc, long hi, att *a){
  long t = qc+1, k;
  int be;
  int dash = 0;
  if( t<hi && nr_punct_is(c, t, ',') ) t++;
  else if( t<hi && is_dash_tok(c, t) ){ t++; dash = 1; }
  if( t>=hi || c->t[t].type!=T_WORD ) return 0;
  if( dash ){
    /* "…" ― Name, the quote's signature */
    /* … not "– the Founding Father who …": a signature ends its sentence */
    if( nr_np_forward(c, t, hi, &a->np)==NP_NAME &&
        (a->np.b>=hi || c->t[a->np.b].type!=T_WORD) ){ a->cue = -1; a->colon = 1; a->colon_tok = t-1; return 1; }
    np_clear(&a->np);
    return 0;
  }
  if( nr_tok_cue(c, t)==C_SAY ){
    if( !c->t[t].inv ) return 0;
    if( inverted_np(c, t+1, hi, &a->np) ){ a->cue = t; return 1; }
    return 0;
  }
  if( nr_np_forward(c, t, hi, &a->np)==NP_NONE ) return 0;
  k = skip_paren(c, a->np.b, hi);
  if( k+1<hi && nr_punct_is(c, k, '.') && nr_punct_is(c, k+1, ',') ) k++;     /* Tom Okafor Jr., */
  if( k<hi && nr_punct_is(c, k, ',') ){
    /* X, 30, of Raleigh, N.C., who was polled, said: the first cue after a comma */
    long j, last_comma = k;
    for(j=k+1; j<hi && j-k<40; j++){
      if( c->t[j].type==T_OPEN ){
        /* X, wearing "Renk" pins, said: a few quoted words inside the aside */
        long e = j+1;
        while( e<hi && e-j<=6 && c->t[e].type!=T_CLOSE ) e++;
        if( e<hi && c->t[e].type==T_CLOSE && c->t[e].q==c->t[j].q ){ j = e; continue; }
        return 0;
      }
      if( stop_period(c, j) ) return 0;
      if( nr_punct_is(c, j, ',') ){ last_comma = j; continue; }
      if( c->t[j].type==T_WORD && last_comma>k ){
        int cu = nr_tok_cue(c, j);
        if( cu==C_SAY || cu==C_CALL ){
          long b = j-1;
          int n = 0;
          while( b>last_comma && n<4 && (nr_tok_class(c, b)==W_AUX || ly_adverb(c, b)) ){ b--; n++; }
          if( b==last_comma ){ a->cue = j; return 1; }
        }
      }
    }
    np_clear(&a->np);
    return 0;
  }
  {
    int n = 0;
    (void)be;
    while( k<hi && n<4 && c->t[k].type==T_WORD && !c->t[k].cap ){
      int cls = nr_tok_class(c, k);
      if( cls!=W_AUX && cls!=W_BE && !ly_adverb(c, k) ) break;
      if( nr_tok_cue(c, k)!=C_NONE ) break;
      k++; n++;
    }
  }
  if( k<hi && c->t[k].type==T_WORD ){
    int cu = nr_tok_cue(c, k);
    if( cu==C_SAY || cu==C_CALL ){ a->cue = k; return 1; }
  }
  np_clear(&a->np);
  return 0;
}

static int has_cue(nr_ctx *c, long lo, long hi){
  long k;
  for(k=lo; k<hi; k++){
    int cu;
    if( c->t[k].type!=T_WORD || c->t[k].q>=0 ) continue;
    cu = nr_tok_cue(c, k);
    if( cu==C_SAY || cu==C_CALL ) return 1;
  }
  return 0;
}

/* X said that Y described it as "…": the reporting verb of the main clause */
static void outer_cue(nr_ctx *c, att *a, long lo, int loose){
  long k;
  nr_np np;
  int crossed = 0;     /* a comma, semicolon or dash between the two verbs */
  /* "When X announced …, he called it …", "Bundy says to Santilli, who
  ** responds": a person, a pronoun or a non-restrictive "who" right after
  ** a comma, semicolon or dash is the subject of a clause of its own, not
  ** of one the verb before reports (unlike "…, the majority of them rated"
  ** or "the post, which confirmed": a thing's words are reported) */
  if( (a->np.type==NP_NAME || a->np.type==NP_PRON || nr_tok_is(c, a->np.a, "who")) && a->np.a-1>=lo &&
      (nr_punct_is(c, a->np.a-1, ',') || nr_punct_is(c, a->np.a-1, ';') || is_dash_tok(c, a->np.a-1)) ) return;
  for(k=a->np.a-1; k>=lo; k--){
    int pass;
    if( nr_punct_is(c, k, ',') || nr_punct_is(c, k, ';') || is_dash_tok(c, k) ) crossed = 1;
    /* the inner clause must hang on the outer verb: no clause boundary
    ** between them (…, but he said / ― Trump boasted) unless the inner verb
    ** only names the words (what he called) */
    if( !loose && (nr_punct_is(c, k, ',') || nr_punct_is(c, k, ';') || is_dash_tok(c, k) ||
                   nr_tok_is(c, k, "but") || nr_tok_is(c, k, "and") || nr_tok_is(c, k, "while") ||
                   c->t[k].type==T_CLOSE) ) return;
    if( c->t[k].type!=T_WORD || c->t[k].q>=0 ) continue;
    if( nr_tok_cue(c, k)==C_NONE || nr_tok_cue(c, k)==C_ACCORD || is_rel(c, k-1) ) continue;
    if( subject_before(c, k, lo, &np, &pass)!=NP_NONE && !pass ){
      /* across a clause boundary, a named inner subject other than the outer
      ** one keeps its words ("advisers say …, both of which Mayor Ruiz
      ** praised as "…""); a pronoun or the same name is the outer one's */
      if( crossed && a->np.type==NP_NAME && !(np.type==NP_NAME && nr_tok_eq(c, np.nb-1, a->np.nb-1)) ) return;
      a->np = np; a->cue = k;
      return;
    }
  }
}

/* A reporting phrase of several words that takes the quoted words as its
** object: X went on about "…", X talked about "…", X spoke of "…",
** X has used the phrase "…".  k is the phrase's last word, just before an
** opening mark; the verb's token is returned (-1 for none). */
static long phrase_cue(nr_ctx *c, long k, long lo){
  const nr_qent *talk;
  if( k+1>=(long)c->nt || c->t[k+1].type!=T_OPEN || k-1<lo ) return -1;
  if( nr_tok_is(c, k, "about") ){
    if( nr_tok_is(c, k-1, "on") && k-2>=lo && PW_IS(c, k-2, PW_GO) ) return k-2;
    if( PW_IS(c, k-1, PW_TALK) ) return k-1;
    return -1;
  }
  if( nr_tok_is(c, k, "of") ) return (talk = pw_word(c, k-1, PW_TALK))!=0 && talk->pwnum!=1 ? k-1 : -1;
  if( PW_IS(c, k, PW_TERM) && k-2>=lo && nr_tok_is(c, k-1, "the") && PW_IS(c, k-2, PW_USE) ) return k-2;
  return -1;
}

/* Does the sentence (from lo) open with the word k, or with one word and a
** comma before it (But, said X)? */
static int opens_sentence(nr_ctx *c, long k, long lo){
  long j = lo;
  while( j<k && c->t[j].type!=T_WORD ) j++;
  if( j==k ) return 1;
  return j+2==k && nr_punct_is(c, k-1, ',');
}

/* 2. the nearest cue with a subject before the quote, in its sentence */
static int before_quote(nr_ctx *c, long qo, long lo, att *a){
  long k;
  for(k=qo-1; k>=lo; k--){
    nr_tok *t = &c->t[k];
    int cu, pass;
    if( t->q>=0 ) continue;
    /* Said Ada Renk, who …, "…" / But, said Renk, "…" */
    if( t->type==T_WORD && opens_sentence(c, k, lo) && (cap_inverted_cue(c, k) ||
        (nr_tok_cue(c, k)==C_SAY && t->inv && k>lo)) && inverted_np(c, k+1, qo, &a->np) ){
      a->cue = k; return 1;
    }
    if( t->type==T_PUNCT ){
      if( k==qo-1 && nr_punct_is(c, k, ':') ){
        long j = k-1;
        if( j>=lo && c->t[j].type==T_WORD && nr_tok_cue(c, j)==C_SAY ) continue;
        if( np_backward(c, k, lo, &a->np)!=NP_NONE && a->np.type!=NP_DESC &&
            !(a->np.a-1>lo && nr_tok_class(c, a->np.a-1)==W_STOP && c->t[a->np.a-1].num==1 &&
              has_cue(c, lo, a->np.a-1)) ){
          /* X told CNN: "…" / X said to reporters: the listener is no speaker;
          ** X said of Sanders: "…": nor is a preposition's object after a
          ** cue (the scan goes on to the cue and its subject); "Former
          ** secretary of state X:" has none */
          long v = a->np.a-1;
          /* … and X wrote on X / posted on Facebook: the medium is none either */
          if( v>lo && (nr_tok_is(c, v, "to") || nr_tok_is(c, v, "on") || nr_tok_is(c, v, "via")) ) v--;
          if( !(v>=lo && c->t[v].type==T_WORD && (nr_tok_cue(c, v)==C_SAY || nr_tok_cue(c, v)==C_ING)) ){
            a->cue = -1; a->colon = 1; a->colon_tok = k; return 1;
          }
        }
        if( !has_cue(c, lo, k) && sentence_subject(c, lo, k, &a->np)!=NP_NONE ){ a->cue = -1; a->colon = 1; a->colon_tok = k; return 1; }
      }
      if( stop_period(c, k) || c->s[t->s]==';' ) break;
      continue;
    }
    if( t->type!=T_WORD ) continue;
    cu = nr_tok_cue(c, k);
    if( cu==C_NONE ){
      long v = phrase_cue(c, k, lo);
      if( v>=0 && subject_before(c, v, lo, &a->np, &pass)!=NP_NONE && !pass ){ a->cue = v; return 1; }
      continue;
    }
    if( cu==C_ACCORD ){
      if( inverted_np(c, k+2, qo, &a->np) ){ a->cue = k; return 1; }
      continue;
    }
    if( subject_before(c, k, lo, &a->np, &pass)!=NP_NONE && !(pass && cu!=C_ING) ){
      a->cue = k;
      /* footage of X saying, "…": the participle has its own speaker */
      if( !(cu==C_ING && a->np.type==NP_NAME && a->np.b==k && a->np.a>lo && nr_tok_is(c, a->np.a-1, "of")) ) outer_cue(c, a, lo, cu==C_CALL || is_rel(c, k-1));
      return 1;
    }
    if( c->t[k].inv && cu==C_SAY && k==lo && nr_np_forward(c, k+1, qo, &a->np)!=NP_NONE ){ a->cue = k; return 1; }
  }
  np_clear(&a->np);
  return 0;
}

/* 2b. a quote set off by dashes after a name: … Mitt Romney -- "…" -- and */
static int dash_apposition(nr_ctx *c, long qo, long qc, long lo, long hi, att *a){
  long d = qo-1;
  int closed;
  if( d<=lo || !is_dash_tok(c, d) ) return 0;
  closed = qc+1<hi && is_dash_tok(c, qc+1);
  if( d-1>lo && is_dash_tok(c, d-1) ) d--;        /* -- */
  if( closed && np_backward(c, d, lo, &a->np)==NP_NAME ){ a->cue = -1; a->colon = 1; a->colon_tok = d; return 1; }
  /* "When Trump finally wrapped up -- "…" --", "Trump also embraced torture
  ** -- "…"": a clause without a reporting verb, its subject a name */
  if( (closed || qc+1>=hi || stop_period(c, qc+1)) && !has_cue(c, lo, d) &&
      sentence_subject(c, lo, d, &a->np)==NP_NAME ){ a->cue = -1; a->colon = 1; a->colon_tok = d; return 1; }
  np_clear(&a->np);
  return 0;
}

/* 3. a colon intro at the end of the previous paragraph */
static int colon_intro(nr_ctx *c, long qo, att *a){
  long k = qo-1, lo;
  int pass;
  if( k<0 || !nr_punct_is(c, k, ':') ) return 0;
  lo = sent_lo(c, k);
  if( k-1>=lo && c->t[k-1].type==T_WORD && nr_tok_cue(c, k-1)==C_SAY ){
    if( subject_before(c, k-1, lo, &a->np, &pass)!=NP_NONE ){ a->cue = k-1; return 1; }
  }
  {
    long j;
    for(j=k-1; j>=lo; j--){
      int cu;
      if( c->t[j].type!=T_WORD || c->t[j].q>=0 ) continue;
      cu = nr_tok_cue(c, j);
      if( cu==C_SAY || cu==C_CALL || cu==C_ING ){
        if( subject_before(c, j, lo, &a->np, &pass)!=NP_NONE ){ a->cue = j; return 1; }
        break;
      }
    }
  }
  if( np_backward(c, k, lo, &a->np)!=NP_NONE ){ a->cue = -1; a->colon = 1; a->colon_tok = k; return 1; }
  if( sentence_subject(c, lo, k, &a->np)!=NP_NONE ){ a->cue = -1; a->colon = 1; a->colon_tok = k; return 1; }
  np_clear(&a->np);
  return 0;
}

/* 4. a cue later in the sentence */
static int after_distant(nr_ctx *c, long qc, long hi, att *a){
  long k;
  for(k=qc+1; k<hi; k++){
    nr_tok *t = &c->t[k];
    int cu, pass;
    if( t->q>=0 || t->type!=T_WORD ) continue;
    if( k+2<hi && PW_IS(c, k, PW_BYVERB) && nr_tok_is(c, k+1, "by") ){
      /* "…" was written by X: the agent of a passive */
      int be;
      skip_aux_back(c, k-1, qc+1, &be);
      if( be && nr_np_forward(c, k+2, hi, &a->np)!=NP_NONE ){ a->cue = k; return 1; }
    }
    cu = nr_tok_cue(c, k);
    if( cu==C_NONE ) continue;
    if( cu==C_ACCORD ){
      if( nr_np_forward(c, k+2, hi, &a->np)!=NP_NONE ){ a->cue = k; return 1; }
      continue;
    }
    if( cu==C_ING ) continue;
    if( subject_before(c, k, qc+1, &a->np, &pass)!=NP_NONE && !pass ){ a->cue = k; return 1; }
    if( t->inv && cu==C_SAY && nr_np_forward(c, k+1, hi, &a->np)!=NP_NONE ){ a->cue = k; return 1; }
  }
  np_clear(&a->np);
  return 0;
}

/* himself, herself, themselves */
static int reflexive(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  size_t n = t->e-t->s;
  return t->type==T_WORD && ((n>4 && memcmp(c->s+t->e-4, "self", 4)==0) || (n>6 && memcmp(c->s+t->e-6, "selves", 6)==0));
}

/* 4b. a characterisation: X openly admires Y as a "…", X has gone after Y
** as a "…" -- the words are X's, the subject of the verb before "as". */
static int as_characterisation(nr_ctx *c, long qo, long lo, att *a){
  static const char *const particle[] = { "after", "at", "on", "off", "out", "up", "down" };
  long k = qo-1, v;
  nr_np obj;
  int pass;
  if( k>lo && (nr_tok_is(c, k, "a") || nr_tok_is(c, k, "an")) ) k--;
  if( k<=lo || !nr_tok_is(c, k, "as") ) return 0;
  if( nr_tok_is(c, k-1, "such") || nr_tok_is(c, k-1, "well") || nr_tok_is(c, k-1, "same") ||
      nr_tok_is(c, k-1, "just") || nr_tok_is(c, k-1, "known") ) return 0;
  v = k-1;
  if( np_backward(c, k, lo, &obj)!=NP_NONE ) v = obj.a-1;
  if( v>lo && TOK_IN(c, v, particle) ) v--;
  /* presents herself as: the reflexive stands for its verb */
  if( v<=lo || c->t[v].type!=T_WORD || c->t[v].cap || c->t[v].q>=0 || (nr_tok_class(c, v)!=W_NONE && !reflexive(c, v)) ) return 0;
  if( subject_before(c, v, lo, &a->np, &pass)!=NP_NONE ){
    if( pass || a->np.type==NP_DESC ){ np_clear(&a->np); return 0; }
  }else if( sentence_subject(c, lo, v, &a->np)==NP_NONE || a->np.type==NP_DESC ){
    np_clear(&a->np); return 0;
  }
  a->cue = v;
  return 1;
}

/* Words between the marks qo and qc, and how many of them are lower-case
** content words (not capitalised, not a number, not a short function word). */
static void count_quoted_words(nr_ctx *c, long qo, long qc, long *words, long *lower){
  long k;
  *words = *lower = 0;
  for(k=qo+1; k<qc; k++){
    const nr_tok *t = &c->t[k];
    if( t->type==T_WORD && !nr_tok_apos(c, k) ){   /* not a clitic ('ve of I've) */
      (*words)++;
      if( !t->cap && !nr_is_ascii_digit(c->s[t->s]) ){
        int cls = nr_tok_class(c, k);
        if( !(cls==W_STOP || cls==W_DET) || t->e-t->s>4 ) (*lower)++;
      }
    }
  }
}

/* "Clinton's "public option"": a few lower-case quoted words right after a
** name's possessive are a quotation, but the possessive says whose term or
** thing it is, not who said it ("the Fed's "dovish shock"", "Ford's
** "turn""): the quote is kept with no speaker. */
static int possessive_term(nr_ctx *c, long qo, long qc, long lo){
  long k = qo-1, words, lower;
  nr_np np;
  if( k<=lo ) return 0;
  if( c->t[k].type==T_PUNCT ) k--;     /* Sanders' */
  if( k<lo || c->t[k].type!=T_WORD || !c->t[k].cap || !is_possessive(c, k) ) return 0;
  if( c->t[qo+1].type!=T_WORD || c->t[qo+1].cap ) return 0;
  count_quoted_words(c, qo, qc, &words, &lower);
  if( words==0 || words>4 ) return 0;
  return np_backward(c, k+1, lo, &np)==NP_NAME;
}

/* Quoted words that are a name whatever the sentence says: titles of works
** (MSNBC's "Morning Joe", Title Case), nicknames (Robert C. "Bobby" Scott),
** markup attributes (tweet-date="…"). */
/* Quoted words that read as sentences: four words or more with a full stop
** among or after them ("Finally. Someone who thinks like me.").  Titles of
** works and nicknames have no full stops. */
static int sentence_like(nr_ctx *c, long qo, long qc){
  long k, words = 0, stops = 0;
  for(k=qo+1; k<qc; k++){
    if( c->t[k].type==T_WORD ) words++;
    else if( nr_punct_is(c, k, '.') && k>qo+1 && c->t[k-1].type==T_WORD && !single_cap_letter(c, k-1) ) stops++;
  }
  return words>=4 && stops>0;
}

/* Word k announces a title, a nickname or a term (phrasewords.tsv: title);
** a word that is a verb as often (number 1: show, play, program) not where
** it reads as one: after a pronoun, an auxiliary ("will play", "to show"),
** a plural subject ("Volunteers play", "the figures show", "the data
** show"), or before a determiner ("play the \"woman card\""). */
static int title_word(nr_ctx *c, long k){
  const nr_qent *e = pw_word(c, k, PW_TITLE);
  const nr_tok *p;
  if( !e ) return 0;
  if( e->pwnum!=1 ) return 1;
  if( k+1<(long)c->nt && c->t[k+1].type==T_WORD && nr_tok_class(c, k+1)==W_DET ) return 0;
  if( k==0 || c->t[k-1].type!=T_WORD ) return 1;
  p = &c->t[k-1];
  if( nr_tok_class(c, k-1)==W_PRON || nr_tok_class(c, k-1)==W_AUX || nr_tok_is(c, k-1, "to") ||
      nr_tok_is(c, k-1, "data") ) return 0;
  if( (!p->cap || (c->sent_a && c->sent_a[p->sent]==k-1)) && !p->upper && p->e-p->s>=4 && !is_possessive(c, k-1) &&
      (c->s[p->e-1]|0x20)=='s' && (c->s[p->e-2]|0x20)!='s' ) return 0;          /* plural subject */
  return 1;
}

static int looks_like_title(nr_ctx *c, long qo, long qc){
  long k, words = 0, lower = 0;
  if( qo>0 && (nr_punct_is(c, qo-1, '=') || nr_punct_is(c, qo-1, '<')) ) return 1;
  if( qc-qo>=3 && nr_punct_is(c, qo+1, '(') && nr_punct_is(c, qc-1, ')') ) return 1;  /* (CROSSTALK) */
  if( qc-qo>=4 && nr_punct_is(c, qo+1, '(') && nr_punct_is(c, qc-2, ')') ) return 1;
  /* the headline said: "…" -- a trigger word before sentences is no title */
  for(k=sentence_like(c, qo, qc) ? -1 : qo-1; k>=0 && k>=qo-2; k--){
    if( c->t[k].sent!=c->t[qo].sent ) break;
    if( c->t[k].type!=T_WORD ) continue;
    if( title_word(c, k) ) return 1;
    if( nr_tok_is(c, k, "as") && k>0 && nr_tok_is(c, k-1, "known") ) return 1;
    if( k==qo-2 && !nr_tok_is(c, k, "of") ) break;
  }
  count_quoted_words(c, qo, qc, &words, &lower);
  if( words==1 && lower==0 && qo>0 && qc+1<(long)c->nt && c->t[qo-1].type==T_WORD && c->t[qo-1].cap &&
      c->t[qc+1].type==T_WORD && c->t[qc+1].cap ) return 1;                      /* nickname */
  if( words==1 && lower==0 && qo>1 && nr_punct_is(c, qo-1, '.') && single_cap_letter(c, qo-2) &&
      qc+1<(long)c->nt && c->t[qc+1].cap ) return 1;
  if( qo>0 && c->t[qo-1].type==T_WORD && lower<=words && words<=6 ){
    const nr_tok *p = &c->t[qo-1];
    size_t b = p->e;
    if( (b-p->s>2 && c->s[b-2]=='\'' && c->s[b-1]=='s') ||
        (b-p->s>4 && c->s[b-4]==0xE2 && c->s[b-2]==0x99 && c->s[b-1]=='s') ){
      /* MSNBC's "Morning Joe": a possessive before a capitalised title */
      if( c->t[qo+1].cap ) return 1;
    }
  }
  return 0;
}

/* A word or two in quotes mid-sentence, in a sentence with no reporting
** verb at all: a term the writer holds at a distance (a "launch team"). */
static int scare_quote(nr_ctx *c, long qo, long qc, long lo, long hi){
  long k, words = 0;
  for(k=qo+1; k<qc; k++){
    if( c->t[k].type==T_WORD ){ words++; if( c->t[k].cap ) return 0; }
    else if( c->t[k].type==T_PUNCT && (nr_punct_is(c, k, '.') || nr_punct_is(c, k, '?') || nr_punct_is(c, k, '!') || nr_punct_is(c, k, ',')) ) return 0;
  }
  if( words==0 || words>2 || qo==lo ) return 0;
  /* "pounding Trump as a "con artist"": a characterisation, often speech */
  if( nr_tok_is(c, qo-1, "as") || (qo>1 && nr_tok_class(c, qo-1)==W_DET && nr_tok_is(c, qo-2, "as")) ) return 0;
  for(k=lo; k<hi; k++){
    int cu;
    if( c->t[k].type!=T_WORD || c->t[k].q>=0 ) continue;
    cu = nr_tok_cue(c, k);
    if( cu!=C_NONE ) return 0;
  }
  return 1;
}

/* Quoted words that nobody says: titles, nicknames, terms. */
static int looks_like_term(nr_ctx *c, long qo, long qc){
  long k, words = 0, lower = 0;
  int end_punct = 0;
  count_quoted_words(c, qo, qc, &words, &lower);
  if( qc-1>qo && c->t[qc-1].type==T_PUNCT ){
    unsigned ch = c->s[c->t[qc-1].s];
    end_punct = ch=='.' || ch=='?' || ch=='!';
  }
  if( words>=2 && lower==0 && !end_punct ) return 1;           /* Title Case */
  /* one capitalised word nobody is reported as saying: a model's or a
  ** product's name, a brand (the new "GT" model, changed to "Echo") */
  if( words==1 && lower==0 && !end_punct && c->t[qo+1].type==T_WORD && c->t[qo+1].cap ) return 1;
  /* so-called "…", the film "…", the word "…" (phrasewords.tsv: title),
  ** in the quote's own sentence */
  for(k=qo-1; k>=0 && k>=qo-2; k--){
    if( c->t[k].sent!=c->t[qo].sent || nr_punct_is(c, k, ':') ) break;   /* a colon introduces words */
    if( c->t[k].type!=T_WORD ) continue;
    if( title_word(c, k) || nr_tok_is(c, k, "name") || nr_tok_is(c, k, "word") || nr_tok_is(c, k, "term") ) return 1;
    break;
  }
  if( qo>0 && nr_punct_is(c, qo-1, '=') ) return 1;   /* markup attributes */
  return 0;
}

/* Is the name phrase np a subject to trust with no reporting verb: more
** than one word, a title, or a word that is not its sentence's first or
** names someone the text mentions again ("Perhaps", "Numerous", "Sure"
** open sentences capitalised)? */
static int trusted_subject(nr_ctx *c, const nr_np *np){
  long a = np->na<np->nb ? np->na : np->a;
  int e;
  if( np->nb-np->na>=2 || np->tb>np->ta || np->org ) return 1;
  if( c->d->doc.n_sent ){
    long f = c->sent_a[c->t[a].sent];
    while( f<a && c->t[f].type!=T_WORD ) f++;     /* (Best I can tell, … */
    if( f!=a ) return 1;
  }
  e = c->t[a].ent;
  return e>=0 && c->d->ent[e].mentions>=2;
}

static int is_partial(nr_ctx *c, const nr_qspan *q){
  int32_t cp;
  size_t b;
  nr_utf8_decode(c->s, c->n, q->start, &cp);
  if( !nr_is_upper(cp) && !nr_is_digit(cp) ) return 1;
  /* capitalised: a whole sentence when it ends with punctuation */
  b = nr_utf8_decode_back(c->s, c->n, q->end, &cp);
  (void)b;
  if( cp=='.' || cp=='?' || cp=='!' || cp==',' || cp==0x2026 || cp==';' || cp==0x2014 || cp=='-' ) return 0;
  if( q->close<c->n && (c->s[q->close]==',' || c->s[q->close]=='.') ) return 0;
  return 1;
}

static int add_quote(nr_ctx *c, const nr_qspan *q, long qo, long qc, att *a, int ent){
  nr_quotes_doc *d = c->d;
  nr_quote *r;
  int32_t smin, smax;
  if( NR_RESERVE(d->q, d->capq, d->nq+1) ) return NR_NOMEM;
  r = &d->q[d->nq++];
  memset(r, 0, sizeof(*r));
  r->start = q->start; r->end = q->end;
  r->entity = ent;
  r->partial = is_partial(c, q);
  smin = c->t[qo].sent; smax = c->t[qc].sent;
  if( a && att_ok(a) ){
    r->m_s = c->t[a->np.a].s; r->m_e = c->t[a->np.b-1].e;
    if( c->t[a->np.a].sent<smin ) smin = c->t[a->np.a].sent;
    if( c->t[a->np.b-1].sent>smax ) smax = c->t[a->np.b-1].sent;
    if( a->cue>=0 ){
      long ce = a->cue;
      if( nr_tok_cue(c, a->cue)==C_ACCORD ) ce = a->cue+1;
      r->cue_s = c->t[a->cue].s; r->cue_e = c->t[ce].e;
      if( c->t[a->cue].sent<smin ) smin = c->t[a->cue].sent;
      if( c->t[a->cue].sent>smax ) smax = c->t[a->cue].sent;
    }else if( a->colon ){
      r->cue_s = c->t[a->colon_tok].s; r->cue_e = c->t[a->colon_tok].e;
    }
  }
  if( d->doc.n_sent>0 ){
    r->paragraph = d->doc.sent[c->t[qo].sent].paragraph;
    r->sent_s = d->doc.sent[smin].start;
    r->sent_e = d->doc.sent[smax].end;
    if( r->sent_e<r->sent_s ) r->sent_e = r->sent_s;
  }
  return NR_OK;
}

/* "According to X, … "…"": the source the sentence opens with. */
static int according_first(nr_ctx *c, long lo, long qo, att *a){
  long k = lo;
  while( k<qo && c->t[k].type!=T_WORD ) k++;
  if( k>=qo-2 || !nr_tok_is(c, k, "according") || !nr_tok_is(c, k+1, "to") ) return 0;
  if( !inverted_np(c, k+2, qo, &a->np) ) return 0;
  if( a->np.b>=qo || !nr_punct_is(c, a->np.b, ',') ){ np_clear(&a->np); return 0; }
  a->cue = k;
  return 1;
}

/* "WALLACE: …" -- a transcript turn names its speaker inside the marks:
** capitals, a colon, a space and the words (not a ticker symbol such as
** "NYSE:XYZ"). */
static int transcript_speaker(nr_ctx *c, long qo, long qc, att *a){
  long k = qo+1;
  while( k<qc && k-qo<=3 && c->t[k].type==T_WORD && c->t[k].upper ) k++;
  if( k==qo+1 || k>=qc || !nr_punct_is(c, k, ':') ) return 0;
  if( k+1>=qc || c->t[k+1].s==c->t[k].e ) return 0;
  np_clear(&a->np);
  a->np.type = NP_NAME; a->np.a = a->np.na = a->np.ta = a->np.tb = qo+1; a->np.b = a->np.nb = k;
  a->np.pa = a->np.pb = -1;
  a->cue = -1; a->colon = 1; a->colon_tok = k;
  return 1;
}

/* A quote opening a sentence right after "…, X said." takes X. */
static int prev_sentence_cue(nr_ctx *c, long qo, long lo, att *a){
  long k, plo;
  int pass;
  long end;
  if( lo<=0 ) return 0;
  k = lo-1;
  if( !stop_period(c, k) ) return 0;
  plo = sent_lo(c, k);
  if( c->d->doc.sent[c->t[plo].sent].paragraph!=c->d->doc.sent[c->t[qo].sent].paragraph ) return 0;
  /* the cue ends the sentence: "…, Schiff said." / "…, he said outside the
  ** building." -- a few words may follow the verb */
  for(end=k-1; end>plo && k-end<=5; end--){
    if( c->t[end].type!=T_WORD || c->t[end].q>=0 ) break;
    if( nr_tok_cue(c, end)==C_SAY ){
      if( subject_before(c, end, plo, &a->np, &pass)!=NP_NONE && !pass ){ a->cue = end; return 1; }
      break;
    }
  }
  np_clear(&a->np);
  return 0;
}

/* A quote opening a sentence after one in the same paragraph with
** no attributed quote, whose subject is a named person: Sen. Ada Brightwater, who …,
** blamed the board for the delay. "…" -- she is introduced to speak. */
static int intro_sentence(nr_ctx *c, long qo, long lo, long prev_close, att *a){
  long k, plo;
  if( lo<=0 || qo!=lo || c->d->doc.n_sent==0 ) return 0;
  k = lo-1;
  if( !stop_period(c, k) ) return 0;
  plo = sent_lo(c, k);
  if( prev_close>=plo ) return 0;
  if( c->d->doc.sent[c->t[plo].sent].paragraph!=c->d->doc.sent[c->t[qo].sent].paragraph ) return 0;
  /* one capitalised word opening the sentence is a name only when known
  ** ("Older dockers compared …") */
  if( sentence_subject(c, plo, lo-1, &a->np)==NP_NAME && !a->np.org &&
      !(a->np.na==plo && a->np.nb-a->np.na==1 && c->t[a->np.na].ent<0) ){ a->cue = -1; return 1; }
  {
    /* "She says people should …. “…”": reported speech by a pronoun
    ** subject introduces the quote after it */
    long j;
    int pass;
    for(j=plo; j<lo-1; j++){
      if( c->t[j].type!=T_WORD || c->t[j].q>=0 || nr_tok_cue(c, j)!=C_SAY ) continue;
      if( subject_before(c, j, plo, &a->np, &pass)==NP_PRON && !pass ){ a->cue = j; return 1; }
      break;
    }
  }
  np_clear(&a->np);
  return 0;
}

/* Did the segmenter end the previous sentence at an initialism (U.N.)? */
static int split_at_abbrev(nr_ctx *c, long lo){
  const nr_tok *w;
  if( !nr_punct_is(c, lo-1, '.') ) return 0;
  w = &c->t[lo-2];
  if( w->type!=T_WORD || !w->upper || w->e-w->s>4 ) return 0;
  return c->d->doc.sent[c->t[lo].sent].paragraph==c->d->doc.sent[c->t[lo-2].sent].paragraph;
}

/* Token k is '?' or '!'. */
static int ends_ask(nr_ctx *c, long k){
  return nr_punct_is(c, k, '?') || nr_punct_is(c, k, '!');
}

/* Token k is a closing single mark, ' or ’ ("…?’”: a quote inside a quote
** ends with the question). */
static int close_single(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  if( t->type!=T_PUNCT ) return 0;
  if( t->e==t->s+1 ) return c->s[t->s]=='\'';
  return t->e==t->s+3 && c->s[t->s]==0xE2 && c->s[t->s+1]==0x80 && c->s[t->s+2]==0x99;
}

/* '…, "whole clause."' -- the quote closes its sentence after a lead-in
** with no reporting cue ("Now, '…'", "For voters, on the other hand, '…'"):
** a continuation of the quote before, like one opening the sentence */
static int closing_clause(nr_ctx *c, long qo, long qc, long lo, long hi){
  long k, n;
  unsigned char b;
  if( qo<=lo || qc<1 || c->t[qc].s<1 ) return 0;
  if( !(hi==qc+1 || (hi==qc+2 && c->t[qc+1].type==T_PUNCT)) ) return 0;
  b = c->s[c->t[qc].s-1];
  if( b!='.' && b!='?' && b!='!' ) return 0;
  for(k=qo+1, n=0; k<qc; k++) n += c->t[k].type==T_WORD;
  if( n<4 ) return 0;                          /* "Hannibal and Me." */
  for(k=lo; k<qo; k++){
    if( c->t[k].type!=T_WORD ) continue;
    if( c->t[k].q>=0 || nr_tok_cue(c, k)!=C_NONE || PW_IS(c, k, PW_TITLE) || PW_IS(c, k, PW_TERM) ) return 0;
    /* a name in the lead-in may be the one talking ("Sen. Lee scorned it as “…”") */
    if( k>lo && c->t[k].cap ) return 0;
  }
  /* a capital after a longer lead-in is a title ("His books include “The …”") */
  if( c->t[qo+1].cap && qo-lo>1 && !nr_punct_is(c, qo-1, ',') ) return 0;
  return 1;
}

static int common_word_name(nr_ctx *c, const nr_np *np);

static int attribute_all(nr_ctx *c){
  size_t nsp = c->spans.n;
  size_t i;
  long prev_q = -1;           /* last emitted quote with a speaker */
  long prev_close = -1;       /* its closing mark */
  att prev_a;
  int rc = NR_OK;
  memset(&prev_a, 0, sizeof(prev_a));
  if( nsp==0 ) return NR_OK;
  for(i=0; i<nsp; i++){
    const nr_qspan *q = &c->spans.a[i];
    long qo = c->mark_tok[2*i], qc = c->mark_tok[2*i+1];
    long lo, hi;
    att a;
    int found = 0, ent = -1, from_prev = 0, unattributed = 0, by_subject = 0, subj;
    if( qo<0 || qc<0 ) continue;
    memset(&a, 0, sizeof(a));
    a.cue = -1;
    lo = sent_lo(c, qo);
    hi = sent_hi(c, qc);
    /* "…?" Trump said: the segmenter may end a sentence at the closing mark */
    if( qc+1<(long)c->nt && c->t[qc+1].sent!=c->t[qc].sent && c->d->doc.n_sent && qc>0 &&
        (ends_ask(c, qc-1) || (qc>1 && close_single(c, qc-1) && ends_ask(c, qc-2))) &&
        c->d->doc.sent[c->t[qc+1].sent].paragraph==c->d->doc.sent[c->t[qc].sent].paragraph ){
      hi = sent_hi(c, qc+1);
    }
    if( qc+1<(long)c->nt && c->t[qc+1].sent!=c->t[qc].sent && hi<=qc+1 && c->d->doc.n_sent &&
        c->d->doc.sent[c->t[qc+1].sent].paragraph==c->d->doc.sent[c->t[qc].sent].paragraph ){
      /* "….” Trump said. -- a short tag sentence after a closed quote */
      long h2 = sent_hi(c, qc+1);
      att t2;
      memset(&t2, 0, sizeof(t2)); t2.cue = -1;
      if( after_adjacent(c, qc, h2, &t2) && t2.cue>=0 && t2.cue+1<h2+1 &&
          (t2.cue+1>=(long)c->nt || nr_punct_is(c, t2.cue+1, '.') || nr_punct_is(c, t2.cue+1, ',')) &&
          /* … not '….” He added, “…”': that tag introduces the next quote */
          !(t2.cue+2<(long)c->nt && nr_punct_is(c, t2.cue+1, ',') && c->t[t2.cue+2].type==T_OPEN) ){
        a = t2; found = 1;
      }
    }
    if( found ){}
    else if( transcript_speaker(c, qo, qc, &a) ) found = 1;
    else if( according_first(c, lo, qo, &a) ) found = 1;
    else if( after_adjacent(c, qc, hi, &a) ) found = 1;
    else if( dash_apposition(c, qo, qc, lo, hi, &a) ) found = 1;
    else if( before_quote(c, qo, lo, &a) ) found = 1;
    else if( lo>1 && lo<qo && split_at_abbrev(c, lo) && before_quote(c, qo, sent_lo(c, lo-1), &a) ) found = 1;
    else if( qo==lo && colon_intro(c, qo, &a) ) found = 1;
    else if( after_distant(c, qc, hi, &a) ) found = 1;
    else if( as_characterisation(c, qo, lo, &a) ) found = 1;
    else if( possessive_term(c, qo, qc, lo) ) unattributed = 1;
    if( !found && !unattributed && prev_sentence_cue(c, qo, lo, &a) ){
      found = 1;
      /* "…," she said. "…": the quote continues the previous one */
      if( prev_q>=0 && a.cue>=0 && a.cue==prev_a.cue ){ a = prev_a; from_prev = 1; }
    }
    if( !found && !unattributed && intro_sentence(c, qo, lo, prev_close, &a) ) found = 1;
    if( !found && !unattributed && prev_q>=0 ){
      /* a floating quote or a quote continued after its cue */
      const nr_quote *pq = &c->d->q[prev_q];
      int para = c->d->doc.n_sent ? c->d->doc.sent[c->t[qo].sent].paragraph : 0;
      int starts = qo==lo || (qo>0 && (stop_period(c, qo-1) || nr_punct_is(c, qo-1, '?') || nr_punct_is(c, qo-1, '!')));
      int same_sent = prev_close>=0 && c->t[prev_close].sent==c->t[qo].sent;
      if( !starts && !same_sent && pq->paragraph==para ) starts = closing_clause(c, qo, qc, lo, hi);
      if( (starts || same_sent) && (pq->paragraph==para || pq->paragraph+1==para) ){
        a = prev_a; found = 1; from_prev = 1;
      }
    }
    /* a group found by its bare plural keeps a term a quote nobody says */
    if( (!found || a.np.grp) && !unattributed && looks_like_term(c, qo, qc) ) continue;
    if( (!found || a.np.grp) && !unattributed && scare_quote(c, qo, qc, lo, hi) ) continue;
    if( looks_like_title(c, qo, qc) ) continue;
    /* single marks quote only when someone is reported as saying the words,
    ** and never in a headline */
    if( !q->dbl && (!found || from_prev || a.np.grp || (c->d->doc.n_sent && c->d->doc.n_para>1 &&
                    c->d->doc.sent[c->t[qo].sent].paragraph==1)) ) continue;
    /* a partial quotation in a reporter's sentence that no reporting verb
    ** attributes: the words of the sentence's subject when it is a name or
    ** a pronoun ("Clinton supports \"appropriate pay raises\"", "Ramos
    ** believes in journalism that \"takes sides\"") */
    if( !found && !unattributed && qo>lo && is_partial(c, q) &&
        (subj = sentence_subject(c, lo, qo, &a.np))!=NP_NONE && subj!=NP_DESC && a.np.b<=qo &&
        (subj==NP_PRON || trusted_subject(c, &a.np)) ){
      found = 1; by_subject = 1;
    }
    if( found ){
      ent = common_word_name(c, &a.np) ? -1 : nr_ent_resolve(c, &a.np, a.np.a);
      if( ent==-2 ){ rc = NR_NOMEM; goto done; }
      if( from_prev ){ ent = c->d->q[prev_q].entity; a.cue = -1; a.colon = 0; }
    }
    rc = add_quote(c, q, qo, qc, found ? &a : 0, ent);
    if( rc ) goto done;
    if( found ){
      nr_quote *r = &c->d->q[c->d->nq-1];
      if( from_prev ){
        r->cue_s = r->cue_e = 0;
      }
      if( ent>=0 ){
        nr_entity *e = &c->d->ent[ent];
        e->quotes++;
        if( a.cue>=0 && !c->t[a.cue].used ){ c->t[a.cue].used = 1; e->statements++; }
        else if( a.colon && !from_prev ) e->statements++;
      }
      if( !by_subject ){ prev_q = (long)c->d->nq-1; prev_a = a; prev_close = qc; }
    }
  }
done:
  return rc;
}

/* Does the statement of named speaker sp, whose subject np ends right
** before the reporting verb i, say it is a firm: "Sears said it would
** close 50 stores", "Labatt said its profit rose" -- a one-word name
** without honorific, given name or title, not a plural agent noun
** ("Traders said it was quiet": -ers, -ors, -ists, -ians + s)? */
static int firm_by_it(nr_ctx *c, const nr_entity *sp, const nr_np *np, long i){
  const nr_tok *w;
  if( !sp->named || sp->ntoks!=1 || sp->gender || sp->title_e!=0 || np->type!=NP_NAME ||
      np->nb-np->na!=1 || np->a!=np->na || np->b!=i || i+2>=(long)c->nt ) return 0;
  w = &c->t[np->na];
  if( (c->s[w->e-1]|0x20)=='s' && nr_agent_ending(c->s, w->s, w->e-1, 4, 2) ) return 0;
  return nr_tok_is(c, i+1, "its") || (nr_tok_is(c, i+1, "it") && c->t[i+2].type==T_WORD &&
         (nr_tok_class(c, i+2)==W_AUX || nr_tok_class(c, i+2)==W_BE));
}

/* Does a manner-of-speaking cue at token i report speech: "that" or a colon
** right after it, or after "to" or "at" and at most three words ("yelling
** to the officers that …")?  Not "shouting matches", "begging a woman to". */
static int manner_reports(nr_ctx *c, long i){
  long j, lim = i+6;
  if( i+1>=(long)c->nt ) return 0;
  if( nr_tok_is(c, i+1, "that") || nr_punct_is(c, i+1, ':') ) return 1;
  if( !nr_tok_is(c, i+1, "to") && !nr_tok_is(c, i+1, "at") ) return 0;
  for(j=i+2; j<lim && j<(long)c->nt && c->t[j].type==T_WORD; j++){
    if( nr_tok_is(c, j, "that") ) return j>i+2;
  }
  return 0;
}

/* The first word token of token k's sentence. */
static long sentence_first_word(const nr_ctx *c, long k){
  long f;
  for(f=c->sent_a[c->t[k].sent]; f<k && c->t[f].type!=T_WORD; f++){}
  return f;
}

/* Does word token w (length n > 0, folded first byte f0) match token k?
** (A mark's token may be empty at the text's end: the length first.) */
static int same_word(nr_ctx *c, long k, long w, size_t n, unsigned f0){
  const nr_tok *u = &c->t[k];
  if( (size_t)(u->e-u->s)!=n || (c->s[u->s]|0x20u)!=f0 ) return 0;
  return u->type==T_WORD && nr_tok_eq(c, k, w);
}

static int has_upper(const unsigned char *a, size_t n){
  size_t i;
  for(i=0; i<n && (unsigned)a[i]-'A'>=26u; i++){}
  return i<n;
}

/* The scan behind common_word_name() for word token w: none of the
** capitalised words (c->capi) is w inside a sentence, and some lower-case
** word is w. */
static int common_word_scan(nr_ctx *c, long w){
  const nr_tok *t = &c->t[w];
  const size_t n = t->e-t->s;
  const unsigned f0 = c->s[t->s] | 0x20u;
  size_t x;
  long k;
  for(x=0; x<c->ncap; x++){
    k = c->capi[x];
    if( k!=w && same_word(c, k, w, n, f0) && sentence_first_word(c, k)!=k ) return 0;   /* a name */
  }
  for(k=0; k<(long)c->nt; k++){
    const nr_tok *u = &c->t[k];
    long f;
    if( u->cap || !same_word(c, k, w, n, f0) ) continue;
    /* in a sentence that opens with a capital, not text in lower case
    ** throughout ("minister cesar gaviria told reuters"); not al-Hakim */
    f = sentence_first_word(c, k);
    if( f<k && c->t[f].cap && !has_upper(c->s+u->s, n) ) return 1;
  }
  return 0;
}

/* Is the name np one capitalised word that opens its sentence and that the
** article otherwise writes in lower case, never capitalised inside a
** sentence: a common word, not a name ("Sales of new cars surged …,
** indicating", "Tax proposals are being weighed …, writing")?  Plurals may
** be groups (Analysts, Officials) and are left alone, as are organisation
** and group words (Police, Management), and so is text that writes names
** in lower case (fewer than 1.5 capitalised words a sentence: "finance
** minister manuel azpurua told …").  At most 32 words an article are
** looked up (each reads its tokens once), and their answers kept. */
static int common_word_name(nr_ctx *c, const nr_np *np){
  const nr_tok *t;
  long k;
  size_t n;
  if( np->type!=NP_NAME || np->nb!=np->na+1 || np->a!=np->na || np->ta!=np->tb ) return 0;
  t = &c->t[np->na];
  n = t->e-t->s;
  if( t->type!=T_WORD || !t->cap || t->upper || n<3 || (c->s[t->e-1]|0x20)=='s' || nr_tok_class(c, np->na)!=W_NONE ||
      c->d->doc.n_sent==0 || 2*c->ncap<3*c->d->doc.n_sent ) return 0;
  if( sentence_first_word(c, np->na)!=np->na || nr_tok_given_name(c, np->na) || nr_tok_orgclass(c, np->na) ||
      PW_IS(c, np->na, PW_GROUP) ) return 0;
  for(k=0; k<c->common_checks; k++){
    const struct nr_common *m = &c->common[k];
    if( nr_tok_eq(c, m->tok, np->na) ) return m->r;
  }
  if( c->common_checks>=32 ) return 0;
  {
    struct nr_common *m = &c->common[c->common_checks++];
    m->tok = (int32_t)np->na;
    return m->r = common_word_scan(c, np->na);
  }
}

/* The end of s[a..b) without its trailing spaces, tabs and CR. */
static size_t trim_end(const unsigned char *s, size_t a, size_t b){
  while( b>a && (s[b-1]==' ' || s[b-1]=='\r' || s[b-1]=='\t') ) b--;
  return b;
}

/* Does the line s[a..b) announce a list of links ("More from Dan:", "Read
** more:", linklists.tsv): short, ending in a colon, its first one or two
** words a key? */
static int link_list_head(const unsigned char *s, size_t a, size_t b){
  size_t p, w;
  b = trim_end(s, a, b);
  if( b-a<4 || b-a>40 || s[b-1]!=':' ) return 0;
  for(p=a, w=0; p<b-1 && w<2; p++){
    if( s[p]==' ' || p+1==b-1 ){
      size_t e = s[p]==' ' ? p : p+1;
      if( nr_lex_lookup(&linklists_lex, s+a, e-a) ) return 1;
      w++;
    }
  }
  return 0;
}

/* The cues on the headline lines after a line announcing links (up to a
** blank line, a long line or one that ends a sentence) report nothing in
** this story: marked used, so that no statement is read from them. */
static void mark_link_lists(nr_ctx *c){
  const unsigned char *s = c->s;
  size_t n = c->n, p = 0, x = 0;
  /* the colons that end a line, the candidates for a heading's end */
  while( p<n ){
    const unsigned char *col = memchr(s+p, ':', n-p);
    size_t k, e, a, q, r0, r1;
    if( !col ) break;
    k = (size_t)(col-s);
    for(e=k+1; e<n && (s[e]==' ' || s[e]=='\r' || s[e]=='\t'); e++){}
    p = k+1;
    if( e<n && s[e]!='\n' ) continue;
    for(a=k; a>0 && s[a-1]!='\n' && k-a<=40; a--){}
    if( !(a==0 || s[a-1]=='\n') || !link_list_head(s, a, e) ) continue;
    r0 = q = e+1;
    while( q<n ){
      const unsigned char *nl2 = memchr(s+q, '\n', n-q);
      size_t e2 = nl2 ? (size_t)(nl2-s) : n, t = trim_end(s, q, e2);
      if( t==q || t-q>200 || s[t-1]=='.' ) break;
      q = e2+1;
    }
    r1 = q<n ? q : n;
    for(; x<c->ncue && (size_t)c->t[c->cuei[x]].s<r1; x++){
      if( (size_t)c->t[c->cuei[x]].s>=r0 ) c->t[c->cuei[x]].used = 1;
    }
    if( r1>p ) p = r1;
  }
}

/* Indirect speech: every cue outside quotes with a subject is a statement. */
static int statements(nr_ctx *c){
  size_t x;
  for(x=0; x<c->ncue; x++){
    size_t i = (size_t)c->cuei[x];
    nr_tok *t = &c->t[i];
    int cu, pass, ent;
    nr_np np;
    long lo;
    if( t->used ) continue;
    cu = nr_tok_cue(c, (long)i);
    if( cu==C_NONE || cu==C_ACCORD ) continue;
    /* "workers cheered" is no statement; "he shouted that …" is */
    if( qent(c, t->lex)->manner && !manner_reports(c, (long)i) ) continue;
    /* "Hawaii's taxable notes mature" is no statement; "Podliska's most
    ** explosive claim is that …" is */
    if( PW_IS(c, (long)i, PW_NOUN) && modified_noun(c, (long)i)>=0 &&
        !(i+1<c->nt && (nr_tok_is(c, (long)i+1, "that") || nr_punct_is(c, (long)i+1, ':') ||
                        (i+2<c->nt && nr_tok_class(c, (long)i+1)==W_BE && nr_tok_is(c, (long)i+2, "that")))) ) continue;
    /* "Delta has added $24.2 billion", "Buys and Holds add up to": a
    ** number or "up" after "added" (phrasewords sum) is no speech ("said
    ** 60 percent of voters" is) */
    if( i+1<c->nt && PW_IS(c, (long)i, PW_SUM) &&
        (nr_punct_is(c, (long)i+1, '$') || (c->t[i+1].type==T_WORD && nr_is_ascii_digit(c->s[c->t[i+1].s])) ||
         nr_tok_is(c, (long)i+1, "up")) ) continue;
    lo = sent_lo(c, (long)i);
    if( subject_before(c, (long)i, lo, &np, &pass)==NP_NONE || (pass && cu!=C_ING) ){
      /* "…, said John Smith": the speaker after the verb only after a
      ** comma, a quotation or a dash, not after a word ("its previously
      ** announced Dutch Auction offer") */
      if( !(cu==C_SAY && t->inv==1 && i>0 && c->t[i-1].type!=T_WORD &&
            nr_np_forward(c, (long)i+1, sent_hi(c, (long)i), &np)==NP_NAME) ) continue;
    }
    if( common_word_name(c, &np) ) continue;
    ent = nr_ent_resolve(c, &np, np.a);
    if( ent==-2 ) return NR_NOMEM;
    if( ent>=0 ){
      nr_entity *sp = &c->d->ent[ent];
      sp->statements++; t->used = 1;
      if( sp->kind==NR_PERSON && firm_by_it(c, sp, &np, (long)i) ) sp->kind = NR_ORG;
    }
  }
  return NR_OK;
}

/* ------------------------------------------------------------ driver */

/* The work buffers kept across documents. */
static void free_tok(nr_quotes_doc *d){
  nr_free(d->tok); d->tok = 0; d->cap_tok = 0;
  nr_free(d->capi); nr_free(d->cuei); d->capi = d->cuei = 0; d->cap_idx = 0;
  nr_free(d->sent_a); d->sent_a = 0; d->cap_sent = 0;
  nr_qspans_free(&d->spans);
  nr_free(d->mark_tok); d->mark_tok = 0; d->cap_mark = 0;
  nr_free(d->hash); d->hash = 0; d->cap_hash = 0;
  nr_free(d->enext); d->enext = 0; d->cap_enext = 0;
  nr_free(d->link); d->link = 0; d->cap_link = 0;
  nr_free(d->named); d->named = 0; d->cap_named = 0;
}

/* One window of text: the whole pipeline into d (already freed). */
static int extract_one(const unsigned char *s, size_t n, nr_quotes_doc *d, int speakers){
  nr_ctx c;
  int rc, ent = 0;
  if( n==0 ) return NR_OK;
  if( !speakers && !nr_has_marks(s, n) ) return NR_OK;
  if( n>=0xFFFFFFF0u ) return NR_TOOBIG;
  memset(&c, 0, sizeof(c));
  c.s = s; c.n = n; c.d = d;
  c.t = d->tok; c.capt = d->cap_tok;
  c.capi = d->capi; c.cuei = d->cuei; c.cap_idx = d->cap_idx;
  c.sent_a = d->sent_a; c.cap_sent = d->cap_sent;
  c.spans = d->spans; c.spans.n = 0;
  c.mark_tok = d->mark_tok; c.cap_mark = d->cap_mark;
  qlex_init(&d->lx);
  if( speakers ){
    rc = nr_segment(s, n, &d->doc);
    if( rc ) goto done;
    rc = nr_quote_marks(s, n, &d->doc, &c.spans);
    if( rc ) goto done;
  }else{
    /* marks are paired within paragraphs: sentences only when there are
    ** quotes (most texts with an apostrophe have none) */
    rc = nr_segment_paragraphs(s, n, &d->doc);
    if( rc ) goto done;
    rc = nr_quote_marks(s, n, &d->doc, &c.spans);
    if( rc ) goto done;
    if( c.spans.n==0 ) goto done;
    rc = nr_segment(s, n, &d->doc);
    if( rc ) goto done;
  }
  rc = tokenize(&c);
  if( rc ) goto done;
  /* no quotation and no word that may report speech: nobody speaks */
  if( c.spans.n==0 && c.ncue==0 ) goto done;
  ent = 1;
  rc = nr_ent_init(&c);
  if( rc ) goto done;
  rc = nr_ent_scan(&c);
  if( rc ) goto done;
  rc = nr_ent_count_mentions(&c);
  if( rc ) goto done;
  rc = attribute_all(&c);
  if( rc ) goto done;
  if( speakers ){
    mark_link_lists(&c);
    rc = statements(&c);
    if( rc ) goto done;
  }
done:
  if( ent ) nr_ent_free(&c);
  d->spans = c.spans;
  d->mark_tok = c.mark_tok; d->cap_mark = c.cap_mark;
  d->tok = c.t; d->cap_tok = c.capt;
  d->capi = c.capi; d->cuei = c.cuei; d->cap_idx = c.cap_idx;
  d->sent_a = c.sent_a; d->cap_sent = c.cap_sent;
  if( c.capt>(1u<<16) ){   /* do not keep a huge buffer for the next document */
    free_tok(d);
  }
  return rc;
}

/* ------------------------------------------------------------ windows */

/* Where the window that starts at a and should end near a+w ends: at a line
** end (a paragraph boundary) when there is one in the next 64 KB, else after
** a sentence end or a space, else at a character boundary.  *mid is set when
** the cut is inside a paragraph. */
static size_t window_end(const unsigned char *s, size_t n, size_t a, size_t w, int *mid){
  size_t t = a+w, lim, i;
  const unsigned char *nl;
  *mid = 0;
  if( t>=n ) return n;
  lim = n-t>65536 ? t+65536 : n;
  nl = memchr(s+t, '\n', lim-t);
  if( nl ) return (size_t)(nl-s)+1;
  *mid = 1;
  for(i=t; i+1<lim; i++){
    if( (s[i]=='.' || s[i]=='!' || s[i]=='?') && s[i+1]==' ' ) return i+2;
  }
  for(i=t; i<lim; i++) if( s[i]==' ' ) return i+1;
  for(i=t; i<n && (s[i]&0xC0)==0x80; i++){}   /* a character boundary */
  return i;
}

/* The merged entities of the windows, chained by canonical name (case
** aside) in a hash of nhash buckets (a power of two). */
typedef struct win_ents {
  nr_entity *e; size_t n, cap;
  int32_t *hash; size_t nhash;
  int32_t *next; size_t capnext;
} win_ents;

/* Bucket of entity e, whose offsets are relative to byte base of s[0..n). */
static uint32_t name_bucket(const win_ents *w, const unsigned char *s, size_t n,
                            const nr_entity *e, size_t base){
  return nr_hash_ci8(s, e->name_s+base, e->name_e+base, n) & (uint32_t)(w->nhash-1);
}

static void link_name(win_ents *w, const unsigned char *s, size_t n, size_t k){
  uint32_t h = name_bucket(w, s, n, &w->e[k], 0);
  w->next[k] = w->hash[h]; w->hash[h] = (int32_t)k;
}

/* The merged entity with e's kind, naming and canonical name, or -1. */
static long find_same(const win_ents *w, const unsigned char *s, size_t n,
                      const nr_entity *e, size_t base){
  const nr_entity *out = w->e;
  const int32_t *next = w->next;
  uint32_t h = name_bucket(w, s, n, e, base);
  int32_t k;
  size_t L = e->name_e-e->name_s;
  for(k=w->hash[h]; k>=0; k=next[k]){
    const nr_entity *x = &out[k];
    size_t i;
    if( x->kind!=e->kind || x->named!=e->named || x->role!=e->role || x->name_e-x->name_s!=L ) continue;
    for(i=0; i<L && nr_ascii_lower(s[x->name_s+i])==nr_ascii_lower(s[e->name_s+base+i]); i++){}
    if( i==L ) return k;
  }
  return -1;
}

int nr_quotes_extract_windows(const unsigned char *s, size_t n, nr_quotes_doc *d,
                              int speakers, size_t w){
  nr_quote *Q = 0; size_t nq = 0, capq = 0;
  win_ents W;
  size_t a = 0, para_base = 0;
  int rc = NR_OK, mid = 0;
  long *map = 0; size_t capmap = 0;
  nr_quotes_free(d);
  memset(&W, 0, sizeof(W));
  if( w==0 ) w = 1;
  while( a<n && rc==NR_OK ){
    int mid_next;
    size_t b = window_end(s, n, a, w, &mid_next), i;
    rc = extract_one(s+a, b-a, d, speakers);
    if( rc ) break;
    if( d->doc.n_para==0 && (rc = nr_segment_paragraphs(s+a, b-a, &d->doc))!=NR_OK ) break;   /* for the numbering */
    /* entities: the same name (kind, case aside) in two windows is one */
    if( d->nent>0 && NR_RESERVE(map, capmap, d->nent) ){ rc = NR_NOMEM; break; }
    if( W.n+d->nent>W.nhash/2 ){
      size_t nh = W.nhash ? W.nhash : 64, k;
      while( W.n+d->nent>nh/2 ) nh *= 2;
      nr_free(W.hash);
      W.hash = nr_realloc(0, nh*sizeof(int32_t));
      if( !W.hash ){ W.nhash = 0; rc = NR_NOMEM; break; }
      W.nhash = nh;
      for(k=0; k<nh; k++) W.hash[k] = -1;
      for(k=0; k<W.n; k++) link_name(&W, s, n, k);
    }
    for(i=0; i<d->nent; i++){
      const nr_entity *e = &d->ent[i];
      long k = e->name_e>e->name_s ? find_same(&W, s, n, e, a) : -1;
      nr_entity *x;
      if( k>=0 ){
        x = &W.e[k];
        x->quotes += e->quotes; x->statements += e->statements; x->mentions += e->mentions;
        if( e->first!=(size_t)-1 && (x->first==(size_t)-1 || e->first+a<x->first) ) x->first = e->first+a;
        if( x->title_e==0 && e->title_e>0 ){ x->title_s = e->title_s+a; x->title_e = e->title_e+a; }
        map[i] = k;
        continue;
      }
      if( NR_RESERVE(W.e, W.cap, W.n+1) || NR_RESERVE(W.next, W.capnext, W.n+1) ){ rc = NR_NOMEM; break; }
      x = &W.e[W.n];
      *x = *e;
      x->name_s += a; x->name_e += a;
      x->sur_s += a; x->sur_e += a;
      if( e->first_e>0 ){ x->first_s += a; x->first_e += a; }
      if( e->title_e>0 ){ x->title_s += a; x->title_e += a; }
      if( e->first!=(size_t)-1 ) x->first += a;
      x->last += a;
      link_name(&W, s, n, W.n);
      map[i] = (long)W.n++;
    }
    if( rc ) break;
    if( d->nq>0 && NR_RESERVE(Q, capq, nq+d->nq) ){ rc = NR_NOMEM; break; }
    for(i=0; i<d->nq; i++){
      nr_quote q = d->q[i];
      q.start += a; q.end += a;
      if( q.m_e>0 ){ q.m_s += a; q.m_e += a; }
      if( q.cue_e>0 ){ q.cue_s += a; q.cue_e += a; }
      q.sent_s += a; q.sent_e += a;
      if( q.entity>=0 ) q.entity = (int)map[q.entity];
      q.paragraph += (int)para_base - (mid && q.paragraph>0 ? 1 : 0);
      Q[nq++] = q;
    }
    para_base += d->doc.n_para - (mid && d->doc.n_para>0 ? 1 : 0);
    /* the next window continues a paragraph only when the cut line has
    ** words in this one */
    if( mid_next && d->doc.n_para>0 ){
      size_t j = b-a;
      while( j>0 && s[a+j-1]!='\n' ) j--;
      mid_next = d->doc.para[d->doc.n_para-1].start>=j;
    }else mid_next = 0;
    mid = mid_next;
    nr_quotes_free(d);
    a = b;
  }
  nr_free(W.hash); nr_free(W.next); nr_free(map);
  nr_quotes_free(d);
  if( rc ){ nr_free(Q); nr_free(W.e); return rc; }
  nr_free(d->q); nr_free(d->ent);
  d->q = Q; d->nq = nq; d->capq = capq;
  d->ent = W.e; d->nent = W.n; d->capent = W.cap;
  return NR_OK;
}

int nr_quotes_extract(const unsigned char *s, size_t n, nr_quotes_doc *d, int speakers){
  nr_quotes_free(d);
  /* an article beyond NR_WINDOW bytes is read in windows of that size cut
  ** at paragraph boundaries: memory stays bounded and time per MB flat */
  if( n>NR_WINDOW ) return nr_quotes_extract_windows(s, n, d, speakers, NR_WINDOW);
  return extract_one(s, n, d, speakers);
}

void nr_quotes_release(nr_quotes_doc *d){
  nr_doc_free(&d->doc);
  nr_free(d->q); d->q = 0; d->nq = d->capq = 0;
  nr_free(d->ent); d->ent = 0; d->nent = d->capent = 0;
  free_tok(d);
}

void nr_quotes_free(nr_quotes_doc *d){
  d->doc.n_sent = d->doc.n_para = 0;
  d->nq = 0;
  d->nent = 0;
}

int nr_entity_is_speaker(const nr_entity *e){
  if( e->quotes==0 && e->statements==0 ) return 0;
  /* a description speaks only with a role or as an organisation: "a
  ** spokesman", "the ministry", not "their allies" */
  return e->named || (e->quotes>0 && (e->role || e->kind==NR_ORG));
}
