/*
** quotes.c -- find quotation marks and pair them into quoted spans.
**
** Pairing is decided by position and context, never by counting marks:
**
**  - Each candidate mark gets "can open" (a word follows, not a space or a
**    closing punctuation) and "can close" (a word or punctuation precedes)
**    from its neighbours; the mark's own shape then biases it (“ « „ open,
**    ” » '' close, " and ' go by context alone).  A closing mark with
**    nothing open (the orphan "…guarantees." before a real quote) is ignored.
**  - Double marks (" “ ” „ ‟ « », NYT/PTB '' `` and typeset ‘‘ ’’) are paired first with a
**    small stack: a closer ends the innermost open quote whose opener it
**    matches (“…” inside "…"), else the innermost open quote (mismatched
**    “…").  Only the outermost quote becomes a span.
**  - Single marks (' ‘ ’ ‹ ›) are paired second, outside double quotes, one
**    level deep and within a bounded distance.  An apostrophe (Russia's,
**    states’ right, ’90s, rock ’n’ roll) is never an opening mark; a
**    possessive-looking ’ closes only when a single quote is open.
**  - A quote open at a paragraph end continues when the next paragraph opens
**    with a mark (the multi-paragraph convention); otherwise it ends with its
**    paragraph.  Nothing crosses more than that, so a stray mark never
**    swallows the rest of the article, and the work is linear.
*/
#include "quotes.h"
#include "nr_alloc.h"
#include "utf8.h"
#include "scan.h"
#include <string.h>
#include <stdlib.h>

/* mark styles */
enum {
  ST_NONE = 0,
  ST_STRAIGHT2, ST_CURLY_O2, ST_CURLY_C2, ST_LOW2, ST_REV2, ST_GUIL_L, ST_GUIL_R,
  ST_APOS2, ST_GRAVE2,
  ST_STRAIGHT1, ST_CURLY_O1, ST_CURLY_C1, ST_LOW1, ST_GUIL1_L, ST_GUIL1_R, ST_GRAVE1
};
#define IS_DOUBLE(st) ((st)>=ST_STRAIGHT2 && (st)<=ST_GRAVE2)

typedef struct mark {
  size_t pos, len;
  int style;
  int op, cl;       /* may open / may close, after the style bias */
  int weak;         /* possessive-looking ' or ’: closes only an open single */
} mark;

typedef struct open_ent {
  size_t open, start;  /* where the row's open mark and words begin */
  int style;
} open_ent;

#define MAX_DEPTH 4
#define SINGLE_MAX 300   /* bytes a single-quoted span may run */

/* Bytes that may start a quotation mark: " ' ` and the lead bytes 0xC2
** (guillemets) and 0xE2 (curly marks), found by nr_scan5. */

int nr_has_marks(const unsigned char *s, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    unsigned c;
    i = nr_scan5(s, i, n, n, '"', '\'', '`', 0xC2, 0xE2);
    if( i>=n ) break;
    c = s[i];
    if( c=='"' || c=='\'' || c=='`' ) return 1;
    if( c==0xE2 && i+2<n && s[i+1]==0x80 &&
        ((s[i+2]>=0x98 && s[i+2]<=0x9F) || s[i+2]==0xB9 || s[i+2]==0xBA) ) return 1;
    if( c==0xC2 && i+1<n && (s[i+1]==0xAB || s[i+1]==0xBB) ) return 1;
  }
  return 0;
}

void nr_qspans_free(nr_qspans *q){
  nr_free(q->a);
  q->a = 0; q->n = q->cap = 0;
}

