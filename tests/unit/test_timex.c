/*
** test_timex.c -- recognition, values and extents of temporal expressions,
** anchor parsing, calendar arithmetic.  Sentences are our own.
*/
#include "check.h"
#include "../../ext/core/timex.h"
#include "../../ext/core/calendar.h"
#include "../../ext/core/nr_alloc.h"
#include <stdlib.h>

extern long nr_test_fail_at, nr_test_alloc_count, nr_test_live;

static nr_timexes tx;
static char got[4096];

/* All expressions of t against anchor a (NULL: none) as "expr=TYPE:value|..." */
static const char *run(const char *t, const char *a){
  nr_anchor anc, *pa = 0;
  size_t i, o = 0;
  if( a ){ if( nr_anchor_parse((const unsigned char *)a, strlen(a), &anc) ) return "BAD ANCHOR"; pa = &anc; }
  if( nr_timex_scan((const unsigned char *)t, strlen(t), pa, 0, &tx)!=NR_OK ) return "NOMEM";
  got[0] = 0;
  for(i=0; i<tx.n && o<sizeof got - 100; i++){
    o += (size_t)snprintf(got+o, sizeof got - o, "%s%.*s=%s:%s", i ? "|" : "",
                          (int)(tx.a[i].end - tx.a[i].start), t + tx.a[i].start,
                          nr_timex_type_name(tx.a[i].type), tx.a[i].value);
  }
  return got;
}

#define T(text, anchor, want) CHECK_STR(run(text, anchor), want, text)

