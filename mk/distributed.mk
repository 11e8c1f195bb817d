# distributed.mk -- issue 9: the same extension on Dask distributed.
#
#   make distributed-test    newsroom_dask.py on a LocalCluster of two worker
#                            processes (127.0.0.1 only) equals the single-process
#                            run row for row, also with a worker killed mid-run
#   make distributed-bench   seconds for one worker, then two, on the 10 MB
#                            sample (../shared/data/corpus/news-10mb.jsonl)
#
# Dask comes from Debian (python3-distributed, python3-dask), run with
# Debian's /usr/bin/python3 (it can load extensions).  As root the targets
# install what is missing; otherwise they print the apt-get command and stop.

DIST_PY   = /usr/bin/python3
DIST_DEBS = python3-distributed python3-dask

.PHONY: distributed-deps distributed-test distributed-bench

distributed-deps:
	@missing=""; \
	for p in $(DIST_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "newsroom: installing missing Debian packages:$$missing" >&2; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq >&2 && apt-get install -y -qq $$missing >&2 || { \
	      echo "newsroom: apt-get failed; run: apt-get update && apt-get install -y$$missing" >&2; exit 1; }; \
	  else \
	    echo "newsroom: missing Debian packages:$$missing" >&2; \
	    echo "newsroom: run: sudo apt-get update && sudo apt-get install -y$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi

distributed-test: dist/newsroom.so distributed-deps
	@$(DIST_PY) tests/distributed/test_distributed.py

distributed-bench: dist/newsroom.so distributed-deps
	@$(DIST_PY) examples/distributed/scaling.py
