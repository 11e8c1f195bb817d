# report.mk -- issue 8: one self-contained HTML page about a corpus.
#
#   make report          build/report.html from examples/corpus/: who said
#                        what, the timeline as an SVG chart, quotes shared
#                        across outlets -- the scripts in sql/ run by
#                        examples/report/make_report.py (inline CSS and SVG,
#                        nothing loaded); REPORT_CORPUS=folder for another
#   make report-test     tests/report/report_test.sh: the page built, checked
#                        for escaping and external resources, rendered by
#                        headless Chromium (DOM dump + build/report.png)
#
# Debian's /usr/bin/python3 (it can load extensions), standard library only.
# report-test installs Debian's chromium when run as root; otherwise it
# prints the apt-get command and skips the rendering checks.

REPORT_PY     ?= /usr/bin/python3
REPORT_CORPUS ?= examples/corpus

.PHONY: report report-test
report: dist/newsroom.so
	@$(REPORT_PY) examples/report/make_report.py -o build/report.html $(REPORT_CORPUS)

report-test: dist/newsroom.so
	@sh tests/report/report_test.sh
