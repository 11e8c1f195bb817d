-- A quotation mark followed by a stray UTF-8 continuation byte (E2 80 9C A3)
-- is one character for SQLite and is no mark: positions stay on SQLite's
-- character boundaries, so substr(text, start, length) returns every quote.
-- Found by tests/fuzz/fuzz_sql.c (input in tests/fuzz/corpus/sql/).
SELECT 'quote_after_stray_byte_position', (WITH t(x) AS (SELECT 'He said: “' || CAST(x'a3' AS TEXT) || 'We will,” she said. “Later,” she added.') SELECT count(*) = sum(substr(t.x, q.start, q.length) = q.quote) FROM t, article_quotes(t.x) q);
SELECT 'later_quote_unaffected', (WITH t(x) AS (SELECT 'He said: “' || CAST(x'a3' AS TEXT) || 'We will,” she said. “Later,” she added.') SELECT substr(t.x, q.start, q.length) FROM t, article_quotes(t.x) q WHERE q.quote = 'Later,') = 'Later,';
-- (the quotations are of more than one word: one capitalised word that no
-- one is found saying, such as « Non », is a name, not a quotation)
SELECT 'guillemet_stray_byte_position', (WITH t(x) AS (SELECT 'Il a dit : «' || CAST(x'a3' AS TEXT) || 'Oui, bien sûr », a-t-il dit. « Non, merci », dit-elle.') SELECT count(*) >= 1 AND count(*) = sum(substr(t.x, q.start, q.length) = q.quote) FROM t, article_quotes(t.x) q);
