#!/usr/bin/python3
"""newsroom_dask.py -- run the newsroom analysis over a corpus on Dask distributed.

    newsroom_dask.py CORPUS OUT.db [--scheduler ADDRESS] [--workers N]
                     [--analysis FILE] [--extension PATH] [--shard-mb MB]

CORPUS is what news_articles() takes: a file, a directory of article files,
a glob, or a JSONL file (one article per line).  The client lists it with
news_articles()'s rules, splits it into shards (groups of files; JSONL files
cut at line boundaries), and submits one task per shard.  Each task opens its
own in-memory SQLite database on the worker, loads the extension, fills the
table `articles` with the shard's articles (their rowids are their positions
in the whole corpus, as in `CREATE TABLE articles AS SELECT * FROM
news_articles(CORPUS)` on one machine), runs the analysis SQL (default:
analysis.sql next to this file -- quotes with speakers, speakers, dated
expressions).  A worker that sees the client's spool directory (same machine,
or a shared file system; under /dev/shm when it has room) builds that database as
a file there and renames it to shard-N.db when it is complete (the client
writes it as soon as Dask reports the task done); any other worker builds it
in memory and returns it as bytes (a SQLite file image).  The client attaches it and
copies its tables into OUT.db with INSERT ... SELECT, in one transaction per
shard, together with the shard's row in `dask_shards` (shard number as
primary key), so a result that arrives twice is written once; every analysis
table has its own primary key besides.  A worker that dies mid-run loses
nothing: Dask recomputes its shards elsewhere.  By default shards shrink as
the run goes (large first, small last), so the workers finish together.

OUT.db then holds `articles` (as news_articles() gives them), the analysis
tables and `dask_shards` (which worker did what, in how many seconds); query
it as usual.

Without --scheduler a LocalCluster starts on 127.0.0.1 with --workers worker
processes (default: the number of cores), one thread each.  With --scheduler
tcp://host:8786 the run goes to that cluster; its workers must see the corpus
and the extension at the same absolute paths as the client (a shared file
system), and have Python's sqlite3 with extension loading (Debian's
/usr/bin/python3 has it; pyenv's default build does not).

Needs Debian's python3-distributed and python3-dask; nothing else.
"""
import argparse
import glob
import os
import shutil
import socket
import sqlite3
import sys
import tempfile
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_EXTENSION = os.path.join(ROOT, "dist", "newsroom")
DEFAULT_ANALYSIS = os.path.join(HERE, "analysis.sql")
SHARDS_TABLE = "dask_shards"
SPOOL_TOKEN = ".newsroom-spool"
SHARDS_DDL = (f"CREATE TABLE {SHARDS_TABLE}(shard INTEGER PRIMARY KEY, first_article INTEGER, "
              "articles INTEGER, bytes INTEGER, host TEXT, pid INTEGER, seconds REAL)")


def spooled_name(spool_dir, index):
    """Where a worker that sees the spool directory leaves shard `index`'s
    database when it is complete (renamed there from a name of its own)."""
    return os.path.join(spool_dir, f"shard-{index}.db")


# ------------------------------------------------------------------ planning

def is_jsonl(path):
    return (len(path) > 6 and path.endswith(".jsonl")) or (len(path) > 7 and path.endswith(".ndjson"))


def list_files(arg):
    """The files news_articles(arg) reads, in its order and spelled as it
    spells them in the `path` column (ext/bind/articles.c: list_files)."""
    if os.path.exists(arg):
        if os.path.isdir(arg):
            sep = "" if arg.endswith("/") else "/"
            files = [arg + sep + name for name in os.listdir(arg) if not name.startswith(".")]
            files = [f for f in files if os.path.isfile(f)]
        else:
            files = [arg]
    elif any(c in arg for c in "*?["):
        files = [f for f in glob.glob(arg) if os.path.isfile(f)]
        if not files:
            raise SystemExit(f"newsroom_dask: no file matches '{arg}'")
    else:
        raise SystemExit(f"newsroom_dask: cannot open '{arg}': no such file or directory")
    return sorted(files, key=os.fsencode)


