#!/bin/sh
# tour.sh -- the sqlite3 shell: load newsroom, keep the corpus in a table,
# ask who speaks most.
#   sh examples/shell/tour.sh [folder]
folder="${1:-examples/corpus}"
sqlite3 :memory: <<SQL
.load ./dist/newsroom
.mode list
CREATE TABLE articles AS SELECT * FROM news_articles('$folder');
SELECT count(*) || ' articles, ' || sum(length(body)) || ' characters' FROM articles;
SELECT s.name || ' (' || coalesce(max(s.title), '-') || '): ' || sum(s.quotes) || ' quotes'
FROM articles a, extract_speakers(a.body) s
GROUP BY s.name ORDER BY sum(s.quotes) DESC, s.name LIMIT 3;
SQL
