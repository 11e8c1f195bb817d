#!/bin/sh
# direct_only.sh -- no schema abuses newsroom (issue 7).
#
# news_articles() reads files, so it is SQLITE_VTAB_DIRECTONLY: a database
# someone hands you, whose stored view or trigger calls it, must not make it
# read anything -- with trusted_schema ON or OFF -- while the same call at top
# level (and from a TEMP view) works.  The pure functions are INNOCUOUS and
# DETERMINISTIC: they work from views, generated columns and indexes even
# under PRAGMA trusted_schema=OFF.  Remove either flag and a line here fails.
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ext=./dist/newsroom
ok(){ echo "ok - direct_only: $1"; }
nok(){ echo "not ok - direct_only: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -n 5 | sed 's/^/    /'; }
run(){ # db sql...: the extension loaded, stdout+stderr
  db=$1; shift
  sqlite3 -batch -cmd ".load $ext" "$db" "$@" 2>&1
}
expect_unsafe(){ # name output
  case "$2" in
    *"unsafe use of"*news_articles*) ok "$1 refused ($(printf '%s' "$2" | head -n 1))" ;;
    *) nok "$1 was not refused" "$2" ;;
  esac
}

# A database whose stored schema calls news_articles, written by a plain
# shell (the extension is not needed to store such a schema).
hostile=$tmp/hostile.db
sqlite3 -batch "$hostile" "
  CREATE TABLE t(x);
  CREATE TABLE log(n);
  CREATE VIEW v AS SELECT count(*) AS n FROM news_articles('tests/fixtures/articles');
  CREATE VIEW leak AS SELECT text FROM news_articles('tests/fixtures/articles/a_ferry.txt');
  CREATE VIEW v_join AS SELECT a.id FROM (SELECT 'tests/fixtures/articles' AS d) x, news_articles(x.d) a;
  CREATE TRIGGER tr AFTER INSERT ON t BEGIN
    INSERT INTO log SELECT count(*) FROM news_articles('tests/fixtures/articles');
  END;" || nok "could not create the test database"

for trusted in ON OFF; do
  expect_unsafe "view (trusted_schema=$trusted)" "$(run "$hostile" "PRAGMA trusted_schema=$trusted;" "SELECT n FROM v;")"
  expect_unsafe "view reading a file's text (trusted_schema=$trusted)" "$(run "$hostile" "PRAGMA trusted_schema=$trusted;" "SELECT length(text) FROM leak;")"
  expect_unsafe "view with a lateral join (trusted_schema=$trusted)" "$(run "$hostile" "PRAGMA trusted_schema=$trusted;" "SELECT count(*) FROM v_join;")"
  expect_unsafe "trigger (trusted_schema=$trusted)" "$(run "$hostile" "PRAGMA trusted_schema=$trusted;" "INSERT INTO t VALUES(1);")"
  out=$(run "$hostile" "SELECT 'log rows', count(*) FROM log;")
  case "$out" in
    *"log rows|0"*) ok "trigger wrote nothing (trusted_schema=$trusted)" ;;
    *) nok "trigger ran (trusted_schema=$trusted)" "$out" ;;
  esac
done

out=$(run "$hostile" "SELECT 'top', count(*) FROM news_articles('tests/fixtures/articles');")
[ "$out" = "top|3" ] && ok "the same call at top level works" || nok "top-level call failed" "$out"
out=$(run "$hostile" "CREATE TEMP VIEW tv AS SELECT count(*) AS n FROM news_articles('tests/fixtures/articles');" "SELECT 'temp', n FROM tv;")
[ "$out" = "temp|3" ] && ok "a TEMP view works" || nok "TEMP view failed" "$out"

# Pure functions in a stored schema, used under trusted_schema=OFF.
pure=$tmp/pure.db
out=$(run "$pure" "
  CREATE TABLE q(quote TEXT, body TEXT,
                 k TEXT GENERATED ALWAYS AS (quote_key(quote)) VIRTUAL,
                 title TEXT GENERATED ALWAYS AS (article_title(body)) STORED);
  CREATE INDEX q_key ON q(quote_key(quote));
  CREATE INDEX q_title ON q(article_title(body));
  CREATE INDEX q_date ON q(event_date(body, '2022-02-08'));
  CREATE VIEW keys AS SELECT quote_key(quote) AS k, article_title(body) AS t, article_published(body) AS p,
                             article_body(body) AS b, event_date(body, '2022-02-08') AS d FROM q;
  CREATE VIEW sents AS SELECT q.rowid AS r, s.sentence, s.text FROM q, article_sentences(q.body) s;
  CREATE VIEW quotes AS SELECT q.rowid AS r, x.quote, x.speaker FROM q, article_quotes(q.body) x;
  CREATE VIEW speakers AS SELECT q.rowid AS r, x.name FROM q, extract_speakers(q.body) x;
  CREATE VIEW dates AS SELECT q.rowid AS r, x.value FROM q, event_dates(q.body, '2022-02-08') x;")
[ -z "$out" ] && ok "schema with generated columns, indexes and views on pure functions created" || nok "creating the pure schema failed" "$out"

body='Port Strike Ends
date 2022-02-08 Workers returned on Monday. "We won," said union leader Marie Dubois.'
out=$(run "$pure" "PRAGMA trusted_schema=OFF;" \
  "INSERT INTO q(quote, body) VALUES ('“We WON,”', '$body'), ('we won', 'Second Story' || char(10) || 'It ended yesterday.');" \
  "SELECT 'gen', k, title FROM q ORDER BY rowid;" \
  "SELECT 'view', k, t, p, d FROM keys ORDER BY k, t;" \
  "SELECT 'idx', count(*) FROM q WHERE quote_key(quote) = 'we won';" \
  "SELECT 'sents', count(*) FROM sents;" \
  "SELECT 'quotes', count(*) FROM quotes WHERE speaker = 'Marie Dubois';" \
  "SELECT 'speakers', count(*) FROM speakers WHERE name = 'Marie Dubois';" \
  "SELECT 'dates', count(*) FROM dates;" \
  "PRAGMA integrity_check;")
want="gen|we won|Port Strike Ends
gen|we won|Second Story
view|we won|Port Strike Ends||2022-02-08
view|we won|Second Story||2022-02-07
idx|2
sents|5
quotes|1
speakers|1"
case "$out" in
  "$want"*"ok") ok "trusted_schema=OFF: generated columns, indexes and views on pure functions work" ;;
  *) nok "pure functions under trusted_schema=OFF" "$out" ;;
esac
case "$out" in
  *"dates|"[1-9]*) ok "trusted_schema=OFF: event_dates in a stored view works" ;;
  *) nok "event_dates in a stored view under trusted_schema=OFF" "$out" ;;
esac
plan=$(run "$pure" "PRAGMA trusted_schema=OFF;" "EXPLAIN QUERY PLAN SELECT * FROM q WHERE quote_key(quote) = 'we won';")
case "$plan" in
  *"USING INDEX q_key"*) ok "the index on quote_key() is used" ;;
  *) nok "the index on quote_key() is not used" "$plan" ;;
esac
# control: a function that is not innocuous is refused in the same place
out=$(sqlite3 -batch "$pure" "CREATE VIEW ctl AS SELECT load_extension('x') AS v;" 2>&1; run "$pure" "PRAGMA trusted_schema=OFF;" "SELECT * FROM ctl;")
case "$out" in
  *"unsafe use of load_extension"*) ok "control: a non-innocuous function in a stored view is refused under trusted_schema=OFF" ;;
  *) nok "control: trusted_schema=OFF did not refuse load_extension()" "$out" ;;
esac
