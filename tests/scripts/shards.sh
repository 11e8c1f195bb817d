#!/bin/sh
# shards.sh -- the sharded recipe (tools/shard_run.sh) gives exactly the rows
# one process gives, each article once.
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! sqlite3 -cmd ".load ./dist/newsroom" :memory: "SELECT 1 FROM pragma_module_list WHERE name='article_quotes'" | grep -q 1; then
  echo "skip - shards: article_quotes is not built yet"; exit 0
fi
tools/shard_run.sh examples/corpus "$tmp/merged.db" 3 || { echo "not ok - shards: the sharded run failed"; exit 1; }
tools/shard_run.sh examples/corpus "$tmp/single.db" 1 || { echo "not ok - shards: the single run failed"; exit 1; }
for t in articles quotes speakers dates; do
  q="SELECT * FROM $t ORDER BY 1, 2, 3"
  a=$(sqlite3 "$tmp/merged.db" "$q" | md5sum); b=$(sqlite3 "$tmp/single.db" "$q" | md5sum)
  n=$(sqlite3 "$tmp/merged.db" "SELECT count(*) FROM $t")
  if [ "$a" = "$b" ] && [ "$n" -gt 0 ]; then echo "ok - shards: $t equal to one process ($n rows)"
  else echo "not ok - shards: $t differs from one process"; fi
done
d=$(sqlite3 "$tmp/merged.db" "SELECT count(*) - count(DISTINCT id) FROM articles")
[ "$d" = 0 ] && echo "ok - shards: each article exactly once" || echo "not ok - shards: $d duplicated articles"
