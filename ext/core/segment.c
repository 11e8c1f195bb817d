/*
** segment.c -- paragraphs, sentences and words.  See segment.h for the rules.
**
** One pass over the bytes: memchr finds line ends, and inside a line only
** the bytes . ! ? (and the lead byte of …) and lower-to-upper case changes
** are looked at closely.  Nothing here allocates per character.
*/
#include "segment.h"
#include "nr_alloc.h"
#include "utf8.h"
#include "scan.h"
#include "lexicon.h"
#include <string.h>

#include "../lexicon/abbreviations.inc"
#include "../lexicon/starters.inc"

const nr_lex nr_abbreviations_lex = NR_LEX(abbreviations);
const nr_lex nr_starters_lex = NR_LEX(starters);

int nr_is_closer(int32_t cp){
  switch( cp ){
    case '"': case '\'': case ')': case ']': case 0x2019: case 0x201D:
    case 0x00BB: case 0x203A: case 0x201C: case 0x2018:
      return 1;
  }
  return 0;
}

int nr_is_opener(int32_t cp){
  switch( cp ){
    case '"': case '\'': case '(': case '[': case 0x201C: case 0x2018:
    case 0x00AB: case 0x2039: case 0x201E: case 0x201A:
      return 1;
  }
  return 0;
}

/* Length of the white-space character at s[i], 0 if none. */
static size_t space_at(const unsigned char *s, size_t n, size_t i){
  int32_t cp;
  size_t len;
  unsigned char b = s[i];
  if( b<0x80 ) return (b==' '||b=='\t'||b=='\r'||b=='\f'||b=='\v'||b=='\n') ? 1 : 0;
  if( b!=0xC2 && b!=0xE2 && b!=0xE3 && b!=0xE1 ) return 0;
  len = nr_utf8_decode(s, n, i, &cp);
  return nr_is_space(cp) ? len : 0;
}

static size_t skip_space(const unsigned char *s, size_t n, size_t i, size_t end){
  size_t k;
  while( i<end && (k = space_at(s, n, i))>0 ) i += k;
  return i;
}

static size_t trim_back(const unsigned char *s, size_t n, size_t start, size_t end){
  while( end>start ){
    int32_t cp;
    size_t len = nr_utf8_decode_back(s, n, end, &cp);
    if( !nr_is_space(cp) ) break;
    end -= len;
  }
  return end;
}

static int add_sentence(nr_doc *d, const unsigned char *s, size_t n,
                        size_t a, size_t b, int para){
  nr_sent *x;
  a = skip_space(s, n, a, b);
  b = trim_back(s, n, a, b);
  if( b<=a ) return NR_OK;
  if( NR_RESERVE(d->sent, d->cap_sent, d->n_sent+1) ) return NR_NOMEM;
  x = &d->sent[d->n_sent];
  x->start = a; x->end = b; x->paragraph = para;
  x->number = (int)(d->n_sent+1);
  d->n_sent++;
  return NR_OK;
}

/* Is s[a..b) (a word) in the starters list? */
static int is_starter(const unsigned char *s, size_t a, size_t b){
  return nr_lex_lookup(&nr_starters_lex, s+a, b-a)!=0;
}

/* The word that starts at byte i: letters only.  Returns its end. */
static size_t letters_end(const unsigned char *s, size_t n, size_t i, size_t end){
  while( i<end ){
    int32_t cp;
    size_t len = nr_utf8_decode(s, n, i, &cp);
    if( !nr_is_alpha(cp) ) break;
    i += len;
  }
  return i;
}

/*
** Should a period at byte p (a single '.') followed by a sentence opener at
** byte m end the sentence?  Looks at the word before the period.
*/
static int period_ends(const unsigned char *s, size_t n, size_t p, size_t m, size_t para_start){
  size_t a = p;
  int dotted = 0, letters = 0, upper_initial = 0;
  const nr_lexent *e;
  size_t ne;
  /* the word before the period, allowing internal periods (U.S, a.m) */
  while( a>para_start ){
    int32_t cp;
    size_t len = nr_utf8_decode_back(s, n, a, &cp);
    if( nr_is_alpha(cp) || nr_is_digit(cp) ){ a -= len; letters++; continue; }
    if( cp=='.' && a-1>para_start ){
      int32_t cq;
      nr_utf8_decode_back(s, n, a-1, &cq);
      if( nr_is_alpha(cq) ){ a -= 1; dotted = 1; continue; }
    }
    break;
  }
  if( letters==0 ) return 1;
  if( !dotted && letters==1 ){
    int32_t cp;
    nr_utf8_decode(s, n, a, &cp);
    upper_initial = nr_is_upper(cp);
  }
  ne = letters_end(s, n, m, n);
  if( upper_initial ) return 0;                 /* John F. Kennedy */
  e = nr_lex_lookup(&nr_abbreviations_lex, s+a, p-a);
  if( e && e->val[0]=='t' ) return 0;           /* title: Dr. Okafor */
  if( e && e->val[0]=='n' ){                     /* No. 5, but "No. It is" */
    int32_t cp;
    nr_utf8_decode(s, n, m, &cp);
    return !nr_is_digit(cp);
  }
  if( e || dotted ){
    /* Feb. 7, U.S. officials: only a sentence-opening word ends it */
    return ne>m && is_starter(s, m, ne);
  }
  return 1;
}

