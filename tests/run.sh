#!/bin/sh
# run.sh -- run every test and end with "N passed, N failed[, N skipped]".
#
#   C unit tests      build/unit/test_*        (and build/unit-asan/: ASan+UBSan)
#   SQL tests         tests/sql/*.sql through the real sqlite3 shell with .load,
#                     against dist/newsroom.so and dist-asan/newsroom.so
#   script tests      tests/scripts/*.sh and *.py (registry, hosts, ...)
#
# A unit or script test prints "ok - NAME" / "not ok - NAME" lines.  A SQL test
# either has NAME.expected beside it (the whole output, errors included, must
# match) or prints one "NAME|1" line per assertion (sqlean style).  A SQL file
# whose first line is "-- requires: PATH" is skipped when PATH is absent.
# NEWSROOM_TEST_FILTER=word runs only the tests whose file names contain it.
set -u
cd "$(dirname "$0")/.." || exit 2
pass=0; fail=0; skip=0
filter="${NEWSROOM_TEST_FILTER:-}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

asan_preload=""
for lib in asan ubsan; do
  f=$(gcc -print-file-name=lib$lib.so 2>/dev/null)
  [ -f "$f" ] && asan_preload="$asan_preload $f"
done
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=99"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=98"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"

wanted(){ [ -z "$filter" ] || case "$1" in *"$filter"*) return 0 ;; *) return 1 ;; esac; }

# count ok/not ok lines of a test's output; a crash without them is a failure
count(){ # name file status
  p=$(grep -c '^ok - ' "$2"); f=$(grep -c '^not ok - ' "$2")
  s=$(grep -c '^skip - ' "$2")
  grep '^not ok - ' "$2" | sed "s|^|  [$1] |"
  if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1; echo "  [$1] exited with status $3:"; tail -n 20 "$2" | sed 's/^/    /'
  fi
  pass=$((pass+p)); fail=$((fail+f)); skip=$((skip+s))
}

for bin in build/unit/test_* build/unit-asan/test_*; do
  [ -x "$bin" ] || continue
  wanted "$bin" || continue
  "$bin" > "$tmp/out" 2>&1; count "$bin" "$tmp/out" $?
done

run_sql(){ # so-dir preload file
  if [ -n "$2" ]; then
    LD_PRELOAD="$2" sqlite3 -batch -cmd ".load ./$1/newsroom" :memory: < "$3" > "$tmp/sql" 2>&1
  else
    sqlite3 -batch -cmd ".load ./$1/newsroom" :memory: < "$3" > "$tmp/sql" 2>&1
  fi
}

for sql in tests/sql/*.sql; do
  [ -f "$sql" ] || continue
  wanted "$sql" || continue
  req=$(sed -n '1s/^-- requires: *//p' "$sql")
  if [ -n "$req" ] && [ ! -e "$req" ]; then
    echo "  [$sql] skipped: $req is absent"; skip=$((skip+1)); continue
  fi
  for build in dist dist-asan; do
    [ -f "$build/newsroom.so" ] || continue
    pre=""; [ "$build" = dist-asan ] && pre="$asan_preload"
    run_sql "$build" "$pre" "$sql"; st=$?
    exp="${sql%.sql}.expected"
    if [ -f "$exp" ]; then
      if [ $st -lt 90 ] && diff -u "$exp" "$tmp/sql" > "$tmp/diff"; then pass=$((pass+1))
      else fail=$((fail+1)); echo "  [$build $sql] output differs (status $st):"; head -n 40 "$tmp/diff" | sed 's/^/    /'
      fi
    else
      p=$(grep -c '|1$' "$tmp/sql"); bad=$(grep -v '|1$' "$tmp/sql" | grep -c .)
      pass=$((pass+p)); fail=$((fail+bad))
      if [ "$bad" -gt 0 ]; then echo "  [$build $sql] failing lines:"; grep -v '|1$' "$tmp/sql" | head -n 20 | sed 's/^/    /'; fi
      if [ $st -ge 90 ]; then fail=$((fail+1)); echo "  [$build $sql] sanitizer exit $st"; fi
    fi
  done
done

for t in tests/scripts/*.sh tests/scripts/*.py; do
  [ -f "$t" ] || continue
  wanted "$t" || continue
  case "$t" in *.py) cmd="/usr/bin/python3 $t" ;; *) cmd="sh $t" ;; esac
  $cmd > "$tmp/out" 2>&1; count "$t" "$tmp/out" $?
done

if [ "$skip" -gt 0 ]; then echo "$pass passed, $fail failed, $skip skipped"
else echo "$pass passed, $fail failed"; fi
[ "$fail" -eq 0 ]
