-- The example corpus read by news_articles: every header and dateline shape
-- gives its publication date, every headline shape its title.
CREATE TEMP TABLE a AS SELECT * FROM news_articles('examples/corpus');
SELECT 'ten_articles', (SELECT count(*) FROM a) = 10;
SELECT 'header_own_line', (SELECT published FROM a WHERE id LIKE '01%') = '2024-03-14';
SELECT 'header_same_line', (SELECT published || '|' || substr(body, 1, 12) FROM a WHERE id LIKE '02%') = '2024-03-14|Dock workers';
SELECT 'dateline_month_day_year', (SELECT published FROM a WHERE id LIKE '03%') = '2024-03-14';
SELECT 'dateline_gmt_updated', (SELECT published FROM a WHERE id LIKE '05%') = '2024-03-15T19:05';
SELECT 'dateline_day_month_time', (SELECT published FROM a WHERE id LIKE '06%') = '2024-03-15T21:40';
SELECT 'no_date_at_all', (SELECT published IS NULL FROM a WHERE id LIKE '10%');
SELECT 'title_after_boilerplate', (SELECT title FROM a WHERE id LIKE '05%') = 'Port Valmere strike ends as union and port authority sign deal';
SELECT 'title_with_caption_after', (SELECT title FROM a WHERE id LIKE '07%') = 'Cranes turn again at Port Valmere as ships queue to berth';
SELECT 'no_title_when_body_first', (SELECT count(*) FROM a WHERE title IS NULL) = 3;
