# reliability.mk -- issue 7: no input crashes it, no schema abuses it.
#
#   make fuzz            every libFuzzer target for FUZZ_SECONDS (default 60)
#                        on its seed corpus (tests/fuzz/corpus/NAME), with
#                        ASan + UBSan; prints the executions each one ran
#   make fuzz-short      the same, 5 s per target (CI)
#   make oom-test        tests/oom/oom.c: the Nth allocation fails, for every N
#   make thread-test     tests/threads/threads.c under ThreadSanitizer
#   make check-memory    valgrind over the unit tests and the SQL tests
#   make fuzz-regress    every input in tests/fuzz/corpus/NAME run once
#
# Every crash a fuzz run finds (build/fuzz/crash-NAME-*) is a regression
# test: once fixed, copy it into tests/fuzz/corpus/NAME/ (as crash-*), where
# fuzz-regress -- part of make test, via tests/scripts/reliability.sh --
# replays it.
#
# Core fuzzers link the cores with tests/unit/alloc_libc.c; fuzz_sql, the OOM
# and the thread programs link the whole extension statically (-DSQLITE_CORE,
# so SQLITE_EXTENSION_INIT1/2/3 are no-ops) against the system libsqlite3.
# A core fuzzer whose core is still being written (quotes extraction, timex)
# is built once a source in ext/core/ defines its entry point.

FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?= -max_len=16384 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS   = $(filter-out -Werror,$(ALL_CFLAGS)) -O1 -g $(FUZZ_SAN) -DSQLITE_CORE -DNR_FUZZING
FUZZ_DIR      = build/fuzz
HAVE_MARKS   := $(shell grep -lE '^int nr_quote_marks.const' ext/core/*.c 2>/dev/null | head -n 1)
HAVE_EXTRACT := $(shell grep -lE '^int nr_quotes_extract.const' ext/core/*.c 2>/dev/null | head -n 1)
HAVE_TIMEX   := $(shell grep -lE '^int nr_timex_scan.const' ext/core/*.c 2>/dev/null | head -n 1)
FUZZ_CORE     = article segment quotekey $(if $(HAVE_MARKS),quotes) $(if $(HAVE_TIMEX),timex)
FUZZ_TARGETS  = $(FUZZ_CORE) sql
FUZZ_BINS     = $(addprefix $(FUZZ_DIR)/fuzz_,$(FUZZ_TARGETS))
FUZZ_CORE_OBJ = $(patsubst ext/%.c,$(FUZZ_DIR)/obj/%.o,$(CORE_SRC))
FUZZ_EXT_OBJ  = $(patsubst ext/%.c,$(FUZZ_DIR)/obj/%.o,$(EXT_SRC))

.PHONY: fuzz fuzz-short fuzz-build fuzz-regress oom-test thread-test check-memory

$(FUZZ_DIR)/obj/%.o: ext/%.c $(HEADERS) $(LEX_INC)
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/alloc_libc.o: tests/unit/alloc_libc.c ext/core/nr_alloc.h
	@mkdir -p $(FUZZ_DIR)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/fuzz_sql: tests/fuzz/fuzz_sql.c tests/fuzz/fuzz_util.h $(FUZZ_EXT_OBJ)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_EXT_OBJ) -lsqlite3 $(PKG_LIBS) -lpthread -lm

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_core.h $(FUZZ_CORE_OBJ) $(FUZZ_DIR)/alloc_libc.o
	$(CLANG) $(FUZZ_CFLAGS) $(if $(HAVE_EXTRACT),-DNR_FUZZ_EXTRACT) -fsanitize=fuzzer -o $@ $< $(FUZZ_CORE_OBJ) $(FUZZ_DIR)/alloc_libc.o $(PKG_LIBS) -lm

fuzz-build: $(FUZZ_BINS)

# One target after another (never in parallel: the machine is shared).  New
# inputs go to build/fuzz/corpus/NAME; the seeds in tests/fuzz/corpus/NAME are
# read only.  A crash leaves build/fuzz/crash-* and fails the target.
fuzz: fuzz-build
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$t; \
	  seeds=tests/fuzz/corpus/$$t; [ -d $$seeds ] || seeds=; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	     $(FUZZ_DIR)/fuzz_$$t $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
	       -artifact_prefix=$(FUZZ_DIR)/crash-$$t- $(FUZZ_DIR)/corpus/$$t $$seeds \
	       > $(FUZZ_DIR)/fuzz_$$t.log 2>&1; then \
	    runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/fuzz_$$t.log | tail -n 1); \
	    secs=$$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' $(FUZZ_DIR)/fuzz_$$t.log | tail -n 1); \
	    echo "ok - fuzz_$$t: $$runs executions in $${secs:-$(FUZZ_SECONDS)} s, no crash"; \
	  else \
	    status=1; echo "not ok - fuzz_$$t: crash or error (see $(FUZZ_DIR)/fuzz_$$t.log)"; \
	    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' $(FUZZ_DIR)/fuzz_$$t.log | head -n 8 | sed 's/^/    /'; \
	  fi; \
	done; exit $$status

fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5

# ------------------------------------------------------------------ OOM test
OOM_CFLAGS = $(ALL_CFLAGS) -O1 $(SAN) -DSQLITE_CORE -Wno-unused-function

build/oom/oom: tests/oom/oom.c tests/fuzz/fuzz_util.h $(EXT_SRC) $(HEADERS) $(LEX_INC)
	@mkdir -p build/oom
	$(CC) $(OOM_CFLAGS) -o $@ tests/oom/oom.c $(EXT_SRC) -lsqlite3 $(PKG_LIBS) -lpthread -lm

oom-test: build/oom/oom
	@ASAN_OPTIONS=detect_leaks=1:exitcode=99 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 build/oom/oom

# ---------------------------------------------------------------- threads
TSAN_CFLAGS = $(filter-out -Werror,$(ALL_CFLAGS)) -O1 -g -fsanitize=thread -DSQLITE_CORE -Wno-unused-function

build/threads/threads: tests/threads/threads.c tests/fuzz/fuzz_util.h $(EXT_SRC) $(HEADERS) $(LEX_INC)
	@mkdir -p build/threads
	$(CLANG) $(TSAN_CFLAGS) -o $@ tests/threads/threads.c $(EXT_SRC) -lsqlite3 $(PKG_LIBS) -lpthread -lm

thread-test: build/threads/threads
	@TSAN_OPTIONS=halt_on_error=1:exitcode=66 build/threads/threads

# ------------------------------------------------------------ valgrind
VALGRIND = valgrind -q --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite

check-memory: dist/newsroom.so $(UNIT_BIN)
	@status=0; for t in $(UNIT_BIN); do \
	  if $(VALGRIND) $$t > build/valgrind.out 2>&1; then echo "ok - valgrind $$t"; \
	  else status=1; echo "not ok - valgrind $$t"; tail -n 30 build/valgrind.out; fi; \
	done; \
	for s in tests/sql/*.sql; do \
	  if $(VALGRIND) sqlite3 -batch -cmd '.load ./dist/newsroom' :memory: < $$s > build/valgrind.out 2>&1; \
	  then echo "ok - valgrind $$s"; \
	  else st=$$?; if [ $$st -eq 97 ]; then status=1; echo "not ok - valgrind $$s"; grep '^==' build/valgrind.out | head -n 30; \
	       else echo "ok - valgrind $$s (exit $$st from SQL errors, no memory errors)"; fi; \
	  fi; \
	done; exit $$status

# Replay the seed corpora and the saved crash inputs (regressions) once each.
fuzz-regress: fuzz-build
	@status=0; for t in $(FUZZ_TARGETS); do \
	  [ -d tests/fuzz/corpus/$$t ] || continue; \
	  n=$$(ls tests/fuzz/corpus/$$t | wc -l); \
	  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	     $(FUZZ_DIR)/fuzz_$$t -runs=1 tests/fuzz/corpus/$$t/* > $(FUZZ_DIR)/regress_$$t.log 2>&1; \
	  then echo "ok - fuzz_$$t: $$n corpus inputs replayed"; \
	  else status=1; echo "not ok - fuzz_$$t: a corpus input fails (see $(FUZZ_DIR)/regress_$$t.log)"; \
	    grep -E 'ERROR|SUMMARY|runtime error|invariant|Running: ' $(FUZZ_DIR)/regress_$$t.log | tail -n 6 | sed 's/^/    /'; fi; \
	done; exit $$status
