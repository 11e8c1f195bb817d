/*
** test_speakers.c -- the entity model behind extract_speakers().
** Examples written for this test.
*/
#include "check.h"
#include "../../ext/core/quotes.h"
#include <string.h>

static nr_quotes_doc D;
static const char *T;
static char buf[4][256];

static void run(const char *text){
  T = text;
  nr_quotes_extract((const unsigned char *)text, strlen(text), &D, 1);
}
static const char *sp(const nr_entity *e, size_t a, size_t b, int k){
  size_t n = b>a ? b-a : 0;
  (void)e;
  if( n>=sizeof(buf[0]) ) n = sizeof(buf[0])-1;
  memcpy(buf[k], T+a, n); buf[k][n] = 0;
  return buf[k];
}
/* the speakers, "name;name;…" in order of first mention, persons only */
static const char *speakers(int kind){
  static char out[512];
  size_t i, best;
  size_t done[64];
  size_t nd = 0;
  out[0] = 0;
  for(;;){
    best = (size_t)-1;
    for(i=0; i<D.nent && i<64; i++){
      size_t k; int seen = 0;
      if( !nr_entity_is_speaker(&D.ent[i]) || D.ent[i].kind!=kind ) continue;
      for(k=0; k<nd; k++) if( done[k]==i ) seen = 1;
      if( seen ) continue;
      if( best==(size_t)-1 || D.ent[i].first<D.ent[best].first ) best = i;
    }
    if( best==(size_t)-1 ) break;
    done[nd++] = best;
    if( out[0] ) strcat(out, ";");
    strcat(out, sp(&D.ent[best], D.ent[best].name_s, D.ent[best].name_e, 0));
  }
  return out;
}
static const nr_entity *find(const char *name){
  size_t i;
  for(i=0; i<D.nent; i++){
    if( strcmp(sp(&D.ent[i], D.ent[i].name_s, D.ent[i].name_e, 1), name)==0 ) return &D.ent[i];
  }
  return 0;
}

