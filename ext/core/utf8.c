/*
** utf8.c -- see utf8.h.
*/
#include "utf8.h"
#include <string.h>
#include <utf8proc.h>

size_t nr_utf8_decode_back_mb(const unsigned char *s, size_t n, size_t i, int32_t *cp){
  size_t k = i;
  /* step back over continuation bytes to the nearest lead byte (at most 4) */
  while( k>0 && i-k<4 && (s[k-1]&0xC0)==0x80 ) k--;
  if( k>0 && s[k-1]>=0xC0 ){
    size_t len = nr_utf8_decode(s, n, k-1, cp);
    if( k-1+len==i ) return len;
  }
  /* a stray continuation byte or ASCII: one byte */
  *cp = s[i-1]<0x80 ? (int32_t)s[i-1] : NR_REPLACEMENT;
  return 1;
}

/* Count characters in s[a..b), a being a character boundary. */
static int64_t count_from(const unsigned char *s, size_t n, size_t a, size_t b){
  int64_t c = 0;
  size_t i = a;
  int32_t cp;
  while( i<b ){
    /* fast path: eight ASCII bytes */
    if( b-i>=8 ){
      uint64_t w;
      memcpy(&w, s+i, 8);
      if( (w & 0x8080808080808080ull)==0 ){ i += 8; c += 8; continue; }
    }
    if( s[i]<0x80 ){ i++; c++; continue; }
    i += nr_utf8_decode(s, n, i, &cp);
    c++;
  }
  return c;
}

size_t nr_utf8_count(const unsigned char *s, size_t n){
  return (size_t)count_from(s, n, 0, n);
}

size_t nr_utf8_encode(int32_t cp, unsigned char *o){
  if( cp<0x80 ){ o[0] = (unsigned char)cp; return 1; }
  if( cp<0x800 ){ o[0] = (unsigned char)(0xC0|(cp>>6)); o[1] = (unsigned char)(0x80|(cp&0x3F)); return 2; }
  if( cp<0x10000 ){
    o[0] = (unsigned char)(0xE0|(cp>>12)); o[1] = (unsigned char)(0x80|((cp>>6)&0x3F));
    o[2] = (unsigned char)(0x80|(cp&0x3F)); return 3;
  }
  o[0] = (unsigned char)(0xF0|(cp>>18)); o[1] = (unsigned char)(0x80|((cp>>12)&0x3F));
  o[2] = (unsigned char)(0x80|((cp>>6)&0x3F)); o[3] = (unsigned char)(0x80|(cp&0x3F));
  return 4;
}

void nr_posmap_init(nr_posmap *m, const unsigned char *s, size_t n){
  m->s = s; m->n = n; m->byte = 0; m->chars = 0;
}

int64_t nr_posmap_pos(nr_posmap *m, size_t off){
  if( off>m->n ) off = m->n;
  if( off>=m->byte ){
    m->chars += count_from(m->s, m->n, m->byte, off);
  }else if( off >= m->byte/2 ){
    m->chars -= count_from(m->s, m->n, off, m->byte);
  }else{
    m->chars = count_from(m->s, m->n, 0, off);
  }
  m->byte = off;
  return m->chars + 1;
}

int64_t nr_posmap_len(nr_posmap *m, size_t a, size_t b){
  if( b<=a ) return 0;
  return count_from(m->s, m->n, a, b);
}

int nr_is_alpha_u(int32_t cp){
  if( cp<0x80 ) return nr_is_ascii_alpha((unsigned)cp);
  switch( utf8proc_category(cp) ){
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return 1;
    default:
      return 0;
  }
}

int nr_is_upper_u(int32_t cp){
  if( cp<0x80 ) return (unsigned)(cp-'A')<26u;
  { int c = utf8proc_category(cp); return c==UTF8PROC_CATEGORY_LU || c==UTF8PROC_CATEGORY_LT; }
}

int nr_is_lower(int32_t cp){
  if( cp<0x80 ) return (unsigned)(cp-'a')<26u;
  return utf8proc_category(cp)==UTF8PROC_CATEGORY_LL;
}

int nr_is_digit_u(int32_t cp){
  if( cp<0x80 ) return (unsigned)(cp-'0')<10u;
  return utf8proc_category(cp)==UTF8PROC_CATEGORY_ND;
}

int nr_is_space_u(int32_t cp){
  if( cp<0x80 ) return cp==' ' || cp=='\t' || cp=='\n' || cp=='\r' || cp=='\f' || cp=='\v';
  if( cp==0x85 || cp==0x2028 || cp==0x2029 ) return 1;
  return utf8proc_category(cp)==UTF8PROC_CATEGORY_ZS;
}

int nr_is_dash(int32_t cp){
  if( cp=='-' ) return 1;
  if( cp<0x80 ) return 0;
  return cp==0x2212 || utf8proc_category(cp)==UTF8PROC_CATEGORY_PD;
}

int32_t nr_to_lower(int32_t cp){
  if( cp<0x80 ) return nr_ascii_lower((unsigned)cp);
  return utf8proc_tolower(cp);
}
