/*
** test_lexicon.c -- every lexicon's look-up finds each of its keys (the
** first-byte index tools/lex2c.awk writes must agree with the sorted keys)
** and nothing else.
*/
#include "check.h"
#include "../../ext/core/lexicon.h"
#include <string.h>
#include "../../ext/lexicon/abbreviations.inc"
#include "../../ext/lexicon/boilerplate.inc"
#include "../../ext/lexicon/cues.inc"
#include "../../ext/lexicon/dateline_words.inc"
#include "../../ext/lexicon/givennames.inc"
#include "../../ext/lexicon/months.inc"
#include "../../ext/lexicon/nouncues.inc"
#include "../../ext/lexicon/orgs.inc"
#include "../../ext/lexicon/phrasewords.inc"
#include "../../ext/lexicon/speakerwords.inc"
#include "../../ext/lexicon/starters.inc"
#include "../../ext/lexicon/stopwords.inc"
#include "../../ext/lexicon/timex_words.inc"

static void check_lex(const char *name, const nr_lex *lex){
  size_t i, missed = 0, wrong = 0;
  char buf[300];
  for(i=0; i<lex->n; i++){
    const nr_lexent *e = &lex->a[i];
    if( nr_lex_find(lex, e->key, e->klen)!=e ) missed++;
    /* the key with a byte added or the last one changed is no key unless listed */
    memcpy(buf, e->key, e->klen); buf[e->klen] = 'q';
    {
      const nr_lexent *x = nr_lex_find(lex, buf, e->klen+1u);
      if( x && !(x->klen==e->klen+1u && memcmp(x->key, buf, x->klen)==0) ) wrong++;
    }
  }
  if( lex->n>1 && i>0 ){
    for(i=1; i<lex->n; i++){
      const nr_lexent *a = &lex->a[i-1], *b = &lex->a[i];
      size_t m = a->klen<b->klen ? a->klen : b->klen;
      int c = memcmp(a->key, b->key, m);
      if( c>0 || (c==0 && a->klen>=b->klen) ) wrong++;   /* sorted, no duplicates */
    }
  }
  snprintf(buf, sizeof(buf), "%s: all %zu keys found, order and misses right", name, lex->n);
  CHECK(missed==0 && wrong==0, buf);
}

#define LEX(n) do{ static const nr_lex l = NR_LEX(n); check_lex(#n, &l); }while(0)

int main(void){
  static const nr_lex sw = NR_LEX(speakerwords);
  LEX(abbreviations); LEX(boilerplate); LEX(cues); LEX(dateline_words);
  LEX(givennames); LEX(months); LEX(nouncues); LEX(orgs); LEX(phrasewords);
  LEX(speakerwords); LEX(starters); LEX(stopwords); LEX(timex_words);
  /* timex_words.tsv names word lists in a fourth column: one row each */
  CHECK(sizeof timex_words_lists / sizeof timex_words_lists[0]
        == sizeof timex_words_entries / sizeof timex_words_entries[0], "timex_words: a list row for each entry");
  /* folding: case and the typographic apostrophe */
  CHECK(nr_lex_lookup(&sw, (const unsigned char *)"The", 3)!=0, "lookup folds ASCII case");
  CHECK(nr_lex_lookup(&sw, (const unsigned char *)"", 0)==0, "the empty word is no key");
  CHECK(nr_lex_lookup(&sw, (const unsigned char *)"zzzzzz", 6)==0, "an absent word");
  return check_done();
}
