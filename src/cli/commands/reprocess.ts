import type { Command } from 'commander';
import { PIPELINE_VERSION } from '../../pipeline/index.js';
import { BatchedWriter } from '../../store/batched-writer.js';
import { maskUrl } from '../../store/index.js';
import { inlineExtractor, workerExtractor } from '../extract-pool.js';
import { emptyCounts, startProgress, summaryOf } from '../ingest-progress.js';
import { parseCount, writeOut } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';
import { countingWrites } from '../store-writes.js';

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
        // a store error ends the run: what was re-processed before it is kept
        const writer = new BatchedWriter(store, countingWrites(c, progress, maskUrl(opts.db),
          'articles re-processed before are kept; run reprocess again to complete it', (e) => { fatal ??= e; }));
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
