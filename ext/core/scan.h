/*
** scan.h -- skipping plain text 16 bytes at a time.
**
** The segmenter and the mark finder spend most of their time looking for the
** few bytes that can matter (a terminal mark, the lead byte of a curly quote,
** a capital glued to a lower-case letter).  With SSE2 (every x86-64) these
** helpers test 16 bytes per step and return the first position that may
** matter; elsewhere they fall back to the byte loop.  They only ever skip
** bytes the callers' own tables would skip, so the results are the same.
*/
#ifndef NR_SCAN_H
#define NR_SCAN_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* First i in [i, pe) with s[i] one of a, b, c, d, e (pe when none).  n
** (>= pe): bytes readable from s; the last bytes before pe are read 16 at
** a time too when there are 16 readable. */
static inline size_t nr_scan5(const unsigned char *s, size_t i, size_t pe, size_t n,
                              unsigned char a, unsigned char b, unsigned char c,
                              unsigned char d, unsigned char e){
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
  const __m128i vd = _mm_set1_epi8((char)d), ve = _mm_set1_epi8((char)e);
  while( i<pe && i+16<=n ){
    __m128i v = _mm_loadu_si128((const __m128i *)(s+i));
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)), _mm_cmpeq_epi8(v, ve)));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if( pe-i<16 ){
      bits &= (1u<<(pe-i))-1;     /* the bytes before pe */
      return bits ? i + (size_t)__builtin_ctz(bits) : pe;
    }
    if( bits ) return i + (size_t)__builtin_ctz(bits);
    i += 16;
  }
#endif
  (void)n;
  while( i<pe && s[i]!=a && s[i]!=b && s[i]!=c && s[i]!=d && s[i]!=e ) i++;
  return i;
}

/* First i in [i, pe) that is one of . ! ? or the byte 0xE2, or an ASCII
** capital right after an ASCII lower-case letter (pe when none).  Needs
** i >= 1 (it reads s[i-1]).  n (>= pe): bytes readable from s, as for
** nr_scan5. */
static inline size_t nr_scan_sentence(const unsigned char *s, size_t i, size_t pe, size_t n){
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), qm = _mm_set1_epi8('?');
  const __m128i e2 = _mm_set1_epi8((char)0xE2);
  const __m128i biasA = _mm_set1_epi8((char)(0x80-'A')), biasa = _mm_set1_epi8((char)(0x80-'a'));
  const __m128i lim26 = _mm_set1_epi8((char)(-128+26));
  while( i<pe && i+16<=n ){
    __m128i v = _mm_loadu_si128((const __m128i *)(s+i));
    __m128i p = _mm_loadu_si128((const __m128i *)(s+i-1));
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, qm), _mm_cmpeq_epi8(v, e2)));
    __m128i up = _mm_cmplt_epi8(_mm_add_epi8(v, biasA), lim26);
    __m128i lo = _mm_cmplt_epi8(_mm_add_epi8(p, biasa), lim26);
    unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(m, _mm_and_si128(up, lo)));
    if( pe-i<16 ){
      bits &= (1u<<(pe-i))-1;     /* the bytes before pe */
      return bits ? i + (size_t)__builtin_ctz(bits) : pe;
    }
    if( bits ) return i + (size_t)__builtin_ctz(bits);
    i += 16;
  }
#endif
  (void)n;
  while( i<pe ){
    unsigned c = s[i];
    if( c=='.' || c=='!' || c=='?' || c==0xE2 ) break;
    if( c-'A'<26u && (unsigned)s[i-1]-'a'<26u ) break;
    i++;
  }
  return i;
}
/* End of the run of ASCII letters and digits that starts at i, not past lim
** (n: bytes readable from s, n >= lim).  *flags gets 1 when the run holds a
** lower-case letter, 2 when it holds a capital. */
static inline size_t nr_scan_alnum(const unsigned char *s, size_t i, size_t lim,
                                   size_t n, unsigned *flags){
  unsigned f = 0;
#if defined(__SSE2__)
  const __m128i biasA = _mm_set1_epi8((char)(0x80-'A')), biasa = _mm_set1_epi8((char)(0x80-'a'));
  const __m128i bias0 = _mm_set1_epi8((char)(0x80-'0'));
  const __m128i lim26 = _mm_set1_epi8((char)(-128+26)), lim10 = _mm_set1_epi8((char)(-128+10));
  while( i+16<=n && i<lim ){
    __m128i v = _mm_loadu_si128((const __m128i *)(s+i));
    unsigned lo = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, biasa), lim26));
    unsigned up = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, biasA), lim26));
    unsigned dg = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, bias0), lim10));
    unsigned run = (unsigned)__builtin_ctz(~(lo|up|dg) | 0x10000u), mask;
    if( run>lim-i ) run = (unsigned)(lim-i);
    mask = (1u<<run)-1;
    if( lo & mask ) f |= 1;
    if( up & mask ) f |= 2;
    i += run;
    if( run<16 ){ *flags = f; return i; }
  }
