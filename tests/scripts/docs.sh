#!/bin/sh
# docs.sh -- every SQL example in the README and docs/ produces the output shown.
cd "$(dirname "$0")/../.." || exit 2
exec /usr/bin/python3 tools/doccheck.py README.md docs/*.md
