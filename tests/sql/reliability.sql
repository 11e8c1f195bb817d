-- Bad input (issue 7): every function gives rows, NULL, or an error that
-- names it (those are in reliability_errors.sql) -- never a crash, a hang or
-- a wrong position.  Builders: replace(hex(zeroblob(N)),'00',S) repeats S N
-- times; CAST(x'..' AS TEXT) makes invalid UTF-8 and NUL bytes.
-- Each line prints NAME|1 when the assertion holds.
--
-- NULL: no rows (table functions) or NULL (scalars)
SELECT 'null_quotes', (SELECT count(*) FROM article_quotes(NULL)) = 0;
SELECT 'null_speakers', (SELECT count(*) FROM extract_speakers(NULL)) = 0;
SELECT 'null_event_dates', (SELECT count(*) FROM event_dates(NULL)) = 0;
SELECT 'null_event_dates_anchor', (SELECT count(*) FROM event_dates(NULL, '2022-02-08')) = 0;
SELECT 'null_anchor_is_no_anchor', (SELECT value FROM event_dates('On Monday.', NULL)) = 'XXXX-WXX-1';
SELECT 'null_sentences', (SELECT count(*) FROM article_sentences(NULL)) = 0;
SELECT 'null_articles', (SELECT count(*) FROM news_articles(NULL)) = 0;
SELECT 'null_scalars', article_published(NULL) IS NULL AND article_title(NULL) IS NULL AND article_body(NULL) IS NULL AND quote_key(NULL) IS NULL AND event_date(NULL) IS NULL AND event_date(NULL, '2022-02-08') IS NULL;
-- empty strings: no rows; scalars NULL or ''
SELECT 'empty_tables', (SELECT count(*) FROM article_quotes('')) + (SELECT count(*) FROM extract_speakers('')) + (SELECT count(*) FROM event_dates('')) + (SELECT count(*) FROM event_dates('', '2022-02-08')) + (SELECT count(*) FROM article_sentences('')) = 0;
SELECT 'empty_scalars', quote_key('') = '' AND article_body('') = '' AND article_title('') IS NULL AND article_published('') IS NULL AND event_date('') IS NULL;
SELECT 'blank_tables', (SELECT count(*) FROM article_quotes('   ' || char(10) || char(10))) + (SELECT count(*) FROM article_sentences(' ' || char(10) || ' ')) = 0;
-- invalid UTF-8: a bad byte is one character and the scan goes on
SELECT 'badutf8_quote_after', (SELECT quote FROM article_quotes(CAST(x'787820ff' AS TEXT) || '"We will," said Mary King.')) = 'We will,';
SELECT 'badutf8_quote_pos', (SELECT start FROM article_quotes(CAST(x'787820ff' AS TEXT) || '"We will," said Mary King.')) = 6;
SELECT 'badutf8_speaker', (SELECT speaker FROM article_quotes(CAST(x'c328a0a1e282' AS TEXT) || ' "We will," said Mary King.')) = 'Mary King';
SELECT 'badutf8_speakers_row', (SELECT count(*) FROM extract_speakers(CAST(x'fffe' AS TEXT) || ' "We will," said Mary King.') WHERE name = 'Mary King') = 1;
SELECT 'badutf8_inside_quote', (WITH t(x) AS (SELECT '"We ' || CAST(x'c328e282' AS TEXT) || ' will," said Mary King.') SELECT count(*) FROM t, article_quotes(t.x) q WHERE substr(t.x, q.start, q.length) = q.quote) = 1;
SELECT 'badutf8_dates', (SELECT value FROM event_dates(CAST(x'c328a0a1e282' AS TEXT) || ' On Monday, 3 May 2021.', '2022-02-08')) = '2021-05-03';
SELECT 'badutf8_dates_pos', (WITH t(x) AS (SELECT CAST(x'c328a0a1e282' AS TEXT) || ' On Monday, 3 May 2021.') SELECT count(*) = sum(substr(t.x, d.start, d.length) = d.expr) FROM t, event_dates(t.x) d);
SELECT 'badutf8_event_date', event_date(CAST(x'ff' AS TEXT) || ' on 3 May 2021') = '2021-05-03';
SELECT 'badutf8_sentences_pos', (WITH t(x) AS (SELECT CAST(x'c328a0a1e282' AS TEXT) || ' On Monday. Then Dr. Lee said so.') SELECT count(*) = 2 AND sum(substr(t.x, s.start, s.length) = s.text) = 2 FROM t, article_sentences(t.x) s);
SELECT 'badutf8_quote_key', quote_key(CAST(x'41ff42' AS TEXT)) = 'a' || char(65533) || 'b';
SELECT 'badutf8_meta', article_body(CAST(x'ff' AS TEXT)) = CAST(x'ff' AS TEXT) AND typeof(article_title(CAST(x'ff0aff' AS TEXT))) IN ('null', 'text') AND article_published(CAST(x'ff0a' AS TEXT) || 'date 2022-02-08') = '2022-02-08';
SELECT 'badutf8_only', (SELECT count(*) FROM article_quotes(CAST(x'ffc0c1f5f8fc80bf' AS TEXT))) + (SELECT count(*) FROM extract_speakers(CAST(x'ffc0c1f5f8fc80bf' AS TEXT))) + (SELECT count(*) FROM event_dates(CAST(x'ffc0c1f5f8fc80bf' AS TEXT))) = 0;
-- NUL bytes: counted as characters, the text after them still read
SELECT 'nul_quote_after', (SELECT quote FROM article_quotes(CAST(x'78780020' AS TEXT) || '"We will," said Mary King.')) = 'We will,';
SELECT 'nul_speakers', (SELECT count(*) FROM extract_speakers(CAST(x'00' AS TEXT) || '"We will," said Mary King.')) = 1;
SELECT 'nul_dates', (SELECT value FROM event_dates(CAST(x'0000' AS TEXT) || ' on 3 May 2021')) = '2021-05-03';
SELECT 'nul_event_date', event_date(CAST(x'00' AS TEXT) || ' on 3 May 2021') = '2021-05-03';
SELECT 'nul_sentences', (SELECT count(*) FROM article_sentences(CAST(x'4f6e652e00' AS TEXT) || ' Two. Three.')) >= 2;
SELECT 'nul_quote_key', quote_key(CAST(x'610062' AS TEXT)) = 'a b';
SELECT 'nul_meta', article_body(CAST(x'610062' AS TEXT)) = CAST(x'610062' AS TEXT) AND article_title(CAST(x'00' AS TEXT)) IS NULL;
-- ten thousand unbalanced marks: quick, and no swallowing of the next paragraph
SELECT 'unbalanced_straight', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','"x '))) <= 10000;
SELECT 'unbalanced_curly', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','“x '))) <= 10000;
SELECT 'unbalanced_closers', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','x” '))) <= 10000;
SELECT 'unbalanced_single', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','‘x '))) <= 10000;
SELECT 'unbalanced_guillemets', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','« x '))) <= 10000;
SELECT 'unbalanced_next_paragraph', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(10000)),'00','"x ') || char(10) || char(10) || 'Mary King said "Real quote."') WHERE quote = 'Real quote.' AND speaker = 'Mary King' AND paragraph = 2) = 1;
SELECT 'unbalanced_positions', (WITH t(x) AS (SELECT replace(hex(zeroblob(10000)),'00','“x ') || char(10) || '"Yes," he said.') SELECT count(*) = sum(substr(t.x, q.start, q.length) = q.quote) FROM t, article_quotes(t.x) q);
SELECT 'unbalanced_speakers', (SELECT count(*) FROM extract_speakers(replace(hex(zeroblob(10000)),'00','"x '))) >= 0;
SELECT 'unbalanced_dates', (SELECT count(*) FROM event_dates(replace(hex(zeroblob(10000)),'00','"x '), '2022-02-08')) = 0;
SELECT 'unbalanced_sentences', (SELECT count(*) FROM article_sentences(replace(hex(zeroblob(10000)),'00','"x. '))) >= 1;
SELECT 'unbalanced_quote_key', quote_key(replace(hex(zeroblob(10000)),'00','"x ')) = trim(replace(hex(zeroblob(10000)),'00','x '));
-- a million-character word
SELECT 'word_quotes', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(500000)),'0','a'))) = 0;
SELECT 'word_in_quote', (SELECT length(quote) FROM article_quotes('"' || replace(hex(zeroblob(500000)),'0','a') || '," said Mary King.')) = 1000001;
SELECT 'word_speakers', (SELECT count(*) FROM extract_speakers(replace(hex(zeroblob(500000)),'0','a'))) = 0;
SELECT 'word_capitalised_speaker', (SELECT count(*) FROM extract_speakers('"Yes," said ' || 'K' || replace(hex(zeroblob(500000)),'0','a') || '.')) <= 1;
SELECT 'word_dates', (SELECT count(*) FROM event_dates(replace(hex(zeroblob(500000)),'0','a'), '2022-02-08')) = 0;
SELECT 'word_event_date', event_date(replace(hex(zeroblob(500000)),'0','a')) IS NULL;
SELECT 'word_sentences', (SELECT length FROM article_sentences(replace(hex(zeroblob(500000)),'0','a'))) = 1000000;
SELECT 'word_quote_key', length(quote_key(replace(hex(zeroblob(500000)),'0','A'))) = 1000000;
SELECT 'word_meta', length(article_body(replace(hex(zeroblob(500000)),'0','a'))) = 1000000 AND article_published(replace(hex(zeroblob(500000)),'0','1')) IS NULL;
SELECT 'word_digits_dates', (SELECT count(*) FROM event_dates(replace(hex(zeroblob(500000)),'0','1'))) >= 0;
-- deep nesting of marks
SELECT 'nest_quotes', (WITH t(x) AS (SELECT replace(hex(zeroblob(5000)),'00','“‘') || 'core' || replace(hex(zeroblob(5000)),'00','’”') || ' said Mary King.') SELECT count(*) <= 10000 AND count(*) = sum(substr(t.x, q.start, q.length) = q.quote) FROM t, article_quotes(t.x) q);
SELECT 'nest_guillemets', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(5000)),'00','«‹') || 'x' || replace(hex(zeroblob(5000)),'00','›»'))) <= 10000;
SELECT 'nest_speakers', (SELECT count(*) FROM extract_speakers(replace(hex(zeroblob(5000)),'00','“‘ he said ') || 'core' || replace(hex(zeroblob(5000)),'00','’”'))) >= 0;
SELECT 'nest_brackets_sentences', (SELECT count(*) FROM article_sentences(replace(hex(zeroblob(5000)),'00','(“') || 'End.' || replace(hex(zeroblob(5000)),'00','”)') || ' Next one.')) >= 1;
SELECT 'nest_quote_key', quote_key(replace(hex(zeroblob(5000)),'00','“‘') || 'Core' || replace(hex(zeroblob(5000)),'00','’”')) = 'core';
-- many repetitions (linear work)
SELECT 'many_quotes', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(5000)),'00','He said "x." '))) = 5000;
SELECT 'many_speakers', (SELECT count(*) FROM extract_speakers(replace(hex(zeroblob(5000)),'00','Ann Lee said "x." '))) = 1;
SELECT 'many_dates', (SELECT count(*) FROM event_dates(replace(hex(zeroblob(5000)),'00','on 3 May 2021, '), '2022-02-08')) = 5000;
SELECT 'many_sentences', (SELECT count(*) FROM article_sentences(replace(hex(zeroblob(5000)),'00','It rained. '))) = 5000;
SELECT 'many_abbreviations', (SELECT count(*) FROM article_sentences(replace(hex(zeroblob(20000)),'00','Dr. A. '))) >= 1;
-- anchors: a datetime and a zone are accepted; the value resolves
SELECT 'anchor_datetime', (SELECT value FROM event_dates('It happened yesterday.', '2022-02-08T10:30')) = '2022-02-07';
SELECT 'anchor_zone', (SELECT value FROM event_dates('It happened yesterday.', '2022-02-08T10:30:00Z')) = '2022-02-07';
SELECT 'anchor_space', event_date('It happened yesterday.', '2022-02-08 10:30') = '2022-02-07';
-- a text at SQLITE_LIMIT_LENGTH: see reliability_errors.sql (.limit)
-- paths: a directory without regular files gives no rows
SELECT 'dir_of_dirs', (SELECT count(*) FROM news_articles('tests/fixtures/reliability/dirs_only')) = 0;
SELECT 'dir_of_dirs_glob', (SELECT count(*) FROM news_articles('tests/fixtures/reliability/dirs_only/*')) = 0;
SELECT 'empty_file', (SELECT count(*) FROM news_articles('tests/fixtures/reliability/empty.txt')) = 1 AND (SELECT title IS NULL AND published IS NULL AND body = '' FROM news_articles('tests/fixtures/reliability/empty.txt'));
SELECT 'empty_jsonl', (SELECT count(*) FROM news_articles('tests/fixtures/reliability/blank.jsonl')) = 0;
SELECT 'still_running', 1;
