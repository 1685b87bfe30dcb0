import type { Command } from 'commander';
import { extractRecord } from '../../pipeline/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { connectQueue, parseDuration, parsePositive, queueDbUrl } from '../../queue/options.js';
import { runWorker } from '../../queue/worker.js';
import { workerExtractor } from '../extract-pool.js';

interface WorkerCliOptions { db?: string; jobs: string; batch: string; lease: string; maxAttempts: string; drain?: boolean; poll: string; kb: string[] }

/** `readout worker`: take queued articles from PostgreSQL, extract and store them, until stopped (or drained). */
export function register(program: Command): void {
  program.command('worker')
    .description('take queued articles from PostgreSQL in batches, extract them and store their facts and events (run several, on several machines)')
    .option('--db <url>', 'PostgreSQL URL (default: READOUT_DB)')
    .option('-j, --jobs <n>', 'articles processed at once in this process (extraction threads)', '1')
    .option('--batch <n>', 'articles claimed at a time', '20')
    .option('--lease <duration>', 'how long a claimed article stays ours without news from us (renewed after each article)', '120s')
    .option('--max-attempts <n>', 'claims after which an article whose worker keeps dying is marked failed', '3')
    .option('--poll <duration>', 'wait between looks at an empty queue', '2s')
    .option('--drain', 'exit when no article is pending or running, instead of waiting for more')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText('after', '\nSIGINT/SIGTERM: finishes the article in hand, gives the rest of its batch back, and exits.\n'
      + 'Example:\n  readout worker --db postgres://readout@db.example.org/news --jobs 4')
    .action(async (opts: WorkerCliOptions) => {
      const url = queueDbUrl(opts.db);
      const jobs = parsePositive('jobs', opts.jobs);
      const o = {
        loops: jobs, batch: parsePositive('batch', opts.batch), leaseMs: parseDuration('lease', opts.lease),
        maxAttempts: parsePositive('max-attempts', opts.maxAttempts), pollMs: parseDuration('poll', opts.poll), drain: !!opts.drain,
      };
      const pool = await connectQueue(url, jobs + 2, 'readout worker');
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write('readout worker: stopping after the articles in hand (signal again to quit now)\n');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const threads = jobs > 1 ? workerExtractor(jobs, opts.kb) : null;
      const kb = threads ? null : loadKnowledgeBase(opts.kb.length ? { extraDirs: opts.kb } : {});
      const started = Date.now();
      try {
        const c = await runWorker(pool, threads ? (input) => threads.extract(input) : async (input) => extractRecord(input, { kb: kb! }),
          { ...o, signal: stop.signal });
        const s = (Date.now() - started) / 1000;
        process.stdout.write(`readout worker: stored ${c.done}, unchanged ${c.unchanged}, failed ${c.failed}, taken over by others ${c.lost}; `
          + `${c.events} event reports, ${c.merged} merged (${s.toFixed(1)} s, ${(c.done / Math.max(s, 0.001)).toFixed(1)} articles/s)\n`);
        process.exitCode = 0;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await threads?.close();
        await pool.end();
      }
    });
}
