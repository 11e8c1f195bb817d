/*
** lexicon.c -- see lexicon.h.
*/
#include "lexicon.h"
#include "utf8.h"
#include <string.h>

const nr_lexent *nr_lex_find(const nr_lex *lex, const char *key, size_t n){
  size_t lo = 0, hi = lex->n;
  while( lo<hi ){
    size_t mid = (lo+hi)/2;
    const nr_lexent *e = &lex->a[mid];
    size_t m = e->klen<n ? e->klen : n;
    int c = memcmp(e->key, key, m);
    if( c==0 ) c = (e->klen>n) - (e->klen<n);
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
  size_t m;
  if( n>lex->maxlen*2u+8 || n>sizeof(buf) ) return 0;
  m = nr_fold(s, n, buf, sizeof(buf));
  if( m==(size_t)-1 || m>lex->maxlen ) return 0;
  return nr_lex_find(lex, buf, m);
}
