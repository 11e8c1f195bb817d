-- overview.sql -- what is in a corpus: the articles, who said what, who
-- speaks, and the dates the coverage talks about.
--
-- Reads the table `articles` (id, published, title, body, ...), made once
-- from a folder of articles with news_articles():
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' \
--     "CREATE TABLE articles AS SELECT * FROM news_articles('path/to/folder')"
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/overview.sql
-- `make demo` does this on examples/corpus/.

-- The articles, oldest first.
SELECT id, published, coalesce(title, '(no headline)') AS title,
       length(body) AS chars
FROM articles
ORDER BY published, id;

-- Who said what: the first quotations of each article.
SELECT a.id, q.speaker, q.cue,
       CASE WHEN length(q.quote) > 60 THEN substr(q.quote, 1, 57) || '...' ELSE q.quote END AS quote
FROM articles a, article_quotes(a.body) q
WHERE q.rowid <= 3
ORDER BY a.id, q.start;

-- Who speaks across the corpus.
SELECT s.name, max(s.title) AS title, s.kind,
       count(DISTINCT a.id) AS articles, sum(s.quotes) AS quotes,
       sum(s.statements) AS statements
FROM articles a, extract_speakers(a.body) s
GROUP BY s.name, s.kind
ORDER BY quotes DESC, statements DESC, s.name
LIMIT 12;

-- The days the coverage talks about, with how many articles mention each.
SELECT e.first_day AS day, count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT e.expr) AS written_as
FROM articles a, event_dates(a.body, a.published) e
WHERE e.type IN ('DATE', 'TIME') AND e.first_day = e.last_day
GROUP BY e.first_day
ORDER BY e.first_day;
