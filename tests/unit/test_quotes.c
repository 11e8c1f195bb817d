/*
** test_quotes.c -- mark pairing and attribution (ext/core/quotes.h).
** Every example is written for this test; shapes follow research/quotes.md.
*/
#include "check.h"
#include "../../ext/core/quotes.h"
#include "../../ext/core/nr_alloc.h"
#include <stdlib.h>
#include <string.h>

static nr_quotes_doc D;
static const char *T;
static char buf[8][512];

static int run(const char *text){
  T = text;
  return nr_quotes_extract((const unsigned char *)text, strlen(text), &D, 1);
}
static const char *span(size_t a, size_t b, int k){
  size_t n = b>a ? b-a : 0;
  if( n>=sizeof(buf[0]) ) n = sizeof(buf[0])-1;
  memcpy(buf[k], T+a, n); buf[k][n] = 0;
  return buf[k];
}
static const char *quote(size_t i){ return i<D.nq ? span(D.q[i].start, D.q[i].end, 0) : "(none)"; }
static const char *speaker(size_t i){
  const nr_entity *e;
  if( i>=D.nq || D.q[i].entity<0 ) return 0;
  e = &D.ent[D.q[i].entity];
  return span(e->name_s, e->name_e, 1);
}
static const char *mention(size_t i){ return i<D.nq && D.q[i].m_e ? span(D.q[i].m_s, D.q[i].m_e, 2) : 0; }
static const char *cue(size_t i){ return i<D.nq && D.q[i].cue_e ? span(D.q[i].cue_s, D.q[i].cue_e, 3) : 0; }

