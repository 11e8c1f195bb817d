#!/bin/sh
# deps.sh -- make sure the Debian packages newsroom builds and tests with are
# here.  As root it installs what is missing (apt-get update first); otherwise
# it prints the exact command and fails.  Nothing is fetched from elsewhere.
#
#   tools/deps.sh build      compiler inputs: libsqlite3-dev, libutf8proc-dev, pkg-config
#   tools/deps.sh test       build + the sqlite3 shell, python3, clang (sanitizers, fuzzers)
set -u
want="libsqlite3-dev libutf8proc-dev pkg-config gcc make"
case "${1:-build}" in
  test) want="$want sqlite3 python3 clang libclang-rt-dev" ;;
  demo) want="$want sqlite3" ;;
esac
missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "newsroom: installing missing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq $missing >&2 && exit 0
  echo "newsroom: apt-get failed; run: apt-get update && apt-get install -y$missing" >&2
  exit 1
fi
echo "newsroom: missing Debian packages:$missing" >&2
echo "newsroom: run: sudo apt-get update && sudo apt-get install -y$missing" >&2
exit 1
