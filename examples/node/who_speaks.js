#!/usr/bin/env node
// Who speaks in a folder of articles, from Node.js with better-sqlite3.
//
//   sh examples/node/run.sh [folder]          (installs, then runs this)
//   node examples/node/who_speaks.js [folder] (once node_modules is there)
//
// The folder defaults to examples/corpus (relative to the current directory);
// the extension is ../../dist/newsroom next to this file (`make` builds it).
// Prints the five speakers with the most direct quotations, in the format of
// examples/python/who_said_what.py.
'use strict';

const path = require('path');
const Database = require('better-sqlite3');

const folder = process.argv[2] || 'examples/corpus';
const ext = path.join(__dirname, '..', '..', 'dist', 'newsroom');

const db = new Database(':memory:');
db.loadExtension(ext); // SQLite adds .so/.dylib/.dll and finds sqlite3_newsroom_init

db.prepare('CREATE TABLE articles AS SELECT * FROM news_articles(?)').run(folder);
const rows = db.prepare(`
    SELECT q.speaker, count(*) AS quotes, count(DISTINCT a.id) AS outlets
    FROM articles a, article_quotes(a.body) q
    WHERE q.speaker IS NOT NULL
    GROUP BY q.speaker ORDER BY quotes DESC, q.speaker LIMIT 5`).all();

// Pad by code points, as Python's format() does (String#padEnd counts UTF-16 units).
const padEnd = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s, n) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

for (const { speaker, quotes, outlets } of rows) {
  console.log(`${padEnd(speaker, 28)} ${padStart(String(quotes), 3)} quotes in ${outlets} outlets`);
}
db.close();
