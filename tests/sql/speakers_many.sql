-- extract_speakers on a text with thousands of speakers: rows stay in order of
-- first mention.  Each surname speaks first alone ("Qabc said …"), and the
-- full names come later in reverse order, so the entities are made in the
-- reverse of the order of first mention.
CREATE TEMP TABLE doc(body);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 4499),
  nm(i, s) AS (SELECT i, 'Q' || char(97 + i/676 % 26) || char(97 + i/26 % 26) || char(97 + i % 26) FROM n)
INSERT INTO doc SELECT
  (SELECT group_concat(s || ' said the port was open.', ' ') FROM (SELECT s FROM nm ORDER BY i)) || char(10) ||
  (SELECT group_concat('Ana ' || s || ' met the council.', ' ') FROM (SELECT s FROM nm ORDER BY i DESC));
CREATE TEMP TABLE sp AS SELECT s.* FROM doc, extract_speakers(doc.body) s;
SELECT 'many_speakers', (SELECT count(*) FROM sp) = 4500;
SELECT 'full_names', (SELECT count(*) FROM sp WHERE name LIKE 'Ana Q%') = 4500;
SELECT 'order_of_first_mention', (SELECT count(*) FROM sp a JOIN sp b ON b.rowid = a.rowid + 1 WHERE b.first < a.first) = 0;
SELECT 'first_is_the_surname', (SELECT first FROM sp WHERE name = 'Ana Qaaa') = 1;
