#!/usr/bin/env python3
"""newsroom throughput benchmark (make bench).

Measures MB/s and articles/s of every newsroom function that is registered,
next to the bare SQLite scan (sum(length(text))) as the floor, on:
  - examples/corpus/ (read with news_articles),
  - ../shared/data/corpus/news-10mb.jsonl when present (real news),
  - a scaling series: 1, 10 and 100 MB built by repeating the real sample (or
    the example corpus), and one 50 MB article, to show time grows linearly.
Prints a table and writes build/bench.json.  Timings are best of --repeat
runs on one core.  Standard library only; needs Debian's python3 (a python
that can load extensions).
"""
import argparse
import json
import os
import resource
import sqlite3
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT = os.path.join(ROOT, "dist", "newsroom")
SAMPLE = os.path.join(ROOT, "..", "shared", "data", "corpus", "news-10mb.jsonl")

QUERIES = [
    ("scan (floor)", None, "SELECT sum(length(text)) FROM docs"),
    ("article_quotes", "article_quotes", "SELECT count(*) FROM docs, article_quotes(docs.text)"),
    ("extract_speakers", "extract_speakers", "SELECT count(*) FROM docs, extract_speakers(docs.text)"),
    ("event_dates", "event_dates", "SELECT count(*) FROM docs, event_dates(docs.text, docs.date)"),
    ("event_date", "event_date", "SELECT count(event_date(text, date)) FROM docs"),
    ("article_sentences", "article_sentences", "SELECT count(*) FROM docs, article_sentences(docs.text)"),
    ("article_published", "article_published", "SELECT count(article_published(text)) FROM docs"),
    ("quote_key", "quote_key", "SELECT count(quote_key(text)) FROM docs"),
]


def connect():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(EXT)
    return db


def registered(db):
    names = {r[0] for r in db.execute("SELECT name FROM pragma_function_list")}
    names |= {r[0] for r in db.execute("SELECT name FROM pragma_module_list")}
    return names


def fill(db, docs):
    db.execute("DROP TABLE IF EXISTS docs")
    db.execute("CREATE TABLE docs(id, date, text)")
    db.executemany("INSERT INTO docs VALUES (?,?,?)", docs)
    return sum(len(d[2].encode("utf-8")) for d in docs)


def child_memory(text, date, have, nbytes):
    """Peak RSS of a fresh sqlite3 shell running each query on the one big
    article (read from a database file), next to the shell scanning it."""
    import shutil, subprocess, tempfile
    shell = shutil.which("sqlite3")
    if not shell:
        return {}
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.db")
        db = sqlite3.connect(path)
        fill(db, [("big", date, text)])
        db.commit()
        db.close()
        print(f"\npeak memory of one sqlite3 process on the {nbytes / 1e6:.0f} MB article "
              f"(target: under 2 x article + a constant):")
        for name, fn, sql in QUERIES:
            if fn and fn not in have:
                continue
            # the shell's own high-water mark (VmHWM), read after the query
            # by a child of the shell: ru_maxrss would count the fork from
            # this (large) Python process
            script = f".load {EXT}\n{sql};\n.system grep VmHWM /proc/$PPID/status\n"
            r = subprocess.run([shell, "-bail", path], input=script, capture_output=True, text=True)
            kb = [ln.split()[1] for ln in r.stdout.splitlines() if ln.startswith("VmHWM:")]
            if r.returncode != 0 or not kb:
                out[name] = {"error": r.stderr.strip()[:200]}
                print(f"  {name:<18} failed: {r.stderr.strip()[:80]}")
                continue
            mb = round(int(kb[0]) / 1024, 1)
            out[name] = {"peak_rss_MB": mb, "x_article": round(mb * 1048576 / nbytes, 2)}
            print(f"  {name:<18} {mb:>8.1f} MB  ({mb * 1048576 / nbytes:.2f} x article)")
    return out


def measure(db, have, nbytes, ndocs, repeat, only=None):
    out = {}
    for name, fn, sql in QUERIES:
        if fn and fn not in have:
            continue
        if only and name not in only:
            continue
        best = None
        for _ in range(repeat):
            t = time.perf_counter()
            db.execute(sql).fetchall()
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
        out[name] = {"seconds": round(best, 4), "MB/s": round(nbytes / 1e6 / best, 1),
                     "articles/s": round(ndocs / best)}
    return out


