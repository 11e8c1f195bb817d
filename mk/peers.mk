# peers.mk -- issue 6: newsroom next to the tools a user would pick instead.
#
#   make bench-peers     the same articles through chrono-node, compromise and
#                        dateparser and through newsroom's event_dates,
#                        event_date, article_quotes and extract_speakers; a
#                        table of MB/s and newsroom's ratio to each peer, JSON
#                        in build/bench-peers.json (see tools/peers/README.md)
#
# Installs what is missing: `npm ci` in tools/peers (pinned versions from the
# committed package-lock.json), python3-dateparser from Debian when root.
# Options for the driver: make bench-peers PEERS_ARGS='--slow-slice-kb 200'

PEERS_PYTHON ?= /usr/bin/python3
PEERS_ARGS   ?=

.PHONY: bench-peers
bench-peers: dist/newsroom.so
	$(PEERS_PYTHON) tools/peers/bench_peers.py $(PEERS_ARGS)
