/*
** quotekey.c -- see quotekey.h.  Decomposes one code point at a time with
** utf8proc into a buffer of our own allocator (utf8proc_map would malloc and
** refuses invalid UTF-8), filters, then recomposes with
** utf8proc_normalize_utf32.
*/
#include "quotekey.h"
#include "nr_alloc.h"
#include "utf8.h"
#include "lexicon.h"
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>

#define DECOMP_OPTS (UTF8PROC_STABLE|UTF8PROC_DECOMPOSE|UTF8PROC_COMPAT|UTF8PROC_CASEFOLD|UTF8PROC_IGNORE)

static int drop_quietly(int32_t cp){
  return cp=='\'' || cp==0x2019 || cp==0x2018 || cp==0x02BC || cp=='.' || cp==0x00B7;
}

static int is_separator(int32_t cp){
  switch( utf8proc_category(cp) ){
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
      return 1;
    default:
      return 0;
  }
}

/* The key of an all-ASCII text, written straight into n+1 bytes: NFKC and
** case folding leave ASCII as it is but for the case of letters, so the
** general path's rules reduce to these (and its UTF-32 buffers, 8 bytes a
** character at worst, are not needed). */
static int ascii_key(const unsigned char *s, size_t n, unsigned char **out, size_t *pn){
  unsigned char *z = nr_realloc(0, n+1);
  size_t i, o = 0;
  int space = 1;
  if( z==0 ) return NR_NOMEM;
  for(i=0; i<n; i++){
    unsigned c = s[i];
    if( nr_is_ascii_alpha(c) || nr_is_ascii_digit(c) ){
      z[o++] = (unsigned char)nr_ascii_lower(c);
      space = 0;
    }else if( c=='\'' || c=='.' ){
      continue;
    }else if( c=='$' || c=='%' || c=='+' || c=='<' || c=='=' || c=='>' || c=='^'
           || c=='`' || c=='|' || c=='~' ){
      z[o++] = (unsigned char)c;
      space = 0;
    }else if( !space ){
      z[o++] = ' ';
      space = 1;
    }
  }
  if( o>0 && z[o-1]==' ' ) o--;
  z[o] = 0;
  *out = z; *pn = o;
  return NR_OK;
}

/* Canonical order of the combining marks of cps[0..len), compose (NFKC),
** and append the result as UTF-8 to *pz (size *pcap, *po used).  Each run
** of non-starters is sorted by combining class on its own; a run longer than
** Unicode's stream-safe limit (30) is left as it is, so pathological input
** stays linear. */
static int flush(utf8proc_int32_t *cps, size_t len, unsigned char **pz, size_t *pcap, size_t *po){
  size_t k, need;
  for(k=0; k<len; ){
    size_t a = k, b, x;
    if( utf8proc_get_property(cps[k])->combining_class==0 ){ k++; continue; }
    while( k<len && utf8proc_get_property(cps[k])->combining_class!=0 ) k++;
    b = k;
    if( b-a>30 ) continue;
    for(x=a+1; x<b; x++){
      size_t j = x;
      int cc = utf8proc_get_property(cps[j])->combining_class;
      while( j>a && utf8proc_get_property(cps[j-1])->combining_class>cc ){
        utf8proc_int32_t t = cps[j]; cps[j] = cps[j-1]; cps[j-1] = t; j--;
      }
    }
  }
  if( len>0 ){
    utf8proc_ssize_t m = utf8proc_normalize_utf32(cps, (utf8proc_ssize_t)len, UTF8PROC_STABLE|UTF8PROC_COMPOSE);
    if( m>=0 ) len = (size_t)m;
  }
  need = *po + len*4 + 1;
  if( need>*pcap ){
    /* grow by a quarter: the key of a long text is about its length, and
    ** doubling would hold twice that at the end */
    size_t nc = need + need/4;
    unsigned char *z2 = nr_realloc(*pz, nc);
    if( z2==0 ) return NR_NOMEM;
    *pz = z2; *pcap = nc;
  }
  for(k=0; k<len; k++) *po += nr_utf8_encode(cps[k], *pz + *po);
  return NR_OK;
}

/* Code points gathered before they are normalised and written out: at a
** separator after this many, the text so far is flushed (a space neither
** composes with what is before it nor with what follows), so a long text
** needs no UTF-32 copy of itself. */
#ifdef NR_FUZZING
#define KEY_CHUNK 64      /* fuzz inputs are short: make them cross chunks */
#else
#define KEY_CHUNK 65536
#endif

