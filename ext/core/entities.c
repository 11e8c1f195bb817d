/*
** entities.c -- the entity model article_quotes and extract_speakers share.
**
** Names are clustered by surname (the last word of a proper name, without a
** possessive): "Emmanuel Macron", "Macron", "French President Emmanuel
** Macron" and "Macron's" are one entity; two full names with different first
** names are two.  The canonical name is the fullest form the article uses, as
** written (misspellings kept; honorifics and titles dropped).  All-lower-case
** lines (tag lists) are never names.
**
** Titles: the words before a name (French President, Kremlin spokesman) are
** kept as the entity's title and as a link, so that a description later
** ("the French leader", "Russian President") reaches the person holding the
** role: modifiers that match count twice, the head word once, the most recent
** holder wins a tie.  A pronoun reaches the nearest preceding person named
** in subject position or as a speaker, within a bounded window.
** Organisations (orgs.tsv: the ministry, The Post, Moscow) have kind 1.
*/
#include "attrib.h"
#include "nr_alloc.h"
#include "utf8.h"
#include "scan.h"
#include "lexicon.h"
#include <string.h>

#include "../lexicon/givennames.inc"
static const nr_lex givennames_lex = NR_LEX(givennames);

#define PRON_WINDOW 400   /* tokens searched back for an antecedent */
#define LINK_WINDOW 64    /* recent role links searched for a description */

static size_t strip_poss(const unsigned char *s, size_t a, size_t b){
  if( b==a || ((s[b-1]|0x20)!='s' && s[b-1]!='\'') ) return b;   /* each form ends in s, S or ' */
  if( b-a>2 && s[b-2]=='\'' && (s[b-1]=='s' || s[b-1]=='S') ) return b-2;
  if( b-a>4 && s[b-4]==0xE2 && s[b-3]==0x80 && s[b-2]==0x99 && (s[b-1]=='s' || s[b-1]=='S') ) return b-4;
  if( b-a>1 && s[b-1]=='\'' && (s[b-2]=='s' || s[b-2]=='S') ) return b-1;
  return b;
}

static int eq_ci(const unsigned char *s, size_t a1, size_t b1, size_t a2, size_t b2){
  size_t k;
  if( b1-a1!=b2-a2 ) return 0;
  for(k=0; k<b1-a1; k++) if( nr_ascii_lower(s[a1+k])!=nr_ascii_lower(s[a2+k]) ) return 0;
  return 1;
}

/* The hash of the text's bytes [a, b), case aside, and its bucket in the
** entity hash. */
static uint32_t key_hash(const nr_ctx *c, size_t a, size_t b){
  return nr_hash_ci8(c->s, a, b, c->n);
}
static uint32_t bucket(const nr_ctx *c, size_t a, size_t b){
  return key_hash(c, a, b) & (uint32_t)(c->nhash-1);
}

/* An empty hash of nh buckets (its buffer is kept from one document to the
** next, so it may be larger). */
static int hash_reset(nr_ctx *c, size_t nh){
  size_t i;
  if( NR_RESERVE(c->hash, c->cap_hash, nh) ) return NR_NOMEM;
  c->nhash = nh;
  for(i=0; i<nh; i++) c->hash[i] = -1;
  return NR_OK;
}

/* The entity hash, role links and named-token list start empty (c's
** buffers for them are those kept in c->d). */
int nr_ent_init(nr_ctx *c){
  nr_quotes_doc *d = c->d;
  c->hash = d->hash; c->cap_hash = d->cap_hash;
  c->enext = d->enext; c->cap_enext = d->cap_enext;
  c->link = d->link; c->caplink = d->cap_link;
  c->named = d->named; c->cap_named = d->cap_named;
  c->nhash = c->nlink = c->nnamed = 0;
  return hash_reset(c, 64);
}

/* Hand the buffers back to c->d for the next document. */
void nr_ent_free(nr_ctx *c){
  nr_quotes_doc *d = c->d;
  d->hash = c->hash; d->cap_hash = c->cap_hash;
  d->enext = c->enext; d->cap_enext = c->cap_enext;
  d->link = c->link; d->cap_link = c->caplink;
  d->named = c->named; d->cap_named = c->cap_named;
  c->hash = 0; c->nhash = c->cap_hash = 0;
  c->enext = 0; c->cap_enext = 0;
  c->link = 0; c->nlink = c->caplink = 0;
  c->named = 0; c->nnamed = c->cap_named = 0;
}

static void hash_insert(nr_ctx *c, int e){
  nr_entity *x = &c->d->ent[e];
  uint32_t h = bucket(c, x->sur_s, x->sur_e);
  c->enext[e] = c->hash[h];
  c->hash[h] = e;
}

static int new_entity(nr_ctx *c, nr_entity *x){
  nr_quotes_doc *d = c->d;
  int e;
  if( NR_RESERVE(d->ent, d->capent, d->nent+1) ) return -2;
  if( NR_RESERVE(c->enext, c->cap_enext, d->nent+1) ) return -2;
  if( d->nent+1>c->nhash ){
    size_t i;
    if( hash_reset(c, c->nhash*4) ) return -2;
    for(i=0; i<d->nent; i++) hash_insert(c, (int)i);
  }
  e = (int)d->nent++;
  d->ent[e] = *x;
  hash_insert(c, e);
  return e;
}

