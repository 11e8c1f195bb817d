#!/usr/bin/python3
"""scaling.py -- make distributed-bench: the 10 MB sample through
newsroom_dask.py on a LocalCluster of one worker process, then of two (one
thread each, 127.0.0.1), and the same analysis in one plain process for
reference.  Seconds are wall time from planning to the last shard committed.
Not counted, for either cluster alike: its start-up, which here ends with a
warm-up (every worker runs the analysis on one short article, then the client
does one whole run of a few one-line shards), so that no timed run pays
first-use costs -- imports, first pickling, first calls into the extension,
about 0.15 s of client CPU and 60 ms per worker -- that a long-lived cluster
pays once.
One run each: on a shared machine the figures move with whatever else is
running, so the load average is printed next to them.

    scaling.py [CORPUS] [--workers 1,2] [--repeat 1]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsroom_dask as nd  # noqa: E402

SAMPLE = os.path.join(nd.ROOT, "..", "shared", "data", "corpus", "news-10mb.jsonl")


WARM_TEXT = ('PORT VALMERE -- Officials said on Monday that "the port will reopen tomorrow," '
             'according to Mayor John Smith. "We expect ships by March 20," he said.')


def _warm(ext, analysis):
    """On one worker: the analysis on one short article, in memory (loads the
    extension and runs each of its functions once)."""
    db = nd.connect(ext)
    db.execute("CREATE TABLE articles(id TEXT, path TEXT, published TEXT, title TEXT, body TEXT, text TEXT)")
    db.execute("INSERT INTO articles VALUES ('warm', 'warm', '2024-03-14', NULL, ?1, ?1)", (WARM_TEXT,))
    db.executescript(analysis)
    db.close()
    return os.getpid()


def start(n, ext, analysis, tmp):
    """A LocalCluster of n workers, warm: every worker has run the analysis on
    one short article, and the client has done one whole newsroom_dask run
    (a few one-line shards), so that neither timed run pays first-use costs
    (imports, first pickling, first calls into the extension) that a
    long-lived cluster pays once."""
    from distributed import Client, wait
    t = time.perf_counter()
    cluster = nd.local_cluster(n)
    client = Client(cluster)
    client.wait_for_workers(n)
    futs = [client.submit(_warm, ext, analysis, pure=False, workers=[a], allow_other_workers=False)
            for a in client.scheduler_info()["workers"]]
    wait(futs)
    pids = {f.result() for f in futs}
    del futs
    if len(pids) != n:
        raise RuntimeError(f"warm-up reached {len(pids)} of {n} workers")
    corpus = os.path.join(tmp, "warm.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for k in range(2 * n):
            f.write(json.dumps({"id": f"warm-{k}", "date": "2024-03-14", "text": WARM_TEXT}) + "\n")
    out = os.path.join(tmp, "warm.db")
    nd.run(client, corpus, out, analysis=analysis, extension=ext, shard_mb=0.0001, progress=False,
           log=lambda m: None)
    os.remove(out)
    os.remove(corpus)
    return cluster, client, time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=SAMPLE)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--shard-mb", type=float)
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        print(f"scaling.py: {args.corpus} is absent")
        return 1
    with open(nd.DEFAULT_ANALYSIS, encoding="utf-8") as f:
        analysis = f.read()
    tmp = tempfile.mkdtemp(prefix="newsroom-scaling-")
    # Measure a private copy: the machine is shared and dist/ may be rebuilt.
    ext = os.path.join(tmp, "newsroom")
    shutil.copyfile(nd.DEFAULT_EXTENSION + ".so", ext + ".so")
    db = nd.connect(ext)
    print("extension: " + " | ".join(db.execute("SELECT newsroom_debug()").fetchone()[0].splitlines()[:2]))
    names = {r[0] for r in db.execute("SELECT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list")}
    print("registered: " + ", ".join(f for f in ("article_quotes", "extract_speakers", "event_dates", "event_date",
                                               "article_sentences", "news_articles") if f in names))
    db.close()
    size = sum(os.path.getsize(p) for p in nd.list_files(args.corpus)) / 1e6
    print(f"corpus: {os.path.relpath(args.corpus)} ({size:.1f} MB); analysis: {os.path.relpath(nd.DEFAULT_ANALYSIS)}")
    out = os.path.join(tmp, "one.db")
    t = nd.single_process(args.corpus, out, analysis, ext)
    os.remove(out)
    print(f"one process, no Dask:   {t:6.2f} s   (load {os.getloadavg()[0]:.2f})")
    seconds = {}
    for n in [int(x) for x in args.workers.split(",")]:
        cluster, client, up = start(n, ext, analysis, tmp)
        print(f"{n} worker{'s' if n > 1 else ' '} cluster up and warm in {up:.2f} s (not counted)")
        try:
            best = None
            for _ in range(args.repeat):
                out = os.path.join(tmp, f"w{n}.db")
                cpu = time.process_time()
                s = nd.run(client, args.corpus, out, analysis=analysis, extension=ext, shard_mb=args.shard_mb,
                           progress=False, log=lambda m: None)
                # The client process's CPU (all its threads: in a LocalCluster
                # the scheduler and the nannies run there too), fsync included.
                cpu = time.process_time() - cpu
                os.remove(out)
                best = s["seconds"] if best is None else min(best, s["seconds"])
                print(f"{n} worker{'s' if n > 1 else ' '} ({s['shards']:3d} shards): {s['seconds']:6.2f} s   "
                      f"(work on the workers {s['worker_seconds']:.2f} s, client writing {s['write_seconds']:.2f} s, "
                      f"client CPU {cpu:.2f} s; "
                      f"load {os.getloadavg()[0]:.2f})")
            seconds[n] = best
        finally:
            client.close()
            cluster.close()
    ns = sorted(seconds)
    for n in ns[1:]:
        print(f"speed-up {n} workers vs {ns[0]}: {seconds[ns[0]] / seconds[n]:.2f}x")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
