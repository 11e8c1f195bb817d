-- article_quotes(text): columns, positions, attribution.  NAME|1 per assertion.
CREATE TEMP TABLE doc(id, body);
INSERT INTO doc VALUES (1, 'Port Commissioner Rafael Mendes met the union on Tuesday.' || char(10) ||
  '“We are close to a deal,” Mendes said. “Nobody wants a long strike.”' || char(10) ||
  'Ada Brightwater, who leads the dock union, called the offer "a first step" and told reporters the members would vote.' || char(10) ||
  '"We will not move," said Brightwater, adding that the vote was on Friday.');
INSERT INTO doc VALUES (2, 'Ünïcode first: «Ça suffit», dit Léa Fontaine. The ministry said the ferry was "safe".');
SELECT 'count', (SELECT count(*) FROM doc, article_quotes(doc.body) WHERE doc.id = 1) = 4;
SELECT 'substr_matches', (SELECT count(*) FROM doc, article_quotes(doc.body) q WHERE substr(doc.body, q.start, q.length) = q.quote) = 6;
SELECT 'mention_substr', (SELECT count(*) FROM doc, article_quotes(doc.body) q WHERE q.mention IS NOT NULL AND substr(doc.body, q.mention_start, q.mention_length) = q.mention) >= 5;
SELECT 'speaker_canonical', (SELECT group_concat(speaker, '|') FROM doc, article_quotes(doc.body) q WHERE doc.id = 1) = 'Rafael Mendes|Rafael Mendes|Ada Brightwater|Ada Brightwater';
SELECT 'cue', (SELECT group_concat(coalesce(cue, '-'), '|') FROM doc, article_quotes(doc.body) q WHERE doc.id = 1) = 'said|-|called|said';
SELECT 'kind', (SELECT group_concat(kind, '|') FROM doc, article_quotes(doc.body) q WHERE doc.id = 1) = 'full|full|partial|full';
SELECT 'paragraph', (SELECT group_concat(paragraph, '|') FROM doc, article_quotes(doc.body) q WHERE doc.id = 1) = '2|2|3|4';
SELECT 'sentence_holds_quote', (SELECT count(*) FROM doc, article_quotes(doc.body) q WHERE instr(q.sentence, q.quote) > 0) = 6;
SELECT 'unicode_positions', (SELECT start FROM article_quotes((SELECT body FROM doc WHERE id = 2)) LIMIT 1) = 17;
SELECT 'guillemets', (SELECT quote FROM article_quotes((SELECT body FROM doc WHERE id = 2)) LIMIT 1) = 'Ça suffit';
SELECT 'org_speaker', (SELECT speaker FROM article_quotes((SELECT body FROM doc WHERE id = 2)) WHERE quote = 'safe') = 'The ministry';
SELECT 'null_text', (SELECT count(*) FROM article_quotes(NULL)) = 0;
SELECT 'empty_text', (SELECT count(*) FROM article_quotes('')) = 0;
SELECT 'no_marks', (SELECT count(*) FROM article_quotes('Nothing is quoted here, said nobody.')) = 0;
SELECT 'left_join', (SELECT count(*) FROM doc LEFT JOIN article_quotes(doc.body) q ON 1) = 6;
SELECT 'reversed_join', (SELECT count(*) FROM article_quotes(d.body) q, doc d) = 6;
SELECT 'where_on_output', (SELECT count(*) FROM doc, article_quotes(doc.body) q WHERE q.kind = 'partial') = 2;
SELECT 'limit', (SELECT count(*) FROM (SELECT * FROM doc, article_quotes(doc.body) LIMIT 1)) = 1;
SELECT 'stray_marks_linear', (SELECT count(*) FROM article_quotes(replace(hex(zeroblob(20000)), '00', '" a'))) >= 0;
SELECT 'invalid_utf8', (SELECT count(*) FROM article_quotes(CAST(x'22ff22fe2073616964' AS TEXT))) >= 0;
