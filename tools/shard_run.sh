#!/bin/sh
# shard_run.sh -- process a corpus with several processes over sharded
# database files, then merge them with ATTACH.  The recipe of docs/scaling.md.
#
#   tools/shard_run.sh FOLDER OUT.db [PROCESSES]
#
# Article k (in news_articles' sorted order) goes to shard k % PROCESSES; each
# shard is its own database file written by its own sqlite3 process, so the
# processes share nothing; the merge is plain SQL over ATTACHed files.
set -eu
folder="$1"; out="$2"; n="${3:-2}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-shards.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
ext="$(cd "$(dirname "$0")/.." && pwd)/dist/newsroom"
i=0
while [ "$i" -lt "$n" ]; do
  sqlite3 -bail "$tmp/shard$i.db" <<SQL &
.load $ext
CREATE TABLE articles AS
  SELECT id, path, published, title, body FROM news_articles('$folder') WHERE (rowid - 1) % $n = $i;
CREATE TABLE quotes AS
  SELECT a.id, q.start, q.length, q.quote, q.speaker, q.mention, q.cue, q.kind, q.paragraph
  FROM articles a, article_quotes(a.body) q;
CREATE TABLE speakers AS
  SELECT a.id, s.name, s.title, s.kind, s.quotes, s.statements, s.mentions, s.first
  FROM articles a, extract_speakers(a.body) s;
CREATE TABLE dates AS
  SELECT a.id, e.start, e.length, e.expr, e.type, e.value, e.first_day, e.last_day
  FROM articles a, event_dates(a.body, a.published) e;
SQL
  pids="${pids:-} $!"
  i=$((i+1))
done
fail=0
for pid in $pids; do wait "$pid" || fail=1; done
[ "$fail" -eq 0 ] || { echo "shard_run.sh: a shard failed" >&2; exit 1; }
rm -f "$out"
{
  echo "CREATE TABLE articles(id TEXT PRIMARY KEY, path, published, title, body);"
  echo "CREATE TABLE quotes(id, start, length, quote, speaker, mention, cue, kind, paragraph);"
  echo "CREATE TABLE speakers(id, name, title, kind, quotes, statements, mentions, first);"
  echo "CREATE TABLE dates(id, start, length, expr, type, value, first_day, last_day);"
  i=0
  while [ "$i" -lt "$n" ]; do
    echo "ATTACH '$tmp/shard$i.db' AS s;"
    echo "BEGIN;"
    for t in articles quotes speakers dates; do echo "INSERT INTO $t SELECT * FROM s.$t;"; done
    echo "COMMIT; DETACH s;"
    i=$((i+1))
  done
} | sqlite3 -bail "$out"