int nr_quote_key(const unsigned char *s, size_t n, unsigned char **out, size_t *pn){
  utf8proc_int32_t *cps = 0;
  size_t cap = 0, len = 0, i = 0, o = 0, zcap = 0, k;
  unsigned char *z = 0;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  int space = 1;   /* at the start: drop leading separators */
  *out = 0; *pn = 0;
  while( i<n && s[i]<0x80 ) i++;
  if( i==n ) return ascii_key(s, n, out, pn);
  i = 0;
  while( i<n ){
    int32_t cp;
    utf8proc_int32_t tmp[32];
    utf8proc_ssize_t m;
    if( len>=KEY_CHUNK && cps[len-1]==' ' ){
      if( flush(cps, len, &z, &zcap, &o) ) goto nomem;
      len = 0;
    }
    i += nr_utf8_decode(s, n, i, &cp);
    if( cp<0x80 ){
      /* ASCII fast path: letters and digits fold to lower case, everything
      ** else but ' and . (dropped) separates words */
      if( nr_is_ascii_alpha((unsigned)cp) || nr_is_ascii_digit((unsigned)cp) ){
        cp = nr_ascii_lower((unsigned)cp);
        space = 0;
      }else if( cp=='\'' || cp=='.' ){
        continue;
      }else if( cp=='$' || cp=='%' || cp=='+' || cp=='<' || cp=='=' || cp=='>' || cp=='^'
             || cp=='`' || cp=='|' || cp=='~' ){
        space = 0;   /* symbols (S*) are kept, as for the rest of Unicode */
      }else{
        if( space ) continue;
        cp = ' ';
        space = 1;
      }
      if( NR_RESERVE(cps, cap, len+1) ) goto nomem;
      cps[len++] = cp;
      boundclass = UTF8PROC_BOUNDCLASS_START;
      continue;
    }
    m = utf8proc_decompose_char(cp, tmp, 32, DECOMP_OPTS, &boundclass);
    if( m<0 || m>32 ){ tmp[0] = NR_REPLACEMENT; m = 1; }
    for(k=0; k<(size_t)m; k++){
      int32_t c = tmp[k];
      if( drop_quietly(c) ) continue;
      if( is_separator(c) ){
        if( space ) continue;
        c = ' ';
        space = 1;
      }else{
        space = 0;
      }
      if( NR_RESERVE(cps, cap, len+1) ) goto nomem;
      cps[len++] = c;
    }
  }
  if( len>0 && cps[len-1]==' ' ) len--;
  if( flush(cps, len, &z, &zcap, &o) ) goto nomem;
  if( len==0 && o>0 && z[o-1]==' ' ) o--;   /* the last flush ended the text */
  if( z==0 && (z = nr_realloc(0, 1))==0 ) goto nomem;
  z[o] = 0;
  nr_free(cps);
  *out = z; *pn = o;
  return NR_OK;
nomem:
  nr_free(cps);
  nr_free(z);
  return NR_NOMEM;
}

#include "../lexicon/stopwords.inc"
static const nr_lex stopwords = NR_LEX(stopwords);

typedef struct word { const unsigned char *z; size_t n; } word;

static int cmp_word(const void *x, const void *y){
  const word *a = x, *b = y;
  size_t m = a->n<b->n ? a->n : b->n;
  int c = memcmp(a->z, b->z, m);
  return c ? c : (a->n>b->n) - (a->n<b->n);
}

/* Split key k[0..n) at spaces into *pw (nr_realloc'd), sorted. */
static int split_words(const unsigned char *k, size_t n, word **pw, size_t *pn){
  size_t i = 0, cap = 0, cnt = 0;
  word *w = 0;
  while( i<n ){
    size_t a = i;
    while( i<n && k[i]!=' ' ) i++;
    if( i>a && !nr_lex_find(&stopwords, (const char *)k+a, i-a) ){
      if( NR_RESERVE(w, cap, cnt+1) ){ nr_free(w); return NR_NOMEM; }
      w[cnt].z = k+a; w[cnt].n = i-a; cnt++;
    }
    i++;
  }
  if( cnt>1 ) qsort(w, cnt, sizeof(word), cmp_word);
  *pw = w; *pn = cnt;
  return NR_OK;
}

double nr_quote_similarity(const unsigned char *a, size_t na,
                           const unsigned char *b, size_t nb, int min_words){
  unsigned char *ka = 0, *kb = 0;
  size_t la, lb, wa_n = 0, wb_n = 0, i = 0, j = 0, common = 0;
  word *wa = 0, *wb = 0;
  double r = -1;
  if( nr_quote_key(a, na, &ka, &la) || nr_quote_key(b, nb, &kb, &lb) ) goto done;
  if( split_words(ka, la, &wa, &wa_n) || split_words(kb, lb, &wb, &wb_n) ) goto done;
  while( i<wa_n && j<wb_n ){
    int c = cmp_word(&wa[i], &wb[j]);
    if( c==0 ){ common++; i++; j++; }
    else if( c<0 ) i++;
    else j++;
  }
  {
    size_t shorter = wa_n<wb_n ? wa_n : wb_n;
    r = (shorter==0 || shorter<(size_t)(min_words>0 ? min_words : 1)) ? 0.0 : (double)common/(double)shorter;
  }
done:
  nr_free(ka); nr_free(kb); nr_free(wa); nr_free(wb);
  return r;
}
