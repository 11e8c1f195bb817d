#!/bin/sh
# reliability.sh -- issue 7 on every `make test`: the OOM sweep (every
# allocation fails in turn), the ThreadSanitizer run, the fuzz corpora and
# saved crash inputs replayed, and paths that cannot be read.  The timed
# fuzz pass (make fuzz-short, 5 s per target) runs when CI is set or
# NEWSROOM_FUZZ=1.  Prints ok / not ok lines for tests/run.sh.
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
# the runner's sanitizer settings are for the preloaded .so; ours build their own
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS LD_PRELOAD

step(){ # name make-target: run it, pass its ok/not ok lines on
  make -s --no-print-directory "$2" > "$tmp/$2.out" 2>&1; st=$?
  grep -E '^(ok|not ok|skip) - ' "$tmp/$2.out"
  if [ $st -ne 0 ] && ! grep -q '^not ok - ' "$tmp/$2.out"; then
    echo "not ok - reliability: make $2 failed (status $st)"; tail -n 15 "$tmp/$2.out" | sed 's/^/    /'
  fi
}

step "OOM sweep" oom-test
# ThreadSanitizer and libFuzzer come with clang (tools/deps.sh test installs it)
if printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){ return 0; }\n' \
   | clang -fsanitize=fuzzer -x c - -o "$tmp/probe" >/dev/null 2>&1; then
  step "threads" thread-test
  step "fuzz corpora" fuzz-regress
  if [ -n "${CI:-}" ] || [ "${NEWSROOM_FUZZ:-}" = 1 ]; then step "fuzz pass" fuzz-short; fi
else
  echo "skip - reliability: clang with libFuzzer not installed: no thread or fuzz tests"
fi

# Paths that exist but cannot be read: an error naming the path and why.
# (root reads everything, so run the shell as nobody when we are root)
as_user=""
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
    as_user="setpriv --reuid=$(id -u nobody) --regid=$(id -g nobody) --clear-groups"
  fi
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
  chmod 755 "$tmp"
  mkdir "$tmp/locked" "$tmp/open"
  echo "Headline" > "$tmp/open/secret.txt"; chmod 000 "$tmp/open/secret.txt"
  echo "Headline" > "$tmp/locked/a.txt"; chmod 000 "$tmp/locked"
  cp dist/newsroom.so "$tmp/newsroom.so"; chmod 755 "$tmp/newsroom.so"
  q(){ $as_user sqlite3 -batch -cmd ".load $tmp/newsroom" :memory: "$1" 2>&1; }
  out=$(q "SELECT count(*) FROM news_articles('$tmp/open/secret.txt');")
  case "$out" in
    *"news_articles(): cannot open '$tmp/open/secret.txt': Permission denied"*) ok=1 ;; *) ok=0 ;;
  esac
  [ $ok = 1 ] && echo "ok - reliability: unreadable file: error names the path and the reason" \
              || { echo "not ok - reliability: unreadable file"; echo "$out" | sed 's/^/    /'; }
  out=$(q "SELECT count(*) FROM news_articles('$tmp/locked');")
  case "$out" in
    *"news_articles(): cannot read directory '$tmp/locked': Permission denied"*|*"news_articles(): cannot open '$tmp/locked': Permission denied"*) ok=1 ;; *) ok=0 ;;
  esac
  [ $ok = 1 ] && echo "ok - reliability: unreadable directory: error names the path and the reason" \
              || { echo "not ok - reliability: unreadable directory"; echo "$out" | sed 's/^/    /'; }
  out=$(q "SELECT count(*) FROM news_articles('$tmp/open/*.txt');")
  case "$out" in
    *"cannot open '$tmp/open/secret.txt': Permission denied"*) echo "ok - reliability: unreadable file through a glob: error names it" ;;
    *) echo "not ok - reliability: unreadable file through a glob"; echo "$out" | sed 's/^/    /' ;;
  esac
else
  echo "skip - reliability: running as root without setpriv, cannot make an unreadable file"
fi
