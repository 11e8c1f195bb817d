/*
** article.c -- publication date, headline and body of an article file.
**
** The date comes from a leading "date YYYY-MM-DD" header (the body may follow
** on the same line), else from a dateline among the first lines: a short line
** made only of a date, a time and dateline words (10 February, 2022, 11:40 am;
** 10:30 GMT 08.02.2022 (Updated: 10:45 GMT 08.02.2022)).  The headline is the
** first line that is not site boilerplate when it is short, has no final
** punctuation and is followed by more text, or when the page repeats it on
** the next line.  Word lists live in ext/lexicon/ (months, dateline_words,
** boilerplate).
*/
#include "article.h"
#include "utf8.h"
#include "lexicon.h"
#include "segment.h"
#include <string.h>

#include "../lexicon/months.inc"
#include "../lexicon/dateline_words.inc"
#include "../lexicon/boilerplate.inc"

static const nr_lex months = NR_LEX(months);
static const nr_lex dateline_words = NR_LEX(dateline_words);
static const nr_lex boilerplate = NR_LEX(boilerplate);

#define LOOK_LINES 12      /* how many non-empty lines a title/dateline may be in */
#define MAX_DATELINE 160   /* bytes */
#define MAX_TITLE 300      /* bytes */
#define MAX_TITLE_WORDS 30

