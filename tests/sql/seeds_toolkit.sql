-- requires: ../shared/seeds
-- On the project's seed articles (absent from a user's clone: skipped then):
-- the provenance query links the one Putin statement two outlets printed in
-- different words, and the timeline dates the Moscow talks from each wording.
CREATE TEMP TABLE articles AS SELECT * FROM news_articles('../shared/seeds');
CREATE TEMP TABLE pq AS
  SELECT a.id, a.published, q.speaker, q.quote FROM articles a, article_quotes(a.body) q WHERE q.speaker IS NOT NULL;
SELECT 'provenance_putin_002_003', (SELECT count(*) FROM pq x JOIN pq y ON x.speaker = y.speaker AND x.id < y.id
  WHERE x.id LIKE '002%' AND y.id LIKE '003%' AND x.speaker = 'Vladimir Putin'
    AND x.quote LIKE '%compromises%' AND y.quote LIKE '%compromises%'
    AND quote_similarity(x.quote, y.quote) >= 0.7) >= 1;
CREATE TEMP TABLE tl AS
  SELECT a.id, e.expr, e.first_day, e.last_day FROM articles a, event_dates(a.body, a.published) e;
SELECT 'timeline_001_monday', (SELECT count(*) FROM tl WHERE id LIKE '001%' AND expr = 'Monday' AND first_day = '2022-02-07' AND last_day = '2022-02-07') >= 1;
SELECT 'timeline_003_full_date', (SELECT count(*) FROM tl WHERE id LIKE '003%' AND expr = 'February 7, 2022' AND first_day = '2022-02-07') >= 1;
SELECT 'timeline_004_weekday_date', (SELECT count(*) FROM tl WHERE id LIKE '004%' AND expr = 'Monday, Feb. 7, 2022' AND first_day = '2022-02-07') >= 1;
SELECT 'timeline_004_month_day', (SELECT count(*) FROM tl WHERE id LIKE '004%' AND expr = 'February 7' AND first_day = '2022-02-07') >= 1;
