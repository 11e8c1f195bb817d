/*
** jsonl.c -- see jsonl.h.  Iterative (no recursion), linear, no allocation.
*/
#include "jsonl.h"
#include "utf8.h"
#include <string.h>

static size_t ws(const unsigned char *s, size_t n, size_t i){
  while( i<n && (s[i]==' ' || s[i]=='\t' || s[i]=='\r' || s[i]=='\n') ) i++;
  return i;
}

static int hexval(unsigned char c){
  if( c>='0' && c<='9' ) return c-'0';
  c |= 0x20;
  if( c>='a' && c<='f' ) return c-'a'+10;
  return -1;
}

/* A string starting at the quote s[i]; returns the index after the closing
** quote, or 0 when malformed. */
static size_t str_end(const unsigned char *s, size_t n, size_t i){
  i++;
  while( i<n ){
    const unsigned char *q;
    unsigned char c = s[i];
    if( c=='"' ) return i+1;
    if( c=='\\' ){
      if( i+1>=n ) return 0;
      c = s[i+1];
      if( c=='u' ){
        int k;
        if( i+6>n ) return 0;
        for(k=2; k<6; k++) if( hexval(s[i+k])<0 ) return 0;
        i += 6;
        continue;
      }
      if( !strchr("\"\\/bfnrt", c) || c==0 ) return 0;
      i += 2;
      continue;
    }
    if( c<0x20 ) return 0;
    /* jump to the next quote or backslash */
    q = s+i+1;
    while( q<s+n && *q!='"' && *q!='\\' && *q>=0x20 ) q++;
    i = (size_t)(q-s);
  }
  return 0;
}

/* A number, true, false or null at s[i]; returns the end or 0. */
static size_t scalar_end(const unsigned char *s, size_t n, size_t i, int *isnull){
  size_t a = i;
  *isnull = 0;
  if( n-i>=4 && memcmp(s+i, "null", 4)==0 ){ *isnull = 1; return i+4; }
  if( n-i>=4 && memcmp(s+i, "true", 4)==0 ) return i+4;
  if( n-i>=5 && memcmp(s+i, "false", 5)==0 ) return i+5;
  if( i<n && s[i]=='-' ) i++;
  if( i>=n || !nr_is_ascii_digit(s[i]) ) return 0;
  while( i<n && (nr_is_ascii_digit(s[i]) || s[i]=='.' || s[i]=='e' || s[i]=='E'
                 || s[i]=='+' || s[i]=='-') ) i++;
  return i>a ? i : 0;
}

/* Skip any value at s[i] (object and array contents are checked for
** balanced brackets and well-formed strings). Returns the end or 0. */
static size_t value_end(const unsigned char *s, size_t n, size_t i){
  int isnull;
  size_t depth = 0;
  if( i>=n ) return 0;
  if( s[i]=='"' ) return str_end(s, n, i);
  if( s[i]!='{' && s[i]!='[' ) return scalar_end(s, n, i, &isnull);
  while( i<n ){
    unsigned char c = s[i];
    if( c=='"' ){ i = str_end(s, n, i); if( !i ) return 0; continue; }
    if( c=='{' || c=='[' ) depth++;
    else if( c=='}' || c==']' ){ if( depth==0 ) return 0; depth--; if( depth==0 ) return i+1; }
    i++;
  }
  return 0;
}

int nr_json_fields(const unsigned char *s, size_t n, const char *const *names,
                   int nnames, nr_jval *out, const char **why){
  size_t i = ws(s, n, 0);
  int k;
  for(k=0; k<nnames; k++) out[k].present = 0;
  if( i>=n || s[i]!='{' ){ *why = "not a JSON object"; return -1; }
  i = ws(s, n, i+1);
  if( i<n && s[i]=='}' ){ i++; goto done; }
  for(;;){
    size_t ka, kb, va, vb;
    int isnull = 0;
    if( i>=n || s[i]!='"' ){ *why = "expected a key"; return -1; }
    ka = i+1;
    i = str_end(s, n, i);
    if( !i ){ *why = "bad string"; return -1; }
    kb = i-1;
    i = ws(s, n, i);
    if( i>=n || s[i]!=':' ){ *why = "expected ':'"; return -1; }
    i = ws(s, n, i+1);
    va = i;
    if( i<n && s[i]=='"' ){
      vb = str_end(s, n, i);
      if( !vb ){ *why = "bad string"; return -1; }
      for(k=0; k<nnames; k++){
        if( !out[k].present && strlen(names[k])==kb-ka && memcmp(names[k], s+ka, kb-ka)==0 ){
          out[k].present = 1; out[k].start = va+1; out[k].end = vb-1;
        }
      }
    }else{
      if( i<n && (s[i]=='{' || s[i]=='[') ) vb = value_end(s, n, i);
      else vb = scalar_end(s, n, i, &isnull);
      if( !vb ){ *why = "bad value"; return -1; }
      if( !isnull && s[va]!='{' && s[va]!='[' ){
        for(k=0; k<nnames; k++){
          if( !out[k].present && strlen(names[k])==kb-ka && memcmp(names[k], s+ka, kb-ka)==0 ){
            out[k].present = 2; out[k].start = va; out[k].end = vb;
          }
        }
      }
    }
    i = ws(s, n, vb);
    if( i<n && s[i]==',' ){ i = ws(s, n, i+1); continue; }
    if( i<n && s[i]=='}' ){ i++; break; }
    *why = "expected ',' or '}'";
    return -1;
  }
done:
  i = ws(s, n, i);
  if( i!=n ){ *why = "text after the object"; return -1; }
  return 0;
}

size_t nr_json_unescape(const unsigned char *s, size_t n, unsigned char *dst){
  size_t i = 0, o = 0;
  while( i<n ){
    unsigned char c = s[i];
    if( c!='\\' || i+1>=n ){ dst[o++] = c; i++; continue; }
    c = s[i+1];
    i += 2;
    switch( c ){
      case 'b': dst[o++] = '\b'; break;
      case 'f': dst[o++] = '\f'; break;
      case 'n': dst[o++] = '\n'; break;
      case 'r': dst[o++] = '\r'; break;
      case 't': dst[o++] = '\t'; break;
      case 'u': {
        int32_t cp = 0;
        int k;
        if( i+4>n ){ dst[o++] = '?'; i = n; break; }
        for(k=0; k<4; k++) cp = cp*16 + hexval(s[i+k]);
        i += 4;
        if( cp>=0xD800 && cp<=0xDBFF && i+6<=n && s[i]=='\\' && s[i+1]=='u' ){
          int32_t lo = 0;
          for(k=0; k<4; k++){ int h = hexval(s[i+2+k]); lo = h<0 ? -1 : lo*16+h; if( lo<0 ) break; }
          if( lo>=0xDC00 && lo<=0xDFFF ){ cp = 0x10000 + ((cp-0xD800)<<10) + (lo-0xDC00); i += 6; }
          else cp = NR_REPLACEMENT;
        }else if( cp>=0xD800 && cp<=0xDFFF ){
          cp = NR_REPLACEMENT;
        }
        o += nr_utf8_encode(cp, dst+o);
        break;
      }
      default: dst[o++] = c; break;
    }
  }
  return o;
}