static int days_in_month(int y, int m){
  static const int d[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( m==2 && ((y%4==0 && y%100!=0) || y%400==0) ) return 29;
  return d[m-1];
}

/* Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM when hh >= 0, into out. */
static void iso(char out[17], int y, int m, int d, int hh, int mi){
  int k = 0;
  out[k++] = (char)('0'+y/1000%10); out[k++] = (char)('0'+y/100%10);
  out[k++] = (char)('0'+y/10%10); out[k++] = (char)('0'+y%10);
  out[k++] = '-'; out[k++] = (char)('0'+m/10%10); out[k++] = (char)('0'+m%10);
  out[k++] = '-'; out[k++] = (char)('0'+d/10%10); out[k++] = (char)('0'+d%10);
  if( hh>=0 ){
    out[k++] = 'T'; out[k++] = (char)('0'+hh/10%10); out[k++] = (char)('0'+hh%10);
    out[k++] = ':'; out[k++] = (char)('0'+mi/10%10); out[k++] = (char)('0'+mi%10);
  }
  out[k] = 0;
}

/* Read up to maxd digits at s[*i]; returns the count read, value in *v. */
static int digits(const unsigned char *s, size_t n, size_t *i, int maxd, int *v){
  int k = 0, x = 0;
  while( *i<n && k<maxd && nr_is_ascii_digit(s[*i]) ){ x = x*10 + (s[*i]-'0'); (*i)++; k++; }
  if( *i<n && nr_is_ascii_digit(s[*i]) ) return -1;   /* too many digits */
  *v = x;
  return k;
}

typedef struct dl_state {
  int y, m, d, hh, mi, ampm;   /* -1 when unknown; ampm: 0 none, 1 am, 2 pm */
} dl_state;

/* A time HH:MM[:SS] at s[*i]; returns 1 and advances when there is one. */
static int read_time(const unsigned char *s, size_t n, size_t *i, dl_state *st){
  size_t k = *i;
  int h, mi, sec;
  if( digits(s, n, &k, 2, &h)<1 || k>=n || s[k]!=':' ) return 0;
  k++;
  if( digits(s, n, &k, 2, &mi)!=2 ) return 0;
  if( k<n && s[k]==':' ){ size_t k2 = k+1; if( digits(s, n, &k2, 2, &sec)==2 ) k = k2; }
  if( h>23 || mi>59 ) return 0;
  if( st->hh<0 ){ st->hh = h; st->mi = mi; }
  *i = k;
  return 1;
}

/* A numeric token at s[*i]: a date in digits, a time, a day or a year. */
static int read_number(const unsigned char *s, size_t n, size_t *i, dl_state *st){
  size_t k = *i;
  int a, b, c, na, nb, nc;
  if( read_time(s, n, i, st) ) return 1;
  na = digits(s, n, &k, 4, &a);
  if( na<1 ) return 0;
  if( k+1<n && (s[k]=='-' || s[k]=='.' || s[k]=='/') && nr_is_ascii_digit(s[k+1]) ){
    unsigned char sep = s[k];
    k++;
    nb = digits(s, n, &k, 2, &b);
    if( nb<1 || k>=n || s[k]!=sep ) return 0;
    k++;
    nc = digits(s, n, &k, 4, &c);
    if( nc<1 ) return 0;
    if( na==4 && sep=='-' ){ st->y = a; st->m = b; st->d = c; }      /* 2022-02-08 */
    else if( nc==4 && sep=='.' ){ st->d = a; st->m = b; st->y = c; } /* 08.02.2022 */
    else if( nc==4 && sep=='/' ){                                    /* 02/08/2022 */
      if( a>12 ){ st->d = a; st->m = b; } else { st->m = a; st->d = b; }
      st->y = c;
    }else return 0;
    /* an ISO time right after: 2022-02-08T10:30 or 2022-02-08 10:30 */
    if( k+1<n && (s[k]=='T' || s[k]==' ') && nr_is_ascii_digit(s[k+1]) ){
      size_t k2 = k+1;
      if( read_time(s, n, &k2, st) ) k = k2;
    }
    *i = k;
    return 1;
  }
  if( na==4 ){ if( st->y<0 && a>=1800 && a<=2200 ) st->y = a; else return 0; }
  else if( na<=2 && a>=1 && a<=31 && st->d<0 ) st->d = a;
  else return 0;
  *i = k;
  return 1;
}

int nr_parse_dateline(const unsigned char *s, size_t n, int strict, char out[17]){
  dl_state st = {-1, -1, -1, -1, -1, 0};
  size_t i = 0;
  int tokens = 0;
  while( i<n ){
    unsigned char b = s[i];
    if( nr_is_ascii_digit(b) ){
      if( !read_number(s, n, &i, &st) ){
        if( strict ) return 0;
        while( i<n && (nr_is_ascii_digit(s[i]) || s[i]=='.' || s[i]=='/' || s[i]==':' || s[i]=='-') ) i++;
      }
      tokens++;
      continue;
    }
    if( b>=0x80 || nr_is_ascii_alpha(b) ){
      size_t a = i;
      const nr_lexent *e;
      int32_t cp;
      size_t len = nr_utf8_decode(s, n, i, &cp);
      if( !nr_is_alpha(cp) ){
        if( strict && !nr_is_space(cp) && !nr_is_dash(cp) ) return 0;
        i += len;
        continue;
      }
      while( i<n ){
        len = nr_utf8_decode(s, n, i, &cp);
        if( nr_is_alpha(cp) ){ i += len; continue; }
        if( cp=='.' && i+1<n && nr_is_ascii_alpha(s[i+1]) && i-a==1 ){ i++; continue; }
        break;
      }
      tokens++;
      if( (e = nr_lex_lookup(&months, s+a, i-a))!=0 ){
        if( st.m<0 ) st.m = e->num;
        if( i<n && s[i]=='.' ) i++;
        continue;
      }
      if( (e = nr_lex_lookup(&dateline_words, s+a, i-a))!=0 ){
        if( e->val[0]=='a' ) st.ampm = nr_ascii_lower(s[a])=='p' ? 2 : 1;
        if( i<n && s[i]=='.' ) i++;
        continue;
      }
      if( strict ) return 0;
      continue;
    }
    if( strict && !(b==' ' || b=='\t' || b==',' || b=='.' || b==':' || b=='/' || b=='-'
                    || b=='(' || b==')' || b=='|' || b=='\r') ) return 0;
    i++;
  }
  (void)tokens;
  if( st.y<0 || st.m<1 || st.m>12 || st.d<1 || st.d>days_in_month(st.y, st.m) ) return 0;
  if( st.hh>=0 ){
    int h = st.hh;
    if( st.ampm==2 && h<12 ) h += 12;
    if( st.ampm==1 && h==12 ) h = 0;
    iso(out, st.y, st.m, st.d, h, st.mi);
  }else{
    iso(out, st.y, st.m, st.d, -1, 0);
  }
  return 1;
}

static size_t skip_ws(const unsigned char *s, size_t n, size_t i){
  while( i<n ){
    if( s[i]==' ' || s[i]=='\t' || s[i]=='\r' || s[i]=='\n' || s[i]=='\f' || s[i]=='\v' ){ i++; continue; }
    if( i+2<n && s[i]==0xEF && s[i+1]==0xBB && s[i+2]==0xBF ){ i += 3; continue; }  /* BOM */
    if( i+1<n && s[i]==0xC2 && s[i+1]==0xA0 ){ i += 2; continue; }                  /* NBSP */
    break;
  }
  return i;
}

/* "date YYYY-MM-DD[( |T)HH:MM]" at s[i]: returns the end, or 0. */
static size_t date_header(const unsigned char *s, size_t n, size_t i, char out[17]){
  size_t k;
  dl_state st = {-1, -1, -1, -1, -1, 0};
  if( n-i<15 || nr_ascii_lower(s[i])!='d' || nr_ascii_lower(s[i+1])!='a'
   || nr_ascii_lower(s[i+2])!='t' || nr_ascii_lower(s[i+3])!='e' ) return 0;
  k = i+4;
  if( !(s[k]==' ' || s[k]=='\t') ) return 0;
  while( k<n && (s[k]==' ' || s[k]=='\t') ) k++;
  if( k+10>n || !nr_is_ascii_digit(s[k]) || s[k+4]!='-' || s[k+7]!='-' ) return 0;
  if( !read_number(s, n, &k, &st) || st.y<0 || st.m<1 || st.m>12
   || st.d<1 || st.d>days_in_month(st.y, st.m) ) return 0;
  iso(out, st.y, st.m, st.d, st.hh, st.mi);
  return k;
}

typedef struct line { size_t a, b; } line;

static int same_line(const unsigned char *s, line x, line y){
  return x.b-x.a==y.b-y.a && memcmp(s+x.a, s+y.a, x.b-x.a)==0;
}

static int is_boilerplate(const unsigned char *s, line l){
  size_t b = l.b;
  while( b>l.a && (s[b-1]=='!' || s[b-1]=='.' || s[b-1]==':' || s[b-1]==' ') ) b--;
  return nr_lex_lookup(&boilerplate, s+l.a, b-l.a)!=0;
}

/* Could this line be a headline? */
static int title_shaped(const unsigned char *s, size_t n, line l){
  size_t pos = l.a, wa, wb;
  int words = 0, capitalised = 0;
  int32_t last;
  char tmp[17];
  if( l.b-l.a>MAX_TITLE ) return 0;
  nr_utf8_decode_back(s, n, l.b, &last);
  if( last=='.' || last=='!' || last==',' || last==';' || last==':' || last=='_'
   || nr_is_dash(last) ) return 0;
  while( pos<l.b && nr_next_word(s, l.b, &pos, &wa, &wb) ){
    words++;
    if( nr_word_is_capitalised(s, n, wa, wb) ) capitalised++;
    if( words>MAX_TITLE_WORDS ) return 0;
  }
  if( words<2 || capitalised==0 ) return 0;
  /* one sentence only: "... 2022. Photographer Name / Agency" is a caption */
  for(pos=l.a+1; pos+2<l.b; pos++){
    if( (s[pos]=='.' || s[pos]=='?' || s[pos]=='!') && s[pos+1]==' '
     && (unsigned)(s[pos+2]-'A')<26u
     && ((unsigned)(s[pos-1]-'a')<26u || nr_is_ascii_digit(s[pos-1])) ) return 0;
  }
  if( nr_parse_dateline(s+l.a, l.b-l.a, 1, tmp) ) return 0;
  return 1;
}

void nr_article_parse(const unsigned char *s, size_t n, nr_article *a){
  line lines[LOOK_LINES+1];
  size_t nl = 0, i, k;
  memset(a, 0, sizeof(*a));
  i = skip_ws(s, n, 0);
  k = date_header(s, n, i, a->published);
  a->body_start = k ? skip_ws(s, n, k) : 0;
  if( !k ) a->published[0] = 0;
  /* the first non-empty lines of the body */
  i = a->body_start;
  while( i<n && nl<LOOK_LINES+1 ){
    const unsigned char *e = memchr(s+i, '\n', n-i);
    size_t le = e ? (size_t)(e-s) : n, lb = i;
    while( lb<le && (s[lb]==' ' || s[lb]=='\t') ) lb++;
    while( le>lb && (s[le-1]==' ' || s[le-1]=='\t' || s[le-1]=='\r') ) le--;
    if( le>lb ){ lines[nl].a = lb; lines[nl].b = le; nl++; }
    i = e ? (size_t)(e-s)+1 : n;
  }
  /* the headline */
  for(k=0; k<nl && k<LOOK_LINES; k++){
    if( is_boilerplate(s, lines[k]) ) continue;
    if( k+1<nl && same_line(s, lines[k], lines[k+1]) && lines[k].b-lines[k].a<=MAX_TITLE ){
      a->has_title = 1;
    }else if( k+1<nl && title_shaped(s, n, lines[k]) ){
      a->has_title = 1;
    }
    if( a->has_title ){ a->title_start = lines[k].a; a->title_end = lines[k].b; }
    break;
  }
  /* a dateline near the top */
  if( !a->published[0] ){
    for(k=0; k<nl && k<LOOK_LINES; k++){
      if( lines[k].b-lines[k].a<=MAX_DATELINE
       && nr_parse_dateline(s+lines[k].a, lines[k].b-lines[k].a, 1, a->published) ) break;
      a->published[0] = 0;
    }
  }
}
