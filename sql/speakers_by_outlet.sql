-- speakers_by_outlet.sql -- which outlets let which people speak, and how
-- (direct quotes vs. reported statements).  An outlet is an article's id here.
-- Names that differ only in case or punctuation ("the Dockworkers' Union",
-- "The Dockworkers’ Union") are one row: they are grouped by quote_key(name).
--
-- Reads the table `articles` (see sql/overview.sql):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/speakers_by_outlet.sql

SELECT min(s.name) AS name, s.kind, max(s.title) AS title,
       count(DISTINCT a.id) AS outlets,
       sum(s.quotes) AS quotes, sum(s.statements) AS statements, sum(s.mentions) AS mentions
FROM articles a, extract_speakers(a.body) s
GROUP BY quote_key(s.name), s.kind
ORDER BY outlets DESC, quotes DESC, name;

SELECT a.id AS outlet, s.name, s.title, s.quotes, s.statements
FROM articles a, extract_speakers(a.body) s
ORDER BY a.id, s.first;
