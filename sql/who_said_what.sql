-- who_said_what.sql -- every quotation with its speaker, then quotes per
-- speaker and per speaker and outlet (an outlet is an article's id here:
-- replace a.id by your own outlet column if your table has one).
--
-- Reads the table `articles` (see sql/overview.sql for how to make it):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/who_said_what.sql

-- Every quotation, in reading order.
SELECT a.id, q.paragraph, coalesce(q.speaker, '(unknown)') AS speaker, q.mention, q.cue, q.kind, q.quote
FROM articles a, article_quotes(a.body) q
ORDER BY a.id, q.start;

-- Quotes per speaker.
SELECT coalesce(q.speaker, '(unknown)') AS speaker, count(*) AS quotes,
       count(DISTINCT a.id) AS outlets,
       sum(q.kind = 'full') AS full_quotes, sum(q.kind = 'partial') AS partial_quotes
FROM articles a, article_quotes(a.body) q
GROUP BY 1
ORDER BY quotes DESC, speaker;

-- Quotes per speaker and outlet.
SELECT a.id AS outlet, coalesce(q.speaker, '(unknown)') AS speaker, count(*) AS quotes
FROM articles a, article_quotes(a.body) q
GROUP BY 1, 2
ORDER BY 1, quotes DESC, 2;