/* May the organisations named s[a1..b1) and s[a2..b2) be one: one name
** has a single word, or the two end in the same two words (case aside;
** the U.N. Security Council, the United Nations Security Council), or one
** ends the other (the Justice Department, the U.S. Justice Department)?
** Daiwa Europe Ltd and Tokyo Optical Co Ltd, the Defense Department and
** the Agriculture Department are two. */
static int same_org_name(const unsigned char *s, size_t a1, size_t b1, size_t a2, size_t b2){
  size_t p1 = b1, p2 = b2;
  int words = 0;
  for(;;){
    /* compare backwards to the start of the word before */
    while( p1>a1 && p2>a2 && s[p1-1]!=' ' && s[p2-1]!=' ' && nr_ascii_lower(s[p1-1])==nr_ascii_lower(s[p2-1]) ){ p1--; p2--; }
    if( (p1==a1 || s[p1-1]==' ') && (p2==a2 || s[p2-1]==' ') ){
      if( ++words==2 || p1==a1 || p2==a2 ) return 1;
      p1--; p2--;
      continue;
    }
    /* the words differ: the same when one name is a single word */
    return words>0 && (!memchr(s+a1, ' ', b1-a1) || !memchr(s+a2, ' ', b2-a2));
  }
}

static long org_name_start(nr_ctx *c, const nr_np *np);

/* The bytes [*a, *b) of the name np gives, as an entity's name is taken
** (an organisation's without its article; no possessive 's). */
static void np_name_bytes(nr_ctx *c, const nr_np *np, size_t *a, size_t *b){
  *a = c->t[np->org ? org_name_start(c, np) : np->na].s;
  *b = strip_poss(c->s, c->t[np->nb-1].s, c->t[np->nb-1].e);
}

/* The entity of kind `kind` whose key is s[a..b) (the most recently seen),
** not of the other gender than `gender` (0: any); kh: key_hash() of the key.
** An organisation must also bear the name of np (when np is given and is
** no place). */
static int find_key(nr_ctx *c, uint32_t kh, size_t a, size_t b, int kind, size_t fa, size_t fb, int named,
                    int gender, const nr_np *np){
  size_t qa = 0, qb = 0;     /* np's name, read when an organisation is met */
  uint32_t h = kh & (uint32_t)(c->nhash-1);
  int e, best = -1, steps = 0;
  /* bounded: a text listing a million Smiths must stay linear */
  for(e=c->hash[h]; e>=0 && steps<64; e=c->enext[e], steps++){
    const nr_entity *x = &c->d->ent[e];
    int r = e, alias = x->alias;
    if( (kind>=0 && x->kind!=kind) || x->named!=named || !eq_ci(c->s, x->sur_s, x->sur_e, a, b) ) continue;
    /* a firm's short name is a key of the firm, for a bare name only */
    if( alias ){
      if( gender || fb>fa ) continue;
      if( memchr(c->s+x->name_s, ' ', x->name_e-x->name_s) ){
        /* a short name of several words (Dome Mines for Dome Mines Ltd):
        ** the name as a whole */
        if( !np ) continue;
        if( qb==0 ) np_name_bytes(c, np, &qa, &qb);
        if( !eq_ci(c->s, x->name_s, x->name_e, qa, qb) ) continue;
      }
      r = alias-1; x = &c->d->ent[r];
    }
    if( gender && x->gender && x->gender!=gender ) continue;     /* Mrs. Clinton is not Bill Clinton */
    /* an organisation's name, not only its last word (same_org_name) */
    if( np && np->org!=2 && !alias && x->kind==NR_ORG ){
      if( qb==0 ) np_name_bytes(c, np, &qa, &qb);
      if( !same_org_name(c->s, x->name_s, x->sur_e, qa, qb) ) continue;
    }
    if( fb>fa && x->first_e>x->first_s && !eq_ci(c->s, x->first_s, x->first_e, fa, fb) ){
      /* initials: J. Smith ~ John Smith */
      if( !(fb-fa==1 || x->first_e-x->first_s==1) || nr_ascii_lower(c->s[fa])!=nr_ascii_lower(c->s[x->first_s]) ) continue;
    }
    if( best<0 || (kind<0 && x->kind!=c->d->ent[best].kind ? x->kind==NR_PERSON : x->last>c->d->ent[best].last) ) best = r;
  }
  return best;
}

/* Is word token k the key (surname) of a person named before? */
int nr_ent_person_key(nr_ctx *c, long k){
  size_t a = c->t[k].s, b = strip_poss(c->s, c->t[k].s, c->t[k].e);
  return c->nhash && find_key(c, key_hash(c, a, b), a, b, NR_PERSON, 0, 0, 1, 0, 0)>=0;
}

static void touch(nr_ctx *c, int e, size_t pos){
  nr_entity *x = &c->d->ent[e];
  x->mentions++;
  if( pos<x->first ) x->first = pos;
  if( pos>x->last || x->last==(size_t)-1 ) x->last = pos;
}

/* The first role link whose title starts at or after token a (links are
** kept in text order). */
static size_t link_at(const nr_ctx *c, long a){
  size_t lo = 0, hi = c->nlink;
  while( lo<hi ){
    size_t m = lo+(hi-lo)/2;
    if( c->link[m].a<a ) lo = m+1; else hi = m;
  }
  return lo;
}

