-- quote_provenance.sql -- the same statement as different outlets printed
-- it, and which outlet printed which version first.  Two quotations by the
-- same speaker are one statement when quote_similarity() >= 0.7 (the
-- threshold measured in docs/functions.md); exact reprints share a quote_key.
--
-- Reads the table `articles` (see sql/overview.sql):
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' -cmd '.mode box' < sql/quote_provenance.sql

DROP TABLE IF EXISTS temp.provenance_quotes;
CREATE TEMP TABLE provenance_quotes AS
SELECT a.id, a.published, q.speaker, q.quote, quote_key(q.quote) AS key
FROM articles a, article_quotes(a.body) q
WHERE q.speaker IS NOT NULL;

-- Pairs of versions of one statement printed by different outlets, the
-- earlier publication first.
SELECT x.speaker,
       x.id AS first_outlet, x.published AS first_published,
       CASE WHEN length(x.quote) > 50 THEN substr(x.quote, 1, 47) || '...' ELSE x.quote END AS first_version,
       y.id AS later_outlet, y.published AS later_published,
       CASE WHEN length(y.quote) > 50 THEN substr(y.quote, 1, 47) || '...' ELSE y.quote END AS later_version,
       round(quote_similarity(x.quote, y.quote), 2) AS similarity
FROM provenance_quotes x JOIN provenance_quotes y
  ON x.speaker = y.speaker AND x.id <> y.id
 AND (x.published < y.published OR (x.published = y.published AND x.id < y.id))
WHERE quote_similarity(x.quote, y.quote) >= 0.7
ORDER BY x.speaker, x.published, x.id, y.published, y.id;
