/*
** test_article.c -- publication dates, headlines and bodies.
*/
#include "check.h"
#include "../../ext/core/article.h"

static nr_article art;
static char title[400];

static void parse(const char *t){
  nr_article_parse((const unsigned char *)t, strlen(t), &art);
  if( art.has_title ) snprintf(title, sizeof title, "%.*s", (int)(art.title_end-art.title_start), t+art.title_start);
  else strcpy(title, "(none)");
}

static const char *dl(const char *t, int strict){
  static char out[17];
  if( !nr_parse_dateline((const unsigned char *)t, strlen(t), strict, out) ) return "(none)";
  return out;
}

int main(void){
  parse(" date 2024-03-09 Harbour workers walked out at dawn on Friday, the union said.");
  CHECK_STR(art.published, "2024-03-09", "header: date on the same line as the body");
  CHECK_INT(art.body_start, 17, "header: body starts after it");
  CHECK_STR(title, "(none)", "header: a long first sentence is no title");

  parse("date 2024-03-09\nPort strike enters second day\nHarbour workers stayed out on Saturday.\n");
  CHECK_STR(title, "Port strike enters second day", "title: short line, no final punctuation");

  parse("Registration was successful!\nUnion Says Talks Have Stalled\nUnion Says Talks Have Stalled\nThe union said on Monday that talks had stalled.\n");
  CHECK_STR(title, "Union Says Talks Have Stalled", "title: boilerplate skipped, repeated headline");
  CHECK_STR(art.published, "", "no header, no dateline: no date");

  parse("Dockers hold out as talks stall\n\n12 March, 2024, 9:15 pm\nThe strike went on.\n");
  CHECK_STR(art.published, "2024-03-12T21:15", "dateline: D Month, YYYY, h:mm pm");
  CHECK_STR(title, "Dockers hold out as talks stall", "dateline article: title");

  parse("Port News\n10:30 GMT 08.02.2022 (Updated: 11:45 GMT 08.02.2022)\nText follows here.\n");
  CHECK_STR(art.published, "2022-02-08T10:30", "dateline: time GMT D.M.Y with update note");

  parse("\nLISBON, Portugal (AP) _\n\nThe port reopened on Friday.\n");
  CHECK_STR(title, "(none)", "title: wire dateline is no title");

  parse("The mayor met the strikers on March 3, 2024 in the town hall and said he was hopeful about it\nMore text.\n");
  CHECK_STR(art.published, "", "dateline: a sentence with a date is not a dateline");

  CHECK_STR(dl("February 10, 2022", 1), "2022-02-10", "dateline: Month D, YYYY");
  CHECK_STR(dl("Published: Monday, Feb. 7, 2022 at 10:05 a.m. ET", 1), "2022-02-07T10:05", "dateline: weekday, abbreviated month, a.m.");
  CHECK_STR(dl("02/08/2022", 1), "2022-02-08", "dateline: US M/D/Y");
  CHECK_STR(dl("2017-03-02 14:05:00", 0), "2017-03-02T14:05", "json date: ISO with seconds");
  CHECK_STR(dl("2017-03-02T14:05:00Z", 0), "2017-03-02T14:05", "json date: ISO T Z");
  CHECK_STR(dl("30 February 2022", 1), "(none)", "dateline: impossible day");
  CHECK_STR(dl("12:30", 1), "(none)", "dateline: time alone");
  CHECK_STR(dl("", 1), "(none)", "dateline: empty");

  parse("Crowds gather at the gates of the port on March 3, 2024. Jane Roe / Harbour Press\nMore text.\n");
  CHECK_STR(title, "(none)", "title: a two-sentence caption is no title");

  parse("");
  CHECK_STR(art.published, "", "empty text");
  parse("date 2024-13-40 Nonsense header.");
  CHECK_STR(art.published, "", "header: impossible date is not a header");
  CHECK_INT(art.body_start, 0, "header: impossible date stays in the body");
  return check_done();
}
