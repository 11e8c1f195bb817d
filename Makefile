# newsroom -- a SQLite extension for news corpora.
#
#   make            build dist/newsroom.so
#   make demo       build and run sql/overview.sql on examples/corpus/
#   make test       C unit tests, SQL tests through the sqlite3 shell, and the
#                   same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench      throughput benchmark (see tools/bench)
#   make clean
#
# Dependencies come from Debian (libsqlite3-dev, sqlite3, libutf8proc-dev);
# `make demo` and `make test` install missing ones when run as root.

CC      ?= cc
CLANG   ?= clang
VERSION := $(shell cat VERSION)
COMMIT  := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
PKG_CFLAGS = $(shell pkg-config --cflags sqlite3 libutf8proc 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc)

WARN    = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(PKG_CFLAGS) \
	-DNEWSROOM_VERSION='"$(VERSION)"' -DNEWSROOM_COMMIT='"$(COMMIT)"'
SAN     = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

CORE_SRC = $(sort $(wildcard ext/core/*.c))
BIND_SRC = $(sort $(wildcard ext/bind/*.c))
EXT_SRC  = ext/newsroom.c $(BIND_SRC) $(CORE_SRC)
HEADERS  = $(wildcard ext/*.h ext/core/*.h ext/bind/*.h)
LEX_TSV  = $(sort $(wildcard ext/lexicon/*.tsv))
LEX_INC  = $(LEX_TSV:.tsv=.inc)
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(patsubst tests/unit/%.c,build/unit/%,$(UNIT_SRC))
UNIT_ASAN = $(patsubst tests/unit/%.c,build/unit-asan/%,$(UNIT_SRC))

.PHONY: all deps deps-test demo test unit test-sql bench clean lex check-core examples
all: dist/newsroom.so

deps:
	@tools/deps.sh build
deps-test:
	@tools/deps.sh test

# Lexicons: data in ext/lexicon/*.tsv, compiled to committed .inc tables.
lex: $(LEX_INC)
ext/lexicon/%.inc: ext/lexicon/%.tsv tools/lex2c.awk
	LC_ALL=C awk -v name=$* -f tools/lex2c.awk $< > $@.tmp && mv $@.tmp $@

dist/newsroom.so: $(EXT_SRC) $(HEADERS) $(LEX_INC) VERSION | check-core
	@mkdir -p dist
	$(CC) $(ALL_CFLAGS) -fPIC -fvisibility=hidden -shared -o $@ $(EXT_SRC) $(PKG_LIBS)

dist-asan/newsroom.so: $(EXT_SRC) $(HEADERS) $(LEX_INC) VERSION
	@mkdir -p dist-asan
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -fPIC -shared -o $@ $(EXT_SRC) $(PKG_LIBS)

# The cores must not know about SQLite.
check-core:
	@if grep -lE '#include.*sqlite|sqlite3_[a-z0-9_]+ *\(' ext/core/*.c ext/core/*.h | grep .; then \
	  echo "ext/core must not use SQLite (files above)"; exit 1; fi

build/unit/%: tests/unit/%.c $(CORE_SRC) $(HEADERS) $(LEX_INC) tests/unit/check.h tests/unit/alloc_libc.c
	@mkdir -p build/unit
	$(CC) $(ALL_CFLAGS) -o $@ $< $(CORE_SRC) tests/unit/alloc_libc.c $(PKG_LIBS)

build/unit-asan/%: tests/unit/%.c $(CORE_SRC) $(HEADERS) $(LEX_INC) tests/unit/check.h tests/unit/alloc_libc.c
	@mkdir -p build/unit-asan
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -o $@ $< $(CORE_SRC) tests/unit/alloc_libc.c $(PKG_LIBS)

unit: $(UNIT_BIN)

demo: deps
	@tools/deps.sh demo
	@$(MAKE) --no-print-directory dist/newsroom.so
	@sqlite3 -cmd '.load ./dist/newsroom' -cmd '.mode box' \
	  -cmd "CREATE TEMP TABLE articles AS SELECT * FROM news_articles('examples/corpus')" \
	  :memory: < sql/overview.sql

test: deps-test
	@$(MAKE) --no-print-directory -j2 dist/newsroom.so dist-asan/newsroom.so $(UNIT_BIN) $(UNIT_ASAN)
	@tests/run.sh

bench: dist/newsroom.so
	/usr/bin/python3 tools/bench.py

# Every host example and analysis script, run against examples/corpus; fails
# if any output differs from what README.md and docs/ show.
build/static_demo: examples/c/static_demo.c $(EXT_SRC) $(HEADERS) $(LEX_INC)
	@mkdir -p build
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -o $@ examples/c/static_demo.c $(EXT_SRC) -lsqlite3 $(PKG_LIBS)

examples: deps-test
	@$(MAKE) --no-print-directory dist/newsroom.so build/static_demo
	@/usr/bin/python3 tools/doccheck.py README.md docs/*.md examples/node/README.md > build/examples.out; st=$$?; \
	  grep -v '^ok - ' build/examples.out; \
	  echo "$$(grep -c '^ok - ' build/examples.out) examples match the docs"; exit $$st
	@$(MAKE) --no-print-directory report-test

clean:
	rm -rf dist dist-asan build

# Further targets (fuzzing, memory checks, benchmarks) live in mk/*.mk.
-include $(sort $(wildcard mk/*.mk))
