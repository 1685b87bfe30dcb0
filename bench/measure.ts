/**
 * One measurement in a process of its own (so that peak RSS is its own):
 *   measure.ts extract --jobs N --count C [--corpus DIR]
 *   measure.ts floor|baseline --count C [--corpus DIR]
 *   measure.ts kb-load
 *   measure.ts ingest --count C --db FILE [--corpus DIR]
 * Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import type { ArticleInput } from '../src/core/doc.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { benchCorpus, readSeedTexts } from './corpus.js';

const args = process.argv.slice(2);
const task = args[0];
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const count = Number(opt('--count', '2000'));
const jobs = Number(opt('--jobs', '1'));
const seedDirs = opt('--corpus', '').split(',').filter(Boolean);

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

function seeds(): string[] {
  const dirs = seedDirs.length ? seedDirs : ['samples', '../shared/eval/cases'].filter((d) => existsSync(d));
  const texts = readSeedTexts(dirs);
  if (!texts.length) throw new Error(`no seed texts found in ${dirs.join(', ') || '(none)'}: pass --corpus DIR`);
  return texts;
}

function corpus(): ArticleInput[] {
  const kb = loadKnowledgeBase();
  return [...benchCorpus(seeds(), kb, count)];
}

/** Extraction throughput: in this thread for one job, else the CLI's worker-thread pool. */
async function extract(): Promise<object> {
  const articles = corpus();
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const { inlineExtractor, workerExtractor } = await import('../src/cli/extract-pool.js');
  const extractor = jobs > 1 ? workerExtractor(jobs, []) : inlineExtractor([]);
  await extractor.extract({ id: 'warm-up', text: 'Wang Yi met Sergey Lavrov in Moscow on Monday.' }); // knowledge bases loaded
  if (jobs > 1) await Promise.all(Array.from({ length: jobs * 2 }, () => extractor.extract({ id: 'warm-up', text: 'A.' })));
  const t0 = performance.now();
  const window = new Set<Promise<unknown>>();
  for (const a of articles) {
    const p = extractor.extract(a).finally(() => window.delete(p));
    window.add(p);
    if (window.size >= jobs * 4) await Promise.race(window);
  }
  await Promise.all(window);
  const seconds = (performance.now() - t0) / 1000;
  await extractor.close();
  return { articles: articles.length, seconds, aps: articles.length / seconds, mbps: bytes / 1e6 / seconds, peak_rss_mb: peakRssMb() };
}

/** The floor: one pass of a plain regular expression (capitalised word runs) over the same text. */
function floor(): object {
  const articles = corpus();
  const re = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b/g;
  const t0 = performance.now();
  let n = 0;
  for (const a of articles) n += (a.text.match(re) ?? []).length;
  const seconds = (performance.now() - t0) / 1000;
  return { articles: articles.length, seconds, aps: articles.length / seconds, matches: n };
}

/** The baseline: a general NLP library's entity pass (compromise) over the same text. */
async function baseline(): Promise<object> {
  const articles = corpus();
  const { default: nlp } = await import('compromise');
  const t0 = performance.now();
  let n = 0;
  for (const a of articles) {
    const doc = nlp(a.text);
    n += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { articles: articles.length, seconds, aps: articles.length / seconds, entities: n };
}

function kbLoad(): object {
  const t0 = performance.now();
  const kb = loadKnowledgeBase();
  kb.match('warm up the matcher');
  return { ms: performance.now() - t0, people: kb.stats().people, peak_rss_mb: peakRssMb() };
}

/** Ingest into a fresh SQLite file, streaming the corpus (never all in memory), through the CLI's ingest path. */
async function ingest(): Promise<object> {
  const db = opt('--db', '');
  if (!db) throw new Error('ingest needs --db FILE');
  const { openStore } = await import('../src/store/index.js');
  const { ingestArticles } = await import('../src/cli/commands/ingest.js');
  const { workerExtractor } = await import('../src/cli/extract-pool.js');
  const kb = loadKnowledgeBase();
  const texts = seeds();
  async function* articles(): AsyncGenerator<ArticleInput> {
    yield* benchCorpus(texts, kb, count, 7);
  }
  const store = await openStore(db, { create: true });
  const extractor = workerExtractor(jobs, []);
  const quiet = { tick: () => {}, note: () => {}, stop: () => {} };
  const log = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write; // ingest prints a summary line; keep stdout for our JSON
  const t0 = performance.now();
  try {
    await ingestArticles(articles(), store, extractor, quiet);
  } finally {
    process.stdout.write = log;
    await extractor.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  const stats = await store.stats();
  await store.close();
  return { articles: count, seconds, aps: count / seconds, peak_rss_mb: peakRssMb(), events: stats.events };
}

const tasks: Record<string, () => object | Promise<object>> = { extract, floor, baseline, 'kb-load': kbLoad, ingest };
const run = task ? tasks[task] : undefined;
if (!run) {
  console.error(`usage: measure.ts ${Object.keys(tasks).join('|')} [--count N] [--jobs N] [--corpus DIR]`);
  process.exit(2);
}
console.log(JSON.stringify(await run()));