def load_sample(limit=None):
    docs, total = [], 0
    with open(SAMPLE, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            docs.append((d.get("id"), d.get("date"), d["text"]))
            total += len(d["text"].encode("utf-8"))
            if limit and total >= limit:
                break
    return docs


def table(title, res, nbytes, ndocs):
    print(f"\n{title}: {nbytes / 1e6:.2f} MB, {ndocs} articles")
    floor = res.get("scan (floor)", {}).get("seconds")
    print(f"  {'function':<20} {'seconds':>9} {'MB/s':>9} {'articles/s':>11} {'x scan':>7}")
    for name, r in res.items():
        ratio = f"{r['seconds'] / floor:.1f}" if floor else "-"
        print(f"  {name:<20} {r['seconds']:>9.4f} {r['MB/s']:>9.1f} {r['articles/s']:>11} {ratio:>7}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-scaling", action="store_true")
    args = ap.parse_args()
    db = connect()
    have = registered(db)
    report = {"functions": sorted(n for n in have if n.startswith(("article_", "event_", "extract_", "news_", "quote_")))}

    # the example corpus, through news_articles
    ex = os.path.join(ROOT, "examples", "corpus")
    t = time.perf_counter()
    rows = db.execute("SELECT id, published, text FROM news_articles(?)", (ex,)).fetchall()
    read_s = time.perf_counter() - t
    nb = fill(db, rows)
    res = measure(db, have, nb, len(rows), args.repeat)
    res["news_articles"] = {"seconds": round(read_s, 4), "MB/s": round(nb / 1e6 / read_s, 1),
                            "articles/s": round(len(rows) / read_s)}
    table("examples/corpus", res, nb, len(rows))
    report["examples"] = {"MB": nb / 1e6, "articles": len(rows), "results": res}

    base = rows
    if os.path.exists(SAMPLE):
        docs = load_sample()
        nb = fill(db, docs)
        res = measure(db, have, nb, len(docs), args.repeat)
        table("news-10mb.jsonl (real news)", res, nb, len(docs))
        report["news10mb"] = {"MB": nb / 1e6, "articles": len(docs), "results": res}
        base = docs
    else:
        print("\n../shared/data/corpus/news-10mb.jsonl absent: real-news figures skipped")

    if not args.no_scaling and base:
        series = {}
        unit = sum(len(d[2].encode("utf-8")) for d in base)
        for mb in (1, 10, 100):
            docs, total, i = [], 0, 0
            while total < mb * 1e6:
                d = base[i % len(base)]
                docs.append((f"{d[0]}#{i}", d[1], d[2]))
                total += len(d[2].encode("utf-8"))
                i += 1
            nb = fill(db, docs)
            res = measure(db, have, nb, len(docs), 1 if mb == 100 else args.repeat)
            series[f"{mb} MB"] = {"MB": nb / 1e6, "results": res}
        # one 10 MB and one 50 MB article: the sample's articles run together
        # as one text (every part of it has quotes and speakers, unlike the
        # sample, where 30% of the bytes are articles with no quotation: so
        # compare these two rows with each other)
        for mb in (10, 50):
            big, total, i = [], 0, 0
            while total < mb * 1e6:
                s = base[i % len(base)][2]
                big.append(s)
                total += len(s.encode("utf-8")) + 1
                i += 1
            text = "\n".join(big)
            nb = fill(db, [("big", base[0][1], text)])
            series[f"one {mb} MB article"] = {"MB": nb / 1e6, "results": measure(db, have, nb, 1, 1)}
            if mb == 50:
                report["memory_50MB_article"] = child_memory(text, base[0][1], have, nb)
            del big, text
        print("\nscaling (seconds per MB; linear time keeps each row flat):")
        names = [n for n, _, _ in QUERIES if any(n in s["results"] for s in series.values())]
        print("  " + f"{'':<18}" + "".join(f"{n[:16]:>18}" for n in names))
        for k, s in series.items():
            cells = []
            for n in names:
                r = s["results"].get(n)
                cells.append(f"{r['seconds'] / s['MB']:>18.5f}" if r else f"{'-':>18}")
            print(f"  {k:<18}" + "".join(cells))
        report["scaling"] = series
        del unit

    report["peak_rss_MB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(f"\npeak memory (RSS, whole process incl. the test data): {report['peak_rss_MB']} MB")
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    with open(os.path.join(ROOT, "build", "bench.json"), "w") as f:
        json.dump(report, f, indent=1)
    print("written build/bench.json")


if __name__ == "__main__":
    if not hasattr(sqlite3.Connection, "enable_load_extension") and os.path.exists("/usr/bin/python3") \
            and os.path.realpath(sys.executable) != "/usr/bin/python3":
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    main()
