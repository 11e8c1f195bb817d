/*
** utf8.h -- UTF-8 iteration, character positions and character classes.
**
** Position convention (SPEC.md): every position exposed to SQL is a 1-based
** character position in the sense of SQLite's substr()/length().  SQLite
** counts a byte < 0xC0 as one character, and a byte >= 0xC0 together with all
** continuation bytes (0x80..0xBF) that follow it as one character.  We decode
** with exactly the same boundaries, so substr(text, start, length) returns the
** span we report even on invalid UTF-8.  A sequence that is not valid UTF-8
** (stray continuation byte, overlong form, surrogate, truncated or too long
** sequence) decodes as U+FFFD: one character, and the scan goes on.
**
** The cores work in byte offsets; nr_posmap turns byte offsets into
** character positions incrementally (linear over a whole document when the
** offsets are visited roughly in order).
*/
#ifndef NR_UTF8_H
#define NR_UTF8_H
#include <stddef.h>
#include <stdint.h>

#define NR_REPLACEMENT 0xFFFD

/* Decode the character that starts at s[i] (i < n).  Stores the code point in
** *cp (U+FFFD for invalid sequences) and returns its length in bytes (>= 1). */
static inline size_t nr_utf8_decode(const unsigned char *s, size_t n, size_t i,
                                    int32_t *cp){
  unsigned b = s[i];
  size_t j, len, want;
  int32_t v, min;
  if( b<0x80 ){ *cp = (int32_t)b; return 1; }
  if( b<0xC0 ){ *cp = NR_REPLACEMENT; return 1; }
  for(j=i+1; j<n && (s[j]&0xC0)==0x80; j++){}
  len = j-i;
  if( b<0xE0 ){ want = 2; v = b&0x1F; min = 0x80; }
  else if( b<0xF0 ){ want = 3; v = b&0x0F; min = 0x800; }
  else if( b<0xF8 ){ want = 4; v = b&0x07; min = 0x10000; }
  else { *cp = NR_REPLACEMENT; return len; }
  if( len!=want ){ *cp = NR_REPLACEMENT; return len; }
  for(j=i+1; j<i+len; j++) v = (v<<6) | (s[j]&0x3F);
  if( v<min || v>0x10FFFF || (v>=0xD800 && v<=0xDFFF) ) v = NR_REPLACEMENT;
  *cp = v;
  return len;
}

/* Decode the character that ends just before byte offset i (0 < i <= n),
** assuming i is a character boundary.  Returns its length; *cp as above.
** (An ASCII byte inline, the rest by nr_utf8_decode_back_mb.) */
size_t nr_utf8_decode_back_mb(const unsigned char *s, size_t n, size_t i, int32_t *cp);
static inline size_t nr_utf8_decode_back(const unsigned char *s, size_t n, size_t i, int32_t *cp){
  if( s[i-1]<0x80 ){ *cp = (int32_t)s[i-1]; return 1; }
  return nr_utf8_decode_back_mb(s, n, i, cp);
}

/* Number of characters in s[0..n). */
size_t nr_utf8_count(const unsigned char *s, size_t n);

/* Append the UTF-8 encoding of cp to out (room for 4 bytes); returns length. */
size_t nr_utf8_encode(int32_t cp, unsigned char *out);

/* Incremental byte offset -> 1-based character position. */
typedef struct nr_posmap {
  const unsigned char *s;
  size_t n;
  size_t byte;      /* a character boundary */
  int64_t chars;    /* characters in s[0..byte) */
} nr_posmap;

void nr_posmap_init(nr_posmap *m, const unsigned char *s, size_t n);
/* 1-based character position of the character that starts at byte off. */
int64_t nr_posmap_pos(nr_posmap *m, size_t off);
/* Number of characters in s[a..b), a and b character boundaries. */
int64_t nr_posmap_len(nr_posmap *m, size_t a, size_t b);

static inline int nr_is_ascii_alpha(unsigned c){ return ((c|0x20)-'a')<26u; }
static inline int nr_is_ascii_digit(unsigned c){ return (c-'0')<10u; }
static inline int nr_ascii_lower(unsigned c){ return (c-'A')<26u ? (int)(c|0x20) : (int)c; }

/* Character classes (Unicode-aware, via utf8proc for non-ASCII).  The
** ASCII answers are inline; the *_u functions give the others. */
int nr_is_alpha_u(int32_t cp);
int nr_is_upper_u(int32_t cp);
int nr_is_digit_u(int32_t cp);
int nr_is_space_u(int32_t cp);
/* letters L*, and combining marks M* */
static inline int nr_is_alpha(int32_t cp){ return cp<0x80 ? nr_is_ascii_alpha((unsigned)cp) : nr_is_alpha_u(cp); }
/* Lu, Lt */
static inline int nr_is_upper(int32_t cp){ return cp<0x80 ? (unsigned)(cp-'A')<26u : nr_is_upper_u(cp); }
/* Nd */
static inline int nr_is_digit(int32_t cp){ return cp<0x80 ? (unsigned)(cp-'0')<10u : nr_is_digit_u(cp); }
/* Zs, tab, CR, LF, and other line breaks */
static inline int nr_is_space(int32_t cp){
  return cp<0x80 ? cp==' ' || cp=='\t' || cp=='\n' || cp=='\r' || cp=='\f' || cp=='\v' : nr_is_space_u(cp);
}
int nr_is_lower(int32_t cp);   /* Ll */
int nr_is_dash(int32_t cp);    /* Pd and U+2212 */
int32_t nr_to_lower(int32_t cp);

#endif