#endif
  (void)n;
  while( i<lim ){
    unsigned c = s[i];
    if( c-'a'<26u ) f |= 1;
    else if( c-'A'<26u ) f |= 2;
    else if( c-'0'>=10u ) break;
    i++;
  }
  *flags = f;
  return i;
}
/* The classes of 64 bytes at once: bit j of each mask stands for byte j.
** alnum: an ASCII letter or digit; lower, upper: an ASCII letter of that
** case; space: space, tab, CR or LF.  A scanner that steps from token to
** token reads these instead of the bytes. */
typedef struct nr_blk64 { uint64_t alnum, lower, upper, space; } nr_blk64;

/* Classify s[0..64). */
static inline void nr_blk64_load(nr_blk64 *m, const unsigned char *s){
#if defined(__SSE2__)
  const __m128i biasA = _mm_set1_epi8((char)(0x80-'A')), biasa = _mm_set1_epi8((char)(0x80-'a'));
  const __m128i bias0 = _mm_set1_epi8((char)(0x80-'0'));
  const __m128i lim26 = _mm_set1_epi8((char)(-128+26)), lim10 = _mm_set1_epi8((char)(-128+10));
  const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  uint64_t al = 0, lo = 0, up = 0, ws = 0;
  int k;
  for(k=0; k<64; k+=16){
    __m128i v = _mm_loadu_si128((const __m128i *)(s+k));
    __m128i l = _mm_cmplt_epi8(_mm_add_epi8(v, biasa), lim26);
    __m128i u = _mm_cmplt_epi8(_mm_add_epi8(v, biasA), lim26);
    __m128i d = _mm_cmplt_epi8(_mm_add_epi8(v, bias0), lim10);
    __m128i w = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    lo |= (uint64_t)(unsigned)_mm_movemask_epi8(l) << k;
    up |= (uint64_t)(unsigned)_mm_movemask_epi8(u) << k;
    al |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(l, u), d)) << k;
    ws |= (uint64_t)(unsigned)_mm_movemask_epi8(w) << k;
  }
  m->alnum = al; m->lower = lo; m->upper = up; m->space = ws;
#else
  int j;
  m->alnum = m->lower = m->upper = m->space = 0;
  for(j=0; j<64; j++){
    unsigned c = s[j];
    uint64_t bit = (uint64_t)1<<j;
    if( c-'a'<26u ) m->lower |= bit;
    if( c-'A'<26u ) m->upper |= bit;
    if( c-'a'<26u || c-'A'<26u || c-'0'<10u ) m->alnum |= bit;
    if( c==' ' || c=='\t' || c=='\n' || c=='\r' ) m->space |= bit;
  }
#endif
}

/* Classify s[0..n) for n < 64: the bytes past n are in no class. */
static inline void nr_blk64_load_tail(nr_blk64 *m, const unsigned char *s, size_t n){
  unsigned char b[64];
  memset(b, 0, sizeof(b));
  memcpy(b, s, n);
  nr_blk64_load(m, b);
}

/* A hash of s[a..b) that ignores ASCII case (n: bytes readable from s):
** strings equal but for the case of ASCII letters hash alike.  Eight bytes
** per step, each with bit 0x20 set. */
static inline uint32_t nr_hash_ci8(const unsigned char *s, size_t a, size_t b, size_t n){
  uint64_t h = b-a;
  while( a<b ){
    uint64_t w = 0;
    size_t m = b-a<8 ? b-a : 8, i;
    if( a+8<=n ){
      memcpy(&w, s+a, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
      w = __builtin_bswap64(w);
#endif
      if( m<8 ) w &= (((uint64_t)1<<(8*m))-1);
    }else{
      for(i=0; i<m; i++) w |= (uint64_t)s[a+i] << (8*i);
    }
    w |= 0x2020202020202020ull & (m<8 ? (((uint64_t)1<<(8*m))-1) : ~(uint64_t)0);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h>>29;
    a += m;
  }
  return (uint32_t)h;
}
#endif
