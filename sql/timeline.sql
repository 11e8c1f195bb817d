-- timeline.sql -- a timeline of the events the coverage talks about: every
-- dated expression, resolved against its article's publication date, grouped
-- by day, with the sentence it stands in.
--
-- Reads the table `articles` (see sql/overview.sql):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/timeline.sql

-- One row per day, with how it was written and by how many articles.
SELECT e.first_day AS day, count(*) AS mentions, count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT e.expr) AS written_as
FROM articles a, event_dates(a.body, a.published) e
WHERE e.type IN ('DATE', 'TIME') AND e.first_day = e.last_day
GROUP BY e.first_day
ORDER BY e.first_day;

-- Every dated expression with its sentence, in date order.
SELECT e.first_day AS day, a.id, e.expr, e.value,
       CASE WHEN length(e.sentence) > 90 THEN substr(e.sentence, 1, 87) || '...' ELSE e.sentence END AS sentence
FROM articles a, event_dates(a.body, a.published) e
WHERE e.type IN ('DATE', 'TIME') AND e.first_day IS NOT NULL
ORDER BY e.first_day, a.id, e.start;
