-- Bad input whose answer is an error (or a boundary), word for word
-- (reliability_errors.expected): wrong types, anchors that are not dates,
-- paths that are not files, and texts at SQLITE_LIMIT_LENGTH.
SELECT * FROM article_quotes(x'2268692220');
SELECT * FROM article_quotes(42);
SELECT * FROM extract_speakers(7);
SELECT * FROM extract_speakers(0.5);
SELECT * FROM extract_speakers(x'');
SELECT * FROM event_dates(1.5);
SELECT * FROM event_dates(x'41', '2022-02-08');
SELECT event_date(x'41');
SELECT event_date(12);
SELECT * FROM article_sentences(x'00');
SELECT quote_key(x'41');
SELECT article_published(x'41');
-- anchors that are not ISO dates
SELECT * FROM event_dates('On Monday.', 'yesterday');
SELECT * FROM event_dates('On Monday.', '2022-13-45');
SELECT * FROM event_dates('On Monday.', '2022-02-30');
SELECT * FROM event_dates('On Monday.', '');
SELECT * FROM event_dates('On Monday.', 20220208);
SELECT * FROM event_dates('On Monday.', 2022.5);
SELECT * FROM event_dates('On Monday.', x'323032322d30322d3038');
SELECT * FROM event_dates('On Monday.', CAST(x'323032322d30322d303800' AS TEXT));
SELECT * FROM event_dates('On Monday.', CAST(x'ff' AS TEXT));
SELECT event_date('On Monday.', 'next Tuesday');
SELECT event_date('On Monday.', 1.5);
SELECT 'null anchor', value FROM event_dates('On Monday.', NULL);
-- paths that are not readable files
SELECT * FROM news_articles('tests/fixtures/reliability/no-such-file.txt');
SELECT * FROM news_articles('/dev/null');
SELECT count(*) FROM news_articles('tests/fixtures/reliability/dirs_only');
SELECT * FROM news_articles(x'2f746d70');
SELECT * FROM news_articles(CAST(x'746573747300' AS TEXT));
-- texts at SQLITE_LIMIT_LENGTH (200000 bytes here)
.limit length 200000
SELECT 'at limit', length(replace(hex(zeroblob(99999)),'0','x') || 'xx');
SELECT 'body', length(article_body(replace(hex(zeroblob(99999)),'0','x') || 'xx'));
SELECT 'sentences', length FROM article_sentences(replace(hex(zeroblob(99999)),'0','x') || 'xx');
SELECT 'quote_key', length(quote_key(replace(hex(zeroblob(99999)),'0','X') || 'XX'));
SELECT 'quotes', length(quote) FROM article_quotes('"' || replace(hex(zeroblob(99990)),'0','x') || '," he said.');
SELECT 'speakers', count(*) FROM extract_speakers(replace(hex(zeroblob(99999)),'0','x') || 'xx');
SELECT 'dates', count(*) FROM event_dates(replace(hex(zeroblob(99990)),'0','x') || ' on 3 May', '2022-02-08');
SELECT 'event_date', event_date(replace(hex(zeroblob(99990)),'0','x') || ' on 3 May', '2022-02-08');
SELECT 'articles', count(*) FROM news_articles('tests/fixtures/articles');
-- a result that would pass the limit: NFKC turns each '½' (2 bytes) into 5
SELECT 'quote_key grows', length(quote_key(replace(hex(zeroblob(45000)),'00','½')));
.limit length 150
SELECT count(*) FROM news_articles('tests/fixtures/articles');
SELECT count(*) FROM news_articles('tests/fixtures/jsonl/feed.jsonl');
.limit length 1000000000
SELECT 'still running';