/* Style of the mark at s[i] (and its byte length), ST_NONE if not a mark. */
static int mark_at(const unsigned char *s, size_t n, size_t i, size_t *len){
  unsigned c = s[i];
  *len = 1;
  if( c=='"' ) return ST_STRAIGHT2;
  if( c=='\'' ) return ST_STRAIGHT1;
  if( c=='`' ) return ST_GRAVE1;
  /* A mark followed by a stray continuation byte is not a mark: SQLite (and
  ** nr_utf8_decode) count the whole run as one character, and positions
  ** must stay on SQLite's character boundaries. */
  if( c==0xE2 && i+2<n && s[i+1]==0x80 && !(i+3<n && (s[i+3]&0xC0)==0x80) ){
    *len = 3;
    switch( s[i+2] ){
      case 0x98: return ST_CURLY_O1;
      case 0x99: return ST_CURLY_C1;
      case 0x9A: return ST_LOW1;
      case 0x9B: return ST_CURLY_O1;
      case 0x9C: return ST_CURLY_O2;
      case 0x9D: return ST_CURLY_C2;
      case 0x9E: return ST_LOW2;
      case 0x9F: return ST_REV2;
      case 0xB9: return ST_GUIL1_L;
      case 0xBA: return ST_GUIL1_R;
      default: break;
    }
  }
  if( c==0xC2 && i+1<n && !(i+2<n && (s[i+2]&0xC0)==0x80) ){
    *len = 2;
    if( s[i+1]==0xAB ) return ST_GUIL_L;
    if( s[i+1]==0xBB ) return ST_GUIL_R;
  }
  *len = 1;
  return ST_NONE;
}

static int is_open_punct(int32_t c){
  return c=='(' || c=='[' || c=='{' || c=='/' || nr_is_dash(c) || c==0x2026;
}
static int is_close_punct(int32_t c){
  return c==',' || c=='.' || c==';' || c==':' || c=='!' || c=='?' || c==')' || c==']'
      || c=='}' || c==0x2026;
}

/* Neighbours of the mark [i, i+len) inside the paragraph [ps, pe). */
static void flank(const unsigned char *s, size_t n, size_t ps, size_t pe, size_t i, size_t len,
                  int32_t *prev, int32_t *next){
  if( i>ps ) nr_utf8_decode_back(s, n, i, prev); else *prev = ' ';
  if( i+len<pe ) nr_utf8_decode(s, n, i+len, next); else *next = ' ';
}

static int alnum(int32_t c){ return nr_is_alpha(c) || nr_is_digit(c); }

/* Is the ' or ’ at i an elision ('90s, 'em, 'n', 'til, 'cause)? */
static int elision(const unsigned char *s, size_t pe, size_t j){
  static const char *const words[] = { "em", "n", "til", "cause", "tis", "twas", "bout", "round", "cuz", "s" };
  size_t k, w;
  if( j+1<pe && nr_is_ascii_digit(s[j]) && nr_is_ascii_digit(s[j+1]) &&
      (j+2>=pe || !nr_is_ascii_digit(s[j+2])) ) return 1;
  for(w=0; w<sizeof(words)/sizeof(words[0]); w++){
    size_t L = strlen(words[w]);
    if( j+L>pe ) continue;
    for(k=0; k<L && nr_ascii_lower(s[j+k])==words[w][k]; k++){}
    if( k==L && (j+L==pe || !nr_is_ascii_alpha(s[j+L])) ) return 1;
  }
  return 0;
}

/* Do the letters at s[j] read as the end of a contraction or a possessive
** (s, t, m, d, ll, re, ve, then no letter)? */
static int quote_apostrophe(const unsigned char *s, size_t pe, size_t j){
  size_t k = j;
  while( k<pe && k-j<3 && nr_is_ascii_alpha(s[k]) ) k++;
  if( k<pe && nr_is_ascii_alpha(s[k]) ) return 0;
  if( k-j==1 ) return s[j]=='s' || s[j]=='t' || s[j]=='m' || s[j]=='d';
  if( k-j==2 ) return (s[j]=='l' && s[j+1]=='l') || (s[j]=='r' && s[j+1]=='e') || (s[j]=='v' && s[j+1]=='e');
  return 0;
}