int main(int argc, char **argv){
  if( argc>2 ){ printf("%s\n", run(argv[1], argv[2])); return 0; }
  const char *A = "2022-02-08";   /* a Tuesday, ISO week 2022-W06 */
  {
    static nr_timex_prep p;
    nr_timex_prepare(&p);
    CHECK_INT(p.bad_lists, 0, "timex_words.tsv: every word list it names is one timex.c knows");
  }
  /* calendar */
  CHECK_INT(nr_weekday(nr_days_from_civil(2022, 2, 8)), 2, "calendar: 2022-02-08 is a Tuesday");
  CHECK_INT(nr_days_from_civil(1970, 1, 1), 0, "calendar: epoch");
  {
    int y, m, d, wy, wn;
    nr_civil_from_days(nr_days_from_civil(2000, 2, 29), &y, &m, &d);
    CHECK(y==2000 && m==2 && d==29, "calendar: round trip leap day");
    nr_iso_week(nr_days_from_civil(2021, 1, 3), &wy, &wn);
    CHECK(wy==2020 && wn==53, "calendar: 2021-01-03 is in 2020-W53");
    CHECK_INT(nr_iso_week_monday(2022, 6), nr_days_from_civil(2022, 2, 7), "calendar: monday of 2022-W06");
  }
  /* anchors */
  {
    nr_anchor a;
    CHECK_INT(nr_anchor_parse((const unsigned char *)"2022-02-08", 10, &a), 0, "anchor: date");
    CHECK_INT(nr_anchor_parse((const unsigned char *)"2022-02-08T10:30:05+01:00", 25, &a), 0, "anchor: datetime with zone");
    CHECK_INT(nr_anchor_parse((const unsigned char *)"yesterday", 9, &a), -1, "anchor: word refused");
    CHECK_INT(nr_anchor_parse((const unsigned char *)"2022-02-30", 10, &a), -1, "anchor: no such day");
    CHECK_INT(nr_anchor_parse((const unsigned char *)"2022-02-0", 9, &a), -1, "anchor: truncated");
  }
  /* ranges */
  {
    int32_t f, l;
    CHECK(nr_timex_range("2022-W06", &f, &l) && f==nr_days_from_civil(2022, 2, 7) && l==nr_days_from_civil(2022, 2, 13), "range: week");
    CHECK(nr_timex_range("2021-12", &f, &l) && l==nr_days_from_civil(2021, 12, 31), "range: month");
    CHECK(nr_timex_range("2022-Q1", &f, &l) && l==nr_days_from_civil(2022, 3, 31), "range: quarter");
    CHECK(nr_timex_range("199", &f, &l) && f==nr_days_from_civil(1990, 1, 1), "range: decade");
    CHECK(!nr_timex_range("XXXX-02-07", &f, &l), "range: underspecified");
    CHECK(!nr_timex_range("PRESENT_REF", &f, &l), "range: reference");
  }
  /* absolute dates */
  T("It happened on February 7, 2022 in Kyiv.", A, "February 7, 2022=DATE:2022-02-07");
  T("It happened on 7 February 2022.", A, "7 February 2022=DATE:2022-02-07");
  T("It happened Monday, Feb. 7, 2022, they said.", A, "Monday, Feb. 7, 2022=DATE:2022-02-07");
  T("Posted 08.02.2022 by the desk", A, "08.02.2022=DATE:2022-02-08");
  T("Filed 02/08/2022 by the desk", A, "02/08/2022=DATE:2022-02-08");
  T("10 February, 2022, 11:40 am", A, "10 February, 2022, 11:40 am=TIME:2022-02-10T11:40");
  T("10:30 GMT 08.02.2022", A, "10:30 GMT 08.02.2022=TIME:2022-02-08T10:30");
  T("It was founded in 1998.", A, "1998=DATE:1998");
  T("Prices peaked in the 1990s.", A, "1990s=DATE:199");
  T("Sales fell in July 1997.", A, "July 1997=DATE:1997-07");
  /* relative */
  T("The mayor spoke on Monday.", A, "Monday=DATE:2022-02-07");
  T("The mayor will speak on Saturday.", A, "Saturday=DATE:2022-02-12");
  T("The mayor spoke today and yesterday.", A, "today=DATE:2022-02-08|yesterday=DATE:2022-02-07");
  T("It rained last week.", A, "last week=DATE:2022-W05");
  T("It rained earlier this week.", A, "earlier this week=DATE:2022-W06");
  T("It rained last year and this year.", A, "last year=DATE:2021|this year=DATE:2022");
  T("It will open next month.", A, "next month=DATE:2022-03");
  T("It closed in December.", A, "December=DATE:2021-12");
  T("It opened two years ago.", A, "two years ago=DATE:2020");
  T("Fans gathered over the weekend.", "2022-02-10", "the weekend=DATE:2022-W05-WE");
  T("The fire started Saturday night.", A, "Saturday night=DATE:2022-02-05TNI");
  T("He arrived on February 7. The next day he left.", A, "February 7=DATE:2022-02-07|The next day=DATE:2022-02-08");
  /* tense: "since" looks back; a relative clause has its verb after the
  ** expression; "planned to" looks ahead; "had been due" looks back */
  T("The ferry will stay in dock, where it has lain idle since September.", A, "September=DATE:2021-09");
  T("Officials will visit the towns where the June 3 floods destroyed bridges.", A, "June 3=DATE:2021-06-03");
  T("The mayor planned to open the bridge on Friday.", A, "Friday=DATE:2022-02-11");
  T("On Friday, the council planned to vote on the budget.", A, "Friday=DATE:2022-02-04");
  /* what was planned, the object of "planned", lies ahead; the participle
  ** ("a vigil planned for Sunday") takes the sentence's tense */
  T("The union planned a march on Saturday. A vigil planned for Sunday was called off.", A,
    "Saturday=DATE:2022-02-12|Sunday=DATE:2022-02-06");
  T("The offer had been due to lapse on Friday.", A, "Friday=DATE:2022-02-04");
  T("The offer is due to lapse on Friday.", A, "Friday=DATE:2022-02-11");
  T("The treaty is expected to be formally signed on Friday.", A, "Friday=DATE:2022-02-11");
  /* "the plan" is a noun: the verb before it sets the tense */
  T("The council unveiled the plan Sept. 14.", A, "Sept. 14=DATE:2021-09-14");
  /* "a quarter of the vote", "a quarter point": fractions, no time; the
  ** rate "$9 million a quarter" still is one */
  T("Nearly a quarter of the crews struck; the bank cut by a quarter point and spends $9 million a quarter.", A,
    "a quarter=SET:P1Q");
  /* a word of measure after "a quarter" makes it a fraction, before it a
  ** rate; an equative and "a quarter of an hour" (a duration) likewise */
  T("The lender made a quarter-point cut, the new chip is a quarter as costly. The tanker burns 90 tonnes a day and docked in a quarter of an hour.", A,
    "a day=SET:P1D|a quarter of an hour=DURATION:PT15M");
  /* "the week of" a date: the ISO week that holds it, one expression */
  T("Auditors arrive the week of March 9 and leave in the week of April 1, 2021.", A,
    "the week of March 9=DATE:2022-W10|the week of April 1, 2021=DATE:2021-W13");
  /* "the latest fiscal year", "the latest month": the last complete one */
  T("Turnover grew in the latest fiscal year and again in the latest month.", A,
    "the latest fiscal year=DATE:2021|the latest month=DATE:2022-01");
  /* a weekday with a plural part of the day recurs: a SET, the part kept;
  ** "Friday and Saturday evenings" gives it to both days */
  T("The gallery stays open Friday and Saturday evenings and every Sunday morning.", A,
    "Friday=SET:XXXX-WXX-5TEV|Saturday evenings=SET:XXXX-WXX-6TEV|every Sunday morning=SET:XXXX-WXX-7TMO");
  /* a month, a season or a day of the year after every/each recurs: a SET */
  T("The choir tours each May and rests every winter.", A, "each May=SET:XXXX-05|every winter=SET:XXXX-WI");
  T("Dues fall due every Jan. 15.", A, "every Jan. 15=SET:XXXX-01-15");
  /* the period after a full month name ends the sentence, not the
  ** expression; "Jun", "Jul" alone are names, as "Jan" is */
  T("The fair opens every August. Analyst Jun Park expects crowds every Aug. and a peak in Jul.", A,
    "every August=SET:XXXX-08|every Aug.=SET:XXXX-08|Jul.=DATE:2022-07");
  /* a full month name ending a sentence leaves its period; "Sept." keeps its own */
  T("The ferry resumes in late June. Its rival sails in July.", A, "late June=DATE:2021-06|July=DATE:2021-07");
  T("The ferry resumed in Sept.", A, "Sept.=DATE:2021-09");
  /* "a still undisclosed date", "the agreed rate": an -ed word after an
  ** article (and an adverb) is an adjective; the modal further back decides */
  T("The bonus will be paid on a still undisclosed date in May, the firm said.", A, "May=DATE:2022-05");
  T("The fees will be settled at the agreed rate in May, the firm said.", A, "May=DATE:2022-05");
  /* "the West. So": a short capitalised word's period ends the sentence
  ** when a sentence opener follows; the next sentence's verb decides */
  T("Rebels will never yield to the West. So on Friday the envoy returned home.", A, "Friday=DATE:2022-02-04");
  /* a period after a word that is no abbreviation ends the sentence; after
  ** an abbreviation ("pct.") only before a word that opens sentences */
  T("Output fell 5 pct. Today the mill is idle; it shut in May. Now the town waits for Gen. Smith.", A,
    "Today=DATE:2022-02-08|May=DATE:2021-05|Now=DATE:PRESENT_REF");
  /* a deadline: until a weekday still to come, unless the sentence opens with it */
  T("The court gave the builders until Monday to reply.", A, "Monday=DATE:2022-02-14");
  T("The union extended its deadline until 9 a.m. Friday.", A, "9 a.m. Friday=TIME:2022-02-11T09:00");
  T("Until Monday, nobody had heard of the firm.", A, "Monday=DATE:2022-02-07");
  T("The new tariff takes hold effective June 1.", A, "June 1=DATE:2022-06-01");
  T("Bidders must file their offers by November.", A, "November=DATE:2022-11");
  T("The crews had cleared the road by Friday.", A, "Friday=DATE:2022-02-04");
  T("By November, the plant had closed.", A, "November=DATE:2021-11");
  /* after "since" the month is past, even one that comes round soon */
  T("The yen fell to its lowest close since March, as it has been since March 3.", A,
    "March=DATE:2021-03|March 3=DATE:2021-03-03");
  /* "the following month" counts from the month last named */
  T("In March 2019 the mill closed. The following month, the workers left.", A, "March 2019=DATE:2019-03|The following month=DATE:2019-04");
  T("The club was founded in 1987. The following year it won the cup.", A, "1987=DATE:1987|The following year=DATE:1988");
  T("Results for the third quarter were weak.", A, "the third quarter=DATE:2021-Q3");
  /* a quarter not yet begun by the anchor is last year's unless the sentence speaks of the future */
  T("Output will rise in the third quarter.", A, "the third quarter=DATE:2022-Q3");
  /* a part of a year "of last year", "of the year": one expression, in that year */
  T("Output fell in the third quarter of last year and will rise in the second half of next year.", A,
    "the third quarter of last year=DATE:2021-Q3|the second half of next year=DATE:2023-H2");
  T("Output will rise in the second half of the year.", 0, "the second half of the year=DATE:XXXX-H2");
  T("Margins narrowed in the last half of 2019.", A, "the last half of 2019=DATE:2019-H2");
  /* "that year", "earlier that day": the year or day last named */
  T("The mill opened in May 2015 and shut its doors later that year.", A, "May 2015=DATE:2015-05|later that year=DATE:2015");
  T("The strike began in March 2015. Workers said that month-long strikes hurt.", A, "March 2015=DATE:2015-03|month-long=DURATION:P1M");
  T("The bridge opened on March 3, 2019. Earlier that day, crowds lined the river.", A,
    "March 3, 2019=DATE:2019-03-03|Earlier that day=DATE:2019-03-03");
  T("The brewer expects higher sales for the full year.", A, "the full year=DATE:2022");
  /* "plan" the noun ("its savings plan, unveiled in November") does not
  ** make the sentence speak of the future; "plans to" does */
  T("The carmaker's savings plan, unveiled in November, called for job cuts.", A, "November=DATE:2021-11");
  T("The carmaker plans to cut jobs in November.", A, "November=DATE:2022-11");
  /* "a second" as an ordinal: "a second-quarter loss", "following a second deadly crash" */
  T("In a second-quarter filing, following a second deadly crash, it paused for a second.", "2020-11-10",
    "second-quarter=DATE:2020-Q2|a second=DURATION:PT1S");
  /* end-2019, early-2020, late-2018 (as mid-2019) are years */
  T("Debt rose to $31 billion at end-2019 from $25 billion a year earlier; growth slowed in early-2020.", A,
    "2019=DATE:2019|a year earlier=DATE:2018|early-2020=DATE:2020");
  /* a quarter or half about to begin (within three months) is the coming one unless
  ** the sentence is in the past tense */
  T("Analysts see softness in the second quarter and a second-half recovery.", "2022-04-10",
    "the second quarter=DATE:2022-Q2|second-half=DATE:2022-H2");
  /* "the first half of May" is half a month, not of the year */
  T("Rain fell in the first half of May.", A, "May=DATE:2021-05");
  /* business abbreviations: Q3, Q3 2020, 3Q20, H1 2019, FY21; a quarter not yet
  ** begun by the anchor is last year's unless the sentence speaks of the future;
  ** H1 alone, H1N1, Q35 are none */
  T("Sales rose in Q3 2020 and in 4Q19 but fell in Q4; the H1 2019 margin and FY21 guidance were cut.", A,
    "Q3 2020=DATE:2020-Q3|4Q19=DATE:2019-Q4|Q4=DATE:2021-Q4|H1 2019=DATE:2019-H1|FY21=DATE:2021");
  T("Deliveries will resume in Q2.", A, "Q2=DATE:2022-Q2");
  T("The H1N1 strain and the Q35 chip.", A, "");
  /* "the first days of the war": a vague duration */
  T("Hundreds fled in the first days of the siege.", A, "the first days=DURATION:PXD");
  T("Shares slid in the early days of the outbreak.", A, "the early days=DURATION:PXD");
  /* days in ordinal words, as broadcast transcripts write them */
  T("The vote is on March eighth; the count ends on the twenty-first of March.", A,
    "March eighth=DATE:2022-03-08|twenty-first of March=DATE:2022-03-21");
  T("Polls open on the 8th of March.", A, "8th of March=DATE:2022-03-08");
  /* "a" counts no plural: "a years-long probe" is the adjective alone */
  T("It ended a years-long probe.", A, "years-long=DURATION:PXY");
  /* "this past spring" is one expression, "this" included */
  T("The firm went public this past spring.", "2022-10-03", "this past spring=DATE:2022-SP");
  /* "<month> of that year", "of the following year": the year named last */
  T("The mill opened in 2015 and shut in March of the following year.", A,
    "2015=DATE:2015|March of the following year=DATE:2016-03");
  /* "better than expected", "as expected" compare with a forecast: no future cue */
  T("Orders fell more than expected in December.", A, "December=DATE:2021-12");
  /* a weekday in the phrase after "ahead of" lies ahead; not after a comma */
  T("The pound slipped ahead of Thursday's rate decision.", A, "Thursday=DATE:2022-02-10");
  T("Just ahead of the summit, the minister on Sunday sent a letter.", A, "Sunday=DATE:2022-02-06");
  /* only a modal or "to" before the verb makes it future ("will be held"), not
  ** "due" or "plan" ("the bond due 2030 rose off Friday's low", "the plan announced in July") */
  T("The bond due 2030 rose off Friday's low.", A, "2030=DATE:2030|Friday=DATE:2022-02-04");
  T("The cost-cutting plan announced in January is working.", "2022-06-10", "January=DATE:2022-01");
  /* the end of a compound adjective ("bigger-than-expected", "Geneva-based") is no tense cue;
  ** "grew" is a past one */
  T("Payrolls grew by a bigger-than-expected 128,000 in November.", "2022-12-05", "November=DATE:2022-11");
  T("On Monday, the Oslo-based court will rule.", A, "Monday=DATE:2022-02-14");
  /* irregular past participles are past cues ("has begun in early June", "chosen on Monday") */
  T("The recall has begun in early January and the maker expects it to last a year.", A,
    "early January=DATE:2022-01|a year=DURATION:P1Y");
  /* a market's time of the report ("at 9:40 a.m. in London", "as of 10 a.m.")
  ** is on the day of the report, not on the day named last; a day named in the
  ** same sentence still counts */
  T("The miner said on Friday it had found gold. Its shares rose 4% at 9:40 a.m. in London.", A,
    "Friday=DATE:2022-02-04|9:40 a.m.=TIME:2022-02-08T09:40");
  T("Books will close on Thursday at 2 p.m. in New York.", A, "Thursday=DATE:2022-02-10|2 p.m.=TIME:2022-02-10T14:00");
  /* Black Friday and Cyber Monday are the days after Thanksgiving, not a past Friday */
  T("Stores opened early on Black Friday and sold out by Cyber Monday.", "2018-11-21",
    "Black Friday=DATE:2018-11-23|Cyber Monday=DATE:2018-11-26");
  T("Retailers will put deals live on the night of Thanksgiving.", "2020-11-24", "Thanksgiving=DATE:2020-11-26");
  /* "last January" written in February is the January of the year before
  ** (the month just gone is "last month"); "this past January" is not */
  T("Last January the mill shut; this past January it reopened.", A, "Last January=DATE:2021-01|this past January=DATE:2022-01");
  /* "a month later/earlier" counts from the month named last when it came
  ** after the day named last; it does not replace that month */
  T("On Monday the board met. The levy passed in May 2018 and was repealed a month later.", A,
    "Monday=DATE:2022-02-07|May 2018=DATE:2018-05|a month later=DATE:2018-06");
  T("Retail sales rose 2% in December from a month earlier and 7% from a year earlier.", A,
    "December=DATE:2021-12|a month earlier=DATE:2021-11|a year earlier=DATE:2020");
  /* "for the year": this year, unless counted from a day or ahead, or, early in
  ** the year, results told in the past tense */
  T("The brewer's shares are up 12% for the year.", "2022-06-10", "the year=DATE:2022");
  T("Sales for the year to March 31 fell, and the outlook for the year ahead is dim.", "2022-06-10",
    "the year=DURATION:P1Y|March 31=DATE:2022-03-31|the year=DURATION:P1Y");
  T("The miner posted a loss for the year.", A, "the year=DURATION:P1Y");
  /* "the same period last year", "the quarter a year ago": one expression,
  ** that part of the year before */
  T("The grocer earned $9 million in the third quarter, against $7 million in the same period last year.", A,
    "the third quarter=DATE:2021-Q3|the same period last year=DATE:2020-Q3");
  T("Fares rose 4% on the corresponding period a year earlier.", A, "the corresponding period a year earlier=DATE:2021");
  T("For the quarter a year ago, the insurer lost $2 million.", A, "the quarter a year ago=DATE:2020-Q4");
  /* "the year ended June 30": twelve months up to a day, not the calendar year */
  T("The miller earned $4 million in the year ended June 30 and expects more in the fiscal year ending next March.", A,
    "the year=DURATION:P1Y|June 30=DATE:2021-06-30|the fiscal year=DURATION:P1Y|next March=DATE:2022-03");
  /* "April 24 and 25": the second day on its own, in the month named */
  T("The fair is held on May 14 and 15, and shares rose on June 4 and 12 percent.", A,
    "May 14=DATE:2021-05-14|15=DATE:2021-05-15|June 4=DATE:2021-06-04");
  /* "today's" is the day, unless a generic word follows ("these days") */
  T("The results ran in today's editions, a lesson for today's young voters in today's world.", A,
    "today=DATE:2022-02-08");
  /* ... with the typographic apostrophe too; stocks and firms outlast the
  ** day, talks do not */
  T("Unlike today\xe2\x80\x99s stocks, today's banks gained after today\xe2\x80\x99s talks, and will grow by year\xe2\x80\x99s end.", A,
    "today=DATE:2022-02-08|year\xe2\x80\x99s end=DATE:2022");
  T("He is now in charge.", A, "now=DATE:PRESENT_REF");
  T("The pact calms investors in the short term.", A, "the short term=DATE:FUTURE_REF");
  T("Few readers mail letters these days.", A, "these days=DATE:PRESENT_REF");
  T("The board will name a chairman at a later date.", A, "a later date=DATE:FUTURE_REF");
  T("The tenant may stay for an additional year.", A, "an additional year=DURATION:P1Y");
  T("Long-term rates and short-term debt fell.", A, "");
  /* durations and sets */
  T("They talked for five hours.", A, "five hours=DURATION:PT5H");
  T("They talked for 1 hour 40 minutes.", A, "1 hour 40 minutes=DURATION:PT1H40M");
  T("They talked for more than five hours.", A, "more than five hours=DURATION:PT5H");
  T("Prices rose over the past weeks.", A, "the past weeks=DURATION:PXW");
  /* a bare plural unit after for, within, in: a vague duration */
  T("The ferry could be refloated within days, the first thaw in decades; fares are cut in years two to five.", A,
    "days=DURATION:PXD|decades=DURATION:PXY");
  /* a daily or weekly newspaper is no set ("the party daily Granma", "the daily said") */
  T("The party daily Pravda and the news weekly Der Spiegel ran it; the daily said ferries sail daily.", A,
    "daily=SET:P1D");
  /* trading, business, working, calendar days are days; the previous business day skips the weekend */
  T("The stock fell for six trading days; the offer stays open 20 business days.", A,
    "six trading days=DURATION:P6D|20 business days=DURATION:P20D");
  T("Reserves rose on Feb. 7 from the previous business day.", A, "Feb. 7=DATE:2022-02-07|the previous business day=DATE:2022-02-04");
  /* an unknown number of centuries keeps its unit (TimeBank's PXC), two centuries are P200Y */
  T("The abbey stood for centuries; its tower is two centuries old.", A, "centuries=DURATION:PXC|two centuries=DURATION:P200Y");
  T("A five-hour meeting ended.", A, "five-hour=DURATION:PT5H");
  T("Crowds came for the three day fair and stayed for the three days of it.", A,
    "three day=DURATION:P3D|the three days=DURATION:P3D");
  T("Refunds are paid within the 30 day period after the sale.", A, "30 day=DURATION:P30D");
  T("The ferry docked an hour and a half late.", A, "an hour and a half=DURATION:PT1H30M");
  T("Repairs to the dam will take a couple of months.", A, "a couple of months=DURATION:P2M");
  T("The old pier was torn down several years ago.", A, "several years ago=DATE:PAST_REF");
  T("The board meets every Monday.", A, "every Monday=SET:XXXX-WXX-1");
  T("The paper appears weekly.", A, "weekly=SET:P1W");
  /* more forms */
  T("The ferry sank on Thanksgiving Day.", "1999-12-01", "Thanksgiving Day=DATE:1999-11-25");
  T("The ferry was built in nineteen ninety-six.", A, "nineteen ninety-six=DATE:1996");
  T("Sales grew in the mid-1990s.", A, "the mid-1990s=DATE:199");
  T("Profit was $5 a share, up from $4 a share a year ago, in the third quarter.", A,
    "a year ago=DATE:2020-Q3|the third quarter=DATE:2021-Q3");
  /* "a year earlier" counts from a year named earlier in its sentence */
  T("The filing is dated Jan. 5, 2023. In the second quarter of 2022, the bank earned $4 a share, compared with $3 a share a year earlier.", A,
    "Jan. 5, 2023=DATE:2023-01-05|the second quarter of 2022=DATE:2022-Q2|a year earlier=DATE:2021-Q2");
  /* "the quarter", "the latest period", "the 2021 period": the quarter the
  ** article named, not the last one completed */
  T("The chipmaker lost $2 million in its fiscal first quarter. Orders in the quarter fell, and the latest period also saw higher costs than the 2021 period.", A,
    "fiscal first quarter=DATE:2022-Q1|the quarter=DATE:2022-Q1|the latest period=DATE:2022-Q1|the 2021 period=DATE:2021-Q1");
  T("Orders in the quarter fell.", A, "the quarter=DATE:2021-Q4");
  /* a part of the day on its own: that part of the day last named */
  T("The ferry left on Friday. By mid-afternoon, the harbour was empty.", A, "Friday=DATE:2022-02-04|mid-afternoon=TIME:2022-02-04TAF");
  T("Shares slid at mid-morning yesterday.", A, "mid-morning yesterday=TIME:2022-02-07TMO");
  T("Traders sold heavily in the morning, and the morning session closed early.", A, "the morning=TIME:2022-02-08TMO");
  T("The convoy will leave at 5 in the morning.", A, "5 in the morning=TIME:2022-02-08T05:00");
  /* the end of the month / week, like the end of the year: the current one */
  T("Talks resume at the end of the month, after a break at the start of the week.", A,
    "the end of the month=DATE:2022-02|the start of the week=DATE:2022-W06");
  /* newspapers and nouns are not parts of the day */
  T("She wrote in the Morning Call and spoke in the Evening Standard.", A, "");
  T("The team scored 3 in the morning session.", A, "");
  /* the previous / the following weekday: from the day last named */
  T("The index closed at a record on Friday, up 3% from the previous Friday.", A, "Friday=DATE:2022-02-04|the previous Friday=DATE:2022-01-28");
  T("The strike began on Jan. 12, 2022, and ended the following Monday.", A, "Jan. 12, 2022=DATE:2022-01-12|the following Monday=DATE:2022-01-17");
  /* a hedge "or so" belongs to the expression */
  T("The plant will stay shut for the next two weeks or so.", A, "the next two weeks or so=DURATION:P2W");
  T("The mayor quit a month or so ago.", A, "a month or so ago=DATE:2022-01");
  T("It took a year or so-called reform.", A, "a year=DURATION:P1Y");
  T("Fans hope the club will one day win the cup, after a one day trial.", A, "one day=DATE:FUTURE_REF|one day=DURATION:P1D");
  /* spoken-news forms: "twenty four" without a hyphen, "this coming Sunday" */
  T("Rescuers have worked for the last twenty four hours.", A, "the last twenty four hours=DURATION:PT24H");
  T("The vote is this coming Sunday.", A, "this coming Sunday=DATE:2022-02-13");
  /* decades in words: the most recent such decade */
  T("Sales fell through the nineties and rose again in the early twenties; she is in her eighties.", A,
    "the nineties=DATE:199|the early twenties=DATE:202");
  T("The talks are set to resume Monday.", A, "Monday=DATE:2022-02-14");
  T("Her 6-year-old son and an 8-month-old truce.", A, "8-month-old=DURATION:P8M");
  T("They watched the Winter Olympics and This Week on television.", A, "");
  T("The ferry sailed in June last year.", A, "June last year=DATE:2021-06");
  /* a season with no year: the last one, or the next under the future */
  T("Orders for the new phones held up well into the summer.", A, "the summer=DATE:2021-SU");
  T("The stadium will reopen in the spring.", A, "the spring=DATE:2022-SP");
  /* no anchor */
  T("He arrived on February 7.", 0, "February 7=DATE:XXXX-02-07");
  T("He arrived on Monday.", 0, "Monday=DATE:XXXX-WXX-1");
  /* not dates */
  T("Officials may decide.", A, "");
  T("Tickets cost $27.", A, "");
  T("Turnout was 48, of whom most voted.", A, "");
  T("About 1/2 of them agreed.", A, "");
  T("Call 555-1234 or 5551234 now.", A, "now=DATE:PRESENT_REF");
  T("Protesters March on the capital.", A, "");
  /* bad bytes, NUL bytes */
  {
    static const unsigned char bad[] = "Mon\xff" "day \xc3 Feb. 7\0 2022 \xe2\x80";
    CHECK(nr_timex_scan(bad, sizeof bad - 1, 0, 0, &tx)==NR_OK, "bytes: invalid UTF-8 and NUL");
  }
  /* out of memory: every allocation failing in turn leaves a valid state */
  {
    long k;
    int ok = 1;
    long fails = 0;
    const char *t = "Monday, Feb. 7, 2022; five hours; last week; 1998; the next day.";
    for(k=1; k<20; k++){
      nr_timexes m;
      int rc;
      memset(&m, 0, sizeof m);
      nr_test_alloc_count = 0; nr_test_fail_at = k;
      rc = nr_timex_scan((const unsigned char *)t, strlen(t), 0, 0, &m);
      nr_test_fail_at = 0;
      if( rc==NR_NOMEM ) fails++;
      else if( rc!=NR_OK ) ok = 0;
      nr_timexes_free(&m);
    }
    CHECK(ok && fails>=1, "nomem: every failure point");
  }
  /* ... and on a paragraph long enough that the token and trigger arrays
  ** leave the stack for the heap (over 768 bytes, hundreds of tokens) */
  {
    long k, fails = 0;
    int ok = 1;
    char t[4000];
    size_t n = 0;
    long live0 = nr_test_live;
    while( n+40<sizeof t ){ memcpy(t+n, "Monday, Feb. 7; five hours; last week. ", 39); n += 39; }
    for(k=1; k<60; k++){
      nr_timexes m;
      int rc;
      memset(&m, 0, sizeof m);
      nr_test_alloc_count = 0; nr_test_fail_at = k;
      rc = nr_timex_scan((const unsigned char *)t, n, 0, 0, &m);
      nr_test_fail_at = 0;
      if( rc==NR_NOMEM ) fails++;
      else if( rc!=NR_OK ) ok = 0;
      nr_timexes_free(&m);
    }
    CHECK(ok && fails>=3, "nomem: every failure point on a long paragraph");
    CHECK_INT(nr_test_live, live0, "nomem: nothing leaked on a long paragraph");
  }
  /* a long paragraph with no line break (cut into pieces; each cut must not
  ** rescan the rest), the expression at its end still found */
  {
    size_t n = 8u<<20, i;
    char *big = malloc(n + 16);
    for(i=0; i<n; i++) big[i] = 'a';
    memcpy(big+n, " on Monday.", 11);
    CHECK(nr_timex_scan((const unsigned char *)big, n+11, 0, 0, &tx)==NR_OK && tx.n==1, "big: one line, 8 MB");
    free(big);
  }
  /* long input is linear (a megabyte of digits and month names) */
  {
    size_t n = 1<<20, i;
    char *big = malloc(n);
    for(i=0; i<n; i++) big[i] = "May 1, 19 \n"[i%11];
    CHECK(nr_timex_scan((const unsigned char *)big, n, 0, 0, &tx)==NR_OK, "big: scanned");
    free(big);
  }
  nr_timexes_free(&tx);
  return check_done();
}
