// Shared by the Node runners: read the articles the driver wrote, time only
// the peer's own calls, print one JSON summary line per task on stdout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export function readArticles(path) {
  const out = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const a = JSON.parse(lines[i]);
    out.push({ id: a.id, date: a.date || null, text: a.text || '' });
  }
  return out;
}

export function args(argv) {
  const o = { file: null, repeat: 1 };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--repeat') o.repeat = Math.max(1, parseInt(argv[++i], 10) || 1);
    else o.file = argv[i];
  }
  if (!o.file) {
    process.stderr.write(`usage: node ${argv[1]} ARTICLES.jsonl [--repeat N]\n`);
    process.exit(2);
  }
  return o;
}

export const now = () => performance.now() / 1000;

export function textBytes(articles) {
  let n = 0;
  for (const a of articles) n += Buffer.byteLength(a.text, 'utf8');
  return n;
}

// seconds: time inside the peer's calls, best of the passes made.
export function report(fields, articles, bytes, seconds) {
  const mb = bytes / 1e6;
  process.stdout.write(JSON.stringify({
    ...fields,
    node: process.version,
    articles: articles.length,
    bytes,
    seconds,
    mb_per_s: seconds > 0 ? mb / seconds : null,
    articles_per_s: seconds > 0 ? articles.length / seconds : null,
  }) + '\n');
}

// The installed version, read from node_modules (packages' "exports" maps
// hide package.json from require()).
export function installedVersion(name) {
  const p = fileURLToPath(new URL(`./node_modules/${name}/package.json`, import.meta.url));
  return JSON.parse(readFileSync(p, 'utf8')).version;
}