/* Links are made in text order by the scan; a name resolved again when a
** quote is attributed adds nothing, and one the scan missed is put in its
** place (a bounded move: one that would move more than 1024 links is
** dropped), so that "the analyst" reaches the analyst named last before it,
** whatever order quotes are attributed in.  The same name read again from
** another title start ("company spokesman X" after "spokesman X") is the
** same link: it keeps the longer title. */
static int add_link(nr_ctx *c, long a, long b, int e){
  size_t at = c->nlink;
  if( at>0 && c->link[at-1].a>=a ) at = link_at(c, a);
  if( at<c->nlink && c->link[at].a==a ) return NR_OK;
  if( at>0 && c->link[at-1].b==b && c->link[at-1].ent==e ) return NR_OK;
  if( at<c->nlink && c->link[at].b==b && c->link[at].ent==e ){
    c->link[at].a = a;    /* the first link at or after a: the order holds */
    return NR_OK;
  }
  if( c->nlink-at>1024 ) return NR_OK;
  if( NR_RESERVE(c->link, c->caplink, c->nlink+1) ) return NR_NOMEM;
  if( at<c->nlink ) memmove(&c->link[at+1], &c->link[at], (c->nlink-at)*sizeof(c->link[0]));
  c->link[at].a = a; c->link[at].b = b; c->link[at].ent = e;
  c->nlink++;
  return NR_OK;
}

/* Is word k a given name (givennames.tsv)? */
int nr_tok_given_name(nr_ctx *c, long k){
  const nr_tok *t = &c->t[k];
  return t->type==T_WORD && t->cap && nr_lex_lookup(&givennames_lex, c->s+t->s, t->e-t->s)!=0;
}

/* 1 when the name phrase np says its bearer is a man, 2 a woman, 0 when it
** does not: an honorific before the name (Mr., Mrs.), else a given name
** (givennames.tsv). */
static int np_gender(nr_ctx *c, const nr_np *np){
  long k;
  const nr_lexent *g;
  for(k=np->a; k<np->na; k++){
    if( c->t[k].type==T_WORD && nr_tok_class(c, k)==W_HON && c->t[k].num ) return c->t[k].num;
  }
  if( np->nb-np->na<2 ) return 0;
  g = nr_lex_lookup(&givennames_lex, c->s+c->t[np->na].s, c->t[np->na].e-c->t[np->na].s);
  return g ? g->num : 0;
}

/* Is the one-word name np an acronym, which names an organisation (IRNA,
** AMEX, BZW said): two to five capitals, no honorific, with a lower-case
** word among the six tokens on either side (not a text all in capitals)? */
static int acronym_name(nr_ctx *c, const nr_np *np){
  const nr_tok *t = &c->t[np->na];
  size_t k;
  long h;
  if( np->nb-np->na!=1 || !t->upper || t->e-t->s<2 || t->e-t->s>5 ) return 0;
  for(k=t->s; k<t->e; k++) if( c->s[k]<'A' || c->s[k]>'Z' ) return 0;
  for(h=np->a; h<np->na; h++) if( c->t[h].type==T_WORD && nr_tok_class(c, h)==W_HON ) return 0;
  for(h=np->na>6 ? np->na-6 : 0; h<np->nb+6 && h<(long)c->nt; h++){
    if( c->t[h].type==T_WORD && !c->t[h].cap ) return 1;
  }
  return 0;
}

/* Is word k a firm's designator, the word a firm's full name ends in:
** 2 for a legal form (Corp, Co, Inc, Ltd, Plc, AG, SA, NV ...), 1 for a
** head such as Group, Holdings, Industries, Company; else 0? */
int nr_tok_designator(nr_ctx *c, long k){
  static const struct { const char *w; size_t n; int form; } des[] = {
    {"corp", 4, 2}, {"co", 2, 2}, {"inc", 3, 2}, {"ltd", 3, 2}, {"llc", 3, 2}, {"plc", 3, 2}, {"ag", 2, 2},
    {"sa", 2, 2}, {"nv", 2, 2}, {"corporation", 11, 2}, {"incorporated", 12, 2}, {"cos", 3, 2},
    {"group", 5, 1}, {"industries", 10, 1}, {"holdings", 8, 1}, {"company", 7, 1}, {"mfg", 3, 1},
    {"bancorp", 7, 1} };
  size_t w, n;
  if( c->t[k].type!=T_WORD ) return 0;
  n = c->t[k].e-c->t[k].s;
  for(w=0; w<sizeof(des)/sizeof(des[0]); w++) if( des[w].n==n && nr_tok_isn(c, k, des[w].w, n) ) return des[w].form;
  return 0;
}

/* The token of a firm's short name (1 + its index), 0 when none: the first
** word of a name of capitalised words that ends in a firm's designator
** (Knutson Mortgage Corp, Hughes Tool Co, Marcade Group, Apple Inc), when
** that word is no lexicon word but a firm's name (not Bank, New) nor its
** key. */
static unsigned firm_short_name(nr_ctx *c, const nr_np *np){
  long k, f = -1, last = np->nb-1;
  if( !nr_tok_designator(c, last) ) return 0;
  for(k=np->na; k<=last; k++){
    if( c->t[k].type!=T_WORD ){ if( nr_punct_is(c, k, '.') || nr_punct_is(c, k, '&') ) continue; return 0; }
    if( !c->t[k].cap ) return 0;
    if( f<0 ) f = k;
  }
  if( f<0 || f>=last || c->t[f].e-c->t[f].s<3 || nr_tok_class(c, f)!=W_NONE || (nr_tok_orgclass(c, f)!=W_NONE && !nr_tok_firm(c, f)) ||
      strip_poss(c->s, c->t[f].s, c->t[f].e)!=c->t[f].e || (f+1<=last && c->t[f+1].type!=T_WORD) ) return 0;
  return (unsigned)f+1;
}

