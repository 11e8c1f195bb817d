// chrono-node: every date expression in each article, resolved against the
// article's date (chrono.parse(text, ref)) -- the peer of event_dates.
//   node run_chrono.mjs ARTICLES.jsonl [--repeat N]
// Prints {"peer":"chrono-node","task":"dates",...,"seconds","mb_per_s",
// "articles_per_s","items"}; seconds is the time inside chrono.parse only
// (after one warm-up call), best of N passes.
import * as chrono from 'chrono-node';
import { args, readArticles, now, textBytes, report, installedVersion } from './common.mjs';

const version = installedVersion('chrono-node');
const opt = args(process.argv);
const articles = readArticles(opt.file);
const refs = articles.map((a) => (a.date ? new Date(a.date.slice(0, 10) + 'T00:00:00Z') : undefined));
if (articles.length) chrono.parse(articles[0].text, refs[0]);   // warm-up

let best = Infinity, items = 0, withItems = 0, errors = 0;
for (let pass = 0; pass < opt.repeat; pass++) {
  let t = 0, n = 0, w = 0, e = 0;
  for (let i = 0; i < articles.length; i++) {
    const t0 = now();
    let r;
    try { r = chrono.parse(articles[i].text, refs[i]); } catch (err) { e++; r = []; }
    t += now() - t0;
    n += r.length;
    if (r.length) w++;
  }
  if (t < best) best = t;
  items = n; withItems = w; errors = e;
}
report({ peer: 'chrono-node', version, task: 'dates', call: 'chrono.parse(text, ref)',
         passes: opt.repeat, items, articles_with_items: withItems, errors },
       articles, textBytes(articles), best);
