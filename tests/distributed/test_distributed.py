#!/usr/bin/python3
"""make distributed-test: examples/distributed/newsroom_dask.py on a
LocalCluster of two worker processes on 127.0.0.1 gives, row for row, the
database a single process makes with

    CREATE TABLE articles AS SELECT * FROM news_articles(CORPUS);
    .read examples/distributed/analysis.sql

on the example corpus (tests/fixtures/articles while it is empty), the JSONL
fixture, and ../shared/data/corpus/news-10mb.jsonl when present; and still
does when a worker process is killed (SIGKILL) in the middle of the run.
Prints "ok - ..." / "not ok - ..." lines and "N passed, N failed".
"""
import os
import shutil
import signal
import sqlite3
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "examples", "distributed"))
import newsroom_dask as nd  # noqa: E402

SAMPLE = os.path.join(ROOT, "..", "shared", "data", "corpus", "news-10mb.jsonl")
NEEDED = ("article_quotes", "extract_speakers", "event_dates", "event_date")
passed = failed = 0
EXT = nd.DEFAULT_EXTENSION  # main() points it at a private copy of dist/newsroom.so


def check(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok - {name}")
    else:
        failed += 1
        print(f"not ok - {name}" + (f": {detail}" if detail else ""))
    sys.stdout.flush()


def rel(path):
    return os.path.relpath(path, ROOT)


def registered():
    db = nd.connect(EXT)
    names = {r[0] for r in db.execute("SELECT name FROM pragma_function_list")}
    names |= {r[0] for r in db.execute("SELECT name FROM pragma_module_list")}
    db.close()
    return names


def single_process(corpus, out, analysis):
    """What a user runs on one machine (with this test's copy of the extension)."""
    return nd.single_process(corpus, out, analysis, EXT)


def table_rows(path):
    """{table: rows} in a canonical order (articles by rowid, the others by
    every column)."""
    db = sqlite3.connect(path)
    out = {}
    for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall():
        if name == "articles":
            out[name] = db.execute("SELECT rowid, * FROM articles ORDER BY rowid").fetchall()
        else:
            k = len(db.execute(f'PRAGMA table_info("{name}")').fetchall())
            order = ", ".join(str(i) for i in range(1, k + 1))
            out[name] = db.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
    db.close()
    return out


def compare(ref, got):
    """None when equal, else what differs."""
    a, b = table_rows(ref), table_rows(got)
    shards = b.pop(nd.SHARDS_TABLE, None)
    if shards is None:
        return f"no {nd.SHARDS_TABLE} table"
    if len({s[0] for s in shards}) != len(shards):
        return "a shard is recorded twice"
    if set(a) != set(b):
        return f"tables differ: {sorted(a)} vs {sorted(b)}"
    for name in a:
        if a[name] != b[name]:
            n = next((i for i, (x, y) in enumerate(zip(a[name], b[name])) if x != y), None)
            return (f"{name}: {len(a[name])} rows single-process, {len(b[name])} distributed"
                    + (f"; first difference at row {n}: {a[name][n]!r} vs {b[name][n]!r}" if n is not None else ""))
    return None


def counts(path):
    return ", ".join(f"{k} {len(v)}" for k, v in table_rows(path).items() if k != nd.SHARDS_TABLE)


def main():
    global EXT
    from distributed import Client

    # A copy, so that a rebuild of dist/newsroom.so during the run (the
    # machine is shared) cannot make the two sides differ.
    tmp = tempfile.mkdtemp(prefix="newsroom-dtest-")
    EXT = os.path.join(tmp, "newsroom")
    shutil.copyfile(nd.DEFAULT_EXTENSION + ".so", EXT + ".so")

    have = registered()
    missing = [f for f in NEEDED if f not in have]
    if missing:
        analysis_file = os.path.join(ROOT, "examples", "distributed", "sentences.sql")
        print(f"# not registered: {', '.join(missing)}; the tests run sentences.sql instead of analysis.sql")
    else:
        analysis_file = nd.DEFAULT_ANALYSIS
    with open(analysis_file, encoding="utf-8") as f:
        analysis = f.read()

    example = os.path.join(ROOT, "examples", "corpus")
    if not os.path.isdir(example) or not [n for n in os.listdir(example) if not n.startswith(".")]:
        example = os.path.join(ROOT, "tests", "fixtures", "articles")
    # (corpus, shard MB): the small ones cut into many tiny shards on purpose.
    corpora = [(example, 0.001), (os.path.join(ROOT, "tests", "fixtures", "jsonl", "feed.jsonl"), 0.00001)]
    if os.path.exists(SAMPLE):
        corpora.append((SAMPLE, None))
    else:
        print(f"# {rel(SAMPLE)} is absent: not run")

    # Cheap checks first, in this process.
    db_path = os.path.join(tmp, "dup.db")
    shards = nd.plan(example, 1)
    db, columns = nd.prepare_output(db_path, example, analysis, EXT)
    res = nd.run_shard(shards[0], analysis, EXT)
    first, again = nd.write_shard(db, columns, res), nd.write_shard(db, columns, res)
    n = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    check(first and not again and n == shards[0]["articles"],
          "a shard result delivered twice is written once",
          f"first={first} again={again} articles={n}")
    try:
        nd.prepare_output(os.path.join(tmp, "bad.db"), example, "CREATE TABLE t AS SELECT nosuchfn(body) FROM articles;",
                          EXT)
        check(False, "bad analysis SQL fails before anything is submitted")
    except sqlite3.Error as e:
        check("nosuchfn" in str(e), "bad analysis SQL fails before anything is submitted", str(e))

    cluster = nd.local_cluster(2)
    client = Client(cluster)
    try:
        addrs = list(client.scheduler_info()["workers"])
        check(len(addrs) >= 2 and all(a.startswith("tcp://127.0.0.1:") for a in addrs)
              and client.scheduler.address.startswith("tcp://127.0.0.1:"),
              f"LocalCluster: {len(addrs)} worker processes and the scheduler on 127.0.0.1",
              f"scheduler {client.scheduler.address}, workers {addrs}")

        for corpus, shard_mb in corpora:
            name = rel(corpus)
            ref = os.path.join(tmp, "ref.db")
            got = os.path.join(tmp, "got.db")
            for p in (ref, got):
                if os.path.exists(p):
                    os.remove(p)
            t1 = single_process(corpus, ref, analysis)
            try:
                s = nd.run(client, corpus, got, analysis=analysis, extension=EXT, shard_mb=shard_mb, progress=False,
                           log=lambda m: print("# " + m))
                diff = compare(ref, got)
                check(diff is None and s["shards"] > 1,
                      f"{name}: {s['shards']} shards on 2 workers equal the single-process run row for row "
                      f"({counts(ref)}; {t1:.2f} s in one process, {s['seconds']:.2f} s distributed)",
                      diff or f"only {s['shards']} shard")
            except Exception as e:  # noqa: BLE001
                check(False, f"{name}: distributed run", f"{type(e).__name__}: {e}")

        # A malformed JSONL line: the error single-process SQL gives, file and line.
        bad = os.path.join(ROOT, "tests", "fixtures", "badjson")
        want = None
        try:
            single_process(bad, os.path.join(tmp, "bad-ref.db"), analysis)
        except sqlite3.Error as e:
            want = str(e)
        try:
            nd.run(client, bad, os.path.join(tmp, "bad-got.db"), analysis=analysis, extension=EXT, shard_mb=0.00001,
                   progress=False, log=lambda m: None)
            got_err = None
        except Exception as e:  # noqa: BLE001
            got_err = str(e)
        check(want is not None and got_err == want,
              f"{rel(bad)}: a malformed line fails the run with the single-process error ({want})",
              f"distributed: {got_err!r}")

        # Kill a worker process in the middle of a run.
        if os.path.exists(SAMPLE):
            corpus, shard_mb = SAMPLE, 0.25
        else:
            corpus = os.path.join(tmp, "repeated.jsonl")
            with open(corpus, "w", encoding="utf-8") as f:
                db = nd.connect(EXT)
                rows = db.execute("SELECT id, published, body FROM news_articles(?)", (example,)).fetchall()
                import json
                for k in range(300):
                    for i, d, b in rows:
                        f.write(json.dumps({"id": f"{k}-{i}", "date": d, "text": b}) + "\n")
            shard_mb = 0.05
        ref = os.path.join(tmp, "ref-kill.db")
        got = os.path.join(tmp, "got-kill.db")
        single_process(corpus, ref, analysis)
        killed = {}

        def on_result(res, done, total):
            if killed or done < 1:
                return
            processing = client.processing()
            busy = [a for a, keys in processing.items() if keys]
            if not busy:
                return
            addr = busy[0]
            pid = client.run(os.getpid, workers=[addr])[addr]
            killed.update(addr=addr, pid=pid, done=done, total=total,
                          shards={int(k.rsplit("-", 1)[1]) for k in processing[addr]})
            os.kill(pid, signal.SIGKILL)

        try:
            s = nd.run(client, corpus, got, analysis=analysis, extension=EXT, shard_mb=shard_mb, progress=False,
                       on_result=on_result, log=lambda m: print("# " + m))
            diff = compare(ref, got) if killed else "no worker was busy to kill"
            db = sqlite3.connect(got)
            redone = {}
            if killed:
                for shard in killed["shards"]:
                    row = db.execute(f"SELECT pid FROM {nd.SHARDS_TABLE} WHERE shard = ?", (shard,)).fetchone()
                    redone[shard] = row[0] if row else None
            db.close()
            # (A shard that finished in the instant between the look and the
            # kill may carry the killed pid; the others must come from elsewhere.)
            lost = [sh for sh, p in redone.items() if p is None]
            elsewhere = not lost and any(p != killed["pid"] for p in redone.values())
            dead = False
            if killed:
                try:
                    os.kill(killed["pid"], 0)
                except ProcessLookupError:
                    dead = True
            check(diff is None and elsewhere and dead,
                  f"{rel(corpus)}: worker pid {killed.get('pid')} killed after {killed.get('done')} of "
                  f"{killed.get('total')} shards, with shard(s) {sorted(redone)} assigned to it; they were "
                  f"recomputed by pid(s) {sorted(set(redone.values()), key=str)}; every article once, "
                  f"rows equal the single-process run",
                  diff or f"killed={killed} redone={redone} dead={dead}")
        except Exception as e:  # noqa: BLE001
            check(False, f"{rel(corpus)}: run with a killed worker", f"{type(e).__name__}: {e}")
    finally:
        client.close()
        cluster.close()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
