import type { Command } from 'commander';
import type { ArticleInput } from '../../core/doc.js';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, isInputFailure, readInputs } from '../../ingest/index.js';
import { enqueueBatch, type EnqueueCounts } from '../../queue/queue.js';
import { connectQueue, parsePositive, queueDbUrl } from '../../queue/options.js';
import { contentHashOf } from '../../store/facts.js';

interface EnqueueOptions { db?: string; maxBytes: string }

const BATCH = 500;

/** `readout enqueue PATHS...`: queue raw articles in PostgreSQL for `readout worker` processes. */
export function register(program: Command): void {
  program.command('enqueue')
    .description('queue raw articles in PostgreSQL as pending, for `readout worker` processes to extract and store')
    .argument('[paths...]', 'files, folders, or - for standard input (the default when input is piped)')
    .option('--db <url>', 'PostgreSQL URL (default: READOUT_DB)')
    .option('--max-bytes <n>', 'largest article accepted, in bytes', String(DEFAULT_MAX_BYTES))
    .addHelpText('after', '\nArticles already queued with the same content are left as they are; changed ones are pending again.\n'
      + 'Exit status: 0 all inputs queued, 1 some inputs failed (named on stderr), 2 usage error.\n'
      + 'Example:\n  readout enqueue articles/ --db postgres://readout@db.example.org/news')
    .action(async (paths: string[], opts: EnqueueOptions) => {
      const url = queueDbUrl(opts.db);
      const maxBytes = parsePositive('max-bytes', opts.maxBytes);
      if (!paths.length) {
        if (process.stdin.isTTY) throw new ReadoutError(ErrorCodes.USAGE, 'no input: give files or folders, or pipe articles to standard input');
        paths = ['-'];
      }
      const pool = await connectQueue(url, 2, 'readout enqueue');
      const total: EnqueueCounts & { failed: number } = { added: 0, updated: 0, unchanged: 0, failed: 0 };
      const started = Date.now();
      try {
        let batch: { input: ArticleInput; contentHash: string }[] = [];
        const flush = async () => {
          const c = await enqueueBatch(pool, batch);
          total.added += c.added;
          total.updated += c.updated;
          total.unchanged += c.unchanged;
          batch = [];
        };
        for await (const item of readInputs(paths, { maxBytes })) {
          if (isInputFailure(item)) {
            total.failed += 1;
            process.stderr.write(`readout: ${item.message.startsWith(item.input) ? item.message : `${item.input}: ${item.message}`}\n`);
            continue;
          }
          batch.push({ input: item, contentHash: contentHashOf(item) });
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      } finally {
        await pool.end();
      }
      process.stdout.write(`readout: queued ${total.added} new, ${total.updated} changed (pending again), ${total.unchanged} unchanged, `
        + `${total.failed} failed to read (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      process.exitCode = total.failed ? 1 : 0;
    });
}
