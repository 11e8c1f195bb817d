-- Error messages, asserted word for word (errors.expected).
SELECT * FROM news_articles('tests/fixtures/no/such/dir');
SELECT * FROM news_articles('tests/fixtures/articles/*.none');
SELECT * FROM news_articles('');
SELECT * FROM news_articles(42);
SELECT * FROM news_articles();
SELECT count(*) FROM news_articles('tests/fixtures/badjson/broken.jsonl');
SELECT article_title(1);
SELECT article_body(x'00');
SELECT article_published(1.5);
SELECT quote_key(7);
SELECT * FROM article_sentences();
SELECT * FROM article_sentences(3);
SELECT newsroom_version(1);
SELECT 'still running';
