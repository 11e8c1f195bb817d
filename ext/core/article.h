/*
** article.h -- what an article file says about itself: the publication date
** (a leading "date YYYY-MM-DD" header, else a dateline near the top), the
** headline, and the body (the text without the metadata header).
*/
#ifndef NR_ARTICLE_H
#define NR_ARTICLE_H
#include <stddef.h>

typedef struct nr_article {
  size_t body_start;         /* body = text[body_start..n) */
  size_t title_start, title_end;
  int has_title;
  char published[17];        /* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", "" if none */
} nr_article;

/* Parse s[0..n).  Never allocates. */
void nr_article_parse(const unsigned char *s, size_t n, nr_article *a);

/*
** Read a date, optionally with a time, from free text such as a dateline or
** a JSON "date" field: 2022-02-08, 2022-02-08T10:30:00Z, 2022-02-08 10:30,
** 08.02.2022, 02/08/2022 (M/D/Y), 10 February, 2022, 11:40 am, February 10,
** 2022, 10:30 GMT 08.02.2022.  Writes ISO text into out (17 bytes) and
** returns 1, or returns 0.  With strict set, anything but date/time words,
** numbers and punctuation makes it fail (a dateline line, not a sentence).
*/
int nr_parse_dateline(const unsigned char *s, size_t n, int strict, char out[17]);

#endif