/* Collect the marks of paragraph [ps, pe) into *m. */
static int collect(const unsigned char *s, size_t n, size_t ps, size_t pe,
                   mark **pm, size_t *nm, size_t *cap){
  size_t i = ps, len;
  *nm = 0;
  while( i<pe ){
    unsigned c;
    int st;
    int32_t prev, next;
    int can_open, can_close;
    mark k;
    i = nr_scan5(s, i, pe, n, '"', '\'', '`', 0xC2, 0xE2);
    if( i>=pe ) break;
    c = s[i];
    st = mark_at(s, n, i, &len);
    if( st==ST_NONE ){ i++; continue; }
    /* runs of apostrophes / graves: '' and `` are double marks */
    if( st==ST_STRAIGHT1 || st==ST_GRAVE1 ){
      size_t r = i;
      while( r<pe && s[r]==c ) r++;
      if( r-i>=2 ){
        size_t run = r-i;
        int32_t p0, n0;
        flank(s, n, ps, pe, i, run, &p0, &n0);
        int opening = !nr_is_space(n0) && (nr_is_space(p0) || is_open_punct(p0) || i==ps);
        memset(&k, 0, sizeof(k));
        if( NR_RESERVE(*pm, *cap, *nm+2) ) return NR_NOMEM;
        if( opening ){
          k.pos = i; k.len = 2; k.style = (c=='`') ? ST_GRAVE2 : ST_APOS2; k.op = 1;
          (*pm)[(*nm)++] = k;
          if( run>2 ){ k.pos = i+2; k.len = 1; k.style = ST_STRAIGHT1; k.op = 1; (*pm)[(*nm)++] = k; }
        }else{
          if( run>2 ){ k.pos = i; k.len = run-2; k.style = ST_STRAIGHT1; k.cl = 1; (*pm)[(*nm)++] = k; }
          k.pos = r-2; k.len = 2; k.style = (c=='`') ? ST_GRAVE2 : ST_APOS2; k.op = 0; k.cl = 1;
          (*pm)[(*nm)++] = k;
        }
        i = r;
        continue;
      }
    }
    /* two curly single marks are a double one: ’’ closes, ‘‘ opens (the
    ** doubled apostrophes of some wire copy, typeset) */
    if( len==3 && i+6<=pe && (s[i+2]==0x98 || s[i+2]==0x99) && memcmp(s+i, s+i+3, 3)==0 ){
      st = s[i+2]==0x99 ? ST_CURLY_C2 : ST_CURLY_O2;
      len = 6;
    }
    flank(s, n, ps, pe, i, len, &prev, &next);
    can_open = !nr_is_space(next) && !is_close_punct(next);
    can_close = !nr_is_space(prev) && !is_open_punct(prev);
    memset(&k, 0, sizeof(k));
    k.pos = i; k.len = len; k.style = st;
    switch( st ){
      case ST_STRAIGHT2:
        /* Britain"s, it"s, I"m, don"t, we"ll: wire copy that typed " for an
        ** apostrophe */
        if( alnum(prev) && quote_apostrophe(s, pe, i+len) ){ i += len; continue; }
        k.op = can_open; k.cl = can_close;
        if( !k.op && !k.cl ){ k.op = k.cl = 1; }
        break;
      case ST_CURLY_O2: case ST_LOW2: case ST_REV2: case ST_GUIL_L:
        k.op = can_open || !can_close;
        k.cl = can_close && !can_open;
        break;
      case ST_CURLY_C2:
        k.cl = can_close || !can_open;
        k.op = can_open && !can_close;
        break;
      case ST_GUIL_R:
        /* » closes, except German »…« and bullets (» at a paragraph start) */
        k.cl = can_close || !can_open;
        k.op = can_open && !can_close;
        if( i==ps ){ i += len; continue; }
        break;
      case ST_STRAIGHT1: case ST_CURLY_C1: case ST_CURLY_O1: case ST_GRAVE1: {
        if( st!=ST_GRAVE1 && alnum(prev) && nr_is_alpha(next) ){ i += len; continue; }  /* don't, Russia's */
        if( st!=ST_GRAVE1 && !can_close && elision(s, pe, i+len) ){ i += len; continue; }
        if( st==ST_CURLY_O1 || st==ST_GRAVE1 ){
          k.op = can_open || !can_close; k.cl = can_close && !can_open;
        }else if( st==ST_CURLY_C1 ){
          k.cl = can_close; k.op = can_open && !can_close;
        }else{
          k.op = can_open && !can_close; k.cl = can_close;
          if( can_open && can_close ){ k.op = 1; }
        }
        if( k.cl && alnum(prev) ) k.weak = 1;   /* states’ right, farmers' */
        if( !k.op && !k.cl ){ i += len; continue; }
        break;
      }
      case ST_LOW1: case ST_GUIL1_L:
        k.op = 1; k.cl = 0; break;
      case ST_GUIL1_R:
        k.cl = 1; k.op = 0; break;
      default: i += len; continue;
    }
    if( NR_RESERVE(*pm, *cap, *nm+1) ) return NR_NOMEM;
    (*pm)[(*nm)++] = k;
    i += len;
  }
  return NR_OK;
}