/* The first token of an organisation's name in np: the Elysee Palace, The
** Port Authority: the name without its article, so that a corpus counts
** "the Port Authority" and "The Port Authority" (a sentence's first word)
** as one. */
static long org_name_start(nr_ctx *c, const nr_np *np){
  long a = np->a<np->na && np->a>=np->na-5 ? np->a : np->na;
  /* not its possessor (Russia's RTI Group, Clinton's Colorado team),
  ** but a paper's name (the People's Daily) */
  if( np->pb>a && np->pb<=np->na && nr_tok_orgclass(c, np->na)!=W_MEDIA ) a = np->pb;
  /* not its determiner (a, its, The; not the initial of A. Schulman
  ** Inc) nor a lower-case word before the name (a separate Bloomberg
  ** report) */
  while( a<np->na && c->t[a].type==T_WORD &&
         (!c->t[a].cap || (nr_tok_class(c, a)==W_DET && !(c->t[a+1].type==T_PUNCT && c->s[c->t[a+1].s]=='.'))) ) a++;
  {
    /* nor a description before it: Soviet news agency Tass */
    long k;
    for(k=a; k<np->na; k++) if( c->t[k].type==T_WORD && (!c->t[k].cap || nr_tok_based(c, k)) ) a = k+1;
  }
  return a;
}

/* Find or (when create) make the entity of a proper-name phrase. */
static int name_entity(nr_ctx *c, const nr_np *np, int create){
  const nr_tok *t = c->t;
  size_t sur_s = t[np->nb-1].s, sur_e = strip_poss(c->s, t[np->nb-1].s, t[np->nb-1].e);
  size_t fa = 0, fb = 0;
  int kind = np->org ? NR_ORG : NR_PERSON;
  int ntoks = (int)(np->nb-np->na);
  int e, gender;
  uint32_t kh;
  unsigned fs;
  if( kind==NR_PERSON && ntoks>=2 ){ fa = t[np->na].s; fb = t[np->na].e; }
  gender = kind==NR_PERSON ? np_gender(c, np) : 0;
  kh = key_hash(c, sur_s, sur_e);
  /* (a place keeps the key alone: N. Korea is North Korea) */
  e = find_key(c, kh, sur_s, sur_e, kind, fa, fb, 1, gender, np);
  if( e<0 && kind==NR_ORG && np->org==2 ) e = find_key(c, kh, sur_s, sur_e, NR_PERSON, fa, fb, 1, 0, np);
  if( e<0 && kind==NR_PERSON ) e = find_key(c, kh, sur_s, sur_e, NR_ORG, fa, fb, 1, gender, np);   /* (a firm's short name: a bare name only) */
  if( e<0 ){
    nr_entity x;
    if( !create ) return -1;
    memset(&x, 0, sizeof(x));
    x.kind = kind; x.named = 1;
    x.sur_s = sur_s; x.sur_e = sur_e;
    x.first_s = fa; x.first_e = fb;
    x.name_s = t[kind==NR_ORG ? org_name_start(c, np) : np->na].s;
    x.name_e = sur_e;
    /* a dotted abbreviation keeps its last full stop (U.S., U.N.; the
    ** tokeniser makes it a token of its own) */
    if( sur_e==t[np->nb-1].e && sur_e<c->n && c->s[sur_e]=='.' && nr_tok_dotted_abbr(c, np->nb-1) ) x.name_e = sur_e+1;
    /* a firm's one-word name in the possessive right before a verb ends in
    ** 's: Moody's said, Standard & Poor's has (not Mr. Trump's remarks) */
    if( sur_e<t[np->nb-1].e && np->nb==np->b && np->b<(long)c->nt && (ntoks==1 || kind==NR_ORG) &&
        nr_tok_finite_verb(c, np->b) ){
      x.name_e = t[np->nb-1].e;
      x.kind = NR_ORG;     /* no person's name ends in 's */
    }
    x.ntoks = ntoks;
    x.gender = gender;
    x.first = (size_t)-1; x.last = 0;
    if( np->tb>np->ta && kind==NR_PERSON ){ x.title_s = t[np->ta].s; x.title_e = t[np->tb-1].e; }
    if( kind==NR_PERSON && acronym_name(c, np) ) x.kind = NR_ORG;
    /* West German, South Korean: a nation (its government), never "he" */
    if( kind==NR_PERSON && nr_nation_words(c, np->na, np->nb) ){ x.kind = NR_ORG; x.nation = 1; }
    x.place = np->org==2;
    e = new_entity(c, &x);
    if( e<0 ) return e;
    if( kind==NR_ORG && np->org==1 && (fs = firm_short_name(c, np))!=0 ){
      /* Knutson Mortgage Corp: "Knutson" alone is the firm */
      nr_entity y;
      long f = (long)fs-1;
      memset(&y, 0, sizeof(y));
      y.kind = NR_ORG; y.named = 1; y.alias = e+1;
      y.sur_s = y.name_s = t[f].s; y.sur_e = y.name_e = t[f].e;
      y.first = (size_t)-1;
      if( find_key(c, key_hash(c, t[f].s, t[f].e), t[f].s, t[f].e, -1, 0, 0, 1, 0, 0)<0 && new_entity(c, &y)<0 ) return -2;
      {
        /* Dome Mines Ltd, Forstmann Little and Co: "Dome Mines" is the firm
        ** too (a name of two words or more before a legal form) */
        long l = np->nb-2;
        while( l>f && (nr_tok_is(c, l, "and") || nr_punct_is(c, l, '&') || c->t[l].type!=T_WORD) ) l--;
        if( nr_tok_designator(c, np->nb-1)==2 && l>f && c->t[l].cap &&
            strip_poss(c->s, c->t[l].s, c->t[l].e)==c->t[l].e ){
          y.name_s = t[f].s; y.name_e = t[l].e;
          y.sur_s = t[l].s; y.sur_e = t[l].e;
          if( new_entity(c, &y)<0 ) return -2;
        }
      }
      {
        /* Kloeckner-Werke AG, Mercedes-Benz AG: "Kloeckner" alone is the
        ** firm too */
        const unsigned char *h = memchr(c->s+t[f].s, '-', t[f].e-t[f].s);
        size_t hs = h ? (size_t)(h-c->s) : 0;
        if( h && hs-t[f].s>=3 && hs+1<t[f].e && (unsigned)c->s[hs+1]-'A'<26u ){
          y.sur_s = y.name_s = t[f].s; y.sur_e = y.name_e = hs;
          if( find_key(c, key_hash(c, t[f].s, hs), t[f].s, hs, -1, 0, 0, 1, 0, 0)<0 && new_entity(c, &y)<0 ) return -2;
        }
      }
    }
  }else{
    nr_entity *x = &c->d->ent[e];
    if( x->kind==NR_PERSON && !x->gender ) x->gender = gender;
    if( x->kind==NR_PERSON && ntoks>x->ntoks && kind==NR_PERSON ){
      x->name_s = t[np->na].s; x->name_e = sur_e; x->ntoks = ntoks;
      x->first_s = fa; x->first_e = fb;
    }
    if( x->title_e==0 && np->tb>np->ta && x->kind==NR_PERSON ){
      x->title_s = t[np->ta].s; x->title_e = t[np->tb-1].e;
    }
  }
  if( np->tb>np->ta && c->d->ent[e].kind==NR_PERSON ){
    if( add_link(c, np->ta, np->tb, e) ) return -2;
  }
  return e;
}

