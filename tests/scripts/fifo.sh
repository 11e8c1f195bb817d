#!/bin/sh
# fifo.sh -- news_articles() on a FIFO (named pipe) is an error naming the
# path, never a hang: paths are opened with O_NONBLOCK and fstat()ed before
# reading (it used to block in fopen() waiting for a writer).
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkfifo "$tmp/pipe.txt" "$tmp/pipe.jsonl" || { echo "skip - fifo: mkfifo failed"; exit 0; }
for f in pipe.txt pipe.jsonl; do
  out=$(timeout 10 sqlite3 -batch -cmd '.load ./dist/newsroom' :memory: \
        "SELECT count(*) FROM news_articles('$tmp/$f');" 2>&1); st=$?
  if [ $st -eq 124 ]; then echo "not ok - fifo: news_articles('$f') hangs (killed after 10 s)"
  else
    case "$out" in
      *"news_articles(): '$tmp/$f' is not a regular file"*) echo "ok - fifo: news_articles('$f') refuses a FIFO" ;;
      *) echo "not ok - fifo: news_articles('$f') gave: $out" ;;
    esac
  fi
done
