#!/usr/bin/python3
"""dateparser: every date expression in each article, resolved against the
article's date -- search_dates(text, languages=['en'],
settings={'RELATIVE_BASE': date}) -- the peer of event_dates.

    /usr/bin/python3 run_dateparser.py ARTICLES.jsonl [--repeat N]

Debian's python3-dateparser installs into the system Python, so run it with
/usr/bin/python3.  Prints one JSON line: {"peer":"dateparser","task":"dates",
..., "seconds", "mb_per_s", "articles_per_s", "items"}; seconds is the time
inside search_dates only (after one warm-up call), best of N passes.
"""
import argparse
import datetime
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")  # dateparser 1.1.6 warns on every call (PytzUsageWarning)

import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    arts = []
    with open(a.file, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                arts.append((d.get("id"), d.get("date"), d.get("text") or ""))
    settings = []
    for _, date, _ in arts:
        s = {}
        if date:
            s["RELATIVE_BASE"] = datetime.datetime.fromisoformat(date[:10])
        settings.append(s)
    if arts:
        search_dates(arts[0][2], languages=["en"], settings=settings[0])  # warm-up
    best = None
    for _ in range(max(1, a.repeat)):
        t = 0.0
        items = with_items = errors = 0
        for (_, _, text), s in zip(arts, settings):
            t0 = time.perf_counter()
            try:
                r = search_dates(text, languages=["en"], settings=s)
            except Exception:
                errors += 1
                r = None
            t += time.perf_counter() - t0
            n = len(r) if r else 0
            items += n
            with_items += 1 if n else 0
        if best is None or t < best[0]:
            best = (t, items, with_items, errors)
    t, items, with_items, errors = best
    nbytes = sum(len(x[2].encode("utf-8")) for x in arts)
    print(json.dumps({
        "peer": "dateparser", "version": dateparser.__version__, "task": "dates",
        "call": "search_dates(text, languages=['en'], settings={'RELATIVE_BASE': date})",
        "python": sys.version.split()[0], "passes": max(1, a.repeat),
        "items": items, "articles_with_items": with_items, "errors": errors,
        "articles": len(arts), "bytes": nbytes, "seconds": t,
        "mb_per_s": nbytes / 1e6 / t if t > 0 else None,
        "articles_per_s": len(arts) / t if t > 0 else None,
    }))


if __name__ == "__main__":
    main()