/* Bytes the sentence scanner stops at: terminal marks, the lead byte of
** "…", and capital letters (for glued sentences).  Everything else is
** skipped with one table look-up per byte. */
static const unsigned char stop_byte[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1,
  ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2,
  ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2,
  ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2,
  ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
};

static int segment_paragraph(nr_doc *d, const unsigned char *s, size_t n,
                             size_t ps, size_t pe, int para){
  size_t sstart = ps;
  size_t j = ps;
  for(;;){
    unsigned char c;
    size_t tl = 0;
    /* the first two bytes by the table, the rest 16 at a time (a capital
    ** that follows no lower-case letter, which the scan skips, is passed
    ** over below anyway) */
    while( j<pe && j<ps+2 && !stop_byte[s[j]] ) j++;
    if( j>=ps+2 ) j = nr_scan_sentence(s, j, pe, n);
    if( j>=pe ) break;
    c = s[j];
    if( stop_byte[c]==2 ){
      /* glued sentences: "MacronHe told" -- a capitalised sentence-opening
      ** word right after a lower-case letter that ends a word of 2+ letters */
      if( j>=ps+2 && (unsigned)(s[j-1]-'a')<26u && nr_is_ascii_alpha(s[j-2])
       && j+1<pe && (unsigned)(s[j+1]-'a')<26u ){
        size_t we = letters_end(s, n, j, pe);
        if( we<pe && s[we]==' ' && we-j>=2 && is_starter(s, j, we) ){
          if( add_sentence(d, s, n, sstart, j, para) ) return NR_NOMEM;
          sstart = j;
        }
        j = we;
        continue;
      }
      j++;
      continue;
    }
    if( c=='.' || c=='!' || c=='?' ) tl = 1;
    else if( j+2<pe && s[j+1]==0x80 && s[j+2]==0xA6 ) tl = 3;  /* … */
    else { j++; continue; }
    {
      size_t k = j+tl, m;
      int single_period = (c=='.');
      int32_t cp;
      /* the run of terminal marks */
      while( k<pe ){
        if( s[k]=='.' || s[k]=='!' || s[k]=='?' ){ k++; single_period = 0; continue; }
        if( s[k]==0xE2 && k+2<pe && s[k+1]==0x80 && s[k+2]==0xA6 ){ k += 3; single_period = 0; continue; }
        break;
      }
      /* closing quotes and brackets */
      while( k<pe ){
        size_t len = nr_utf8_decode(s, n, k, &cp);
        if( !nr_is_closer(cp) ) break;
        k += len;
      }
      if( k>=pe ){ j = k; continue; }
      m = skip_space(s, n, k, pe);
      if( m>k ){
        /* white space: is a sentence opening? */
        if( m>=pe ){ j = m; continue; }
        nr_utf8_decode(s, n, m, &cp);
        if( !(nr_is_upper(cp) || nr_is_digit(cp) || nr_is_opener(cp)) ){ j = m; continue; }
        if( single_period && !period_ends(s, n, j, m, ps) ){ j = m; continue; }
        if( add_sentence(d, s, n, sstart, k, para) ) return NR_NOMEM;
        sstart = m;
        j = m;
        continue;
      }
      /* no space: a run-on "issue.Kremlin" (lower-case before, Capitalised
      ** word after), but not "U.S.Army", "3.5" or "example.Com" domains */
      if( c=='.' && k==j+1 && j>ps && k+1<pe
       && (unsigned)(s[k]-'A')<26u && (unsigned)(s[k+1]-'a')<26u
       && (unsigned)(s[j-1]-'a')<26u && (j-1==ps || s[j-2]!='.') ){
        size_t we = letters_end(s, n, k, pe);
        if( we-k>=2 && (we>=pe || s[we]==' ' || s[we]==',') ){
          if( add_sentence(d, s, n, sstart, k, para) ) return NR_NOMEM;
          sstart = k;
        }
        j = we;
        continue;
      }
      j = k;
    }
  }
  return add_sentence(d, s, n, sstart, pe, para);
}

