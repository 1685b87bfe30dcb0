import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { ArticleInput } from '../../core/doc.js';
import { PIPELINE_VERSION } from '../../pipeline/index.js';
import { BatchedWriter } from '../../store/batched-writer.js';
import { maskUrl } from '../../store/index.js';
import { inlineExtractor, workerExtractor } from '../extract-pool.js';
import { emptyCounts, startProgress, summaryOf } from '../ingest-progress.js';
import { parseCount, writeOut } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

/** `readout reprocess`: re-extract stored raw articles whose record came from another pipeline version. */
export function register(program: Command): void {
  withDbOption(program.command('reprocess')
    .description(`re-extract stored articles made by another pipeline version than this one (${PIPELINE_VERSION}) and replace their facts`))
    .option('-j, --jobs <n>', 'extraction worker threads', '1')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText('after', '\nExample:\n  readout reprocess --db news.db')
    .action(async (opts: { db: string; jobs: string; kb: string[] }) => {
      const jobs = Math.max(1, parseCount('jobs', opts.jobs, 1));
      const started = Date.now();
      const c = emptyCounts();
      await usingStore(opts.db, async (store) => {
        const items = await store.articlesForReprocess(PIPELINE_VERSION);
        if (!items.length) {
          await writeOut(`readout: every stored article is already at pipeline ${PIPELINE_VERSION}\n`);
          return;
        }
        const extractor = jobs > 1 ? workerExtractor(jobs, opts.kb) : inlineExtractor(opts.kb);
        const progress = startProgress(items.length);
        let fatal: unknown = null;
        const writer = new BatchedWriter(store, {
          stored(r) {
            c[r.status] += 1;
            c.events += r.eventReports;
            c.merged += r.merged;
            progress.tick(c);
          },
          // a store error ends the run: what was re-processed before it is kept
          failed(input, err) { fatal ??= storeFailure(input, err, opts.db); },
        });
        try {
          // the stored hash is kept: the article did not change, only what is extracted from it
          await Promise.all(Array.from({ length: jobs }, async (_, lane) => {
            for (let i = lane; i < items.length && !fatal; i += jobs) {
              const item = items[i]!;
              c.read += 1;
              let record;
              try {
                record = await extractor.extract(item.input);
              } catch (err) {
                c.failed += 1;
                progress.note(`${item.input.source ?? item.input.id}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
                progress.tick(c);
                continue;
              }
              await writer.add({ input: item.input, record, contentHash: item.contentHash });
            }
          }));
        } finally {
          await writer.flush();
          progress.stop();
          await extractor.close();
        }
        if (fatal) throw fatal;
        await writeOut(`readout: reprocessed with pipeline ${PIPELINE_VERSION}: ${summaryOf(c, (Date.now() - started) / 1000)}\n`);
      });
      process.exitCode = c.failed ? 1 : 0;
    });
}

/** A write that failed, named by article and database (SQLite and driver errors are not shown raw). */
function storeFailure(input: ArticleInput, err: unknown, db: string): ReadoutError {
  if (err instanceof ReadoutError) return err;
  return new ReadoutError(ErrorCodes.DB_OPEN, `database ${maskUrl(db)}: cannot store ${input.source ?? input.id}: ${err instanceof Error ? err.message : String(err)}`
    + ' (articles re-processed before are kept; run reprocess again to complete it)', maskUrl(db));
}