static int matches(int open_style, int close_style){
  switch( open_style ){
    case ST_STRAIGHT2: return close_style==ST_STRAIGHT2;
    case ST_CURLY_O2:  return close_style==ST_CURLY_C2;
    case ST_LOW2:      return close_style==ST_CURLY_O2 || close_style==ST_CURLY_C2;
    case ST_REV2:      return close_style==ST_CURLY_C2;
    case ST_GUIL_L:    return close_style==ST_GUIL_R;
    case ST_GUIL_R:    return close_style==ST_GUIL_L;
    case ST_APOS2:     return close_style==ST_APOS2;
    case ST_GRAVE2:    return close_style==ST_APOS2;
    case ST_CURLY_C2:  return close_style==ST_CURLY_C2;
    default: return 0;
  }
}

/* The multi-paragraph convention re-opens with the same kind of mark. */
static int same_family(int a, int b){
  int fa = a==ST_STRAIGHT2 ? 1 : (a==ST_APOS2 || a==ST_GRAVE2) ? 2 : 3;
  int fb = b==ST_STRAIGHT2 ? 1 : (b==ST_APOS2 || b==ST_GRAVE2) ? 2 : 3;
  return fa==fb;
}

/* "PENCE: …" or "(CROSSTALK.)": a transcript turn is a new quote. */
static int transcript_turn(const unsigned char *s, size_t pe, size_t i){
  size_t j = i;
  if( i<pe && s[i]=='(' ) return 1;
  while( j<pe && j-i<40 && ((s[j]>='A' && s[j]<='Z') || s[j]==' ' || s[j]=='.' || s[j]=='-' || s[j]=='\'') ) j++;
  return j>i+1 && j<pe && s[j]==':';
}

static int emit(nr_qspans *out, const unsigned char *s, size_t open, size_t start,
                size_t end, size_t close, int dbl, int closed){
  nr_qspan q;
  int32_t cp;
  while( start<end ){
    size_t l = nr_utf8_decode(s, end, start, &cp);
    if( !nr_is_space(cp) ) break;
    start += l;
  }
  while( end>start ){
    size_t l = nr_utf8_decode_back(s, end, end, &cp);
    if( !nr_is_space(cp) ) break;
    end -= l;
  }
  if( end<=start ) return NR_OK;
  if( NR_RESERVE(out->a, out->cap, out->n+1) ) return NR_NOMEM;
  q.open = open; q.start = start; q.end = end; q.close = close; q.dbl = dbl; q.closed = closed;
  out->a[out->n++] = q;
  return NR_OK;
}

static int cmp_span(const void *a, const void *b){
  const nr_qspan *x = a, *y = b;
  return x->start<y->start ? -1 : x->start>y->start ? 1 : 0;
}

