import type { Command } from 'commander';
import { connectQueue, parsePositive, queueDbUrl } from '../../queue/options.js';
import { queueStatus, retryFailed } from '../../queue/queue.js';

/** `readout queue status|retry`: what the PostgreSQL work queue holds, and failed articles back to pending. */
export function register(program: Command): void {
  const queue = program.command('queue').description('the PostgreSQL work queue: status, and retry of failed articles');
  queue.command('status')
    .description('pending, running, done and failed articles, with the errors of the failed ones')
    .option('--db <url>', 'PostgreSQL URL (default: READOUT_DB)')
    .option('--limit <n>', 'failed articles listed', '20')
    .option('--json', 'one JSON object')
    .action(async (opts: { db?: string; limit: string; json?: boolean }) => {
      const url = queueDbUrl(opts.db);
      const limit = parsePositive('limit', opts.limit);
      const pool = await connectQueue(url, 1, 'readout queue');
      try {
        const s = await queueStatus(pool, limit);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(s)}\n`);
          return;
        }
        const lines = [
          `pending  ${s.pending}`,
          `running  ${s.running}${s.expired ? ` (${s.expired} with an expired lease: their worker is gone, another will take them)` : ''}`,
          `done     ${s.done}`,
          `failed   ${s.failed}${s.failed ? ' (readout queue retry puts them back)' : ''}`,
          ...s.failures.map((f) => `  ${f.id}  after ${f.attempts} attempt(s): ${f.error}`),
          ...(s.failed > s.failures.length ? [`  … and ${s.failed - s.failures.length} more (--limit)`] : []),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await pool.end();
      }
    });
  queue.command('retry')
    .description('put failed articles back to pending (all of them, or the ids given)')
    .argument('[ids...]', 'article ids')
    .option('--db <url>', 'PostgreSQL URL (default: READOUT_DB)')
    .action(async (ids: string[], opts: { db?: string }) => {
      const url = queueDbUrl(opts.db);
      const pool = await connectQueue(url, 1, 'readout queue');
      try {
        const n = await retryFailed(pool, ids);
        process.stdout.write(`readout: ${n} failed article(s) pending again\n`);
      } finally {
        await pool.end();
      }
    });
}