/* Resolve the name phrase np to an entity and mark its first token with it
** (and list it in c->named); returns -2 when out of memory, else 0. */
static int mark_name(nr_ctx *c, nr_np *np, int full){
  int e = name_entity(c, np, full);
  if( e==-2 ) return -2;
  if( e>=0 ){
    if( NR_RESERVE(c->named, c->cap_named, c->nnamed+1) ) return -2;
    c->named[c->nnamed++] = (int32_t)np->a;
    c->t[np->a].ent = e;
    c->t[np->a].nend = (uint32_t)np->b;
    touch(c, e, c->t[np->a].s);
  }
  return 0;
}

/* Register the name phrase that starts at token i, if one does.  Returns the
** token to go on from (past the phrase, or i+1), -1 when out of memory. */
static long scan_at(nr_ctx *c, long i){
  long nt = (long)c->nt;
  nr_tok *t = &c->t[i];
  nr_np np;
  if( t->type!=T_WORD ) return i+1;
  if( !t->cap ){
    /* a lower-case word starts a name phrase only before a capital:
    ** the Elysee Palace, spokesman Josh Schwerin, press secretary Ann Lee */
    int cls;
    if( !((i+1<nt && c->t[i+1].cap) || (i+2<nt && c->t[i+2].cap)) ) return i+1;
    cls = nr_tok_class(c, i);
    if( !(cls==W_DET && i+1<nt && c->t[i+1].cap) && cls!=W_ROLE && cls!=W_ADJ ) return i+1;
  }
  if( nr_np_forward(c, i, i+NP_MAX+2, &np)!=NP_NAME ){
    if( np.type==NP_DESC && np.pa>=0 ){
      /* the possessor of "João Pereira's team" is a name */
      nr_np p = np;
      p.type = NP_NAME; p.a = p.ta = p.tb = p.na = np.pa; p.b = p.nb = np.pb; p.org = 0;
      if( mark_name(c, &p, p.nb-p.na>=2) ) return -1;
      return np.b;
    }
    return i+1;
  }
  if( mark_name(c, &np, (np.nb-np.na>=2) || np.tb>np.ta || (np.org==1 && np.a<np.na)) ) return -1;
  return np.b;
}

int nr_ent_scan(nr_ctx *c){
  long i = nr_dateline_end(c);   /* the first token not yet passed: a dateline has no name */
  size_t x;
  /* a name phrase starts at a capital or up to two words before one: the
  ** candidates are the capitalised words and the two tokens before each.
  ** Of those two (not capitalised), scan_at() reads only a role or
  ** qualifier, or a determiner right before the capital: the others are
  ** passed here without the call */
  for(x=0; x<c->ncap; x++){
    long k = c->capi[x];
    if( i<k-2 ) i = k-2;
    while( i<=k ){
      if( i<k ){
        int cls = c->t[i].cls;
        if( cls!=W_ROLE && cls!=W_ADJ && !(cls==W_DET && i==k-1) ){ i++; continue; }
      }
      i = scan_at(c, i);
      if( i<0 ) return NR_NOMEM;
    }
  }
  return NR_OK;
}