int nr_quote_marks(const unsigned char *s, size_t n, const nr_doc *doc, nr_qspans *out){
  mark *m = 0;
  size_t nm = 0, cap = 0, p, i;
  open_ent st[MAX_DEPTH];
  int depth = 0;
  /* a quote left open at the previous paragraph's end */
  int cont = 0;
  size_t cont_open = 0, cont_start = 0, cont_end = 0;
  int cont_style = ST_NONE;
  int rc = NR_OK;
  size_t first_new = out->n;

  for(p=0; p<doc->n_para; p++){
    size_t ps = doc->para[p].start, pe = doc->para[p].end;
    size_t d_first = out->n;
    rc = collect(s, n, ps, pe, &m, &nm, &cap);
    if( rc ) goto done;
    depth = 0;
    if( cont ){
      /* continues only when this paragraph opens with a double mark */
      if( nm>0 && m[0].pos==ps && IS_DOUBLE(m[0].style) && m[0].op &&
          same_family(cont_style, m[0].style) && !transcript_turn(s, pe, m[0].pos+m[0].len) ){
        st[0].open = cont_open; st[0].start = cont_start; st[0].style = m[0].style;
        depth = 1;
        m[0].style = ST_NONE;   /* consumed */
      }else{
        rc = emit(out, s, cont_open, cont_start, cont_end, cont_end, 1, 0);
        if( rc ) goto done;
      }
      cont = 0;
    }
    /* pass 1: double marks */
    for(i=0; i<nm; i++){
      mark *k = &m[i];
      int j, hit = -1;
      if( !IS_DOUBLE(k->style) ) continue;
      if( depth>0 && k->cl ){
        for(j=depth-1; j>=0; j--){ if( matches(st[j].style, k->style) ){ hit = j; break; } }
        if( hit<0 ) hit = depth-1;   /* a mismatched pair: “…" */
      }
      if( hit>=0 ){
        if( hit==0 ){
          rc = emit(out, s, st[0].open, st[0].start, k->pos, k->pos+k->len, 1, 1);
          if( rc ) goto done;
        }
        depth = hit;
        k->style = ST_NONE;
        continue;
      }
      if( k->op ){
        if( depth<MAX_DEPTH ){
          st[depth].open = k->pos; st[depth].start = k->pos+k->len; st[depth].style = k->style;
          depth++;
        }
      }
    }
    if( depth>0 ){
      cont = 1; cont_open = st[0].open; cont_start = st[0].start; cont_end = pe;
      cont_style = st[0].style;
    }
    /* pass 2: single marks, outside the double quotes of this paragraph */
    {
      size_t d = d_first, d_last = out->n;
      int pending = 0;
      size_t po = 0, pl = 0;
      size_t limit = cont ? cont_start : (size_t)-1;   /* an open double runs to the end */
      for(i=0; i<nm; i++){
        mark *k = &m[i];
        if( k->style==ST_NONE || IS_DOUBLE(k->style) ) continue;
        while( d<d_last && out->a[d].close<=k->pos ){
          if( pending && out->a[d].open>po ) pending = 0;   /* never across a double quote */
          d++;
        }
        if( k->pos>=limit ) break;
        if( d<d_last && out->a[d].open<=k->pos ){ pending = 0; continue; }  /* nested */
        if( pending && k->pos - po > SINGLE_MAX ) pending = 0;
        if( pending && k->cl ){
          {
            rc = emit(out, s, po, po+pl, k->pos, k->pos+k->len, 0, 1);
            if( rc ) goto done;
            pending = 0;
            continue;
          }
        }
        if( k->op && !k->weak ){ pending = 1; po = k->pos; pl = k->len; }
      }
    }
  }
  if( cont ){
    rc = emit(out, s, cont_open, cont_start, cont_end, cont_end, 1, 0);
    if( rc ) goto done;
  }
  if( out->n>first_new+1 ){
    qsort(out->a+first_new, out->n-first_new, sizeof(nr_qspan), cmp_span);
  }
done:
  nr_free(m);
  return rc;
}
