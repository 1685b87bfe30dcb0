import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { SearchHit } from '../../store/types.js';
import { parseCount, parseFormat, QUERY_FORMATS, renderRows, writeOut, type Column } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

const COLUMNS: Column<SearchHit>[] = [
  { header: 'kind', value: (h) => h.kind },
  { header: 'published', value: (h) => h.published ?? '' },
  { header: 'article', value: (h) => h.articleId, max: 30 },
  { header: 'text', value: (h) => h.snippet, max: 100 },
];

/** `readout search TEXT`: full-text search over article text and quotes. */
export function register(program: Command): void {
  withDbOption(program.command('search').description('search article text and quotes (all words must match; Chinese works too)'))
    .argument('<text...>', 'words to find')
    .option('-f, --format <format>', QUERY_FORMATS.join(' | '), 'table')
    .option('--limit <n>', 'at most this many', '50')
    .addHelpText('after', '\nExamples:\n  readout search BRICS expansion\n  readout search 王毅')
    .action(async (words: string[], opts: { db: string; format: string; limit?: string }) => {
      const format = parseFormat(opts.format);
      const text = words.join(' ').trim();
      if (!text) throw new ReadoutError(ErrorCodes.USAGE, 'search needs some text');
      await usingStore(opts.db, async (store) => {
        const { items, total } = await store.search(text, { limit: parseCount('limit', opts.limit, 50) });
        await writeOut(renderRows(items, COLUMNS, format));
        if (format === 'table' && total > items.length) process.stderr.write(`readout: ${items.length} of ${total} hits shown (--limit)\n`);
      });
    });
}
