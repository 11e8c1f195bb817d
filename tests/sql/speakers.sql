-- extract_speakers(text): one row per speaker, names shared with article_quotes.
CREATE TEMP TABLE doc(body);
INSERT INTO doc VALUES ('rafael mendes' || char(10) ||
  'Port Commissioner Rafael Mendes met Ada Brightwater and Tomas Ek on the quay.' || char(10) ||
  '“We are close to a deal,” Mendes said. The commissioner told reporters he was hopeful.' || char(10) ||
  'Brightwater informed members that a vote would follow. The Harbour Authority said the gates would open.');
SELECT 'rows', (SELECT count(*) FROM doc, extract_speakers(doc.body)) = 3;
SELECT 'order_of_first_mention', (SELECT group_concat(name, '|') FROM doc, extract_speakers(doc.body)) = 'Rafael Mendes|Ada Brightwater|Harbour Authority';
SELECT 'only_mentioned_not_rows', (SELECT count(*) FROM doc, extract_speakers(doc.body) WHERE name LIKE '%Ek%') = 0;
SELECT 'title', (SELECT title FROM doc, extract_speakers(doc.body) WHERE name = 'Rafael Mendes') = 'Port Commissioner';
SELECT 'kind_person', (SELECT kind FROM doc, extract_speakers(doc.body) WHERE name = 'Ada Brightwater') = 'person';
SELECT 'kind_org', (SELECT kind FROM doc, extract_speakers(doc.body) WHERE name = 'Harbour Authority') = 'organization';
SELECT 'quotes_match_rows', (SELECT count(*) FROM doc, extract_speakers(doc.body) s WHERE s.quotes = (SELECT count(*) FROM article_quotes(doc.body) q WHERE q.speaker = s.name)) = 3;
SELECT 'statements', (SELECT statements FROM doc, extract_speakers(doc.body) WHERE name = 'Rafael Mendes') >= 2;
SELECT 'mentions', (SELECT mentions FROM doc, extract_speakers(doc.body) WHERE name = 'Rafael Mendes') >= 3;
SELECT 'first_position', (SELECT first FROM doc, extract_speakers(doc.body) WHERE name = 'Rafael Mendes') = 15;
SELECT 'null_text', (SELECT count(*) FROM extract_speakers(NULL)) = 0;
SELECT 'empty_text', (SELECT count(*) FROM extract_speakers('')) = 0;
SELECT 'no_speakers', (SELECT count(*) FROM extract_speakers('The ferry left at noon.')) = 0;
SELECT 'left_join', (SELECT count(*) FROM doc LEFT JOIN extract_speakers(doc.body) ON 1) = 3;
-- a name broken by a hard wrap is one line in name, title and article_quotes.speaker; mention stays as written
CREATE TEMP TABLE wrapped(body);
INSERT INTO wrapped VALUES ('The harbour board met on Monday to hear the report, and its chair, Port' || char(10) || 'Commissioner Ilse' || char(10) || 'Voss, said the port "broke its own  rules."' || char(10) || 'Voss added that the board would meet again.');
SELECT 'wrapped_name', (SELECT name FROM wrapped, extract_speakers(wrapped.body)) = 'Ilse Voss';
SELECT 'wrapped_title', (SELECT title FROM wrapped, extract_speakers(wrapped.body)) = 'Port Commissioner';
SELECT 'wrapped_speaker', (SELECT speaker FROM wrapped, article_quotes(wrapped.body)) = 'Ilse Voss';
SELECT 'wrapped_quote_as_written', (SELECT quote FROM wrapped, article_quotes(wrapped.body)) = 'broke its own  rules.';
