SELECT * FROM article_quotes(42);
SELECT * FROM extract_speakers(x'00');
SELECT * FROM article_quotes();
