/*
** test_segment.c -- paragraphs, sentences, words, positions.
*/
#include "check.h"
#include "../../ext/core/segment.h"
#include "../../ext/core/utf8.h"
#include "../../ext/core/nr_alloc.h"
#include <stdlib.h>

static nr_doc doc;

/* Segment t and return sentence i as a fresh string (caller frees). */
static char *sent(const char *t, size_t i){
  static char buf[1024];
  nr_segment((const unsigned char *)t, strlen(t), &doc);
  if( i>=doc.n_sent ) return 0;
  snprintf(buf, sizeof buf, "%.*s", (int)(doc.sent[i].end-doc.sent[i].start), t+doc.sent[i].start);
  return buf;
}

static size_t nsent(const char *t){
  nr_segment((const unsigned char *)t, strlen(t), &doc);
  return doc.n_sent;
}

int main(void){
  /* paragraphs */
  {
    const char *t = "  First line.\n\n\nSecond line here.\r\nThird.  \n";
    nr_segment((const unsigned char *)t, strlen(t), &doc);
    CHECK_INT(doc.n_para, 3, "paragraphs: one per non-blank line");
    CHECK_INT(doc.sent[1].paragraph, 2, "paragraphs: numbered from 1");
    CHECK_STR(sent(t, 1), "Second line here.", "paragraphs: CR trimmed");
  }
  /* sentences */
  CHECK_INT(nsent("He left. She stayed."), 2, "sentences: two plain");
  CHECK_INT(nsent("Talks were held on Feb. 7 in Moscow."), 1, "abbrev: Feb. 7");
  CHECK_INT(nsent("Dr. Okafor said so. Then she left."), 2, "abbrev: Dr. title");
  CHECK_INT(nsent("U.S. officials said so."), 1, "abbrev: U.S. before a noun");
  CHECK_INT(nsent("The talks involved the U.S. Army and Mr. Smith."), 1, "abbrev: U.S. Army");
  CHECK_INT(nsent("He moved to the U.S. He liked it."), 2, "abbrev: U.S. then a starter word");
  CHECK_INT(nsent("John F. Kennedy spoke."), 1, "abbrev: initial");
  CHECK_INT(nsent("It ended at 5 p.m. The crowd left."), 2, "abbrev: p.m. then The");
  CHECK_INT(nsent("Acme Inc. said profits rose."), 1, "abbrev: Inc. inside");
  CHECK_STR(sent("\"We will stay,\" he said. \"Always.\" Then silence.", 1), "\"Always.\"", "quotes: closing mark stays with its sentence");
  CHECK_INT(nsent("Is it over? No. It is not!"), 3, "terminals: ? and !");
  CHECK_INT(nsent("He paused... Then he spoke."), 2, "terminals: ellipsis");
  CHECK_INT(nsent("Prices rose 3.5 percent."), 1, "numbers: decimal point");
  /* run-ons */
  CHECK_STR(sent("They disagreed on the issue.Kremlin spokesman Peskov said so.", 1),
            "Kremlin spokesman Peskov said so.", "run-on: period glued to a capitalised word");
  CHECK_STR(sent("french president, Emmanuel MacronHe told reporters.", 1),
            "He told reporters.", "run-on: glued sentence opener");
  CHECK_INT(nsent("He visited McDonald and LaGuardia."), 1, "run-on: not inside names");
  CHECK_INT(nsent("See example.com for more."), 1, "run-on: not in a domain");
  /* positions */
  {
    const unsigned char t[] = "a\xC3\xA9" "b\x80" "c\xE2\x80\x9C" "d";
    nr_posmap m;
    nr_posmap_init(&m, t, sizeof(t)-1);
    CHECK_INT(nr_posmap_pos(&m, 3), 3, "posmap: after a two-byte character");
    CHECK_INT(nr_posmap_pos(&m, 5), 5, "posmap: a stray byte is one character");
    CHECK_INT(nr_posmap_pos(&m, 9), 7, "posmap: after a three-byte mark");
    CHECK_INT(nr_posmap_pos(&m, 1), 2, "posmap: backwards");
    CHECK_INT(nr_utf8_count(t, sizeof(t)-1), 7, "count: invalid byte counted once");
  }
  {
    const unsigned char bad[] = "\xC3\x80\x80x\xF8\x80y\xED\xA0\x80z";
    int32_t cp;
    CHECK_INT(nr_utf8_decode(bad, sizeof(bad)-1, 0, &cp), 3, "decode: lead absorbs continuation bytes (as SQLite)");
    CHECK_INT(cp, 0xFFFD, "decode: too long a sequence is U+FFFD");
    nr_utf8_decode(bad, sizeof(bad)-1, 7, &cp);
    CHECK_INT(cp, 0xFFFD, "decode: surrogate is U+FFFD");
  }
  /* words */
  {
    const char *t = "Russia's U.S.-backed de-escalation, don’t 2022!";
    size_t pos = 0, a, b; int k = 0; char w[8][32];
    while( k<8 && nr_next_word((const unsigned char *)t, strlen(t), &pos, &a, &b) ){
      snprintf(w[k++], 32, "%.*s", (int)(b-a), t+a);
    }
    CHECK_INT(k, 5, "words: count");
    CHECK_STR(w[0], "Russia's", "words: apostrophe inside");
    CHECK_STR(w[1], "U.S.-backed", "words: initialism with hyphen");
    CHECK_STR(w[2], "de-escalation", "words: hyphen inside");
    CHECK_STR(w[3], "don’t", "words: curly apostrophe inside");
    CHECK_STR(w[4], "2022", "words: number");
  }
  /* robustness: no sentence crosses NUL or stray bytes badly */
  {
    const unsigned char t[] = "A\0B. \xFF\xFE C.";
    nr_segment(t, sizeof(t)-1, &doc);
    CHECK(doc.n_sent>=1, "bytes: NUL and invalid bytes segment");
  }
  nr_doc_free(&doc);
  return check_done();
}