int main(void){
  const nr_entity *e;
  /* one row per person: full name, surname, title, pronoun */
  run("Port Commissioner Rafael Mendes arrived early.\n"
      "Mendes said the deal was \"close\". The commissioner told reporters he was hopeful.\n"
      "\"We will sign soon,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "Rafael Mendes", "one person, many mentions");
  e = find("Rafael Mendes");
  CHECK(e && e->quotes==2, "quotes counted");
  CHECK(e && e->statements>=3, "statements counted");
  CHECK_STR(e && e->title_e ? sp(e, e->title_s, e->title_e, 2) : 0, "Port Commissioner", "title before the name");

  /* an honorific or a given name tells a man from a woman: Mrs. Harlow is not
  ** Bill Harlow, and "she" skips the man named last */
  run("Nina Harlow and Bill Harlow run the ferry company. \"We never stop,\" Mrs. Harlow said.\n");
  CHECK_STR(speakers(NR_PERSON), "Nina Harlow", "Mrs. + surname: the woman of that name");
  run("Ruth Baptiste listened while Tom Okafor spoke. \"The harbour must stay open,\" she said.\n");
  CHECK_STR(speakers(NR_PERSON), "Ruth Baptiste", "she: the woman before the man named last");
  run("Tom Okafor listened while Ruth Baptiste spoke. \"The harbour must stay open,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "Tom Okafor", "he: the man before the woman named last");
  run("Ruth Baptiste spoke on Monday after Tom Okafor. \"The harbour must stay open,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "", "he: never a woman, even the only one named");
  run("Mr. Lund and Mrs. Lund spoke in turn. \"We will fight the fare rise,\" Mrs. Lund said. \"So will I,\" Mr. Lund said.\n");
  CHECK_STR(speakers(NR_PERSON), "Lund;Lund", "Mr. and Mrs. Lund are two speakers");

  /* places named in several words are places, not people "she" refers to */
  run("Envoys from North Korea and New York met at Centenary College on Monday. \"We are ready,\" she said.\n");
  CHECK_STR(speakers(NR_PERSON), "", "she: no place, no college");
  run("The United States said on Monday it would send ships. \"We will help,\" the embassy said.\n");
  e = find("United States");
  CHECK(e && e->kind==NR_ORG, "the United States is no person");

  /* a heading in capitals on its own line is not part of the next name */
  run("The agency declined to comment.\nHARBOUR RULES\nVoss said the port \"broke its own rules.\"\n");
  CHECK_STR(speakers(NR_PERSON), "Voss", "a capitals heading before a name");
  /* ... and a short heading or caption line in title case neither; a
  ** hard-wrapped line may break inside a name */
  run("The agency declined to comment.\nLeaked Memo\nIlse Voss said the port \"broke its own rules.\"\n");
  CHECK_STR(speakers(NR_PERSON), "Ilse Voss", "a title-case heading line before a name");
  run("Harbour Board Votes To Close The Quay, Ilse Voss Says In Letter\nIlse Voss said the port \"broke its own rules.\"\n");
  CHECK_STR(speakers(NR_PERSON), "Ilse Voss", "a long title-case headline before a name");
  run("The harbour board met on Monday to hear the report, and its chair, Port Commissioner Ilse\n"
      "Voss, said the port \"broke its own rules.\"\n");
  CHECK_STR(speakers(NR_PERSON), "Ilse\nVoss", "a name broken by a hard wrap (SQL prints it on one line)");

  /* a firm named in full, then by its first word, is one speaker: an
  ** organisation; a person of that surname stays a person */
  run("Harwell Dredging Corp said it would bid for the quay. Harwell said the bid was final.\n");
  CHECK_STR(speakers(NR_PERSON), "", "a firm's short name is no person");
  e = find("Harwell Dredging Corp");
  CHECK(e && e->kind==NR_ORG && e->statements==2, "the firm's statements under its full name");
  run("Harwell Dredging Corp said it would bid. Its founder, Mia Harwell, said the bid was final. Mrs. Harwell added that talks went on.\n");
  CHECK_STR(speakers(NR_PERSON), "Mia Harwell", "a person with the firm's name is a person");
  e = find("Mia Harwell");
  CHECK(e && e->statements==2, "the person's statements");
  /* an acronym names an organisation; not in a text all in capitals */
  run("The talks ended on Monday, IRNA said, quoting the foreign ministry.\n");
  e = find("IRNA");
  CHECK(e && e->kind==NR_ORG && nr_entity_is_speaker(e), "IRNA said: an organisation");
  run("THE TALKS ENDED ON MONDAY, OKAFOR SAID.\n");
  e = find("OKAFOR");
  CHECK(!e || e->kind==NR_PERSON, "a name in a text all in capitals is no acronym");

  /* a title with "of": ROLE of [the] Words, then the name from its given
  ** name on */
  run("Chancellor of the Exchequer Nigel Lawson said rates would fall. Minister of Finance Ana Lopes said the budget was balanced.\n");
  CHECK_STR(speakers(NR_PERSON), "Nigel Lawson;Ana Lopes", "the name after a title with of");
  e = find("Nigel Lawson");
  CHECK_STR(e && e->title_e ? sp(e, e->title_s, e->title_e, 2) : 0, "Chancellor of the Exchequer", "the title with of");
  run("Marc Ode, president of the Harbour Urban League, said the fares were unfair.\n");
  CHECK_STR(speakers(NR_PERSON), "Marc Ode", "no given name after of: no name there");

  /* a word for a nation before a lower-case head is a description, not a
  ** name; a firm's name goes on after its possessive up to a designator;
  ** an exchange and a community are organisations */
  run("The West German government said it backed the plan. Chinese companies said they would invest. Moody's Harbour Service Inc said it may cut the rating. The Valmere Stock Exchange said trading would halt.\n");
  CHECK_STR(speakers(NR_PERSON), "", "no person among them");
  CHECK(!find("West German") && !find("Chinese"), "West German, Chinese: no names");
  e = find("Moody's Harbour Service Inc");
  CHECK(e && e->kind==NR_ORG && e->statements==1, "Moody's ... Inc is one name");
  e = find("Valmere Stock Exchange");
  CHECK(e && e->kind==NR_ORG, "a stock exchange is an organisation");
  run("\"We will not pay,\" Mark Cuban said on Monday. \"Not a cent,\" Cuban said.\n");
  e = find("Mark Cuban");
  CHECK(e && e->quotes==2, "Cuban alone is still Mark Cuban");

  /* a one-word name whose statement goes on with "it" or "its" is a firm;
  ** a plural agent noun is a group */
  run("Harwick said it would close 50 stores. Traders said it was a quiet day. Ostby said its profit rose.\n");
  e = find("Harwick");
  CHECK(e && e->kind==NR_ORG, "Harwick said it would: a firm");
  e = find("Ostby");
  CHECK(e && e->kind==NR_ORG, "Ostby said its: a firm");
  e = find("Traders");
  CHECK(!e || e->kind==NR_PERSON, "Traders said it was: a group, no firm");
  run("Mrs. Harwick said it would take time.\n");
  CHECK_STR(speakers(NR_PERSON), "Harwick", "an honorific keeps a person");

  /* a speaker after the verb only after a comma, quotation or dash; a
  ** sum after "added" is no speech */
  run("Harwell Dredging Corp said it began its previously announced Dutch Auction offer. Harwell Dredging Corp has added $24 million in debt. Three Buys and two Sells add up to a rating. The port will reopen, said Ilse Voss.\n");
  e = find("Dutch Auction");
  CHECK(!e || !nr_entity_is_speaker(e), "announced Dutch Auction: no inverted speaker after a word");
  e = find("Ilse Voss");
  CHECK(e && e->statements==1, "..., said Ilse Voss: inverted after a comma");
  e = find("Harwell Dredging Corp");
  CHECK(e && e->statements==1, "added $24 million is no statement");
  e = find("Sells");
  CHECK(!e || !nr_entity_is_speaker(e), "Sells add up to: no statement");

  /* two organisations whose names end in the same word are two: the
  ** name decides, not its last word */
  run("Valmere Optical Co Ltd is selling bonds, lead manager Daiwa Harbour Ltd said. The Defense Department said nothing. "
      "The Agriculture Department said exports rose, and the U.S. Agriculture Department added that prices fell.\n");
  e = find("Valmere Optical Co Ltd");
  CHECK(!e || !nr_entity_is_speaker(e), "the lead manager speaks, not the issuer");
  e = find("Daiwa Harbour Ltd");
  CHECK(e && e->statements==1, "the lead manager's statement");
  e = find("Defense Department");
  CHECK(e && e->statements==1, "the Defense Department is not the Agriculture Department");
  e = find("Agriculture Department");
  CHECK(e && e->statements==2, "the Agriculture Department is the U.S. Agriculture Department");

  /* verbs whose common sense is no speech report it only with a
  ** quotation, "that" or a colon */
  run("Ostrava Freight Corp agreed to buy two cranes. Interest rates rose. The port offered shares, and Lena Brisk posted a loss.\n");
  CHECK_STR(speakers(NR_PERSON), "", "agreed to, interest rates, offered, posted: no statements");
  e = find("Ostrava Freight Corp");
  CHECK(!e || !nr_entity_is_speaker(e), "agreed to buy is no statement");
  run("Lena Brisk agreed that the cranes were old. \"We need new ones,\" offered Tomas Ek.\n");
  CHECK_STR(speakers(NR_PERSON), "Lena Brisk;Tomas Ek", "agreed that, and a quotation's offered");

  /* "X-based", "X-born" qualify a name and are not part of it; "See X"
  ** (a link's text) is no name */
  run("The loan was approved, Abidjan-based Kora Finance Corp said on Monday. Lagos-born economist Ade Ojo said rates would fall.\n");
  CHECK_STR(speakers(NR_PERSON), "Ade Ojo", "a -born qualifier is no part of the name");
  e = find("Ade Ojo");
  CHECK_STR(e && e->title_e ? sp(e, e->title_s, e->title_e, 2) : 0, "Lagos-born economist", "... but of the title");
  CHECK(find("Kora Finance Corp") && !find("Abidjan-based Kora Finance Corp"), "a -based qualifier is no part of a firm's name");
  run("See Haddad. Haddad said the quay would reopen.\n");
  CHECK_STR(speakers(NR_PERSON), "Haddad", "See is no first name");

  /* a place after "in" or "at" before the verb is where the speakers are */
  run("The ferry fares will rise in June, harbour officials in Poland said on Monday.\n");
  e = find("Poland");
  CHECK(!e || !nr_entity_is_speaker(e), "officials in Poland said: not Poland");

  /* people only mentioned are not speakers; a lower-case tag line is no name */
  run("ada brightwater\nrafael mendes\nAda Brightwater met Rafael Mendes at the quay. Brightwater told the press the strike would end.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Brightwater", "only the one who speaks");

  /* honorifics, particles, accents, possessives */
  run("Mr. Hugo de Vries said the port was open. João Pereira's team said little, but Pereira insisted that \"nothing changed\".\n"
      "Dr. Amara Okafor, an epidemiologist who studies ports, added that risks were \"low\".\n");
  CHECK_STR(speakers(NR_PERSON), "Hugo de Vries;João Pereira;Amara Okafor", "particles, accents, honorifics");

  /* indirect speech only */
  run("Ines Duarte informed the council that the cranes were fixed. Later Duarte expressed regret that the delay cost money.\n");
  CHECK_STR(speakers(NR_PERSON), "Ines Duarte", "indirect speech makes a speaker");

  /* organisations */
  run("The Harbour Authority said the gates would open. \"We are ready,\" the ministry said.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority;the ministry", "organisations speak (a name without its article; a description as written)");
  /* "The Harbour Authority" opening a sentence and "the Harbour Authority"
  ** later are one organisation, named alike in every article */
  run("The Harbour Authority said the gates would open. Later the Harbour Authority said they would not.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority", "the article's case does not split an organisation");
  run("Officials at the Harbour Authority said the gates would open.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority", "the same name after a lower-case article");

  /* two people with one surname stay two */
  run("Maria Santos said yes. Paulo Santos said no. \"Never,\" Paulo Santos added.\n");
  CHECK_STR(speakers(NR_PERSON), "Maria Santos;Paulo Santos", "same surname, two people");

  /* a misspelling is kept as written */
  run("Volodymir Zelensky said \"we hold\".\n");
  CHECK_STR(speakers(NR_PERSON), "Volodymir Zelensky", "misspelling kept");

  /* a manner of speaking alone is no statement; with a that-clause it is */
  run("Stevedores cheered at the gates. Ines Duarte shouted that the cranes were running again.\n");
  CHECK_STR(speakers(NR_PERSON), "Ines Duarte", "'Stevedores cheered' makes no speaker, 'shouted that' does");

  /* "that" after "to" and a few words: "yelling to the crowd that …" */
  run("Ines Duarte was heard yelling to the harbour police that the gates were open.\n");
  CHECK_STR(speakers(NR_PERSON), "Ines Duarte", "'yelling to the police that' is a statement");
  /* a participle of such a verb takes "that" too: not "shouting matches",
  ** "after agreeing to talks", "begging a clerk to" */
  run("The meeting broke up in shouting matches, with Tomas Ek walking out. "
      "Rafael Mendes left after agreeing to new talks. Ada Brightwater spent the day begging a clerk to sign.\n");
  CHECK_STR(speakers(NR_PERSON), "", "a participle of a manner verb without 'that' is no statement");
  /* verbs that double their last consonant: slammed, bragged */
  run("Mayor Ada Brightwater slammed the plan as \"a fantasy\". Tomas Ek bragged that the cranes were his idea.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Brightwater;Tomas Ek", "slammed and bragged are cues");
  /* a dateline with its date is not the subject of the first sentence */
  run("PORT VALMERE, March 27 - The Harbour Authority adjourned after announcing that the gates would open.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority", "CITY, Month Day - is a dateline, not a speaker");

  /* the verb after a name is no part of it: "the Harbour Authority adjourned" */
  run("The Harbour Authority adjourned after announcing that the gates would open.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority", "a past-tense verb ends the subject's phrase");
  /* an organisation's name without its determiner or a word before it */
  run("A Harbour Authority memo said the gates would open. A separate Valmere Gazette report said they would not.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Authority;Valmere Gazette", "'A … memo', 'a separate … report': the name alone");
  run("A. Brightwater Inc said the cranes were sold.\n");
  CHECK_STR(speakers(NR_ORG), "A. Brightwater Inc", "an initial is no determiner");

  /* organisations whose names hold "of" */
  run("The Bank of Valmere said the gates would open. \"We are ready,\" the Department of Justice said.\n");
  CHECK_STR(speakers(NR_ORG), "Bank of Valmere;Department of Justice", "the Bank of X, the Department of Justice: one name");
  run("\"Rates will stay low,\" said Bank of Valmere Governor Ada Brightwater.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Brightwater", "a role after the name with 'of' starts the person's phrase");
  e = find("Ada Brightwater");
  CHECK_STR(e && e->title_e ? sp(e, e->title_s, e->title_e, 2) : "", "Bank of Valmere Governor", "and the name with 'of' is the title's");
  run("Residents of Portuguese descent said the port was theirs. The People's Daily newspaper said it was not.\n");
  CHECK_STR(speakers(NR_ORG), "People's Daily", "a plural is no name with 'of'; a paper's name keeps its possessive");

  /* a pronoun with a clitic is a pronoun, not a name: He's, I'm, It’s */
  run("Rafael Mendes met the press. \"We need cranes,\" he said. He's also hopeful, I'm told. It’s now up to the council, he added.\n");
  CHECK_STR(speakers(NR_PERSON), "Rafael Mendes", "He's, I'm and It’s are no speakers");
  e = find("Rafael Mendes");
  CHECK(e && e->quotes==1 && e->statements>=2, "'he said' and 'he added' are Mendes's");

  /* U.S. before a title or an organisation opens the phrase */
  run("PORT VALMERE, May 2 - U.S. Harbour Secretary Ada Brightwater praised the plan but warned of delays.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Brightwater", "U.S. Harbour Secretary X: X speaks");
  CHECK_STR(speakers(NR_ORG), "", "and U.S. is no speaker");
  e = find("Ada Brightwater");
  CHECK_STR(e && e->title_e ? sp(e, e->title_s, e->title_e, 2) : "", "U.S. Harbour Secretary", "with U.S. in the title");
  run("The Valmere news agency Tass said the gates would open.\n");
  CHECK_STR(speakers(NR_ORG), "Tass", "an organisation's name without the description before it");

  /* "you" is a pronoun, never a name (headline lists: "You can now add …") */
  run("Your next ferry could sail itself\nYou can now add cranes to the list of things the port can do\n");
  CHECK_STR(speakers(NR_PERSON), "", "'You can now add' makes no speaker 'You'");

  /* firms: an ampersand inside a name, a name in the possessive before a
  ** verb, company heads */
  run("\"The outlook is stable,\" Brightwater & Ek said. AT&T said the network would grow.\n");
  CHECK_STR(speakers(NR_ORG), "Brightwater & Ek;AT&T", "names with an ampersand are one firm");
  run("Valmere's said it would close two stores. \"Sales rose,\" Harbour Cranes Co said. The Federal Reserve said rates would hold.\n");
  CHECK_STR(speakers(NR_ORG), "Valmere's;Harbour Cranes Co;Federal Reserve", "Valmere's said, X Co, the Federal Reserve");
  CHECK_STR(speakers(NR_PERSON), "", "and no person among them");

  /* sentence adverbs and time words that open a sentence are no names */
  run("Unsurprisingly, the port raised fees and cut hours, suggesting that demand was weak. "
      "Instead, the board cut fees, saying the port was \"full\". Last week's strike was costly, suggesting that trade was slow.\n");
  CHECK_STR(speakers(NR_PERSON), "", "Unsurprisingly, Instead, Last are no speakers");

  /* "and" inside an organisation's name, not between two names */
  run("The Harbour Safety and Exchange Commission said it would act. "
      "Officials from the Ministry of Harbour Trade and Industry told reporters that fees would rise. "
      "Valmere Cranes Inc and Ek Shipping Ltd said they would merge.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Safety and Exchange Commission;Ministry of Harbour Trade and Industry;Ek Shipping Ltd",
            "'X and Y Commission', 'Ministry of X and Y' are one name each, two firms are two");

  /* a region is a place, not whom "he" refers to */
  run("Yao Liu runs the mill. Southeast Asia took the orders. \"We are losing,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "Yao Liu", "'Southeast Asia' is no person");

  /* quantifiers are determiners, not a name's first word */
  run("Both Brightwater and Tomas Ek were on the quay. \"We are full,\" Brightwater said. Some say the port is not full.\n");
  CHECK_STR(speakers(NR_PERSON), "Brightwater", "'Both Brightwater' is no name, 'Some say' no speaker 'Some'");

  /* a dotted abbreviation ending a name keeps its full stop: the U.S. said */
  run("The U.S. said it would act. The U.N. said it would not.\n");
  CHECK_STR(speakers(NR_ORG), "U.S.;U.N.", "'The U.S. said', 'The U.N. said': speakers");
  /* a place before a place is still a place: West Germany, Washington D.C. */
  run("Karl Otto Poehl met bankers. West Germany will not cut rates. \"We will hold,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "Karl Otto Poehl", "'West Germany' is no person a 'he' refers to");

  /* company forms are organisations' heads: AG, SA, NV, Holdings */
  run("Alan Ruskin met clients. Valmere Hafen AG said fees would rise. \"We see more ships,\" he said.\n");
  CHECK_STR(speakers(NR_PERSON), "Alan Ruskin", "X AG is a firm, not a person a 'he' refers to");
  CHECK_STR(speakers(NR_ORG), "Valmere Hafen AG", "and it speaks as an organisation");

  /* large firms by name (orgs.tsv firm) are organisations */
  run("Ines Duarte met the board. Boeing said it would buy two cranes. \"We are pleased,\" she said. "
      "SpaceX and Boeing said the launch would wait.\n");
  CHECK_STR(speakers(NR_PERSON), "Ines Duarte", "Boeing is no person a 'she' refers to");
  CHECK_STR(speakers(NR_ORG), "Boeing", "'SpaceX and Boeing' is no one name");

  /* hyphenated and compound roles are titles, not parts of the name */
  run("\"We are pleased,\" said Harbour Undersecretary Ada Brightwater. Port Board Vice-Chairman Tomas Ek said fees would rise.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Brightwater;Tomas Ek", "Undersecretary, Vice-Chairman: titles");

  /* letters joined by "and" (wire style for S&P) are one firm */
  run("S and P said it cut the port's rating.\n");
  CHECK_STR(speakers(NR_ORG), "S and P", "'S and P said': one organisation");
  CHECK_STR(speakers(NR_PERSON), "", "and no person 'P'");

  /* "for" and "on" inside an organisation's name, with "and" after them */
  run("The Institute for Harbour Management said orders rose. "
      "The Organisation for Economic Co-operation and Development said growth would slow.\n");
  CHECK_STR(speakers(NR_ORG), "Institute for Harbour Management;Organisation for Economic Co-operation and Development",
            "the Institute for X, the Organisation for X and Y: one name each");

  /* a firm's name with "and" and 's before its verb (wire style) */
  run("Brightwater and Ek's said it cut the port's rating.\n");
  CHECK_STR(speakers(NR_ORG), "Brightwater and Ek's", "'X and Y's said': one firm");


  /* a preposition or an imperative opening a sentence is no name's first word */
  run("Like Tomas Ek on the river, Ada Lind said the port was full. "
      "Despite Ida Brenn's standing, Ada Lind said nothing. Take Valmere Cranes: it said nothing.\n");
  CHECK(!find("Like Tomas Ek") && !find("Despite Ida Brenn") && !find("Take Valmere Cranes"),
        "'Like X', 'Despite X', 'Take X' are no names");
  CHECK_STR(speakers(NR_PERSON), "Ada Lind", "and the one speaker is Ada Lind");

  /* present forms that are also plural nouns report speech only before "that"
  ** or a colon: "initial claims fell" is no statement */
  run("Initial jobless claims in the port rose. Continuing claims, a closely watched figure, fell. "
      "The harbour's claims to the island remain. Tomas Ek claims that fees will rise.\n");
  CHECK_STR(speakers(NR_PERSON), "Tomas Ek", "'X claims that' is a statement, 'jobless claims' is not");
  CHECK_STR(speakers(NR_ORG), "", "and no organisation speaks");

  /* "read" before a name is no inverted speech act outside quotations;
  ** "Absent" opening a sentence is no name */
  run("Please read Valmere Harbour Rules before you sail. Absent Tomas Ek, the dockers may conclude that fees rose.\n");
  CHECK_STR(speakers(NR_ORG), "", "'read Valmere Harbour Rules' is no statement");
  CHECK_STR(speakers(NR_PERSON), "", "'Absent Tomas Ek' is no speaker");

  /* the wire's revision note is no speaker */
  run("(Updates with analyst comment in sixth paragraph.)\nValmere Cranes cut its forecast. Harbour analysts said demand was weak.\n");
  CHECK(!find("Updates"), "'(Updates with ...)' is no name");

  /* a reporting verb that is a noun after words modifying it reports speech
  ** only before "that", "is that" or a colon */
  run("Valmere Water's taxable notes mature in 2031. Tomas Ek's most pressing question went unanswered. "
      "Ada Lind's central claim is that the bonds are safe.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Lind", "\"X's central claim is that\" is a statement; \"taxable notes mature\" is not");
  CHECK_STR(speakers(NR_ORG), "", "and no organisation speaks");

  /* number words and quantifiers opening a sentence are no names: they open
  ** a description (Two analysts) or nothing (Four predict, Similar warnings) */
  run("Two weeks earlier, the harbour's founder Ada Lind gave a speech, saying the port would close. "
      "Eleven economists were polled. Four predict a cut in port fees. "
      "Additional charges were filed later accusing Tomas Ek of fraud. Similar warnings came from the union, "
      "fearing a strike. More than half of the crews stayed home, citing the cold.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Lind", "Two / Four / Additional / Similar / More are no speakers");
  run("Two analysts said the port was full.\n");
  CHECK(find("Two analysts")!=0 && find("Two analysts")->statements==1, "'Two analysts said': the description speaks");
  /* a number word inside a name stays in it */
  run("Valmere Five Cents Savings Bank said it would merge with a rival.\n");
  CHECK_STR(speakers(NR_ORG), "Valmere Five Cents Savings Bank", "a number word inside a firm's name");

  /* a capitalised word opening a sentence that the article writes in lower
  ** case elsewhere, and never capitalised inside a sentence, is a common
  ** word, not a name */
  run("Crude prices fell on Monday in Valmere and Ostby, adding to losses. Refiners in Port Ada bought crude "
      "at a discount from Harbour Oil Ltd.\n"
      "Tax rises were weighed by the Valmere Council, raising fears. The tax would bring in $2 million for Port Ada.\n");
  CHECK_STR(speakers(NR_PERSON), "", "'Crude' and 'Tax' opening a sentence are no speakers");
  run("Harbour master Tom Price met the crews. Price said fees would rise. The price of fuel fell.\n");
  CHECK_STR(speakers(NR_PERSON), "Tom Price", "a name the article capitalises inside a sentence stays one");
  run("valmere, march 3 - the port will reopen, harbour master tomas ek told reporters.\n"
      "Ek said fees would rise. fuel was cheaper, said ek.\n");
  CHECK_STR(speakers(NR_PERSON), "Ek", "text that writes names in lower case keeps its capitalised ones");

  /* a firm's name without its legal form, or the part before a hyphen of
  ** its first word, is the firm */
  run("Valmere Mines Ltd said it sold two mln shares. The proceeds will repay debt, Valmere Mines said.\n"
      "Harwick-Werke AG said turnover would hold. Harwick reported higher profits in March.\n"
      "Ostby Bancorp said it completed the purchase. Echo Bay Mines said output fell.\n");
  CHECK_STR(speakers(NR_ORG), "Valmere Mines Ltd;Harwick-Werke AG;Ostby Bancorp;Echo Bay Mines",
            "one firm under its full name; another Mines firm stays apart");
  CHECK_STR(speakers(NR_PERSON), "", "and no firm is a person");
  e = find("Valmere Mines Ltd");
  CHECK(e && e->statements==2, "both statements are the firm's");

  /* words for a nation (South Korean, West German) name its people or its
  ** government: an organisation no pronoun refers to */
  run("Helmut Ek spoke in Tokyo on Monday. Talks with South Korean ministers went on. He said the pact may have to be re-examined.\n");
  CHECK_STR(speakers(NR_PERSON), "Helmut Ek", "'He' is Helmut Ek, not 'South Korean'");
  run("Ana Ek, who was born in Seoul, came to Ohio as a child. The South Korean worked in a bakery. \"I was scared,\" she said.\n");
  e = find("Ana Ek");
  CHECK(e && e->quotes==1, "'she' is Ana Ek");
  CHECK(!find("South Korean") || find("South Korean")->kind==NR_ORG, "'South Korean' is no person");

  /* a name after a role's "of" or "at" right before the verb is not who
  ** speaks: the role is, or the name its appositive follows */
  run("Output will rise to eight mln tonnes, Siegfried Ek, editor of the Hamburg-based newsletter Oil Weekly said.\n");
  CHECK_STR(speakers(NR_PERSON), "Siegfried Ek", "the editor speaks, not the newsletter");
  CHECK_STR(speakers(NR_ORG), "", "and the newsletter says nothing");
  run("Many trees were lost to the disease, the head of the government's Valmere Research Institute told Reuters.\n");
  CHECK_STR(speakers(NR_ORG), "", "the head speaks, not the institute");
  run("A spokesman for the Valmere Port Authority said the quay would close. An official of Harwick Dredging Corp said the work was done. "
      "The head of Ostby's consumer division Ada Lind told reporters the shops would open.\n");
  CHECK_STR(speakers(NR_ORG), "Valmere Port Authority;Harwick Dredging Corp", "a spokesman or an official speaks for the name");
  CHECK_STR(speakers(NR_PERSON), "Ada Lind", "a person's name after the role speaks");

  /* a title with "for" after its role word: Minister for Trade */
  run("Deputy Minister for Trade Ada Lind said the deal was close. A spokesman for Tomas Ek said it was not.\n");
  e = find("Ada Lind");
  CHECK(e && e->title_e && strcmp(sp(e, e->title_s, e->title_e, 2), "Deputy Minister for Trade")==0, "'Deputy Minister for Trade' is Ada Lind's title");
  CHECK(!find("Trade Ada Lind"), "'Trade' is no part of her name");

  /* "the company" is the firm of the story that has spoken; "the
  ** department" the one whose name has the word */
  run("Valmere Cranes Corp said it would gain from the sale of its stake in Ostby Steel Corp. "
      "The company said it is selling warrants.\n"
      "The Harbour Court refused to dismiss a Port Department suit. The department said the fees were legal.\n");
  e = find("Valmere Cranes Corp");
  CHECK(e && e->statements==2, "'The company said' is Valmere Cranes Corp's");
  CHECK_STR(speakers(NR_ORG), "Valmere Cranes Corp;Port Department", "no row for 'the company' or 'the department'");

  /* the opening dateline is a place, no name (José is a given name) */
  run("SAN JOSE, March 26 - The central bank president has resigned, a bank spokesman said. \"He intends to teach,\" he said.\n");
  CHECK(!find("SAN JOSE"), "the dateline is no entity");
  CHECK_STR(speakers(NR_PERSON), "", "and 'he' is not the dateline");

  /* "It said" is the firm that has spoken, not the last one mentioned */
  run("Caltex Harbour Corp said it will raise prices. Caltex, a joint venture of Ostby Steel Corp and Valmere Oil Inc, "
      "said its posting is up. It said it is raising its diesel posting.\n");
  e = find("Caltex Harbour Corp");
  CHECK(e && e->statements==3, "the three statements are Caltex Harbour Corp's");
  CHECK_STR(speakers(NR_ORG), "Caltex Harbour Corp", "Valmere Oil Inc says nothing");
  /* firm and group words end an organisation's name (Quality Inn
  ** International, Hollywood Chamber of Commerce) */
  run("Quality Harbour International said it would open two hotels.\n");
  CHECK_STR(speakers(NR_ORG), "Quality Harbour International", "'International' ends a firm's name");

  /* headlines of other stories after "More from Dan:" report nothing here */
  run("Harbour fees rose again in May, Ada Lind said.\n"
      "More from Dan:\n"
      "Valmere Cranes announces a new crane for the port\n"
      "Why Tomas Ek says the harbour will close\n"
      "\n"
      "The port reopens on Monday.\n");
  CHECK_STR(speakers(NR_PERSON), "Ada Lind", "a link headline's 'says' is no statement");
  CHECK_STR(speakers(NR_ORG), "", "nor its 'announces'");

  /* a day before a paper's word is part of its name */
  run("The Sunday Telegraph said the minister would resign.\n");
  CHECK_STR(speakers(NR_ORG), "Sunday Telegraph", "the Sunday Telegraph, not Telegraph");

  /* a time zone after a time is no name (4 p.m. ET, 1200 GMT) */
  run("Here were the main moves in the port's shares, as of 11:00 a.m. ET:\n\"Buyers are selling first and asking questions later.\"\n"
      "The Bank of Valmere called a news conference at 1200 GMT to announce new measures.\n");
  CHECK(!find("ET") || !nr_entity_is_speaker(find("ET")), "'ET' is no speaker");
  CHECK(!find("GMT") || !nr_entity_is_speaker(find("GMT")), "'GMT' is no speaker");

  /* a firm's name in angle brackets (wire copy) speaks */
  run("VALMERE, March 27 - <Harbour Wide Transport Services Inc> said it is holding an offering of 2.2 mln shares.\n");
  CHECK_STR(speakers(NR_ORG), "Harbour Wide Transport Services Inc", "<Name Inc> said");
  /* "the company" when no firm has spoken yet: the firm the text opens with */
  run("Valmere Cranes Corp is testing a new crane. The company announced today it will start trials in May.\n");
  e = find("Valmere Cranes Corp");
  CHECK(e && e->statements==1, "'The company announced' is the opening firm's");

  /* two bare words joined by "and" before the verb are one firm's name
  ** when neither is a given name, a person's surname or a name alone */
  run("The harbour bonds were lowered to DP-5, Duff and Phelps said.\n");
  CHECK_STR(speakers(NR_ORG), "Duff and Phelps", "Duff and Phelps is one firm");
  CHECK_STR(speakers(NR_PERSON), "", "not a person called Phelps");
  run("Harwick and Ostby said they would merge. Ostby said the deal was final.\n");
  CHECK(!find("Harwick and Ostby"), "two firms that each appear alone stay two");

  nr_quotes_release(&D);
  return check_done();
}
