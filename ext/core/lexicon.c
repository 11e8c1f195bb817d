/*
** lexicon.c -- see lexicon.h.
*/
#include "lexicon.h"
#include "utf8.h"
#include <string.h>

/* Bytewise order of a and b (a's length na, b's nb), as memcmp then length,
** for the short keys of the lexicons. */
static int key_cmp(const unsigned char *a, size_t na, const unsigned char *b, size_t nb){
  size_t i, m = na<nb ? na : nb;
  for(i=0; i<m; i++){
    if( a[i]!=b[i] ) return a[i]<b[i] ? -1 : 1;
  }
  return (na>nb) - (na<nb);
}

const nr_lexent *nr_lex_find(const nr_lex *lex, const char *key, size_t n){
  size_t lo = 0, hi = lex->n;
  const unsigned char *k = (const unsigned char *)key;
  if( n==0 ) return 0;
  /* only the keys that share the first byte; they all do, so compare on */
  lo = lex->first[k[0]]; hi = lex->first[k[0]+1];
  while( lo<hi ){
    size_t mid = (lo+hi)/2;
    const nr_lexent *e = &lex->a[mid];
    int c = key_cmp((const unsigned char *)e->key+1, e->klen-1u, k+1, n-1);
    if( c==0 ) return e;
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  return 0;
}

size_t nr_fold(const unsigned char *s, size_t n, char *out, size_t cap){
  size_t i = 0, o = 0;
  while( i<n ){
    int32_t cp;
    unsigned char b = s[i];
    if( b<0x80 ){
      if( o>=cap ) return (size_t)-1;
      out[o++] = (char)nr_ascii_lower(b);
      i++;
      continue;
    }
    i += nr_utf8_decode(s, n, i, &cp);
    if( cp==0x2019 || cp==0x2018 || cp==0x02BC ) cp = '\'';
    else cp = nr_to_lower(cp);
    if( o+4>cap ) return (size_t)-1;
    o += nr_utf8_encode(cp, (unsigned char *)out+o);
  }
  return o;
}

const nr_lexent *nr_lex_lookup(const nr_lex *lex, const unsigned char *s, size_t n){
  char buf[256];
  size_t m, i;
  if( n>lex->maxlen*2u+8 || n>sizeof(buf) ) return 0;
  /* ASCII (nearly every word): fold in place of nr_fold's decoding */
  for(i=0; i<n && s[i]<0x80; i++) buf[i] = (char)nr_ascii_lower(s[i]);
  if( i==n ) return n>lex->maxlen ? 0 : nr_lex_find(lex, buf, n);
  m = nr_fold(s, n, buf, sizeof(buf));
  if( m==(size_t)-1 || m>lex->maxlen ) return 0;
  return nr_lex_find(lex, buf, m);
}
