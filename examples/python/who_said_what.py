#!/usr/bin/env python3
"""Who said what in a folder of articles, from Python's sqlite3 module.

  /usr/bin/python3 examples/python/who_said_what.py [folder]

Needs a Python whose sqlite3 can load extensions (Debian's /usr/bin/python3
can; pyenv's default build and the macOS system Python cannot: they fail with
"'sqlite3.Connection' object has no attribute 'enable_load_extension'").
"""
import os
import sqlite3
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else "examples/corpus"
ext = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dist", "newsroom")

db = sqlite3.connect(":memory:")
if not hasattr(db, "enable_load_extension"):
    sys.exit("this Python cannot load SQLite extensions; use /usr/bin/python3")
db.enable_load_extension(True)
db.load_extension(os.path.normpath(ext))
db.enable_load_extension(False)

db.execute("CREATE TABLE articles AS SELECT * FROM news_articles(?)", (folder,))
rows = db.execute("""
    SELECT q.speaker, count(*) AS quotes, count(DISTINCT a.id) AS outlets
    FROM articles a, article_quotes(a.body) q
    WHERE q.speaker IS NOT NULL
    GROUP BY q.speaker ORDER BY quotes DESC, q.speaker LIMIT 5""").fetchall()
for speaker, quotes, outlets in rows:
    print(f"{speaker:<28} {quotes:>3} quotes in {outlets} outlets")
