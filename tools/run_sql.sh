#!/bin/sh
# run_sql.sh -- run an analysis script from sql/ over a folder of articles
# (default: examples/corpus), the way a user would: the corpus goes into the
# table `articles`, then the script runs.  Stops at the first error.
#   tools/run_sql.sh sql/who_said_what.sql [folder]
set -eu
script="$1"; folder="${2:-examples/corpus}"
exec sqlite3 -bail -cmd '.load ./dist/newsroom' -cmd '.mode box' \
  -cmd "CREATE TEMP TABLE articles AS SELECT * FROM news_articles('$folder')" \
  :memory: < "$script"
