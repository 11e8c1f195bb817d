-- analysis.sql -- the per-article analysis, as a single-machine user runs it:
-- every quotation with its speaker (and the date of the statement), every
-- speaker, every dated expression.  It reads the table `articles` made by
-- news_articles() and creates three tables keyed by (article, n), where
-- `article` is the article's rowid (its position in the corpus) and `n` the
-- row's position within that article.
--
-- One machine:
--   sqlite3 corpus.db -cmd '.load ./dist/newsroom' \
--     "CREATE TABLE articles AS SELECT * FROM news_articles('examples/corpus')" \
--     '.read examples/distributed/analysis.sql'
--
-- Many machines: examples/distributed/newsroom_dask.py runs this same file on
-- every shard (there `articles` holds the shard's articles, with their corpus
-- rowids) and writes the tables into one database.  Any script that reads
-- `articles` and creates tables with a primary key works the same way
-- (--analysis FILE).

CREATE TABLE quotes(
  article INTEGER NOT NULL, n INTEGER NOT NULL, article_id TEXT,
  quote TEXT, start INTEGER, length INTEGER,
  speaker TEXT, mention TEXT, mention_start INTEGER, mention_length INTEGER,
  cue TEXT, kind TEXT, paragraph INTEGER, sentence TEXT,
  said_on TEXT,
  PRIMARY KEY (article, n)
);
INSERT INTO quotes
SELECT a.rowid, q.rowid, a.id,
       q.quote, q.start, q.length,
       q.speaker, q.mention, q.mention_start, q.mention_length,
       q.cue, q.kind, q.paragraph, q.sentence,
       event_date(q.sentence, a.published)
FROM articles a, article_quotes(a.body) q;

CREATE TABLE speakers(
  article INTEGER NOT NULL, n INTEGER NOT NULL, article_id TEXT,
  name TEXT, title TEXT, kind TEXT,
  quotes INTEGER, statements INTEGER, mentions INTEGER, first INTEGER,
  PRIMARY KEY (article, n)
);
INSERT INTO speakers
SELECT a.rowid, s.rowid, a.id,
       s.name, s.title, s.kind, s.quotes, s.statements, s.mentions, s.first
FROM articles a, extract_speakers(a.body) s;

CREATE TABLE dates(
  article INTEGER NOT NULL, n INTEGER NOT NULL, article_id TEXT,
  expr TEXT, start INTEGER, length INTEGER, type TEXT, value TEXT,
  first_day TEXT, last_day TEXT, sentence TEXT,
  PRIMARY KEY (article, n)
);
INSERT INTO dates
SELECT a.rowid, e.rowid, a.id,
       e.expr, e.start, e.length, e.type, e.value,
       e.first_day, e.last_day, e.sentence
FROM articles a, event_dates(a.body, a.published) e;