def shrinking(total, threads):
    """Shard sizes for plan(): each shard about 1/(2 * threads) of the bytes
    not yet planned, so the first shards are large (little overhead) and the
    last ones small (the workers finish together instead of one waiting for
    the other's last big shard); never below 1/(24 * threads) of the corpus
    (and 64 kB), never above 16 MB."""
    floor = max(64 << 10, total // (24 * threads))

    def size(remaining):
        return min(16 << 20, max(floor, remaining // (2 * threads) + 1))
    return size


def plan(corpus, shard_bytes):
    """Split the corpus into shards of about shard_bytes: a number, or a
    function of the bytes not yet planned (see shrinking()).  A list; see
    iter_plan()."""
    return list(iter_plan(corpus, shard_bytes))


def iter_plan(corpus, shard_bytes, files=None):
    """plan() one shard at a time, each as soon as it is cut (run() submits
    it then, so the first workers start while the rest is planned).

    A shard is a dict: index, first (rowid of its first article), articles,
    bytes and units.  A unit is one plain file (one article) or a run of lines
    of a JSONL file: (kind, path as news_articles spells it, absolute path,
    byte offset, byte end, number of its first line)."""
    files = list_files(corpus) if files is None else files
    left = sum(os.path.getsize(os.path.abspath(p)) for p in files)
    size = shard_bytes if callable(shard_bytes) else (lambda remaining: shard_bytes)
    index = 0
    cur = {"units": [], "bytes": 0, "articles": 0}
    target = size(left)
    next_article = 1

    def flush():
        nonlocal cur, next_article, left, target, index
        done = None
        if cur["units"]:
            cur["index"] = index
            cur["first"] = next_article
            next_article += cur["articles"]
            index += 1
            done = cur
            left -= cur["bytes"]
            target = size(max(left, 0))
        cur = {"units": [], "bytes": 0, "articles": 0}
        return done

    for path in files:
        apath = os.path.abspath(path)
        if not is_jsonl(path):
            cur["units"].append(("file", path, apath, 0, None, 0))
            cur["bytes"] += os.path.getsize(apath)
            cur["articles"] += 1
            if cur["bytes"] >= target:
                yield flush()
            continue
        # news_articles() reads a JSONL file line by line; a line holding only
        # spaces, tabs and CRs is skipped, every other line is one article.
        with open(apath, "rb") as f:
            start = off = 0
            line = first_line = 1
            for raw in f:
                if raw.rstrip(b"\n").strip(b" \t\r"):
                    cur["articles"] += 1
                off += len(raw)
                cur["bytes"] += len(raw)
                line += 1
                if cur["bytes"] >= target:
                    cur["units"].append(("jsonl", path, apath, start, off, first_line))
                    yield flush()
                    start, first_line = off, line
            if off > start:
                cur["units"].append(("jsonl", path, apath, start, off, first_line))
    last = flush()
    if last:
        yield last


# ------------------------------------------------------------- on a worker

def connect(extension, path=":memory:"):
    db = sqlite3.connect(path, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(extension)
    db.enable_load_extension(False)
    return db


def single_process(corpus, out, analysis, extension=DEFAULT_EXTENSION):
    """The same analysis in one process, as a user runs it on one machine
    (what a distributed run must equal); returns the seconds it took."""
    db = connect(extension, out)
    t = time.perf_counter()
    db.execute("CREATE TABLE articles AS SELECT * FROM news_articles(?)", (corpus,))
    db.executescript(analysis)
    db.close()
    return time.perf_counter() - t


def _spool_dir(spool):
    """The client's spool directory when this worker sees it (same machine or
    a shared file system: the token file is there and holds the token), else
    None."""
    if not spool:
        return None
    d, token = spool
    try:
        with open(os.path.join(d, SPOOL_TOKEN), encoding="ascii") as f:
            return d if f.read() == token else None
    except OSError:
        return None


def _materialize(unit, tmp, k):
    """The file news_articles() reads for this unit.  A plain file is read in
    place.  A run of JSONL lines is copied to a file of the same name whose
    first lines are blank (news_articles skips them), so an article without
    `id` or `url` gets the same `name:line` id as in the whole file."""
    kind, path, apath, start, end, first_line = unit
    if kind == "file":
        return apath
    d = os.path.join(tmp, str(k))
    os.mkdir(d)
    dst = os.path.join(d, os.path.basename(path))
    with open(apath, "rb") as src, open(dst, "wb") as out:
        out.write(b"\n" * (first_line - 1))
        src.seek(start)
        left = end - start
        while left > 0:
            chunk = src.read(min(left, 1 << 22))
            if not chunk:
                raise RuntimeError(f"{path}: file is shorter than when it was planned")
            out.write(chunk)
            left -= len(chunk)
    return dst


def _serialize(db, tmp):
    """The bytes of db's main database (a SQLite file image)."""
    if hasattr(db, "serialize"):                       # Python 3.11+
        return db.serialize()
    path = os.path.join(tmp, "shard.db")
    db.execute("VACUUM INTO ?", (path,))
    with open(path, "rb") as f:
        return f.read()


def run_shard(shard, analysis, extension, spool=None):
    """One task: the shard's articles through the analysis SQL, on this
    worker, in its own SQLite database.  When the worker sees the client's
    spool directory (spool = (directory, token), see _spool_dir), that
    database is a file there, renamed to shard-N.db (spooled_name) when it is
    complete; otherwise it is in memory and goes back to the client as one
    SQLite file image (bytes).  Either holds the shard's dask_shards row.
    Either way the client attaches it and copies its tables with INSERT ...
    SELECT: no row passes through Python or over the network."""
    t0 = time.perf_counter()
    spool_dir = _spool_dir(spool)
    # Scratch files in the spool directory when there is one (removed with
    # it, also when this process is killed), else on tmpfs.
    tmp = tempfile.mkdtemp(prefix="newsroom-shard-", dir=spool_dir or _shm())
    path = None
    if spool_dir:
        # A name of its own per attempt: a shard recomputed after a worker
        # died never meets the dead worker's half-written file.
        path = os.path.join(spool_dir, f"shard-{shard['index']}-{os.getpid()}-{uuid.uuid4().hex[:8]}.db")
        db = connect(extension, path)
        # Scratch file, read once by the client: no fsync; a journal in
        # memory, so a ROLLBACK in the analysis SQL still works.
        db.execute("PRAGMA journal_mode = MEMORY")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
    else:
        db = connect(extension)
    # 16 kB pages, as in OUT.db (see prepare_output): fewer overflow pages
    # to write here and to read on the client.
    db.execute("PRAGMA page_size = 16384")
    try:
        rowid = shard["first"]
        for k, unit in enumerate(shard["units"]):
            src = _materialize(unit, tmp, k)
            try:
                if k == 0:
                    db.execute("CREATE TABLE articles AS SELECT * FROM news_articles(?) WHERE 0", (src,))
                # news_articles() numbers its rows 1, 2, ... in reading order.
                n = db.execute("INSERT INTO articles(rowid, id, path, published, title, body, text) "
                               "SELECT ?1 + rowid - 1, id, ?2, published, title, body, text "
                               "FROM news_articles(?3)", (rowid, unit[1], src)).rowcount
            except sqlite3.Error as e:
                raise RuntimeError(str(e).replace(src, unit[1])) from None
            rowid += n
        got = db.execute("SELECT count(*), min(rowid), max(rowid) FROM articles").fetchone()
        want = (shard["articles"], shard["first"] if shard["articles"] else None,
                shard["first"] + shard["articles"] - 1 if shard["articles"] else None)
        if tuple(got) != want:
            raise RuntimeError(f"shard {shard['index']}: planned articles (count, first, last) {want}, "
                               f"news_articles() gave {tuple(got)}")
        db.executescript(analysis)
        if db.in_transaction:               # a script that ends inside BEGIN
            db.execute("COMMIT")
        # The shard's row of OUT.db's dask_shards travels inside its database.
        result = dict(shard=shard["index"], first=shard["first"], articles=shard["articles"],
                      bytes=shard["bytes"], host=socket.gethostname(), pid=os.getpid(),
                      seconds=round(time.perf_counter() - t0, 4))
        db.execute(SHARDS_DDL)
        db.execute(f"INSERT INTO {SHARDS_TABLE} VALUES (?,?,?,?,?,?,?)", _shard_row(result))
        if path:
            db.close()
            # Complete: under the name the client looks for as soon as Dask
            # says the task is done, without fetching this task's result.  A
            # recomputed shard replaces it with an equal database.
            final = spooled_name(spool_dir, shard["index"])
            os.rename(path, final)
            path = None
            result["path"] = final
        else:
            result["db"] = _serialize(db, tmp)
    except BaseException:
        db.close()
        if path:
            _remove(path)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    db.close()
    return result


def _shard_row(res):
    return (res["shard"], res["first"], res["articles"], res["bytes"], res["host"], res["pid"], res["seconds"])


def _shm():
    """/dev/shm when it is there (tmpfs: no disk writes that a flush elsewhere
    on the machine would wait for), else None (the default temp directory)."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _spool_parent(biggest, threads):
    """/dev/shm when it has room for the shard databases that can exist at
    once (a shard's database takes up to about four times its JSONL; each
    worker thread holds one being written and one or two waiting for the
    client), else the default temp directory (a small /dev/shm, as in a
    container, would fill up)."""
    shm = _shm()
    if shm is None:
        return None
    need = 4 * 3 * threads * biggest + (64 << 20)
    st = os.statvfs(shm)
    return shm if st.f_bavail * st.f_frsize >= need else None


def _remove(path):
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


# ---------------------------------------------------------------- on the client

def analysis_schema(corpus, analysis, extension):
    """The schema the analysis makes: run it once, here, on an empty
    `articles` (this also checks the SQL before the cluster sees it).
    Returns its (type, name, sql) rows."""
    dry = connect(extension)
    dry.execute("CREATE TABLE articles AS SELECT * FROM news_articles(?) WHERE 0", (corpus,))
    before = {r[0] for r in dry.execute("SELECT name FROM sqlite_schema")}
    dry.executescript(analysis)
    objects = dry.execute("SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL "
                          "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    dry.close()
    if "articles" not in before or any(name == SHARDS_TABLE for _, name, _ in objects):
        raise SystemExit(f"newsroom_dask: the analysis must keep 'articles' and not create '{SHARDS_TABLE}'")
    return objects


def prepare_output(out, corpus, analysis, extension, objects=None):
    """Create OUT.db with the schema the analysis makes (analysis_schema();
    objects when it already ran).  Returns the connection and the names of
    the tables to copy."""
    if objects is None:
        objects = analysis_schema(corpus, analysis, extension)
    db = sqlite3.connect(out, isolation_level=None)
    # 16 kB pages (SQLite's default is 4 kB): an article with its body and
    # text (about 3 kB) fits one page instead of spilling over a chain of
    # overflow pages, and copying the shards in costs the client 10-15% less
    # CPU.  Nothing a query sees changes.
    db.execute("PRAGMA page_size = 16384")
    # A rollback journal, not WAL: the load only appends, and appended pages
    # then go to the file once instead of twice (WAL, then checkpoint).
    # No fsync per shard (it stalls every writer on the machine): a crash of
    # the client keeps each committed shard whole; the file is fsynced once
    # at the end of the run.
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -65536")
    db.execute("BEGIN")
    for _, _, sql in objects:
        db.execute(sql)
    db.execute(SHARDS_DDL)
    db.execute("COMMIT")
    tables = Tables(name for kind, name, _ in objects if kind == "table")
    tables.inserts = [_insert_sql(db, name) for name in tables]
    return db, tables


class Tables(list):
    """The names of the tables to copy, with their INSERT ... SELECT
    statements (made once, not per shard)."""
    inserts = None
    columns_checked = False


def _insert_sql(db, name):
    if name != "articles":
        # "INSERT INTO t SELECT * FROM shard.t" with the same columns and
        # indexes on both sides: SQLite copies the records as they are, index
        # entries too, when t is still empty (the first shard written, the
        # largest: about a quarter of the rows), and inserts row by row
        # otherwise.  write_shard() checks once that the columns match.
        return f'INSERT INTO main."{name}" SELECT * FROM shard."{name}"'
    # articles keeps its rowids (positions in the corpus), which SQLite's
    # record copy would renumber: columns by name, rowid included.
    cols = ", ".join(f'"{r[1]}"' for r in db.execute(f'PRAGMA main.table_info("{name}")'))
    return f'INSERT INTO main."{name}"(rowid, {cols}) SELECT rowid, {cols} FROM shard."{name}"'


def _columns(db, schema, name):
    return [tuple(r) for r in db.execute(f'PRAGMA {schema}.table_info("{name}")')]


def write_shard(db, tables, res):
    """One shard's rows in one transaction, with its row of dask_shards
    (which its database carries).  res is the task's result, or only
    {"shard": index, "path": file} for a database left in the spool
    directory.  Returns the shard's dask_shards row as a dict, or None when
    the shard is already in OUT.db (a duplicate result): nothing is written
    twice.  A shard file in the spool directory is deleted once it is
    written."""
    spooled = res.get("path")
    if db.execute(f"SELECT 1 FROM {SHARDS_TABLE} WHERE shard = ?", (res["shard"],)).fetchone():
        if spooled:
            _remove(spooled)
        return None
    path = None
    if spooled:
        if not os.path.isfile(spooled):
            raise RuntimeError(f"shard {res['shard']}: {spooled} is gone")
        db.execute("ATTACH ? AS shard", (spooled,))
        # Read it in place (tmpfs pages mapped, not copied).
        db.execute("PRAGMA shard.mmap_size = 1073741824")
    elif hasattr(db, "deserialize"):
        db.execute("ATTACH ':memory:' AS shard")
        db.deserialize(res["db"], name="shard")
    else:
        fd, path = tempfile.mkstemp(suffix=".db", prefix="newsroom-shard-")
        with os.fdopen(fd, "wb") as f:
            f.write(res["db"])
        db.execute("ATTACH ? AS shard", (path,))
    try:
        have = {r[0] for r in db.execute("SELECT name FROM shard.sqlite_schema WHERE type = 'table'")}
        if set(tables) - have or have - set(tables) - {SHARDS_TABLE, "sqlite_sequence", "sqlite_stat1"}:
            raise RuntimeError(f"shard {res['shard']}: tables {sorted(have)}, expected {sorted(tables)}")
        if not getattr(tables, "columns_checked", False):
            for name in tables:
                if _columns(db, "main", name) != _columns(db, "shard", name):
                    raise RuntimeError(f"shard {res['shard']}: the columns of {name} differ from the output's")
            tables.columns_checked = True
        row = None
        if SHARDS_TABLE in have:
            row = db.execute(f"SELECT * FROM shard.{SHARDS_TABLE}").fetchone()
        if row is None:
            row = _shard_row(res)
        if row[0] != res["shard"]:
            raise RuntimeError(f"shard {res['shard']}: its database says it is shard {row[0]}")
        db.execute("BEGIN IMMEDIATE")
        try:
            try:
                db.execute(f"INSERT INTO {SHARDS_TABLE} VALUES (?,?,?,?,?,?,?)", row)
            except sqlite3.IntegrityError:
                db.execute("ROLLBACK")
                return None
            for sql in getattr(tables, "inserts", None) or [_insert_sql(db, name) for name in tables]:
                db.execute(sql)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return dict(zip(("shard", "first", "articles", "bytes", "host", "pid", "seconds"), row))
    finally:
        db.execute("DETACH shard")
        if path:
            os.remove(path)
        if spooled:
            _remove(spooled)


def _submit(client, shard, analysis, extension, spool, key):
    # (Functions of their own: Dask keeps the source of the function that
    # submits, and reads only these lines, not run()'s.)
    return client.submit(run_shard, shard, analysis=analysis, extension=extension, spool=spool, key=key)


def _map(client, shards, analysis, extension, spool, keys):
    return client.map(run_shard, shards, analysis=analysis, extension=extension, spool=spool, key=keys)


def run(client, corpus, out, analysis=None, extension=DEFAULT_EXTENSION, shard_mb=None,
        progress=True, on_result=None, log=None):
    """Run the analysis of `corpus` on the cluster behind `client` into the new
    database `out`.  on_result(result, done, total) is called after each shard
    is written.  Returns a summary dict."""
    from distributed import as_completed
    from distributed.diagnostics.progressbar import TextProgressBar

    log = log or (lambda msg: print(msg, file=sys.stderr))
    analysis = analysis if analysis is not None else open(DEFAULT_ANALYSIS, encoding="utf-8").read()
    extension = os.path.abspath(extension)
    t0 = time.perf_counter()
    # The analysis runs once here on an empty `articles` before anything is
    # submitted: a mistake in it fails at once.
    objects = analysis_schema(corpus, analysis, extension)
    files = list_files(corpus)
    total = sum(os.path.getsize(os.path.abspath(p)) for p in files)
    nthreads = client.nthreads()
    threads = max(1, sum(nthreads.values()))
    if shard_mb is None:
        # Shrinking shards, six or seven per worker thread (so a slow or lost
        # worker is caught up by the others): see shrinking().
        shard_bytes = shrinking(total, threads)
        biggest = shard_bytes(total)
    else:
        shard_bytes = max(1, int(shard_mb * (1 << 20)))
        biggest = shard_bytes

    if __name__ != "__main__":
        # Imported (as the tests do): ship run_shard by value, so workers need
        # not find this file on their sys.path.
        import cloudpickle
        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    # Workers that see this directory leave their shard databases in it (on
    # tmpfs when there is one) as shard-N.db; the others
    # return the database as bytes.  Removed at the end with whatever a killed
    # worker left half-written.
    spool_dir = tempfile.mkdtemp(prefix="newsroom-spool-", dir=_spool_parent(min(total, biggest), threads))
    spool = (spool_dir, uuid.uuid4().hex)
    with open(os.path.join(spool_dir, SPOOL_TOKEN), "w", encoding="ascii") as tok:
        tok.write(spool[1])
    db = None
    try:
        run_id = uuid.uuid4().hex[:8]

        def key(shard):
            return f"newsroom-shard-{run_id}-{shard['index']}"
        # The first shard of each worker thread is submitted as soon as it
        # is cut, so the workers start while the client plans the rest (one
        # map) and creates OUT.db.
        shards, futures = [], []
        planned = iter_plan(corpus, shard_bytes, files)
        for shard in planned:
            shards.append(shard)
            futures.append(_submit(client, shard, analysis, extension, spool, key(shard)))
            if len(shards) == threads:
                break
        rest = list(planned)
        if rest:
            futures += _map(client, rest, analysis, extension, spool, [key(s) for s in rest])
            shards += rest
        db, tables = prepare_output(out, corpus, analysis, extension, objects)
        t_plan = time.perf_counter() - t0
        n_articles = sum(s["articles"] for s in shards)
        n_bytes = sum(s["bytes"] for s in shards)
        log(f"newsroom_dask: {n_articles} articles, {n_bytes / 1e6:.1f} MB in {len(shards)} shards "
            f"on {len(nthreads)} workers")
        bar = None
        if progress and futures:
            bar = TextProgressBar(futures, scheduler=client.scheduler.address, start=False)
            threading.Thread(target=bar._loop_runner.run_sync, args=(bar.listen,), daemon=True).start()
        done, written, worker_seconds, unreleased = 0, 0, 0.0, []
        index_of = {f.key: s["index"] for f, s in zip(futures, shards)}
        results = as_completed(futures)
        del futures
        write_seconds = 0.0
        for fut in results:
            if fut.status != "finished":
                fut.result()                # raises the task's error
            # A worker that saw the spool directory left the database there:
            # no need to fetch the result (one round trip less per shard).
            index = index_of[fut.key]
            res = {"shard": index, "path": spooled_name(spool_dir, index)}
            if not os.path.isfile(res["path"]):
                res = fut.result()
            tw = time.perf_counter()
            row = write_shard(db, tables, res)
            write_seconds += time.perf_counter() - tw
            if row:
                written += 1
                worker_seconds += row["seconds"]
                res = dict(res, **row)
            done += 1
            # Results stay in the workers' memory until released; release them
            # once the progress bar has registered its keys (it waits for every
            # key to be known to the scheduler).  (Released at once even when
            # the result is a few numbers: a worker that dies holding a result
            # still wanted makes Dask compute that shard again.)
            unreleased.append(fut)
            if bar is None or hasattr(bar, "_last_response"):
                for f in unreleased:
                    f.release()
                unreleased = []
            del fut
            if on_result:
                on_result(res, done, len(shards))
    finally:
        shutil.rmtree(spool_dir, ignore_errors=True)
    elapsed = time.perf_counter() - t0
    if bar is not None:
        for _ in range(50):
            if getattr(bar, "status", None) in ("finished", "error"):
                break
            time.sleep(0.02)
    for f in unreleased:
        f.release()
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    fd = os.open(out, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    summary = {"articles": n_articles, "stored_articles": stored, "bytes": n_bytes,
               "shards": len(shards), "shards_written": written, "duplicates_skipped": done - written,
               "workers": len(nthreads), "seconds": round(elapsed, 3),
               "plan_seconds": round(t_plan, 3), "worker_seconds": round(worker_seconds, 3),
               "write_seconds": round(write_seconds, 3)}
    log(f"newsroom_dask: {stored} articles written to {out} in {elapsed:.2f} s "
        f"({n_bytes / 1e6 / elapsed:.1f} MB/s; planning {t_plan:.2f} s, "
        f"{worker_seconds:.2f} s of work on the workers, {write_seconds:.2f} s writing)")
    if stored != n_articles:
        raise RuntimeError(f"{out}: {stored} articles stored, {n_articles} planned")
    return summary


# Dask's background timers that serve its dashboard and diagnostics: the
# statistical profiler samples each worker every 10 ms, every process checks
# its event loop every 20 ms and reads system counters every 500 ms.  Idle,
# a LocalCluster of two workers spent about 12% of a core on them (client
# 0.15 s, each worker 0.1 s of CPU per 3 s), 4% with these settings; on a
# machine with as many workers as cores that time is taken from the work.
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "200ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
}


def local_cluster(workers, threads=1):
    """A LocalCluster of worker processes on the loopback interface only
    (no dashboard, fewer diagnostics timers: QUIET)."""
    import copy
    import dask
    from distributed import LocalCluster
    with dask.config.set(QUIET):
        # The nannies get their own copy: a worker process that a nanny
        # restarts (after a kill) keeps the settings.
        config = copy.deepcopy(dask.config.config)
        return LocalCluster(n_workers=workers, threads_per_worker=threads, processes=True,
                            host="127.0.0.1", dashboard_address=None, config=config)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="directory, file, glob or JSONL file (what news_articles() takes)")
    ap.add_argument("out", help="the SQLite database to create")
    ap.add_argument("--scheduler", metavar="ADDRESS",
                    help="a running Dask scheduler (tcp://host:8786); default: a LocalCluster on 127.0.0.1")
    ap.add_argument("--workers", type=int, default=os.cpu_count(),
                    help="worker processes of the LocalCluster (default: %(default)s, the cores)")
    ap.add_argument("--analysis", metavar="FILE", default=DEFAULT_ANALYSIS,
                    help="SQL that reads `articles` and creates the result tables (default: analysis.sql)")
    ap.add_argument("--extension", metavar="PATH", default=DEFAULT_EXTENSION,
                    help="the newsroom extension, as load_extension() takes it (default: %(default)s)")
    ap.add_argument("--shard-mb", type=float, metavar="MB",
                    help="shard size (default: shrinking shards, each about 1/(2 x workers) of what is "
                         "left, at least 1/(24 x workers) of the corpus, at most 16 MB)")
    ap.add_argument("--overwrite", action="store_true", help="replace OUT.db if it exists")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)

    if os.path.exists(args.out):
        if not args.overwrite:
            ap.error(f"{args.out} exists (use --overwrite to replace it)")
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(args.out + suffix):
                os.remove(args.out + suffix)
    with open(args.analysis, encoding="utf-8") as f:
        analysis = f.read()

    from distributed import Client
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = local_cluster(args.workers)
        client = Client(cluster)
    try:
        run(client, args.corpus, args.out, analysis=analysis, extension=args.extension,
            shard_mb=args.shard_mb, progress=not args.no_progress)
    except (sqlite3.Error, RuntimeError, OSError) as e:
        print(f"\nnewsroom_dask: {e}", file=sys.stderr)
        print(f"newsroom_dask: {args.out} holds the shards written before the error", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
