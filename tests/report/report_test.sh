#!/bin/sh
# report_test.sh -- the HTML report (examples/report/make_report.py) built
# from the example corpus, checked as a file and as Chromium renders it.
#   sh tests/report/report_test.sh          (make report-test)
#
#  1. build/report.html is built; it loads nothing (no scripts, no links, no
#     external URLs) and escapes text (a fixture corpus whose file name, title
#     and quotation hold HTML is reported as text);
#  2. headless Chromium renders it: --dump-dom has the section headings, a
#     speaker of the corpus and at least MIN_SVG inline SVG charts;
#     --screenshot gives build/report.png, a PNG of more than 20 KB that is not
#     a single colour (tests/report/check_png.py).
# Chromium is Debian's `chromium`: installed when missing if run as root,
# otherwise the test prints the apt-get command and a `skip - ` line.
# Prints ok / not ok lines; exits 1 when one is not ok.
set -u
cd "$(dirname "$0")/../.." || exit 1

PY=/usr/bin/python3
MIN_SVG=3
MIN_PNG_BYTES=20480
HTML=build/report.html
PNG=build/report.png
fails=0
ok()    { echo "ok - $*"; }
notok() { echo "not ok - $*"; fails=$((fails + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# --- 1. the page as a file --------------------------------------------------
if [ ! -f dist/newsroom.so ]; then
  make -s dist/newsroom.so >"$tmp/make.log" 2>&1 || { cat "$tmp/make.log"; notok "make dist/newsroom.so"; exit 1; }
fi
rm -f "$HTML" "$PNG"
if $PY examples/report/make_report.py -o "$HTML" >"$tmp/build.log" 2>&1 && [ -s "$HTML" ]; then
  ok "make_report.py builds $HTML ($(wc -c <"$HTML") bytes)"
else
  cat "$tmp/build.log"; notok "make_report.py builds $HTML"; exit 1
fi

if grep -qiE '<script|<link|<iframe|<img|<object|<embed|@import|url\(|(src|href)="[a-z]+:' "$HTML"; then
  notok "the page loads nothing: $(grep -oiE '<script|<link|<iframe|<img|<object|<embed|@import|url\(|(src|href)="[a-z]+:[^"]*' "$HTML" | head -3 | tr '\n' ' ')"
else
  ok "the page loads nothing (no scripts, links, images or external URLs)"
fi

# Escaping: a corpus whose file name, headline and quotation hold markup.
mkdir -p "$tmp/corpus"
cat >"$tmp/corpus/01_<b>wire&co.txt" <<'EOF'
date 2024-03-14

Strike talks <i>collapse</i> & resume

"We want <b>fair</b> pay & nothing less," said Jane Doe, a union delegate.
EOF
if $PY examples/report/make_report.py -o "$tmp/escape.html" "$tmp/corpus" >"$tmp/escape.log" 2>&1; then
  if grep -qE '<b>|<i>|&co' "$tmp/escape.html"; then
    notok "text is escaped: raw markup in the page: $(grep -oE '.{0,30}(<b>|<i>|&co).{0,30}' "$tmp/escape.html" | head -3 | tr '\n' ' ')"
  elif grep -q '&lt;b&gt;wire&amp;co' "$tmp/escape.html" && grep -q '&lt;b&gt;fair&lt;/b&gt; pay &amp;' "$tmp/escape.html"; then
    ok "text is escaped (file name, headline and quotation holding markup)"
  else
    notok "text is escaped: the escaped file name or quotation is missing from the page"
  fi
else
  cat "$tmp/escape.log"; notok "make_report.py on a corpus holding markup"
fi

# --- 2. rendered by Chromium -------------------------------------------------
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "# installing Debian's chromium (apt-get install -y chromium)" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq chromium || { apt-get update -qq && apt-get install -y -qq chromium; }; } \
      >"$tmp/apt.log" 2>&1 || { tail -20 "$tmp/apt.log" >&2; }
    chromium=$(command -v chromium || true)
  fi
  if [ -z "$chromium" ]; then
    echo "# chromium is not installed; run: sudo apt-get update && sudo apt-get install -y chromium"
    echo "skip - rendering in headless Chromium (chromium not installed)"
    [ "$fails" -eq 0 ]; exit $?
  fi
fi

url="file://$(pwd)/$HTML"
run_chromium() {  # run_chromium ARGS... ; stdout to $tmp/out, stderr to $tmp/err
  profile=$(mktemp -d)
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  rm -rf "$profile"
  return $rc
}

if run_chromium --dump-dom "$url" && [ -s "$tmp/out" ]; then
  cp "$tmp/out" "$tmp/dom.html"
  ok "chromium --dump-dom ($(wc -c <"$tmp/dom.html") bytes of DOM)"
  for heading in "Who said what" "Timeline" "Quotes shared across outlets" "Every quotation"; do
    if grep -q "<h2>$heading</h2>" "$tmp/dom.html"; then ok "DOM has the heading '$heading'"
    else notok "DOM has the heading '$heading'"; fi
  done
  found=""
  for name in "Marta Okonkwo-Reyes" "Henrik Salvesen" "Inès Dumont"; do
    grep -q "$name" "$tmp/dom.html" && found="$found${found:+, }$name"
  done
  if [ -n "$found" ]; then ok "DOM names speakers of the corpus ($found)"
  else notok "DOM names a speaker of the corpus (Marta Okonkwo-Reyes, Henrik Salvesen, Inès Dumont)"; fi
  svgs=$(grep -o '<svg' "$tmp/dom.html" | wc -l)
  if [ "$svgs" -ge "$MIN_SVG" ]; then ok "DOM has $svgs inline SVG charts (at least $MIN_SVG)"
  else notok "DOM has at least $MIN_SVG inline SVG charts (found $svgs)"; fi
  bars=$(grep -o '<rect' "$tmp/dom.html" | wc -l)
  if [ "$bars" -ge 4 ]; then ok "the charts have marks ($bars bars)"
  else notok "the charts have marks (found $bars <rect>)"; fi
else
  tail -5 "$tmp/err"; notok "chromium --dump-dom $url"
fi

if run_chromium --screenshot="$PNG" --window-size=1200,2000 "$url" && [ -f "$PNG" ]; then
  ok "chromium --screenshot=$PNG --window-size=1200,2000"
else
  tail -5 "$tmp/err"; notok "chromium --screenshot=$PNG"
fi
$PY tests/report/check_png.py "$PNG" "$MIN_PNG_BYTES" || fails=$((fails + 1))

[ "$fails" -eq 0 ] || { echo "# $fails failed"; exit 1; }
