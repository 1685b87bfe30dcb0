import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { ArticleInput } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import { DEFAULT_MAX_BYTES, isInputFailure, readInputs } from '../../ingest/index.js';
import { PIPELINE_VERSION } from '../../pipeline/index.js';
import { BatchedWriter, DEFAULT_BATCH, type BatchLimits } from '../../store/batched-writer.js';
import { contentHashOf, maskUrl } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { inlineExtractor, workerExtractor, type Extractor } from '../extract-pool.js';
import { countArticles, emptyCounts, startProgress, summaryOf, type IngestCounts, type Progress } from '../ingest-progress.js';
import { parseCount, writeOut } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';
import { countingWrites } from '../store-writes.js';

interface IngestOptions { db: string; jobs: string; kb: string[]; maxBytes: string }

/** `readout ingest PATHS...`: extract and store articles; unchanged ones are skipped, changed ones replaced. */
export function register(program: Command): void {
  withDbOption(program.command('ingest')
    .description('extract articles and store them with their mentions, events, quotes and evidence (re-ingesting is safe)'))
    .argument('[paths...]', 'files, folders, or - for standard input (the default when input is piped)')
    .option('-j, --jobs <n>', 'extraction worker threads (1 = in this process)', '1')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--max-bytes <n>', 'largest article accepted, in bytes', String(DEFAULT_MAX_BYTES))
    .addHelpText('after', '\nExit status: 0 all inputs stored, 1 some inputs failed (named on stderr), 2 usage error.\n'
      + 'Examples:\n  readout ingest articles/ --db news.db\n  readout ingest --jobs 4 big.jsonl')
    .action(async (paths: string[], opts: IngestOptions) => {
      const jobs = parseCount('jobs', opts.jobs, 1);
      const maxBytes = parseCount('max-bytes', opts.maxBytes, DEFAULT_MAX_BYTES);
      if (jobs < 1) throw new ReadoutError(ErrorCodes.USAGE, '--jobs must be at least 1');
      if (!paths.length) {
        if (process.stdin.isTTY) throw new ReadoutError(ErrorCodes.USAGE, 'no input: give files or folders, or pipe articles to standard input');
        paths = ['-'];
      }
      const counts = await usingStore(opts.db, async (store) => {
        const extractor = jobs > 1 ? workerExtractor(jobs, opts.kb) : inlineExtractor(opts.kb);
        try {
          return await ingestArticles(readInputs(paths, { maxBytes }), store, extractor, startProgress(await countArticles(paths)), maskUrl(opts.db));
        } finally {
          await extractor.close();
        }
      }, true);
      process.exitCode = counts.failed ? 1 : 0;
    });
}

type Item = Parameters<typeof isInputFailure>[0];

/**
 * Extracts and stores every article the items give. Extracted articles are
 * written several to a transaction (BatchedWriter: a batch is full or its
 * first article has waited 100 ms) and counted only once committed, so an
 * interrupted run loses at most the articles not yet committed and a re-run
 * completes it (stored articles come back 'unchanged').
 */
export async function ingestArticles(
  items: AsyncIterable<Item>, store: Store, extractor: Extractor, progress: Progress, dbName = 'the database', batch: BatchLimits = DEFAULT_BATCH,
): Promise<IngestCounts> {
  const started = Date.now();
  const c = emptyCounts();
  const inFlight = new Set<Promise<void>>();
  const limit = 8;
  let fatal: unknown = null;
  const seen = new Map<string, string>();

  const writer = new BatchedWriter(store, countingWrites(c, progress, dbName,
    'articles stored before are kept; run the ingest again to complete it', (e) => { fatal ??= e; }), batch);
  const handle = async (item: ArticleInput): Promise<void> => {
    const hash = contentHashOf(item);
    const state = await store.articleState(item.id);
    if (state && state.contentHash === hash && state.pipeline === PIPELINE_VERSION) {
      c.unchanged += 1;
      return;
    }
    let record: ArticleRecord;
    try {
      record = await extractor.extract(item);
    } catch (err) {
      c.failed += 1;
      progress.note(`${item.source ?? item.id}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    // one writer, in completion order; counted when its batch commits
    await writer.add({ input: item, record, contentHash: hash });
  };

  try {
    for await (const item of items) {
      if (fatal) break;
      c.read += 1;
      if (isInputFailure(item)) {
        c.failed += 1;
        progress.note(item.message.startsWith(item.input) ? item.message : `${item.input}: ${item.message}`);
        progress.tick(c);
        continue;
      }
      // two inputs with one id (a.txt and a.html in one folder) would replace each other on every run
      const first = seen.get(item.id);
      if (first !== undefined) {
        c.failed += 1;
        progress.note(`${item.source ?? item.id}: article id "${item.id}" was already read from ${first} in this run: skipped (rename one of them)`);
        progress.tick(c);
        continue;
      }
      seen.set(item.id, item.source ?? item.id);
      const p = handle(item).catch((err) => { fatal ??= err; }).finally(() => { inFlight.delete(p); progress.tick(c); });
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
  } finally {
    // what is extracted is written even when reading broke off: a re-run then has less to do
    await Promise.all(inFlight);
    await writer.flush();
    progress.stop();
  }
  if (fatal) throw fatal;
  await writeOut(`readout: ${summaryOf(c, (Date.now() - started) / 1000)}\n`);
  return c;
}
