/**
 * `node --import tsx bench/workers-pg.ts [--count 400] [--db postgres://...] [--corpus DIR]`
 * Worker throughput on PostgreSQL: the same varied corpus queued twice, drained
 * once by 1 and once by 2 `readout worker` processes (each into a fresh
 * database). Articles per second are counted while workers are running (from
 * the first 5% done to the last article), so process start-up is left out.
 * Without --db (or READOUT_TEST_PG) it starts a throwaway server like `npm test`.
 * Prints one JSON line: {"pg_workers_1_aps": ..., "pg_workers_2_aps": ...}.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { startCluster } from '../scripts/pg-cluster.mjs';
import { benchCorpus, readSeedTexts } from './corpus.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const count = Number(opt('--count', '400'));
const seedDirs = opt('--corpus', '').split(',').filter(Boolean);

function corpusFile(dir: string): string {
  const dirs = seedDirs.length ? seedDirs : ['samples', '../shared/eval/cases'].filter((d) => existsSync(d));
  const texts = readSeedTexts(dirs);
  if (!texts.length) throw new Error(`no seed texts in ${dirs.join(', ') || '(none)'}: pass --corpus DIR`);
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, [...benchCorpus(texts, loadKnowledgeBase(), count, 7)].map((a) => JSON.stringify(a)).join('\n') + '\n');
  return file;
}

const readout = (argv: string[]) => spawn(process.execPath, ['bin/readout.js', ...argv], { stdio: ['ignore', 'ignore', 'inherit'] });
const exited = (p: ReturnType<typeof readout>) => new Promise<number | null>((r) => p.on('close', (code) => r(code)));

async function database(admin: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

async function throughput(admin: string, file: string, workers: number): Promise<number> {
  const url = await database(admin, `readout_bench_w${workers}`);
  if ((await exited(readout(['enqueue', file, '--db', url]))) !== 0) throw new Error('enqueue failed');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const procs = Array.from({ length: workers }, () => readout(['worker', '--db', url, '--drain', '--poll', '200ms']));
  const done = Promise.all(procs.map(exited));
  let start: { t: number; n: number } | null = null;
  let end = { t: 0, n: 0 };
  let finished = false;
  void done.then(() => { finished = true; });
  while (!finished) {
    const n = Number((await c.query("SELECT count(*) AS n FROM work_queue WHERE state = 'done'")).rows[0].n);
    const t = performance.now();
    if (!start && n >= count * 0.05) start = { t, n };
    if (n > end.n) end = { t, n };
    await new Promise((r) => setTimeout(r, 100));
  }
  const codes = await done;
  // the workers may finish between two polls: count once more after they exited
  const last = Number((await c.query("SELECT count(*) AS n FROM work_queue WHERE state = 'done'")).rows[0].n);
  if (last > end.n) end = { t: performance.now(), n: last };
  await c.end();
  if (codes.some((x) => x !== 0) || end.n < count) throw new Error(`workers failed (exit ${codes.join(', ')}; ${end.n}/${count} done)`);
  return start && end.t > start.t ? ((end.n - start.n) * 1000) / (end.t - start.t) : 0;
}

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-pg-'));
const given = opt('--db', process.env.READOUT_TEST_PG ?? '');
const cluster = given ? null : await startCluster();
try {
  const admin = given || cluster!.url;
  const file = corpusFile(dir);
  const one = await throughput(admin, file, 1);
  const two = await throughput(admin, file, 2);
  process.stderr.write(`PostgreSQL workers, ${count} articles: 1 worker ${one.toFixed(1)} articles/s, 2 workers ${two.toFixed(1)} articles/s\n`);
  process.stdout.write(`${JSON.stringify({ pg_workers_1_aps: Number(one.toFixed(2)), pg_workers_2_aps: Number(two.toFixed(2)) })}\n`);
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