/* Paragraphs (non-blank lines, trimmed) and, when sentences is set, their
** sentences. */
static int segment(const unsigned char *s, size_t n, nr_doc *d, int sentences){
  size_t i = 0;
  int para = 0;
  d->n_sent = 0;
  d->n_para = 0;
  while( i<n ){
    const unsigned char *nl = memchr(s+i, '\n', n-i);
    size_t le = nl ? (size_t)(nl-s) : n;
    size_t ps = skip_space(s, n, i, le);
    size_t pe = trim_back(s, n, ps, le);
    if( pe>ps ){
      nr_para *p;
      size_t before = d->n_sent;
      para++;
      if( NR_RESERVE(d->para, d->cap_para, d->n_para+1) ) return NR_NOMEM;
      p = &d->para[d->n_para++];
      p->start = ps; p->end = pe; p->first_sent = before; p->n_sent = 0;
      if( sentences ){
        if( segment_paragraph(d, s, n, ps, pe, para) ) return NR_NOMEM;
        p->n_sent = d->n_sent - before;
      }
    }
    i = nl ? le+1 : n;
  }
  return NR_OK;
}

int nr_segment(const unsigned char *s, size_t n, nr_doc *d){
  return segment(s, n, d, 1);
}

int nr_segment_paragraphs(const unsigned char *s, size_t n, nr_doc *d){
  return segment(s, n, d, 0);
}

void nr_doc_free(nr_doc *d){
  nr_free(d->sent);
  nr_free(d->para);
  memset(d, 0, sizeof(*d));
}

size_t nr_doc_sentence_at(const nr_doc *d, size_t off){
  size_t lo = 0, hi = d->n_sent;
  if( hi==0 ) return (size_t)-1;
  while( hi-lo>1 ){
    size_t mid = (lo+hi)/2;
    if( d->sent[mid].start<=off ) lo = mid; else hi = mid;
  }
  return lo;
}

size_t nr_doc_paragraph_at(const nr_doc *d, size_t off){
  size_t lo = 0, hi = d->n_para;
  if( hi==0 ) return (size_t)-1;
  while( hi-lo>1 ){
    size_t mid = (lo+hi)/2;
    if( d->para[mid].start<=off ) lo = mid; else hi = mid;
  }
  return lo;
}

int nr_word_is_capitalised(const unsigned char *s, size_t n, size_t a, size_t b){
  int32_t cp;
  if( a>=b ) return 0;
  nr_utf8_decode(s, n, a, &cp);
  return nr_is_upper(cp);
}

int nr_next_word(const unsigned char *s, size_t n, size_t *pos, size_t *ws, size_t *we){
  size_t i = *pos, a, seg;
  int32_t cp;
  size_t len;
  /* skip to a letter or digit */
  for(;;){
    if( i>=n ){ *pos = n; return 0; }
    if( s[i]<0x80 ){
      if( nr_is_ascii_alpha(s[i]) || nr_is_ascii_digit(s[i]) ) break;
      i++;
      continue;
    }
    len = nr_utf8_decode(s, n, i, &cp);
    if( nr_is_alpha(cp) || nr_is_digit(cp) ) break;
    i += len;
  }
  a = i;
  seg = i;   /* start of the current dot-separated segment */
  while( i<n ){
    len = nr_utf8_decode(s, n, i, &cp);
    if( nr_is_alpha(cp) || nr_is_digit(cp) ){ i += len; continue; }
    if( i+len<n && (cp=='\'' || cp==0x2019 || cp=='-' || cp==0x2010 || cp=='.') ){
      int32_t nx;
      size_t l2 = nr_utf8_decode(s, n, i+len, &nx);
      (void)l2;
      if( cp=='.' ){
        /* U.S. style: single letter segments joined by periods, and
        ** U.S.-backed */
        if( i-seg==1 && nr_is_alpha(nx) ){ i += 1; seg = i; continue; }
        if( i-seg==1 && seg>a && nx=='-' && i+2<n && nr_is_ascii_alpha(s[i+2]) ){
          i += 2; seg = i; continue;
        }
        break;
      }
      if( nr_is_alpha(nx) || (cp!='\'' && cp!=0x2019 && nr_is_digit(nx)) ){ i += len; continue; }
    }
    break;
  }
  /* final period of a dotted initialism: U.S. */
  if( seg>a && i-seg==1 && i<n && s[i]=='.' ) i++;
  *ws = a; *we = i; *pos = i;
  return 1;
}