int main(void){
  /* straight marks, inversion with a title after the name */
  CHECK_INT(run("\"We will not move,\" said Ada Brightwater, head of the dock union.\n"), NR_OK, "run 1");
  CHECK_INT(D.nq, 1, "one quote");
  /* every word of the lexicons found room in the look-up table (a word
  ** past its capacity would be silently unknown) */
  CHECK_INT(D.lx.dropped, 0, "no lexicon word dropped from the table");
  /* and every key of at most 16 bytes in the small tables of the fast path
  ** (else every word is looked up the slow way) */
  CHECK_INT(D.lx.short_ok, 1, "the short-key tables hold every short key");
  CHECK_STR(quote(0), "We will not move,", "straight quote words");
  CHECK_STR(speaker(0), "Ada Brightwater", "inverted speaker");
  CHECK_STR(cue(0), "said", "cue said");
  CHECK(!D.q[0].partial, "kind full");

  /* curly marks, appositive and relative clause between name and verb */
  run("“The tide is late again,” Tom Okafor, a harbour pilot who has worked the river for years, added.\n");
  CHECK_STR(speaker(0), "Tom Okafor", "appositive speaker");
  CHECK_STR(cue(0), "added", "appositive cue");

  /* speaker before, colon; partial quote inside a reporter's sentence */
  run("Mayor Lena Voss said the offer was \"fair and final\" and left.\n");
  CHECK_STR(quote(0), "fair and final", "partial words");
  CHECK_STR(speaker(0), "Lena Voss", "partial speaker");
  CHECK_STR(mention(0), "Mayor Lena Voss", "mention keeps the title");
  CHECK(D.q[0].partial, "kind partial");

  /* apostrophes are never marks */
  run("Russia's ports and the states’ rights in the ’90s, rock ’n’ roll and the farmers' union.\n");
  CHECK_INT(D.nq, 0, "apostrophes are not quotes");

  /* a single-quoted word someone is reported as saying */
  run("Ada Brightwater described the talks as 'useful'.\n");
  CHECK_INT(D.nq, 1, "single marks quote when attributed");
  CHECK_STR(quote(0), "useful", "single quote words");

  /* guillemets and low-high marks */
  run("« Nous restons », a déclaré Ada Brightwater.\nThe paper wrote: „Wir bleiben“.\n");
  CHECK_INT(D.nq, 2, "guillemets and low-high marks");
  CHECK_STR(quote(0), "Nous restons", "guillemet words");
  CHECK_STR(quote(1), "Wir bleiben", "low-high words");

  /* NYT double apostrophes with an inner single quote closing together */
  run("''They keep telling us, 'the harbour is special,''' Mr. Okafor said.\n");
  CHECK_INT(D.nq, 1, "double apostrophes: one outer quote");
  CHECK_STR(quote(0), "They keep telling us, 'the harbour is special,'", "outer words keep the inner quote");
  CHECK_STR(speaker(0), "Okafor", "honorific dropped");

  /* mismatched pair and nested curly inside straight */
  run("“The gates stay shut,\" Voss said. \"She asked me, “Why now?” and I had no answer,\" Okafor said.\n");
  CHECK_INT(D.nq, 2, "mismatched and nested: two rows");
  CHECK_STR(quote(0), "The gates stay shut,", "mismatched pair");
  CHECK_STR(quote(1), "She asked me, “Why now?” and I had no answer,", "nested: outer only");

  /* multi-paragraph quote: open at the end, the next paragraph re-opens */
  run("Voss said: \"The first point is pay.\n\n\"The second point is safety.\"\nThe talks ended.\n");
  CHECK_INT(D.nq, 1, "multi-paragraph: one row");
  CHECK(strstr(quote(0), "second point")!=0, "multi-paragraph runs on");
  CHECK_STR(speaker(0), "Voss", "multi-paragraph colon speaker");

  /* a quote left open ends with its paragraph */
  run("Okafor said \"we are tired of waiting\nThe next paragraph is narration.\n");
  CHECK_INT(D.nq, 1, "unclosed quote");
  CHECK_STR(quote(0), "we are tired of waiting", "unclosed ends at the paragraph");

  /* an orphan closing mark right before a real quote */
  run("Voss listed the demands, the last of them safety.\" \"We want it in writing,\" Voss added.\n");
  CHECK_INT(D.nq, 1, "orphan closing mark ignored");
  CHECK_STR(quote(0), "We want it in writing,", "real quote after the orphan");

  /* a quote continued after its cue, and a floating quote */
  run("Harbour master Ines Duarte spoke first. \"We are ready,\" she said. \"The cranes are fixed.\"\n");
  CHECK_INT(D.nq, 2, "continued quote");
  CHECK_STR(speaker(0), "Ines Duarte", "pronoun to the named person");
  CHECK_STR(mention(0), "she", "mention is the pronoun");
  CHECK_STR(speaker(1), "Ines Duarte", "continuation keeps the speaker");

  /* a description with a place, itself an appositive, before a whose-clause */
  run("Ann Bolt, a teacher at the harbour school, whose husband, Tom Renk, is ill, said \"we will manage.\"\n");
  CHECK_STR(speaker(0), "Ann Bolt", "appositive description before whose: the name speaks");

  /* a group named by capitals before a bare plural, with no determiner */
  run("Valmere Rowing Club members shouted \"row harder\" from the bank. "
      "Harbour analysts said the \"calm before the storm\" had ended. "
      "The fleet of Ostra and Brill trawlers said nothing about the \"new quotas\".\n");
  CHECK_STR(speaker(0), "Valmere Rowing Club members", "capitals and a plural: a group speaker");
  CHECK_STR(speaker(1), "Harbour analysts", "a group before said");
  CHECK(D.nq<3 || speaker(2)==0 || strcmp(speaker(2), "Brill trawlers")!=0, "a list's last item is no group");

  /* a whole clause closing the next sentence after a lead-in with no cue */
  run("\"The tide tables are wrong,\" said Ovid Marsh, a pilot at the estuary. "
      "For the smaller trawlers, \"it means waiting another day at anchor.\" "
      "The harbour's annual report came out. His favourite book is \"Salt and Iron.\" "
      "Mayor Ula Fenn left before the \"vote on the new dredging contract.\"\n");
  CHECK_INT(D.nq, 3, "lead-in clause rows");
  CHECK_STR(speaker(1), "Ovid Marsh", "clause after a lead-in continues the quote");
  /* not continued from Ovid Marsh's quotation (the sentence's own subject
  ** may have said it: see "X supports" below) */
  CHECK(speaker(2)==0 || strcmp(speaker(2), "Ovid Marsh")!=0, "a name in the lead-in: not continued");

  /* a colon intro in the previous paragraph */
  run("The union's statement read:\n\"Our members will return on Monday.\"\n");
  CHECK_INT(D.nq, 1, "colon intro quote");
  CHECK(mention(0)!=0, "colon intro has a mention");

  /* a role linked to its holder; pronouns to the right antecedent */
  run("Port Commissioner Rafael Mendes met Ada Brightwater. The commissioner said the deal was \"close\".\n"
      "Mendes left early. \"We meet again soon,\" he said after seeing Brightwater.\n");
  CHECK_STR(speaker(0), "Rafael Mendes", "role description to holder");
  CHECK_STR(speaker(1), "Rafael Mendes", "pronoun before a later name");

  /* according to, told, organisations */
  run("\"Shipping resumes Friday,\" the ministry told reporters.\nThe gates will open \"within hours\", according to the Harbour Authority.\n");
  CHECK_INT(D.nq, 2, "two org quotes");
  CHECK_STR(speaker(0), "the ministry", "organisation speaker");
  CHECK_STR(cue(1), "according to", "according to cue");

  /* titles, nicknames and terms nobody says */
  run("Rep. Marcus \"Buzz\" Hale watched the documentary \"Salt and Iron\" about the so-called \"grey fleet\".\n");
  CHECK_INT(D.nq, 0, "nickname, title, so-called are not quotes");
  /* any word of phrasewords.tsv's title class before the marks, in the same
  ** sentence, even when the title ends with a full stop */
  run("Viewers waited a year for the final episode, \"Night at the Lock Gates.\"\n");
  CHECK_INT(D.nq, 0, "episode \"...\" is a title");
  /* ... but not across a colon, which introduces words ("play" the verb) */
  run("A recent council flyer, aimed at new helpers, describes the part volunteers play: \"Every morning we sort the catch by hand and send it to market.\"\n");
  CHECK_INT(D.nq, 1, "a colon before the marks: a quotation");
  /* a title word that is a verb as often (show, play) is no title word where
  ** it reads as a verb */
  run("Volunteers play \"a vital part in keeping the harbour open,\" Okafor said.\n");
  CHECK_INT(D.nq, 1, "play the verb: a quotation");
  run("The figures show \"a steep fall in catches this spring,\" said Okafor.\n");
  CHECK_INT(D.nq, 1, "show the verb: a quotation");
  run("Okafor watched the show \"Tides and Tolls\" and his play \"Low Water\" twice.\n");
  CHECK_INT(D.nq, 0, "the show, his play: titles");
  run("She hosted the radio show \"Morning at the Quay.\"\n");
  CHECK_INT(D.nq, 0, "radio show: a title, even ending with a full stop");
  run("The mayor will play the \"harbour card\" again, Okafor said.\n");
  CHECK_INT(D.nq, 1, "play the: a verb, a quotation");
  /* typeset doubled single marks: ’’ closes a quotation, ‘‘ opens one */
  run("“The port is full,’’ said Ines Duarte, a pilot. Traders saw “a long wait” ahead.\n");
  CHECK_INT(D.nq, 2, "’’ closes the first quotation, which does not run on");
  CHECK_STR(quote(0), "The port is full,", "the words before ’’");
  CHECK_STR(speaker(0), "Ines Duarte", "and its speaker after it");
  /* a month that is also a given name, after a reporting verb */
  run("\"We fixed the cranes,\" said April Kabahar, head of the port's press office.\n");
  CHECK_STR(speaker(0), "April Kabahar", "said April Kabahar: a name");
  run("In June Okafor said the fees would \"stay low\".\n");
  CHECK_STR(speaker(0), "Okafor", "In June Okafor said: the month is no name");
  /* a stock ticker between a firm's name and its verb */
  run("Valmere Cranes Inc <VCI> said it would \"cut costs sharply\".\n");
  CHECK_STR(speaker(0), "Valmere Cranes Inc", "X Inc <TICKER> said: X speaks");
  /* an appositive with a firm's name in the possessive after an abbreviation */
  run("\"Fees will stay low,\" Ines Duarte, Valmere Cranes & Co.\xE2\x80\x99s chief executive, said on Monday.\n");
  CHECK_STR(speaker(0), "Ines Duarte", "X, Firm & Co.’s chief executive, said: X speaks");
  run("Tomas Ek, Valmere Harbour Bank AG\xE2\x80\x99s chief economist, told clients he saw a \"shift in tone\".\n");
  CHECK_STR(speaker(0), "Tomas Ek", "X, Firm AG’s chief economist, told: X speaks");
  /* one capitalised word nobody says: a model's or a brand's name */
  run("Stocks of the new \"Tidewater\" model are high, and the ferry line renamed its app \"Harbour\".\n");
  CHECK_INT(D.nq, 0, "a single capitalised word with no speaker is a name, not a quotation");
  run("\"Never,\" Okafor said when asked about the fees.\n");
  CHECK_INT(D.nq, 1, "a single capitalised word someone says is a quotation");

  /* markup attribute quotes */
  run("<tweet tweet-id=\"12345\"></tweet> Voss said \"enough\".\n");
  CHECK_INT(D.nq, 1, "attribute quotes ignored");

  /* an interrupted quote: one speaker for both halves */
  run("\"The cranes are old,\" said harbour veteran Ines Duarte, \"and nobody fixes them.\"\n");
  CHECK_INT(D.nq, 2, "interrupted quote: two rows");
  CHECK_STR(speaker(0), "Ines Duarte", "inverted speaker after descriptors");
  CHECK_STR(speaker(1), "Ines Duarte", "second half keeps the speaker");

  /* a signature after a dash */
  run("“Keep the gates open.” ― Marta Lind\n");
  CHECK_STR(speaker(0), "Marta Lind", "dash signature");

  /* transcript turns name their speaker inside the marks */
  run("\"HOST: Are the gates open?\n\n\"VOSS: They are.\n");
  CHECK_INT(D.nq, 2, "transcript turns are separate quotes");
  CHECK_STR(mention(1), "VOSS", "transcript speaker");
  run("The board sat late. \"LENA VOSS: No.\"\n");
  CHECK_STR(speaker(0), "LENA VOSS", "a one-word transcript turn");
  run("The feed lists \"NYSE:HRBR\" and \"NASDAQ:PORT\" among its tickers.\n");
  CHECK(D.nq==0 || ((!mention(0) || strcmp(mention(0), "NYSE")) && (D.nq<2 || !mention(1) || strcmp(mention(1), "NASDAQ"))),
        "a ticker symbol is no transcript turn");

  /* the main reporting verb over an embedded one */
  run("Voss said Okafor once described the deal as \"a lifeline\".\n");
  CHECK_STR(speaker(0), "Voss", "outer verb wins over 'described'");
  run("Ada Brightwater said the talks went well, but Okafor said the offer was \"thin\".\n");
  CHECK_STR(speaker(0), "Okafor", "no outer verb across 'but'");
  /* across a comma the outer verb takes the words only from a pronoun or
  ** the same name: another named subject keeps its own */
  run("Harbour advisers say the plan has two parts, both of which Mayor Ana Ruiz praised as \"a fair start.\"\n");
  CHECK_STR(speaker(0), "Ana Ruiz", "a named subject after a comma keeps its words");
  run("Ferry owners said fares would rise, which Councillor Olu Baptiste called \"a tax on islanders.\"\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "which X called: X's words");
  run("Olu Baptiste said fares would rise, which he called \"a tax on islanders.\"\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "which he called: the outer subject's");
  CHECK_STR(cue(0), "said", "which he called: the outer verb");

  /* as X put it; according to X opening the sentence; who said */
  run("The dock, as Mayor Lena Voss put it, is \"the heart of the town\".\n");
  CHECK_STR(speaker(0), "Lena Voss", "as X put it");
  run("According to the Harbour Gazette, the mayor called the plan \"bold\".\n");
  CHECK_STR(mention(0), "the Harbour Gazette", "According to X, opening the sentence");
  run("The union backed Ines Duarte, who said the vote was \"a formality\".\n");
  CHECK_STR(mention(0), "who", "relative pronoun is the mention");
  CHECK_STR(speaker(0), "Ines Duarte", "relative pronoun resolves to its antecedent");
  /* the subject of a participle behind an opening phrase, a dateline or a span of time */
  run("The race goes on.\n\nAt a rally in Portsmouth, N.H., on Tuesday, Senator Ada Renk of Ohio endorsed Lena Voss, saying that she would \"make a fine mayor\".\n");
  CHECK_STR(speaker(0), "Ada Renk", "opening phrase with a place: the name its verb follows");
  run("The race goes on.\n\nSpeaking at a town hall in Salem, Ohio, Ada Renk went after Voss, calling her \"a total stiff\".\n");
  CHECK_STR(speaker(0), "Ada Renk", "participle opener with a place");
  run("The race goes on.\n\nHours later, Ada Renk returned the compliment, telling reporters, \"He is a fine man.\"\n");
  CHECK_STR(speaker(0), "Ada Renk", "a span of time opening the sentence is no subject");
  run("The race goes on.\n\nCleveland (AFP) \xe2\x80\x93 Mayor Ada Renk took a swipe at her rival, saying that \"loud comments\" do harm.\n");
  CHECK_STR(speaker(0), "Ada Renk", "dateline with its agency");
  run("The race goes on.\n\nTom Okafor, celebrating a victory in his home state of Ohio, is pledging to \"win every seat\" on Tuesday.\n");
  CHECK_STR(speaker(0), "Tom Okafor", "is + participle: the clause's own verb");

  /* an abbreviation's period inside the sentence does not end the clause */
  run("The race goes on.\n\nRenk recalled the Sept. 11 attacks and her work to bring in jobs from \"the harbour to the hills.\"\n");
  CHECK_STR(speaker(0), "Renk", "Sept. inside a sentence is no clause end");

  /* a sentence that opens with the reporting verb: Said X, "…" / But, said X, "…" */
  run("The hall was renovated. Said Ada Renk, who grew up in the street, \"We were all proud of it.\"\n");
  CHECK_STR(speaker(0), "Ada Renk", "Said X, who …, quote");
  CHECK_STR(cue(0), "Said", "capitalised Said is the cue");
  run("The board met. Said Renk, \"The thought is painful.\" Ada Renk left.\n");
  CHECK_STR(speaker(0), "Ada Renk", "Said is no part of the name");
  run("The board met. Said Renk, \"The thought is painful.\"\n");
  {
    size_t e;
    int said = 0;
    for(e=0; e<D.nent; e++) said |= D.ent[e].name_e-D.ent[e].name_s>4 && memcmp(T+D.ent[e].name_s, "Said", 4)==0;
    CHECK(!said, "no entity named Said X");
  }
  run("The board met at noon. But, said Renk, \"I do not want a fight.\"\n");
  CHECK_STR(mention(0), "Renk", "But, said X, quote");

  /* a time or a reflexive between a subject and its verb */
  run("Ada Renk on Monday said the plan was \"a fair deal\".\n");
  CHECK_STR(speaker(0), "Ada Renk", "X on Monday said");
  run("Sen. Ada Renk (D-Ohio) last week said the mayor sent no \"secret\" emails.\n");
  CHECK_STR(speaker(0), "Ada Renk", "X (party) last week said");
  run("The port authority less than two weeks ago said that \"unsafe\" cargo had passed.\n");
  CHECK_STR(mention(0), "The port authority", "X less than two weeks ago said");
  run("Renk herself said Tuesday that \"the only way is to ask.\"\n");
  CHECK_STR(speaker(0), "Renk", "X herself said");
  run("For years, the Harbour Trust has presented itself as a \"friend of the docks\" in the town.\n");
  CHECK_STR(speaker(0), "Harbour Trust", "presented itself as: still a characterisation");

  /* a name with a middle initial is one name; Jr., and quoted words inside an aside */
  run("Tom B. Okafor said the deal was \"a fair one\".\n");
  CHECK_STR(speaker(0), "Tom B. Okafor", "middle initial stays in the name");
  run("\"It works as a way to sell tickets,\" Tom Okafor Jr., the director of the bureau, said at a briefing.\n");
  CHECK_STR(mention(0), "Tom Okafor Jr", "X Jr., aside, said");
  run("\"We have had better days,\" Tom Okafor, a delegate wearing a hat and \"Vote Renk\" pins, said at the hall.\n");
  CHECK_STR(speaker(0), "Tom Okafor", "quoted words inside the aside");
  /* ... but an initial at a paragraph's end, or one that opens a name, is not a middle initial */
  run("The tolls went back to the rates of Plan B.\n\nOkafor said the board was \"out of road\".\n");
  CHECK_STR(speaker(0), "Okafor", "a final initial does not join the next paragraph's name");
  run("\"Nothing will change,\" said J. Okafor.\n");
  CHECK_STR(speaker(0), "Okafor", "an opening initial is not kept: U.S. and N. Korea look the same");
  run("Alderman Tom B. Okafor said the vote was \"a fair one\".\n");
  CHECK_STR(speaker(0), "Tom B. Okafor", "alderman is a title, not part of the name");

  /* who, then a phrase or an aside before the verb */
  run("Ada Brightwater, who has in the past described the board as \"a closed shop\", stayed home.\n");
  CHECK_STR(mention(0), "who", "who + auxiliary + phrase: not the phrase's noun");
  CHECK_STR(speaker(0), "Ada Brightwater", "who + phrase resolves to its antecedent");
  run("Tom Okafor, who at the time said the plan was \"a fair deal\", later changed his mind.\n");
  CHECK_STR(mention(0), "who", "who + phrase + verb");
  run("The pilots were angry at Tom Okafor, who, on a call with donors on Friday, accused the mayor of \"hiding the numbers\".\n");
  CHECK_STR(mention(0), "who", "who, aside, verb");
  CHECK_STR(speaker(0), "Tom Okafor", "who, aside, verb resolves to its antecedent");

  /* poll numbers speak; scare quotes in a sentence with no speech do not */
  run("In the survey, 63 percent said the port was \"well run\".\n");
  CHECK_STR(mention(0), "63 percent", "numbers as subjects");
  run("The crews moved the \"ghost ships\" to the outer basin.\n");
  CHECK_INT(D.nq, 0, "scare quote without any speech verb");

  /* bad input: NUL bytes, invalid UTF-8, ten thousand unopened marks */
  {
    static const unsigned char bad[] = "\"ab\xff\xfe\" said \x00 Voss \xe2\x80 \"";
    char *big;
    size_t i, n = 30000;
    CHECK_INT(nr_quotes_extract(bad, sizeof(bad)-1, &D, 1), NR_OK, "invalid bytes");
    big = malloc(n+1);
    for(i=0; i<n; i++) big[i] = (i%3==0) ? '"' : (i%3==1 ? 'a' : ' ');
    big[n] = 0;
    T = big;
    CHECK_INT(nr_quotes_extract((const unsigned char *)big, n, &D, 1), NR_OK, "many marks");
    for(i=0; i<n; i++) big[i] = (i%2==0) ? '\xe2' : '"';
    CHECK_INT(nr_quotes_extract((const unsigned char *)big, n, &D, 1), NR_OK, "truncated sequences");
    free(big);
  }
  /* "said one": someone the text does not name, not the last speaker */
  run("“We waited all night,” said Ines Duarte, a crane driver.\n"
      "Veteran pilots recalled the old disputes. “Nobody listened to us then,” said one, who asked not to be named.\n");
  CHECK_INT(D.nq, 2, "said one: two quotes");
  CHECK_STR(speaker(0), "Ines Duarte", "said one: the first is named");
  CHECK(speaker(1)==0, "said one: the speaker is unknown (NULL), not Ines Duarte or 'Veteran'");
  CHECK_STR(mention(1), "one", "said one: the mention is 'one'");
  CHECK_STR(cue(1), "said", "said one: cue");

  /* a title trigger before whole sentences: they are a quotation, not a title */
  run("The Valmere Herald chose a blunt headline: “Strike over. Ships sail at dawn.”\n");
  CHECK_INT(D.nq, 1, "sentences after 'headline:' are a quote");
  run("She wrote a book titled “Harbour Lights” about the strike.\n");
  CHECK_INT(D.nq, 0, "a book titled \"Harbour Lights\" is a title");

  /* "wrote on X:" -- the platform before the colon is not the speaker */
  run("Harbour Master Ines Duarte wrote on Mastodon: “The channel is open again.”\n");
  CHECK_STR(speaker(0), "Ines Duarte", "wrote on <platform>: the writer speaks");
  CHECK_STR(cue(0), "wrote", "wrote on <platform>: cue");

  /* a plural possessive inside an organisation's name */
  run("The Ferry Workers’ Union said: “We will sail on Monday.”\n");
  CHECK_STR(speaker(0), "Ferry Workers’ Union", "the Workers’ Union is one organisation (its name without the article)");

  /* long articles are read in windows cut at line ends: with paragraphs
  ** that each name their speaker, windows of any size give the same rows */
  {
    static const char text[] =
      "\"The cranes stay idle,\" said Ada Brightwater, head of the dock union.\n"
      "Port Commissioner Rafael Mendes said the offer was \"fair and final\".\n"
      "\"We are close,\" Rafael Mendes told reporters. \"Nobody wants a strike.\"\n"
      "Ada Brightwater called the talks \"slow\" and left the hall.\n"
      "The ministry said in a statement that the port would reopen.\n";
    nr_quotes_doc W;
    size_t w, i;
    int same = 1;
    memset(&W, 0, sizeof(W));
    T = text;
    CHECK_INT(nr_quotes_extract((const unsigned char *)text, sizeof(text)-1, &D, 1), NR_OK, "windows: whole");
    CHECK_INT(D.nq, 5, "windows: five quotes");
    for(w=1; w<sizeof(text); w+=7){
      CHECK_INT(nr_quotes_extract_windows((const unsigned char *)text, sizeof(text)-1, &W, 1, w), NR_OK, "windows: run");
      if( W.nq!=D.nq ){ same = 0; break; }
      for(i=0; i<D.nq; i++){
        const nr_quote *a = &D.q[i], *b = &W.q[i];
        const nr_entity *ea = a->entity>=0 ? &D.ent[a->entity] : 0, *eb = b->entity>=0 ? &W.ent[b->entity] : 0;
        if( a->start!=b->start || a->end!=b->end || a->paragraph!=b->paragraph || a->partial!=b->partial ||
            a->m_s!=b->m_s || a->m_e!=b->m_e || a->cue_s!=b->cue_s || a->cue_e!=b->cue_e || !ea!=!eb ||
            (ea && (ea->name_s!=eb->name_s || ea->name_e!=eb->name_e)) ) same = 0;
      }
      /* one row per speaker across windows, with the counts added up */
      for(i=0; i<W.nent; i++){
        const nr_entity *e = &W.ent[i];
        if( e->name_e-e->name_s==15 && memcmp(text+e->name_s, "Ada Brightwater", 15)==0 && e->quotes!=2 ) same = 0;
        if( e->name_e-e->name_s==13 && memcmp(text+e->name_s, "Rafael Mendes", 13)==0 && e->quotes!=3 ) same = 0;
      }
      if( !same ) break;
    }
    CHECK(same, "windows of every size give the whole article's quotes, speakers and counts");
    /* no line end: cuts fall after a sentence or a space, inside one paragraph */
    {
      static const char one[] = "\"Hold the line,\" said Ada Brightwater. The vote is Friday. "
        "\"We will see,\" Rafael Mendes said. The port waits.";
      T = one;
      CHECK_INT(nr_quotes_extract_windows((const unsigned char *)one, sizeof(one)-1, &W, 1, 20), NR_OK, "windows: one line");
      CHECK_INT(W.nq, 2, "windows: one line, two quotes");
      CHECK(W.nq==2 && W.q[0].paragraph==1 && W.q[1].paragraph==1, "windows: a cut inside a paragraph keeps its number");
    }
    /* allocation failures in the window path */
    {
      extern long nr_test_fail_at, nr_test_alloc_count;
      extern int nr_test_fail_sticky;
      long k;
      int bad = 0, nomem = 0;
      for(k=1; k<400; k++){
        int rc;
        nr_quotes_release(&W);
        nr_test_alloc_count = 0; nr_test_fail_at = k; nr_test_fail_sticky = (k%2)==0;
        rc = nr_quotes_extract_windows((const unsigned char *)text, sizeof(text)-1, &W, 1, 60);
        nr_test_fail_at = 0; nr_test_fail_sticky = 0;
        if( rc==NR_NOMEM ) nomem++;
        else if( rc!=NR_OK ) bad++;
      }
      CHECK(bad==0 && nomem>0, "windows: allocation failure sweep");
    }
    nr_quotes_release(&W);
  }
  /* a reporting phrase of several words takes the quoted words as its object */
  run("The crowd cheered, and as Councillor Ida Renk went on about \"broken promises\" and \"empty docks\" again, the hall fell quiet.\n");
  CHECK_STR(speaker(0), "Ida Renk", "went on about");
  CHECK_STR(speaker(1), "Ida Renk", "went on about, second object");
  CHECK_STR(cue(0), "went", "phrase cue is its verb");
  run("Harbour chief Olu Baptiste has used the phrase \"tidal debt\" in every speech this year.\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "used the phrase");
  run("At the dock, Mina Harlow spoke of \"a season nobody will forget.\"\n");
  CHECK_STR(speaker(0), "Mina Harlow", "spoke of");
  /* a characterisation after "as": the subject of the verb before it */
  run("Councillor Ida Renk openly mocks the harbour board as a \"club for yacht owners,\" pointing to its fees.\n");
  CHECK_STR(speaker(0), "Ida Renk", "as a characterisation");
  CHECK_STR(cue(0), "mocks", "as a characterisation cue");
  run("Lately, Olu Baptiste has gone after the ferry company as a \"cartel\" and a \"relic.\"\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "gone after ... as a");
  CHECK_STR(speaker(1), "Olu Baptiste", "gone after ... as a, second");
  run("The old pier was later seen as a \"landmark\" by visitors.\n");
  CHECK(D.nq==0 || speaker(0)==0, "passive: no speaker from as a");
  /* a few lower-case quoted words after a name's possessive are a quotation,
  ** but the possessive says whose thing it is, not who said the words */
  run("Voters still remember Senator Noor Haddad's \"ferry tax\" and the fight over it.\n");
  CHECK_INT(D.nq, 1, "possessive term is a row");
  CHECK_STR(quote(0), "ferry tax", "possessive term words");
  CHECK(speaker(0)==0, "possessive term: no speaker");
  run("Harbour officials said on Monday that fares would rise. The drop followed Valmere Bank's \"slow squeeze\" of lenders.\n");
  CHECK_INT(D.nq, 1, "possessive term after a cue sentence is a row");
  CHECK(speaker(0)==0, "possessive term: no speaker from the sentence before");
  run("Critics mocked the Harbour Board's \"Waterfront Renewal Plan\" for months.\n");
  CHECK(D.nq==0, "possessive before a capitalised title is no row");
  run("The ferry's \"quiet deck\" was full again on Sunday.\n");
  CHECK(D.nq==0, "possessive of a common noun is no speaker");
  /* a participle after "of" keeps its own speaker over the main clause's */
  run("The advert ends with footage of Ida Renk saying at a rally, \"Ferries are for everyone,\" as the crowd cheers.\n");
  CHECK_STR(speaker(0), "Ida Renk", "footage of X saying");
  /* the subject after several opening commas, a description with a determiner */
  run("After a long, tense, late-night session, the mayor issued a statement calling the strike \"a reckless gamble.\"\n");
  CHECK_STR(mention(0), "the mayor", "subject after three opening commas");
  /* a common noun in -ly is no adverb: "X's family has called" is the family */
  run("Dockworker Sam Oyelaran was injured on Friday. Oyelaran's family has called the delay \"an insult to every worker.\"\n");
  CHECK_STR(mention(0), "Oyelaran's family", "possessor's family speaks");
  /* "X's doctor" is not whoever else holds a title with X's words */
  run("Independent presidential candidate Ruth Amadi toured the port. Harbour president Leo Marr met her.\n"
      "Independent presidential candidate Ruth Amadi's doctor is calling her \"remarkably fit.\"\n");
  CHECK(speaker(0)!=0 && strcmp(speaker(0), "Ruth Amadi")!=0 && strcmp(speaker(0), "Leo Marr")!=0, "possessor's doctor is its own speaker");
  /* the subject is the phrase before a prepositional one */
  run("Fishermen marching through the old town chanted \"Open the harbour!\" until dusk.\n");
  CHECK_STR(mention(0), "Fishermen", "subject before a participle and a prepositional phrase");
  run("Councillor Ida Renk at the time said the fee was \"a stopgap.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "subject before 'at the time'");
  /* "made the following statement": an adjective before a noun cue is no subject */
  run("On Monday, port chief Ida Renk made the following comment: \"We regret the delay.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "the following comment: subject of made");
  /* a heading in capitals with a verb is no name */
  run("THE FERRIES ARE LATE AGAIN \xe2\x80\x94 Ida Renk drew fire from unions for calling the ferries \"a luxury.\"\n");
  CHECK_STR(mention(0), "Ida Renk", "heading before a dash is skipped");
  /* numbers and slashes in the modifier before an inverted speaker */
  run("\"We waited ten years for this,\" said 7/7 survivor Ana Ruiz.\n");
  CHECK_STR(speaker(0), "Ana Ruiz", "said 7/7 survivor X");
  /* the agent of a passive: "…" was written by X */
  run("Ida Renk sang at the harbour fair.\n\"Salt and Iron\" was written by Olu Baptiste after the storm of 1998.\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "was written by X");
  /* a quote set off by dashes after a name, or after a clause with no cue */
  run("Several captains agreed, among them the veteran skipper Olu Baptiste -- \"We cannot sail on promises\" -- and two pilots.\n");
  CHECK_STR(speaker(0), "Olu Baptiste", "NAME -- quote --");
  run("Ida Renk also backed the night ferries -- \"They keep this town alive.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "clause -- quote.");
  /* a group plural is no antecedent for "she" */
  run("Senator Ida Renk met the port workers on Friday. Unlike her fellow Republicans on the committee, she called the closure \"a disgrace.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "she is not the Republicans");
  /* an indefinite description is someone not yet named, not a known title holder */
  run("Port spokesman Olu Baptiste declined to comment. \"We were told nothing,\" said one port spokesman.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Olu Baptiste")!=0, "one port spokesman is not Olu Baptiste");
  /* a description ends before a relative pronoun */
  run("\"We were told nothing,\" said a harbour pilot who asked not to be named.\n");
  CHECK_STR(mention(0), "a harbour pilot", "description cut before who");
  /* a dash signature is a name that ends its sentence; an initial inside it */
  run("He called the mayor \"the next Lincoln\" \xe2\x80\x93 the statesman whom Renk admires most.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "the statesman")!=0, "dash then a description with a clause is no signature");
  run("\"Ferries are for everyone.\" \xe2\x80\x95 Julia A. Moreno\n");
  CHECK_STR(mention(0), "Julia A. Moreno", "signature with an initial");
  /* a quote after a sentence that introduces a named person speaks for them */
  run("\"Our fees are fair,\" said port director Leo Marr.\n"
      "Senator Ida Renk, who grew up on the docks, blamed the board for the delay. \"They forgot who pays the bills.\"\n");
  CHECK_STR(speaker(1), "Ida Renk", "introduced speaker, not the floating one");
  /* the listener before a colon is no speaker */
  run("Harbour master Ida Renk told Radio Tern: \"The channel is safe again.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "X told MEDIA: quote");
  /* a description with an "of" complement before the verb */
  run("Asked about the fares, the 40-year-old father of two replied, \"We cannot afford the ferry any more.\"\n");
  CHECK_STR(mention(0), "40-year-old father of two", "the father of two replied");
  run("Only 40 percent of dock workers agreed that the deal was \"good enough,\" the survey found.\n");
  CHECK_STR(mention(0), "40 percent of dock workers", "percent of workers agreed");
  /* a capitalised word opening the introducing sentence is not a name by itself */
  run("\"The gate is shut,\" said Ida Renk.\nOlder pilots compared the strike with the long ones of the past. \"Back then nobody called,\" said one.\n");
  CHECK(speaker(1)==0 || strcmp(speaker(1), "Older")!=0, "Older pilots is no name");
  /* a description reaches the nearest holder of the title before it, not the
  ** last one the article names */
  run("Port analyst Mira Quist said on Monday that cargo was up.\n\n"
      "“Cargo volumes are holding,” the analyst said.\n\nRail analyst Tomas Brenn disagreed.\n");
  CHECK_STR(speaker(0), "Mira Quist", "the analyst: the nearest before");
  /* a lesser rank is another role: the vice president is not "the president" */
  run("President Ada Renk opened the dock on Monday. Vice President Lena Osei toured the port.\n\n"
      "“We will build a second quay,” the president said.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Lena Osei")!=0, "the president is not the vice president");
  /* "said of X:" -- the object of a preposition before a colon is who the
  ** words are about, not who says them */
  run("Nelson Okafor, a former aide to the mayor, said of Ms. Brightwater: “She never gives up.”\n");
  CHECK_STR(speaker(0), "Nelson Okafor", "said of X: the subject speaks");
  run("Ida Renk said in an interview with the Valmere Courier: “We stay.”\n");
  CHECK_STR(speaker(0), "Ida Renk", "an interview with X: the subject speaks");
  run("Former secretary of state Ada Brightwater: “We stay.”\n");
  CHECK_STR(speaker(0), "Ada Brightwater", "a title with 'of' before a colon still names the speaker");
  /* present-tense cues of the feature story: "…," X notes / X answers */
  run("“The river decides when we sail,” Ida Renk notes.\n\n“Nobody else,” Tom Okafor answers.\n");
  CHECK_STR(speaker(0), "Ida Renk", "X notes");
  CHECK_STR(speaker(1), "Tom Okafor", "X answers");
  /* a generic noun after a qualifier is the head of the description: "a
  ** campaign source", "one senior port official" */
  run("“The mayor owns this ferry now,” one Renk campaign source said. “She set the fares.”\n");
  CHECK_STR(mention(0), "one Renk campaign source", "one X campaign source said");
  run("A former dockhand said the new quay was “years late.”\n");
  CHECK_STR(mention(0), "A former dockhand", "a former dockhand said that … “…”");
  run("The crowd booed the plan. “Sink the plan,” referring to the former dockhand’s vow to fix the ferries, the Valmere Courier reports.\n");
  CHECK(mention(0)==0 || strstr(mention(0), "’s")==0, "a possessive is no head of a description");
  /* "X smiled and said": the subject of the verb before "and", not a
  ** pronoun of the opening clause */
  run("Asked whom she backed, Ms. Quist smiled and said, “I am waiting for the ferry.”\n");
  CHECK_STR(mention(0), "Ms. Quist", "X smiled and said");
  /* '….” He added, “…”': the tag introduces the next quote, not the one
  ** before it */
  run("However, as harbour master Tomas Brenn told the Courier, “We have all lost the same thing.” He added, “So the port should have spoken first.”\n");
  CHECK(mention(0)!=0 && strcmp(mention(0), "He")!=0, "He added, “…” belongs to the next quote");
  CHECK_STR(speaker(0), "Tomas Brenn", "as X told the Courier, “…”");
  CHECK_STR(mention(1), "He", "He added, “…”");
  /* "X of the Y told": the person before "of" speaks, not the body after it */
  run("“The river decides,” Bishop Tomas Brenn of the Valmere Diocese told the Courier.\n");
  CHECK_STR(speaker(0), "Tomas Brenn", "X of the Y told");
  run("“Fees will rise,” analyst Mira Quist of Harbour Capital Partners said.\n");
  CHECK_STR(speaker(0), "Mira Quist", "analyst X of Y said");
  run("“We stay,” said The Union of Valmere Dockworkers.\n");
  CHECK(speaker(0)!=0, "an organisation with 'of' still speaks");
  /* "X, whose line, Y, carries …, said": the name set off inside the
  ** whose-clause is not the subject */
  run("Mr. Tomas Brenn, whose latest ferry line, Valmere Fast, carries cargo to the islands, said the strike was “a gift to the airlines.”\n");
  CHECK_STR(speaker(0), "Tomas Brenn", "X, whose N, Y, …, said");
  /* "…?’” X told: a quote ending with a question inside it is tagged by
  ** the sentence after the marks */
  run("“Then she asked, ‘Who pays for the ferry?’” Ida Renk told reporters on Tuesday.\n");
  CHECK_STR(speaker(0), "Ida Renk", "…?’” X told");
  /* a capitalised "Will" opening a name before a comma or a reporting verb */
  run("“The fares are too high,” said Will Brenn, a professor of economics at Valmere College. “Nobody rides.”\n");
  CHECK_STR(mention(0), "Will Brenn", "said Will X, a professor");
  run("Will Brenn, the harbour master, said of the strike: “It is over.”\n");
  CHECK_STR(mention(0), "Will Brenn", "Will X, the harbour master, said");
  run("Even Brenn said the fares were “too high.”\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Even Brenn")!=0, "an adverb is no given name");
  /* an aside between dashes before the verb: "X — a pilot from Y — says" */
  run("Tomas Brenn — a ferry pilot from Valmere — says the old boat was “a wreck.”\n");
  CHECK_STR(mention(0), "Tomas Brenn", "X — aside — says");
  run("A former harbour master -- Ida Renk, who ran the port for a decade -- said the plan \"changes nothing.\"\n");
  CHECK_STR(mention(0), "A former harbour master", "DESC -- X, who … -- said");
  /* a subject after a comma opens its own clause: the reporting verb of
  ** an opening clause does not report it */
  run("When Ida Renk announced the new timetable in June, he called the ferry crews \"lazy.\"\n");
  CHECK_STR(mention(0), "he", "When X announced …, he called it “…”");
  run("Tomas Brenn wrote to the council about Mira Quist, who called the plan \"a gift to the airlines.\"\n");
  CHECK_STR(mention(0), "who", "X wrote to Y, who called it “…”");
  run("Ida Renk said on Monday that the harbour board called the plan \"a gift to the airlines.\"\n");
  CHECK_STR(mention(0), "Ida Renk", "X said that Y called it “…”");
  /* "X referred to Y as “…”": the words are the subject's */
  run("Ida Renk referred to the ferry crews as \"lazy\" on Monday.\n");
  CHECK_STR(speaker(0), "Ida Renk", "X referred to Y as “…”");
  run("Ida Renk, the harbour master, refers to the new ferry as \"the bathtub.\"\n");
  CHECK_STR(mention(0), "Ida Renk", "X, role, refers to Y as “…”");
  /* "She says …. “…”": reported speech with a pronoun subject introduces
  ** the quote opening the next sentence */
  run("Ida Renk, who chairs the port board, said the ferries were late. She says they should run at night. \"Nobody sleeps in summer anyway.\"\n");
  CHECK_STR(mention(0), "She", "She says …. “…”");
  CHECK_STR(speaker(0), "Ida Renk", "She says …. “…”: she is Ida Renk");
  /* an unnamed speaker introduced by "a"/"one" is who "he" then refers
  ** to, not a person named before; "the senator" is someone named before */
  run("Tomas Brenn opened the fish market on Monday. \"Nobody is buying,\" said one ferry dealer at the quay. \"Prices will fall again,\" he added.\n");
  CHECK_STR(mention(1), "he", "one dealer said …. “…,” he added");
  CHECK_STR(speaker(1), "one ferry dealer", "he is the unnamed dealer");
  run("Tomas Brenn opened the fish market on Monday. \"Nobody is buying,\" said the senator at the quay. \"Prices will fall again,\" he added.\n");
  CHECK_STR(speaker(1), "Tomas Brenn", "he after “the senator” reaches the named person");
  /* "X, the head of Y -- aside -- said": the appositive ends at the dash;
  ** X speaks, not the body in the appositive */
  run("Ida Renk, the chair of Valmere Ferries -- the company that runs the night boats -- said \"we will not cut fares.\"\n");
  CHECK_STR(speaker(0), "Ida Renk", "X, the chair of Y -- … -- said");
  /* a lesser rank in the description must be in the title too: "the vice
  ** president" is not President Renk */
  run("President Ada Renk opened the new dock on Monday. \"The ferries will run all night,\" the vice president said.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Ada Renk")!=0, "the vice president is not President X");
  run("Director Ada Renk opened the new dock on Monday. \"The ferries will run all night,\" the deputy director said.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Ada Renk")!=0, "the deputy director is not Director X");
  run("Deputy Director Ada Renk opened the new dock on Monday. \"The ferries will run all night,\" the deputy director said.\n");
  CHECK_STR(speaker(0), "Ada Renk", "the deputy director is Deputy Director X");
  /* "X of the Y of Z said": the chain walks over the organisation links
  ** ("of", or "on"/"for" after an organisation) to the person */
  run("Professor Ann Bolt of the University of Valmere said the tides were \"getting worse.\"\n");
  CHECK_STR(speaker(0), "Ann Bolt", "X of the University of Y said");
  run("\"We will appeal,\" Ann Bolt of the Department of Harbours said.\n");
  CHECK_STR(speaker(0), "Ann Bolt", "X of the Department of Y said");
  run("Sen. Ann Bolt of the Committee on Fisheries said the quota was \"a fair deal.\"\n");
  CHECK_STR(speaker(0), "Ann Bolt", "X of the Committee on Y said");
  run("\"We will appeal,\" the Bank of Valmere said.\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "Ann Bolt")!=0, "an organisation of a place: no person");
  /* "X, a teacher whose husband, Y, is ill, said": "whose" anywhere in
  ** the appositive, not only right after its comma */
  run("Ann Bolt, a teacher whose husband, Tom Renk, is ill, said the ferry was \"our only lifeline.\"\n");
  CHECK_STR(speaker(0), "Ann Bolt", "X, a N whose N, Y, …, said");
  /* words between dashes before the verb are an aside only when they read
  ** as an apposition or a relative clause */
  run("The vote — 52 to 48 — said \"the harbour works.\"\n");
  CHECK(speaker(0)==0 || strcmp(speaker(0), "The vote")!=0, "— 52 to 48 — is no aside");
  run("Tomas Brenn — 59 — says the old boat was \"a wreck.\"\n");
  CHECK_STR(speaker(0), "Tomas Brenn", "X — age — says");
  /* attribution reads "company spokesman Tom Renk" after the scan read
  ** "spokesman Tom Renk": the link with the longer title is put in its
  ** place before the later "Harbour spokesman" link, and "the company
  ** spokesman" is Renk, not the spokesman named last */
  run("\"We sail at dawn,\" said company spokesman Tom Renk. Harbour spokesman Ida Brenn disagreed. \"We wait for the tide,\" the company spokesman said.\n");
  CHECK_STR(speaker(0), "Tom Renk", "said company spokesman X");
  CHECK_STR(speaker(1), "Tom Renk", "the company spokesman: the re-read title");
  /* a capitalised inverted "Said" before a determiner opens the sentence:
  ** it is no name */
  run("The court heard the ferry case on Monday. Said a foreign lawyer, adding to the debate, \"We never agreed to this.\"\n");
  CHECK_STR(speaker(0), "a foreign lawyer", "Said a N, adding …, “…”");
  /* present forms of reporting verbs that are also nouns (claims, jokes)
  ** cue a quotation next to them; interjected and beamed report speech */
  run("The harbour board's advert claims \"We never close.\" Tomas Ek jokes, \"The tide is the boss.\"\n"
      "\"This is wonderful!\" beamed Ada Lind. Ida Brenn interjected, \"Not yet.\"\n");
  CHECK_STR(mention(0), "The harbour board's advert", "X claims \"…\"");
  CHECK_STR(speaker(1), "Tomas Ek", "X jokes, \"…\"");
  CHECK_STR(speaker(2), "Ada Lind", "\"…\" beamed X");
  CHECK_STR(speaker(3), "Ida Brenn", "X interjected, \"…\"");
  /* barked, pressed, remembered: manner verbs that attribute a quotation;
  ** "read" follows its speaker only right after a quotation */
  run("\"Go back to your seat,\" Tomas Ek barked. \"Is it final?\" Ada Lind pressed.\n"
      "\"It was a hard year,\" remembered Ida Brenn. \"We grow stronger,\" read the statement.\n");
  CHECK_STR(speaker(0), "Tomas Ek", "\"…\" X barked");
  CHECK_STR(speaker(1), "Ada Lind", "\"…\" X pressed");
  CHECK_STR(speaker(2), "Ida Brenn", "\"…\" remembered X");
  CHECK_STR(mention(3), "the statement", "\"…\" read the statement");
  /* a dateline with its date and agency is no subject; a past-tense verb
  ** after a description's words ends it ("... woman rallied"), not after
  ** an adverb ("the newly appointed chairman") */
  run("VALMERE, Dec. 8 (Harbour Wire) — After the strike, the mayor's right-hand woman rallied the crews, saying: \"We sail.\" "
      "The newly appointed chairman said: \"We wait.\"\n");
  CHECK_STR(mention(0), "the mayor's right-hand woman", "dateline skipped, 'rallied' ends the phrase");
  CHECK_STR(mention(1), "The newly appointed chairman", "'newly appointed' stays in it");
  /* a partial quotation no reporting verb attributes is the words of the
  ** sentence's subject, when that is a name to trust or a pronoun */
  run("Ada Lind supports \"higher fees for the big ships\" in the port. "
      "Perhaps the oddest finding: the board \"gave the crews the keys to the gates.\"\n");
  CHECK_STR(speaker(0), "Ada Lind", "X supports \"…\": the subject's words");
  CHECK(speaker(1)==0, "'Perhaps' opening the sentence is no subject to trust");
  /* wire copy that types " for an apostrophe: Britain"s, it"s, I"m */
  run("The port\"s board met. \"I\"m afraid it\"s late,\" Tomas Ek said.\n");
  CHECK_INT(D.nq, 1, "one quotation, no mark in port\"s, I\"m, it\"s");
  CHECK_STR(quote(0), "I\"m afraid it\"s late,", "the quotation keeps its apostrophes");
  /* a reporting verb that is a noun there, after a determiner or a
  ** possessive and words that modify it: the possessor, or no subject */
  run("But Mendes's most serious claim is that the port was \"run like a private club.\"\n");
  CHECK_INT(D.nq, 1, "one quotation after \"X's most serious claim is that\"");
  CHECK_STR(speaker(0), "Mendes", "the possessor of the claim speaks");
  CHECK_STR(mention(0), "Mendes's", "the mention is the possessor, not \"most serious\"");
  run("At the hearing, Ada Lind made an unscripted call for calm, calling the strike \"a last resort.\"\n");
  CHECK_STR(speaker(0), "Ada Lind", "\"an unscripted call\" is no speaker");
  run("The port has cycled through slogans such as \"Open waters\", echoing Mr. Ek's more famous remarks about trade.\n");
  CHECK(!mention(0) || strcmp(mention(0), "Mr. Ek's more famous")!=0, "no mention ending in the modifiers");
  /* a capitalised number word opens a description, never a name */
  run("Six Harwick supporters cheered. \"Look at what happened in Ostby,\" Harwick told them.\n");
  CHECK_STR(speaker(0), "Harwick", "'Six Harwick' is no fuller name of Harwick");
  /* allocation failures anywhere: NR_NOMEM, never a crash or a leak (ASan) */
  {
    extern long nr_test_fail_at, nr_test_alloc_count;
    extern int nr_test_fail_sticky;
    static const char text[] = "Port Commissioner Rafael Mendes met Ada Brightwater.\n"
      "\"We are close,\" Mendes said. \"Nobody wants a strike.\"\n"
      "Brightwater, who leads the union, called the offer \"a first step\" and told reporters so.\n";
    long k;
    int bad = 0, nomem = 0;
    for(k=1; k<200; k++){
      int rc;
      nr_quotes_release(&D);
      nr_test_alloc_count = 0; nr_test_fail_at = k; nr_test_fail_sticky = (k%2)==0;
      rc = nr_quotes_extract((const unsigned char *)text, sizeof(text)-1, &D, 1);
      nr_test_fail_at = 0; nr_test_fail_sticky = 0;
      if( rc==NR_NOMEM ) nomem++;
      else if( rc!=NR_OK ) bad++;
    }
    CHECK(bad==0 && nomem>0, "allocation failure sweep");
  }
  nr_quotes_release(&D);
  return check_done();
}
