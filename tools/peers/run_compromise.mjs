// compromise: quotations and people in each article -- the peer of
// article_quotes and extract_speakers (compromise links no quote to a speaker).
//   node run_compromise.mjs ARTICLES.jsonl [--repeat N]
// One nlp(text) parse per article serves both tasks; each task is charged what
// a user wanting only that task pays:
//   quotes = nlp(text) + doc.quotations()
//   people = nlp(text) + doc.people()
// Prints one JSON line per task (and one for both together); seconds is the
// time inside compromise's calls only (after one warm-up call), best of N.
import nlp from 'compromise';
import { args, readArticles, now, textBytes, report, installedVersion } from './common.mjs';

const version = installedVersion('compromise');
const opt = args(process.argv);
const articles = readArticles(opt.file);
if (articles.length) { const d = nlp(articles[0].text); d.quotations(); d.people(); }   // warm-up

let best = null;
for (let pass = 0; pass < opt.repeat; pass++) {
  const r = { parse: 0, quotes: 0, people: 0, nq: 0, np: 0, wq: 0, wp: 0, errors: 0 };
  for (const a of articles) {
    try {
      const t0 = now();
      const doc = nlp(a.text);
      const t1 = now();
      const q = doc.quotations().length;
      const t2 = now();
      const p = doc.people().length;
      const t3 = now();
      r.parse += t1 - t0; r.quotes += t2 - t1; r.people += t3 - t2;
      r.nq += q; r.np += p;
      if (q) r.wq++;
      if (p) r.wp++;
    } catch (err) { r.errors++; }
  }
  if (!best || r.parse + r.quotes + r.people < best.parse + best.quotes + best.people) best = r;
}
const bytes = textBytes(articles);
const base = { peer: 'compromise', version, passes: opt.repeat, errors: best.errors,
               parse_seconds: best.parse };
report({ ...base, task: 'quotes', call: 'nlp(text).quotations()', items: best.nq,
         articles_with_items: best.wq }, articles, bytes, best.parse + best.quotes);
report({ ...base, task: 'people', call: 'nlp(text).people()', items: best.np,
         articles_with_items: best.wp }, articles, bytes, best.parse + best.people);
report({ ...base, task: 'quotes+people', call: 'nlp(text); .quotations(); .people()',
         items: best.nq + best.np }, articles, bytes, best.parse + best.quotes + best.people);
