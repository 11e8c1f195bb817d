#!/bin/sh
# run.sh -- the Node.js host example: install better-sqlite3 (once, silently,
# the exact version in package-lock.json, compiled from source) and run
# who_speaks.js (default folder: the example corpus).
#   sh examples/node/run.sh [folder]
#
# The install is `npm ci` with build-from-source: no prebuilt binary is
# fetched, node-gyp compiles the addon (needs g++, make, python3).  The Node
# headers come from /usr/include/node when they are there (Debian's nodejs /
# libnode-dev); elsewhere node-gyp uses its own.  If the install fails, its
# log is printed on stderr.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ ! -d "$here/node_modules/better-sqlite3" ]; then
  : "${npm_config_build_from_source:=true}"
  export npm_config_build_from_source
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
    npm_config_nodedir=/usr; export npm_config_nodedir
  fi
  log=$(mktemp)
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "examples/node/run.sh: npm ci failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
fi

if [ ! -f "$root/dist/newsroom.so" ] && [ ! -f "$root/dist/newsroom.dylib" ] && [ ! -f "$root/dist/newsroom.dll" ]; then
  (cd "$root" && make -s dist/newsroom.so) >&2
fi

# A folder given is relative to where you are; the default is the example corpus.
if [ $# -eq 0 ]; then set -- "$root/examples/corpus"; fi
exec node "$here/who_speaks.js" "$@"
