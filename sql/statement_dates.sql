-- statement_dates.sql -- when each statement was made.  The date comes from
-- the quote's own sentence (event_dates() against the publication date): the
-- latest single day it names that is not after publication, since a
-- statement cannot be made after it was printed ("the port will reopen
-- tomorrow" names a day the statement is about, not the day it was made);
-- else the publication date itself (unknown when the article has none).
-- days_before counts back from publication.
--
-- Reads the table `articles` (see sql/overview.sql):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/statement_dates.sql

WITH s AS (
  SELECT a.id, a.published, q.start, q.speaker, q.quote,
         (SELECT max(e.first_day) FROM event_dates(q.sentence, a.published) e
          WHERE e.first_day = e.last_day AND e.first_day <= substr(a.published, 1, 10)) AS dated
  FROM articles a, article_quotes(a.body) q
)
SELECT id, published, speaker,
       coalesce(dated, substr(published, 1, 10)) AS said_on,
       CASE WHEN dated IS NOT NULL THEN 'dated in the sentence'
            WHEN published IS NOT NULL THEN 'publication date' ELSE 'unknown' END AS basis,
       CAST(julianday(substr(published, 1, 10)) - julianday(coalesce(dated, substr(published, 1, 10))) AS INTEGER) AS days_before,
       CASE WHEN length(quote) > 50 THEN substr(quote, 1, 47) || '...' ELSE quote END AS quote
FROM s
ORDER BY said_on IS NULL, said_on, id, start;