/* Every capitalised word outside the name phrases nr_ent_scan marked that
** is the key of a known entity is a mention of it.  A walk over the tokens
** would jump from the first token of a marked phrase past its end: only
** the capitalised words and the marked tokens are visited (c->capi,
** c->named, both in text order), pos being where the walk would be. */
int nr_ent_count_mentions(nr_ctx *c){
  size_t x, m = 0;
  long pos = 0;
  for(x=0; x<c->ncap; x++){
    long i = c->capi[x];
    nr_tok *t = &c->t[i];
    size_t b;
    int e;
    while( m<c->nnamed && c->named[m]<i ){
      long j = c->named[m++];
      if( j>=pos ) pos = (long)c->t[j].nend;
    }
    if( i<pos ) continue;
    if( m<c->nnamed && c->named[m]==i ){ m++; pos = (long)t->nend; continue; }
    pos = i+1;
    b = strip_poss(c->s, t->s, t->e);
    e = find_key(c, key_hash(c, t->s, b), t->s, b, -1, 0, 0, 1, 0, 0);   /* a person first, else an organisation */
    if( e<0 ) continue;
    /* a first name alone is not the surname's mention */
    t->ent = e; t->nend = (uint32_t)(i+1);
    touch(c, e, t->s);
  }
  return NR_OK;
}

static int salient(nr_ctx *c, long j){
  long p = j-1;
  long last = (long)c->t[j].nend-1;
  if( c->t[j].spk ) return 1;
  /* a possessor (Valmere's terminal) is not who "he" refers to */
  if( last>=j && last<(long)c->nt && strip_poss(c->s, c->t[last].s, c->t[last].e)!=c->t[last].e ) return 0;
  if( c->d->doc.n_sent && c->sent_a[c->t[j].sent]==j ) return 1;
  if( p<0 ) return 1;
  if( c->t[p].type==T_CLOSE || c->t[p].type==T_OPEN ) return 1;
  if( nr_punct_is(c, p, ',') || nr_punct_is(c, p, ';') || nr_punct_is(c, p, ':') ) return 1;
  if( nr_tok_is(c, p, "and") || nr_tok_is(c, p, "but") || nr_tok_is(c, p, "that") ) return 1;
  {
    /* a subject: the name is followed by a verb (Ines Duarte spoke first) */
    long nx = (long)c->t[j].nend;
    if( nx>j && nx<(long)c->nt && c->t[nx].type==T_WORD && !c->t[nx].cap ){
      int cls = nr_tok_class(c, nx);
      if( cls==W_NONE || cls==W_AUX || cls==W_BE ) return 1;
    }
  }
  return 0;
}

/* Does the word s[a..b) end in one of the first n agent-noun endings (-er,
** -or, -ist, -ian, -man, -woman, -person), case aside, with at least
** `more` bytes before it? */
int nr_agent_ending(const unsigned char *s, size_t a, size_t b, size_t n, size_t more){
  static const char *const suf[] = { "er", "or", "ist", "ian", "man", "woman", "person" };
  size_t k;
  for(k=0; k<n && k<sizeof(suf)/sizeof(suf[0]); k++){
    size_t m = strlen(suf[k]), i;
    if( b-a<m+more ) continue;
    for(i=0; i<m && nr_ascii_lower(s[b-m+i])==(unsigned char)suf[k][i]; i++){}
    if( i==m ) return 1;
  }
  return 0;
}

/* Is the unnamed entity x someone new: an indefinite description ("a
** spokesman", "one trader", "another dealer"; "the senator" is someone
** named before) whose head is a role or an agent noun (a foreign lawyer,
** a bond dealer), not a plural (officials) nor a thing (an agreement)? */
static int new_person_desc(nr_ctx *c, const nr_entity *x, long j){
  static const char *const indef[] = { "a", "an", "one", "another" };
  const unsigned char *b = c->s+x->sur_s, *e = c->s+x->sur_e;
  size_t n = (size_t)(e-b), k;
  /* the description's own first word, or the word before this mention */
  for(k=0; k<sizeof(indef)/sizeof(indef[0]); k++){
    size_t m = strlen(indef[k]), i = 0;
    if( x->name_e-x->name_s>m && c->s[x->name_s+m]==' ' ){
      while( i<m && nr_ascii_lower(c->s[x->name_s+i])==(unsigned char)indef[k][i] ) i++;
    }
    if( i==m ) break;
    if( j>0 && c->t[j-1].type==T_WORD && nr_tok_isn(c, j-1, indef[k], m) ) break;
  }
  if( k==sizeof(indef)/sizeof(indef[0]) ) return 0;
  if( n<4 ) return x->role;
  if( e[-1]=='s' && e[-2]!='s' ) return 0;
  if( x->role ) return 1;
  if( nr_agent_ending(c->s, x->sur_s, x->sur_e, 7, 0) ) return 1;
  return 0;
}

/* Is the name whose mention starts at token j a firm's: a designator or an
** orgs.tsv firm among its words (Apple Inc, Twitter)? */
static int firm_mention(nr_ctx *c, long j){
  long k, e = c->t[j].nend>(uint32_t)j ? (long)c->t[j].nend : j+1;
  for(k=j; k<e; k++) if( c->t[k].type==T_WORD && (nr_tok_designator(c, k) || nr_tok_firm(c, k)) ) return 1;
  return 0;
}

/* Has the firm whose mention starts at token j spoken there: a speaker's
** mention, or a reporting verb right after it ("X Co said", read before
** statements mark their speakers)? */
static int firm_has_spoken(nr_ctx *c, long j){
  const nr_tok *t = &c->t[j];
  long e = t->nend>(uint32_t)j ? (long)t->nend : j+1;
  return (t->spk || (e<(long)c->nt && nr_tok_cue(c, e)!=C_NONE)) && firm_mention(c, j);
}

