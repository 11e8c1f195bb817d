-- statement_dates.sql -- when each statement was made: the date written in
-- the quote's own sentence (event_date against the publication date), else
-- the publication date itself, and how many days before publication that is.
--
-- Reads the table `articles` (see sql/overview.sql):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/statement_dates.sql

SELECT a.id, a.published, q.speaker,
       coalesce(event_date(q.sentence, a.published), substr(a.published, 1, 10)) AS said_on,
       CASE WHEN event_date(q.sentence, a.published) IS NULL THEN 'publication date'
            ELSE 'dated in the sentence' END AS basis,
       CAST(julianday(substr(a.published, 1, 10))
            - julianday(substr(coalesce(event_date(q.sentence, a.published), a.published), 1, 10)) AS INTEGER) AS days_before,
       CASE WHEN length(q.quote) > 60 THEN substr(q.quote, 1, 57) || '...' ELSE q.quote END AS quote
FROM articles a, article_quotes(a.body) q
ORDER BY said_on, a.id, q.start;
