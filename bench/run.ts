/**
 * `npm run bench [-- --runs 3 --count 10000 --ingest-count 100000 --pg-count 400 --no-pg --corpus DIR]`
 * Runs each measurement in a child process several times and prints the
 * medians as a table and one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const runs = Number(opt('--runs', '3'));
const count = opt('--count', '10000');
const ingestCount = opt('--ingest-count', '100000');
const corpus = opt('--corpus', '');
const allJobs = String(Math.max(2, availableParallelism()));

function measure(task: string, extra: string[] = []): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', task, ...extra, ...(corpus ? ['--corpus', corpus] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench ${task} failed:\n${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function repeated(task: string, extra: string[], n = runs): Record<string, number> {
  const results = Array.from({ length: n }, () => {
    process.stderr.write(`bench: ${task} ${extra.join(' ')}\n`);
    return measure(task, extra);
  });
  const out: Record<string, number> = {};
  for (const key of Object.keys(results[0]!)) out[key] = median(results.map((r) => r[key]!));
  return out;
}

const one = repeated('extract', ['--jobs', '1', '--count', count]);
const all = repeated('extract', ['--jobs', allJobs, '--count', count]);
const kb = repeated('kb-load', [], Math.max(runs, 5));
const floorRun = repeated('floor', ['--count', count]);
const base = repeated('baseline', ['--count', count]);
let ingest: Record<string, number> | null = null;
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
try {
  ingest = measure('ingest', ['--count', ingestCount, '--jobs', allJobs, '--db', join(dir, 'bench.db')]);
} catch (err) {
  process.stderr.write(`bench: ingest skipped: ${(err as Error).message.split('\n')[0]}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Queue workers on PostgreSQL (a throwaway cluster unless READOUT_TEST_PG is set); skipped without PostgreSQL.
let pgWorkers: Record<string, number> | null = null;
if (!args.includes('--no-pg')) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/workers-pg.ts', '--count', opt('--pg-count', '400'), ...(corpus ? ['--corpus', corpus] : [])], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status === 0) pgWorkers = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
  else process.stderr.write(`bench: PostgreSQL workers skipped: ${r.stderr.trim().split('\n').pop()}\n`);
}

const machine = `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const rows: [string, string][] = [
  ['machine', machine],
  [`extract, 1 job (${count} articles)`, `${one.aps!.toFixed(0)} articles/s, ${one.mbps!.toFixed(2)} MB/s, peak RSS ${one.peak_rss_mb!.toFixed(0)} MB`],
  [`extract, ${allJobs} jobs`, `${all.aps!.toFixed(0)} articles/s (${(all.aps! / one.aps!).toFixed(2)}×), peak RSS ${all.peak_rss_mb!.toFixed(0)} MB`],
  ['ingest into SQLite', ingest ? `${ingest.aps!.toFixed(0)} articles/s for ${ingest.articles} articles, peak RSS ${ingest.peak_rss_mb!.toFixed(0)} MB` : 'not measured'],
  ['queue workers on PostgreSQL', pgWorkers ? `1 worker ${pgWorkers.pg_workers_1_aps!.toFixed(1)} articles/s, 2 workers ${pgWorkers.pg_workers_2_aps!.toFixed(1)} articles/s` : 'not measured'],
  ['knowledge-base load', `${kb.ms!.toFixed(0)} ms`],
  ['floor (one regex pass)', `${floorRun.aps!.toFixed(0)} articles/s (extract is ${(floorRun.aps! / one.aps!).toFixed(1)}× slower)`],
  ['baseline (compromise entities)', `${base.aps!.toFixed(0)} articles/s (extract is ${(one.aps! / base.aps!).toFixed(1)}× faster)`],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log(JSON.stringify({
  extract_aps_1core: Math.round(one.aps!),
  extract_aps_all: Math.round(all.aps!),
  ingest_aps: ingest ? Math.round(ingest.aps!) : null,
  peak_rss_mb: Math.round(Math.max(one.peak_rss_mb!, all.peak_rss_mb!, ingest?.peak_rss_mb ?? 0)),
  kb_load_ms: Math.round(kb.ms!),
  floor_aps: Math.round(floorRun.aps!),
  baseline_aps: Math.round(base.aps!),
  pg_workers_1_aps: pgWorkers?.pg_workers_1_aps ?? null,
  pg_workers_2_aps: pgWorkers?.pg_workers_2_aps ?? null,
}));