static int pronoun_entity(nr_ctx *c, long at){
  long j;
  int want_org = nr_tok_is(c, at, "it");
  if( want_org && at+1<(long)c->nt && nr_tok_cue(c, at+1)!=C_NONE ){
    /* "It said": the firm that has spoken last (Rapitech Systems Inc said
    ** … FORTRIX-C has been selected … It said), when one has in the three
    ** sentences before */
    for(j=at-1; j>=0 && at-j<PRON_WINDOW && c->t[j].sent+3>=c->t[at].sent; j--){
      const nr_tok *t = &c->t[j];
      const nr_entity *x;
      if( t->ent<0 || (t->q>=0 && t->type==T_WORD) ) continue;
      x = &c->d->ent[t->ent];
      if( x->kind==NR_ORG && !x->nation && firm_has_spoken(c, j) ) return t->ent;
    }
  }
  int gender = nr_tok_is(c, at, "he") ? 1 : nr_tok_is(c, at, "she") ? 2 : 0;
  if( !want_org && c->t[at].num!=1 ) return -1;
  if( nr_tok_is(c, at, "i") ){
    /* "I" outside a quote: first person narration, no antecedent */
    return -1;
  }
  for(j=at-1; j>=0 && at-j<PRON_WINDOW; j--){
    const nr_tok *t = &c->t[j];
    const nr_entity *x;
    if( t->ent<0 ) continue;
    x = &c->d->ent[t->ent];
    if( t->q>=0 && t->type==T_WORD ) continue;    /* inside a quote */
    if( !want_org && x->kind==NR_PERSON && !x->named && t->spk && c->t[j].sent+1>=c->t[at].sent &&
        new_person_desc(c, x, j) ){
      /* "One 93-year-old investor said …. She remembered …": an unnamed
      ** speaker in the sentence before is who the pronoun refers to */
      return t->ent;
    }
    if( want_org ? x->kind!=NR_ORG || x->nation : (x->kind!=NR_PERSON || !x->named) ) continue;
    /* "Sybedon Corp, a New York real estate firm. … It said": a place
    ** after "a" qualifies a noun, it is no antecedent */
    if( want_org && x->place && j>0 && (nr_tok_is(c, j-1, "a") || nr_tok_is(c, j-1, "an")) ) continue;
    /* gender agreement: "she" is not John Smith (an unknown name agrees) */
    if( gender && x->gender && x->gender!=gender ) continue;
    if( salient(c, j) ) return t->ent;
  }
  return -1;
}

/* The organisation "the company" or "the bank" at token at (head word
** head) refers to: the named one last mentioned before it outside quotes,
** no place or nation; for "the company" a firm that has spoken (else the
** firm the text opens with), for "the bank" one whose name has "bank" in
** it (Bank of Spain, Citibank); -1 when none. */
static int org_antecedent(nr_ctx *c, long at, long head){
  long j;
  int how = nr_tok_orghead(c, head);
  size_t hn = c->t[head].e-c->t[head].s;
  if( !how ) return -1;
  for(j=at-1; j>=0 && at-j<PRON_WINDOW; j--){
    const nr_tok *t = &c->t[j];
    const nr_entity *x;
    if( t->ent<0 || (t->q>=0 && t->type==T_WORD) ) continue;
    x = &c->d->ent[t->ent];
    if( x->kind!=NR_ORG || !x->named || x->nation || x->place || x->alias ) continue;
    /* a firm that has spoken (the story's firm: "Georgia-Pacific Corp said
    ** … from the sale of its interest in Georgia Gulf Corp. The company
    ** said" is Georgia-Pacific's) */
    if( how==1 && !firm_has_spoken(c, j) ) continue;
    if( how==2 ){
      size_t p;
      int hit = 0;
      for(p=x->name_s; !hit && p+hn<=x->name_e; p++) hit = eq_ci(c->s, p, p+hn, c->t[head].s, c->t[head].e);
      if( !hit ) continue;
    }
    return t->ent;
  }
  if( how==1 ){
    /* none has spoken: the firm the story opens with ("Twitter is testing
    ** its own version of Stories. The company announced …") */
    long k = nr_dateline_end(c);
    while( k<at && c->t[k].type!=T_WORD ) k++;
    if( k<at && c->t[k].ent>=0 && c->t[k].sent==0 && c->d->ent[c->t[k].ent].kind==NR_ORG &&
        !c->d->ent[c->t[k].ent].place && !c->d->ent[c->t[k].ent].nation && firm_mention(c, k) ) return c->t[k].ent;
  }
  return -1;
}

int nr_tok_eq(nr_ctx *c, long i, long j){
  return eq_ci(c->s, c->t[i].s, c->t[i].e, c->t[j].s, c->t[j].e);
}

/* How well the title of link l fits the description np: modifiers that
** match count 2, the head word 1; *hit is set when the head matches. */
/* Every lesser-rank word (speakerwords.tsv adj, number 1: vice, deputy) of
** tokens [a, b) is also among tokens [a2, b2). */
static int ranks_within(nr_ctx *c, long a, long b, long a2, long b2){
  long k, w;
  for(k=a; k<b; k++){
    if( c->t[k].type!=T_WORD || nr_tok_class(c, k)!=W_ADJ || c->t[k].num!=1 ) continue;
    for(w=a2; w<b2 && !(c->t[w].type==T_WORD && nr_tok_eq(c, k, w)); w++){}
    if( w==b2 ) return 0;
  }
  return 1;
}

static long link_score(nr_ctx *c, const nr_np *np, long from, size_t l, int *hit){
  long score = 0, k, w, head = np->b-1;
  *hit = 0;
  /* a lesser rank (Vice President, deputy director) must be in both the
  ** title and the description, or in neither: "the vice president" is not
  ** President Renk, nor "the president" Vice President Renk */
  if( !ranks_within(c, c->link[l].a, c->link[l].b, from, np->b) ||
      !ranks_within(c, from, np->b, c->link[l].a, c->link[l].b) ) return 0;
  for(k=from; k<np->b; k++){
    if( c->t[k].type!=T_WORD ) continue;
    for(w=c->link[l].a; w<c->link[l].b; w++){
      if( c->t[w].type==T_WORD && nr_tok_eq(c, k, w) ){ score += (k==head) ? 1 : 2; *hit |= k==head; break; }
    }
  }
  return score;
}

