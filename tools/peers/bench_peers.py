#!/usr/bin/python3
"""make bench-peers: the same articles through newsroom and the peers a user
would pick instead, with newsroom's speed as a multiple of each peer's.

  peer (runner)                         task     newsroom function(s)
  chrono-node   (run_chrono.mjs)        dates    event_dates, event_date
  dateparser    (run_dateparser.py)     dates    event_dates, event_date
  compromise    (run_compromise.mjs)    quotes   article_quotes
                                        people   extract_speakers

Articles: --articles FILE.jsonl|PATH, else ../shared/data/corpus/news-10mb.jsonl
when present, else examples/corpus/ read with news_articles (body, published).
Each peer gets a fixed slice -- the first whole articles up to --slice-mb
(default 2 MB of text) for chrono-node, up to --slow-slice-kb (default 500 KB)
for compromise and dateparser, which run at ~0.1 MB/s -- written as
{id, date, text} JSONL to build/peers/; newsroom runs on the very same slice in
the same run, so each ratio is MB/s against MB/s on identical text.

Timing: a peer's seconds are the time inside its own calls (after one warm-up
call; module loading, JSON and process start excluded); newsroom's are the
wall time of the SQL query over an in-memory table holding the slice, best of
--repeat.  MB = UTF-8 bytes of article text / 10^6.

Installs what is missing: `npm ci` in tools/peers (from the committed
package-lock.json) when node_modules does not match it, and
`apt-get install -y python3-dateparser` when root.  A peer that cannot be had
is left out with the reason.  Prints a table, writes build/bench-peers.json.
Bars (issue 6): newsroom >= 30x chrono-node on dates, >= 500x compromise on
quotes and on people; --check exits 1 when one is missed.

Run with Debian's /usr/bin/python3 (a python that can load extensions).
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXT = os.path.join(ROOT, "dist", "newsroom")
SAMPLE = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "corpus", "news-10mb.jsonl"))
EXAMPLES = os.path.join(ROOT, "examples", "corpus")
SYS_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
PEER_TIMEOUT = 900

NEWSROOM = {
    "event_dates": "SELECT count(*) FROM docs, event_dates(docs.text, docs.date)",
    "event_date": "SELECT count(event_date(text, date)) FROM docs",
    "article_quotes": "SELECT count(*) FROM docs, article_quotes(docs.text)",
    "extract_speakers": "SELECT count(*) FROM docs, extract_speakers(docs.text)",
}

# (peer, task, slice, newsroom function, bar or None)
COMPARISONS = [
    ("chrono-node", "dates", "fast", "event_dates", 30),
    ("chrono-node", "dates", "fast", "event_date", 30),
    ("dateparser", "dates", "slow", "event_dates", None),
    ("dateparser", "dates", "slow", "event_date", None),
    ("compromise", "quotes", "slow", "article_quotes", 500),
    ("compromise", "people", "slow", "extract_speakers", 500),
]


def log(msg):
    print(msg, flush=True)


# ------------------------------------------------------------------ articles
def connect():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(EXT)
    db.enable_load_extension(False)
    return db


def registered(db):
    names = {r[0] for r in db.execute("SELECT name FROM pragma_function_list")}
    names |= {r[0] for r in db.execute("SELECT name FROM pragma_module_list")}
    return names


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            text = d.get("text") or d.get("body") or d.get("maintext") or ""
            date = d.get("date") or d.get("published") or None
            out.append((str(d.get("id", "%s:%d" % (os.path.basename(path), n))), date, text))
    return out


def read_with_news_articles(db, path):
    rows = db.execute("SELECT id, published, body FROM news_articles(?)", (path,)).fetchall()
    return [(i, p, b or "") for i, p, b in rows]


def load_articles(db, arg):
    path = arg or (SAMPLE if os.path.exists(SAMPLE) else EXAMPLES)
    if path.endswith(".jsonl") and os.path.isfile(path):
        arts = read_jsonl(path)
    else:
        arts = read_with_news_articles(db, path)
    # the anchor newsroom and the peers resolve against: the ISO date
    arts = [(i, (d[:10] if d else None), t) for i, d, t in arts]
    return path, arts


def take(arts, limit):
    """The first whole articles whose text adds up to at most limit bytes."""
    out, n = [], 0
    for a in arts:
        b = len(a[2].encode("utf-8"))
        if out and n + b > limit:
            break
        out.append(a)
        n += b
    return out, n


def write_slice(arts, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for i, d, t in arts:
            f.write(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------- install
def node_modules_ok():
    """True when tools/peers/node_modules holds what package-lock.json pins."""
    try:
        with open(os.path.join(HERE, "package-lock.json")) as f:
            lock = json.load(f)
        for key, meta in lock.get("packages", {}).items():
            if not key.startswith("node_modules/"):
                continue
            with open(os.path.join(HERE, key, "package.json")) as f:
                if json.load(f).get("version") != meta.get("version"):
                    return False
        return True
    except (OSError, ValueError):
        return False


def ensure_node(no_install):
    if not shutil.which("node"):
        return "node not found on PATH"
    if node_modules_ok():
        return None
    if no_install:
        return "tools/peers/node_modules missing or not the locked versions (run npm ci there)"
    if not shutil.which("npm"):
        return "npm not found on PATH"
    log("bench-peers: npm ci in tools/peers (versions from package-lock.json)")
    r = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0 or not node_modules_ok():
        return "npm ci failed: " + r.stdout.strip()[-400:]
    return None


def have_dateparser():
    r = subprocess.run([SYS_PYTHON, "-c", "import dateparser"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def ensure_dateparser(no_install):
    if have_dateparser():
        return None
    if no_install:
        return "python3-dateparser not installed (apt-get install -y python3-dateparser)"
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        return "python3-dateparser not installed and not root (apt-get install -y python3-dateparser)"
    cmd = ["apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-q", "python3-dateparser"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log("bench-peers: apt-get install -y python3-dateparser")
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        log("bench-peers: apt-get update, then again")
        subprocess.run(["apt-get", "-o", "DPkg::Lock::Timeout=300", "update", "-q"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0 or not have_dateparser():
        return "apt-get install python3-dateparser failed: " + r.stdout.strip()[-400:]
    return None


# ---------------------------------------------------------------------- runs
def run_peer(name, cmd):
    log("bench-peers: %s: %s" % (name, " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c
                                               for c in cmd)))
    env = dict(os.environ, TZ="UTC")
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=PEER_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % PEER_TIMEOUT
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        return None, "exit %d: %s" % (r.returncode, r.stderr.strip()[-400:])
    out = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    for o in out:
        o["process_wall_seconds"] = wall
    return out, None


def run_newsroom(db, have, arts, repeat):
    db.execute("DROP TABLE IF EXISTS docs")
    db.execute("CREATE TABLE docs(id TEXT, date TEXT, text TEXT)")
    db.executemany("INSERT INTO docs VALUES (?,?,?)", arts)
    db.commit()
    out = {}
    for fn, sql in NEWSROOM.items():
        if fn not in have:
            out[fn] = {"registered": False}
            continue
        try:
            db.execute(sql.replace("FROM docs", "FROM (SELECT * FROM docs LIMIT 1) AS docs", 1)).fetchone()
            best, items = None, None
            for _ in range(max(1, repeat)):
                t0 = time.perf_counter()
                items = db.execute(sql).fetchone()[0]
                t = time.perf_counter() - t0
                best = t if best is None or t < best else best
            out[fn] = {"registered": True, "seconds": best, "items": items, "passes": max(1, repeat)}
        except sqlite3.Error as e:
            out[fn] = {"registered": True, "error": str(e)}
    return out


# --------------------------------------------------------------------- table
def fmt(x, nd=2):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.*f" % (nd if x >= 0.1 else 3, x)


def print_table(rows):
    head = ["peer", "task", "MB", "seconds", "MB/s", "items", "newsroom", "newsroom MB/s",
            "nr items", "ratio", "bar"]
    body = []
    for r in rows:
        bar = "-"
        if r["bar"]:
            bar = ">=%dx %s" % (r["bar"], {True: "ok", False: "MISSED", None: "n/a"}[r["bar_met"]])
        body.append([r["peer"] + " " + (r["peer_version"] or ""), r["task"], "%.2f" % r["mb"],
                     fmt(r["peer_seconds"]), fmt(r["peer_mb_per_s"]),
                     str(r["peer_items"]) if r["peer_items"] is not None else "-",
                     r["newsroom"], fmt(r["newsroom_mb_per_s"]) if r["newsroom_mb_per_s"] else
                     (r["newsroom_note"] or "-"),
                     str(r["newsroom_items"]) if r["newsroom_items"] is not None else "-",
                     ("%.0fx" % r["ratio"]) if r["ratio"] else "-", bar])
    w = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w[i]) if i < 2 or i == 6 else c.rjust(w[i])
                                   for i, c in enumerate(cells))
    print(line(head))
    print("  ".join("-" * x for x in w))
    for b in body:
        print(line(b))


# ---------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", help="a {id,date,text} JSONL file, or a path for news_articles")
    ap.add_argument("--slice-mb", type=float, default=2.0, help="text for chrono-node (default 2)")
    ap.add_argument("--slow-slice-kb", type=float, default=500.0,
                    help="text for compromise and dateparser (default 500)")
    ap.add_argument("--repeat", type=int, default=10,
                    help="newsroom: best of N passes (default 10; a pass over 2 MB takes ~20 ms)")
    ap.add_argument("--chrono-repeat", type=int, default=5, help="chrono-node: best of N passes (default 5)")
    ap.add_argument("--peers", default="chrono-node,compromise,dateparser")
    ap.add_argument("--no-install", action="store_true", help="do not run npm ci / apt-get")
    ap.add_argument("--json", default=os.path.join(ROOT, "build", "bench-peers.json"))
    ap.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    a = ap.parse_args()
    wanted = set(a.peers.split(","))

    if not os.path.exists(EXT + ".so") and not os.path.exists(EXT + ".dylib"):
        sys.exit("bench-peers: %s.so is missing; run make first" % os.path.relpath(EXT, ROOT))
    started = datetime.datetime.now(datetime.timezone.utc)
    load0 = os.getloadavg() if hasattr(os, "getloadavg") else None
    db = connect()
    have = registered(db)
    missing = [f for f in NEWSROOM if f not in have]

    source, arts = load_articles(db, a.articles)
    if not arts:
        sys.exit("bench-peers: no articles in %s (and %s is absent)" % (source, SAMPLE))
    build = os.path.join(ROOT, "build", "peers")
    slices = {}
    for key, limit in (("fast", int(a.slice_mb * 1e6)), ("slow", int(a.slow_slice_kb * 1e3))):
        sl, nb = take(arts, limit)
        path = os.path.join(build, "articles-%s.jsonl" % key)
        write_slice(sl, path)
        slices[key] = {"path": path, "articles": sl, "bytes": nb, "limit": limit}

    skipped = {}
    node_err = None
    if wanted & {"chrono-node", "compromise"}:
        node_err = ensure_node(a.no_install)
    dp_err = ensure_dateparser(a.no_install) if "dateparser" in wanted else None

    peer_out = {}   # (peer, task) -> result dict
    runs = []
    jobs = [
        ("chrono-node", "fast", node_err,
         ["node", os.path.join(HERE, "run_chrono.mjs"), slices["fast"]["path"], "--repeat", str(a.chrono_repeat)]),
        ("compromise", "slow", node_err,
         ["node", os.path.join(HERE, "run_compromise.mjs"), slices["slow"]["path"]]),
        ("dateparser", "slow", dp_err,
         [SYS_PYTHON, os.path.join(HERE, "run_dateparser.py"), slices["slow"]["path"]]),
    ]
    for peer, key, err, cmd in jobs:
        if peer not in wanted:
            continue
        if err:
            skipped[peer] = err
            log("bench-peers: %s left out: %s" % (peer, err))
            continue
        out, err = run_peer(peer, cmd)
        if err:
            skipped[peer] = err
            log("bench-peers: %s failed: %s" % (peer, err))
            continue
        for o in out:
            o["slice"] = key
            peer_out[(peer, o["task"])] = o
            runs.append(o)

    log("bench-peers: newsroom on the same slices")
    nr = {key: run_newsroom(db, have, s["articles"], a.repeat) for key, s in slices.items()}
    load1 = os.getloadavg() if hasattr(os, "getloadavg") else None

    rows = []
    for peer, task, key, fn, bar in COMPARISONS:
        if peer not in wanted:
            continue
        p = peer_out.get((peer, task))
        n = nr[key][fn]
        mb = slices[key]["bytes"] / 1e6
        nr_mbs = mb / n["seconds"] if n.get("seconds") else None
        note = None
        if not n["registered"]:
            note = "not registered"
        elif "error" in n:
            note = "error"
        ratio = nr_mbs / p["mb_per_s"] if (p and nr_mbs and p.get("mb_per_s")) else None
        rows.append({
            "peer": peer, "peer_version": p.get("version") if p else None, "task": task,
            "slice": key, "articles": len(slices[key]["articles"]), "mb": mb,
            "peer_seconds": p["seconds"] if p else (skipped.get(peer) and "left out"),
            "peer_mb_per_s": p["mb_per_s"] if p else None,
            "peer_articles_per_s": p["articles_per_s"] if p else None,
            "peer_items": p["items"] if p else None,
            "newsroom": fn, "newsroom_seconds": n.get("seconds"), "newsroom_mb_per_s": nr_mbs,
            "newsroom_articles_per_s": (len(slices[key]["articles"]) / n["seconds"])
            if n.get("seconds") else None,
            "newsroom_items": n.get("items"), "newsroom_note": note, "newsroom_error": n.get("error"),
            "ratio": ratio, "bar": bar,
            "bar_met": (ratio >= bar) if (bar and ratio) else None,
        })

    fast, slow = slices["fast"], slices["slow"]
    print("bench-peers %s  articles: %s" % (started.strftime("%Y-%m-%d %H:%M UTC"),
                                            os.path.relpath(source, ROOT)))
    if "chrono-node" in wanted:
        print("  chrono-node and newsroom: first %d articles, %.2f MB of text (best of %d and %d passes)"
              % (len(fast["articles"]), fast["bytes"] / 1e6, a.chrono_repeat, a.repeat))
    if wanted & {"compromise", "dateparser"}:
        print("  compromise, dateparser and newsroom: first %d articles, %.2f MB of text (a smaller "
              "slice: these peers run at ~0.1 MB/s; one pass; newsroom best of %d)"
              % (len(slow["articles"]), slow["bytes"] / 1e6, a.repeat))
    print("  ratio = newsroom MB/s / peer MB/s on the same slice; items = what each found")
    if load0:
        print("  load average %.2f at start, %.2f at end (%d cores, shared)"
              % (load0[0], load1[0], os.cpu_count() or 0))
    print()
    print_table(rows)
    if "compromise" in wanted and ("compromise", "quotes") in peer_out:
        c = peer_out[("compromise", "quotes")]
        print("\n  compromise: one nlp(text) parse (%.2f s of the above) serves both tasks; each "
              "task is charged the parse plus its own call. It finds quoted spans and names but "
              "links no quote to a speaker." % c["parse_seconds"])
    if missing:
        print("  newsroom functions not registered in dist/newsroom.so at this run: %s"
              % ", ".join(missing))
    for peer, why in skipped.items():
        print("  %s left out: %s" % (peer, why))
    for r in rows:
        if r["newsroom_error"]:
            print("  %s failed on the %s slice: %s" % (r["newsroom"], r["slice"], r["newsroom_error"]))

    nv = db.execute("SELECT newsroom_version()").fetchone()[0] if "newsroom_version" in have else None
    nd = db.execute("SELECT newsroom_debug()").fetchone()[0] if "newsroom_debug" in have else None
    report = {
        "started_utc": started.isoformat(timespec="seconds"),
        "source": os.path.relpath(source, ROOT),
        "slices": {k: {"articles": len(s["articles"]), "bytes": s["bytes"], "limit_bytes": s["limit"],
                       "file": os.path.relpath(s["path"], ROOT),
                       "used_by": ["chrono-node"] if k == "fast" else ["compromise", "dateparser"]}
                   for k, s in slices.items()},
        "timing": "peer: seconds inside its own calls after one warm-up call; newsroom: wall time "
                  "of the SQL query over an in-memory table of the slice, best of passes",
        "machine": {"cpus": os.cpu_count(), "load_start": load0, "load_end": load1,
                    "python": platform.python_version(), "sqlite": sqlite3.sqlite_version},
        "newsroom": {"version": nv, "debug": nd, "missing": missing},
        "rows": rows, "peer_runs": runs, "newsroom_runs": nr, "left_out": skipped,
    }
    os.makedirs(os.path.dirname(a.json), exist_ok=True)
    with open(a.json, "w") as f:
        json.dump(report, f, indent=2)
    print("\n  wrote %s" % os.path.relpath(a.json, ROOT))
    if a.check and any(r["bar_met"] is False for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
