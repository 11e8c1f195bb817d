/*
** quotekey.c -- see quotekey.h.  Decomposes one code point at a time with
** utf8proc into a buffer of our own allocator (utf8proc_map would malloc and
** refuses invalid UTF-8), filters, then recomposes with
** utf8proc_normalize_utf32.
*/
#include "quotekey.h"
#include "nr_alloc.h"
#include "utf8.h"
#include <utf8proc.h>

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

int nr_quote_key(const unsigned char *s, size_t n, unsigned char **out, size_t *pn){
  utf8proc_int32_t *cps = 0;
  size_t cap = 0, len = 0, i = 0, o, k;
  unsigned char *z;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  int space = 1;   /* at the start: drop leading separators */
  *out = 0; *pn = 0;
  while( i<n ){
    int32_t cp;
    utf8proc_int32_t tmp[32];
    utf8proc_ssize_t m;
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
      if( NR_RESERVE(cps, cap, len+1) ){ nr_free(cps); return NR_NOMEM; }
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
      if( NR_RESERVE(cps, cap, len+1) ){ nr_free(cps); return NR_NOMEM; }
      cps[len++] = c;
    }
  }
  if( len>0 && cps[len-1]==' ' ) len--;
  /* canonical order of combining marks, then compose (NFKC) */
  for(k=1; k<len; k++){
    size_t j = k;
    int cc = utf8proc_get_property(cps[j])->combining_class;
    while( cc && j>0 && utf8proc_get_property(cps[j-1])->combining_class>cc ){
      utf8proc_int32_t t = cps[j]; cps[j] = cps[j-1]; cps[j-1] = t; j--;
    }
  }
  if( len>0 ){
    utf8proc_ssize_t m = utf8proc_normalize_utf32(cps, (utf8proc_ssize_t)len, UTF8PROC_STABLE|UTF8PROC_COMPOSE);
    if( m>=0 ) len = (size_t)m;
  }
  z = nr_realloc(0, len*4+1);
  if( z==0 ){ nr_free(cps); return NR_NOMEM; }
  for(o=0, k=0; k<len; k++) o += nr_utf8_encode(cps[k], z+o);
  z[o] = 0;
  nr_free(cps);
  *out = z; *pn = o;
  return NR_OK;
}
