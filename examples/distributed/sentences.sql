-- sentences.sql -- a minimal analysis that needs only news_articles() and
-- article_sentences(): one row per sentence.  The same shape as analysis.sql
-- (reads `articles`, creates tables keyed by (article, n)), for trying the
-- distributed runner on a build without the quotation and date functions:
--   newsroom_dask.py CORPUS out.db --analysis examples/distributed/sentences.sql

CREATE TABLE sentences(
  article INTEGER NOT NULL, n INTEGER NOT NULL, article_id TEXT,
  paragraph INTEGER, sentence INTEGER, start INTEGER, length INTEGER, text TEXT,
  PRIMARY KEY (article, n)
);
INSERT INTO sentences
SELECT a.rowid, s.rowid, a.id, s.paragraph, s.sentence, s.start, s.length, s.text
FROM articles a, article_sentences(a.body) s;
