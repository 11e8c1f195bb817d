#!/bin/sh
# registry.sh -- the functions and modules the extension registers are exactly
# the ones docs/functions.md documents (one "### `name(...)`" heading each).
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
q="SELECT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list ORDER BY 1;"
sqlite3 :memory: "$q" | sort -u > "$tmp/before"
sqlite3 -cmd ".load ./dist/newsroom" :memory: "$q" | sort -u > "$tmp/after"
comm -13 "$tmp/before" "$tmp/after" > "$tmp/registered"
sed -n 's/^### `\([a-z_0-9]*\)(.*/\1/p' docs/functions.md | sort -u > "$tmp/documented"
if [ ! -s "$tmp/registered" ]; then echo "not ok - registry: nothing registered"; exit 1; fi
for f in $(comm -23 "$tmp/registered" "$tmp/documented"); do echo "not ok - registry: $f is registered but not documented"; done
for f in $(comm -13 "$tmp/registered" "$tmp/documented"); do echo "not ok - registry: $f is documented but not registered"; done
for f in $(comm -12 "$tmp/registered" "$tmp/documented"); do echo "ok - registry: $f registered and documented"; done