/* The entity of the best-scoring link in [l0, l1) for the description np
** (-1 when none scores), a tie going to the later link when later_wins. */
static int best_link(nr_ctx *c, const nr_np *np, long from, size_t l0, size_t l1, int later_wins, long *best_score){
  size_t l;
  int best = -1, hit;
  for(l=l0; l<l1; l++){
    long score = link_score(c, np, from, l, &hit);
    if( np->pa>=0 && !hit ) continue;
    if( score>0 && (score>*best_score || (later_wins && score==*best_score)) ){ *best_score = score; best = c->link[l].ent; }
  }
  return best;
}

/* "the French leader" -> the person whose title shares its words: modifiers
** that match count twice, the head word once.  The titles given before the
** description are searched first, the nearest winning a tie; only when none
** fits, those given later in the text ("the judge" ... Judge Berman). */
static int role_entity(nr_ctx *c, const nr_np *np){
  long best_score = 0;
  int best;
  size_t l1 = link_at(c, np->a), l0 = l1>LINK_WINDOW ? l1-LINK_WINDOW : 0;
  long head = np->b-1;
  {
    /* a plural head (officials, leaders) is not one person */
    const nr_tok *h = &c->t[head];
    if( h->e-h->s>3 && c->s[h->e-1]=='s' && c->s[h->e-2]!='s' ) return -1;
  }
  /* "Gary Okoro's doctor": only the words after the possessor describe the
  ** speaker, and the head must be the role itself */
  long from = np->pa>=0 && np->pb>np->ta ? np->pb : np->ta;
  /* before it: a tie goes to the nearer (later) title */
  best = best_link(c, np, from, l0, l1, 1, &best_score);
  if( best>=0 ) return best;
  /* after it: a tie goes to the nearer (earlier) one */
  return best_link(c, np, from, l1, l1+LINK_WINDOW<c->nlink ? l1+LINK_WINDOW : c->nlink, 0, &best_score);
}

int nr_ent_resolve(nr_ctx *c, const nr_np *np, long at){
  int e = -1;
  switch( np->type ){
    case NP_NAME:
      e = name_entity(c, np, 1);
      if( e<0 ) return e;
      if( c->t[np->a].ent!=e ){
        c->t[np->a].ent = e; c->t[np->a].nend = (uint32_t)np->b;
        touch(c, e, c->t[np->a].s);
      }
      break;
    case NP_PRON:
      e = pronoun_entity(c, at);
      if( e>=0 && c->t[at].ent!=e ){ c->t[at].ent = e; touch(c, e, c->t[at].s); }
      break;
    case NP_DESC: {
      long head = np->b-1;
      if( nr_tok_is(c, head, "who") || nr_tok_is(c, head, "which") || nr_tok_is(c, head, "same") ) return -1;
      /* "said one", "Another said": a determiner alone names nobody; the
      ** speaker is unknown (the mention stays) */
      if( np->b==np->a+1 && nr_tok_class(c, np->a)==W_DET ) return -1;
      /* "the company", "the bank": the organisation named last before */
      if( np->b==np->a+2 && nr_tok_is(c, np->a, "the") && (e = org_antecedent(c, np->a, head))>=0 ){
        if( c->t[np->a].ent!=e ){ c->t[np->a].ent = e; touch(c, e, c->t[np->a].s); }
        break;
      }
      /* "a senior official", "another aide": someone not yet named */
      if( !np->org && !(nr_tok_is(c, np->a, "a") || nr_tok_is(c, np->a, "an") || nr_tok_is(c, np->a, "one") ||
                        nr_tok_is(c, np->a, "another") || nr_tok_is(c, np->a, "some")) ) e = role_entity(c, np);
      if( e<0 ){
        nr_entity x;
        size_t a = c->t[np->a].s, b = strip_poss(c->s, c->t[head].s, c->t[head].e);
        /* the same description again is the same unnamed speaker */
        uint32_t h;
        int k;
        int kind = np->org ? NR_ORG : NR_PERSON;
        h = bucket(c, c->t[head].s, b);
        int steps = 0;
        for(k=c->hash[h]; k>=0 && steps<64; k=c->enext[k], steps++){
          const nr_entity *y = &c->d->ent[k];
          if( y->kind==kind && !y->named && eq_ci(c->s, y->name_s, y->name_e, a, b) ){ e = k; break; }
        }
        if( e<0 ){
          memset(&x, 0, sizeof(x));
          x.kind = kind; x.named = np->org ? 1 : 0;
          x.name_s = a; x.name_e = b;
          x.sur_s = c->t[head].s; x.sur_e = b;
          x.first = (size_t)-1;
          x.named = 0;
          x.role = nr_tok_class(c, head)==W_ROLE;
          e = new_entity(c, &x);
          if( e<0 ) return e;
          if( np->org ) c->d->ent[e].named = 0;
        }
      }
      if( c->t[np->a].ent!=e ){ c->t[np->a].ent = e; touch(c, e, c->t[np->a].s); }
      break;
    }
    default:
      return -1;
  }
  if( e>=0 ) c->t[np->a].spk = 1;
  return e;
}
