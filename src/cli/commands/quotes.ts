import type { Command } from 'commander';
import type { StoredQuote } from '../../store/types.js';
import { parseCount, parseDateOption, parseFormat, QUERY_FORMATS, renderRows, writeOut, type Column } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

interface QuoteOptions { db: string; format: string; speaker?: string; search?: string; from?: string; to?: string; limit?: string; offset?: string }

const COLUMNS: Column<StoredQuote>[] = [
  { header: 'published', value: (q) => q.published ?? '' },
  { header: 'speaker', value: (q) => q.speaker?.name ?? '', max: 28 },
  { header: 'quote', value: (q) => q.text, max: 90 },
  { header: 'direct', value: (q) => (q.direct ? 'yes' : 'no') },
  { header: 'article', value: (q) => q.articleId, max: 30 },
];

/** `readout quotes`: statements with their speaker and source article. */
export function register(program: Command): void {
  withDbOption(program.command('quotes').description('list quotes and reported statements'))
    .option('--speaker <name>', 'the speaker, by name (any part) or actor id')
    .option('--search <text>', 'words in the statement')
    .option('--from <date>', 'articles published on or after')
    .option('--to <date>', 'articles published on or before')
    .option('-f, --format <format>', QUERY_FORMATS.join(' | '), 'table')
    .option('--limit <n>', 'at most this many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .addHelpText('after', '\nExample:\n  readout quotes --speaker Lavrov --search BRICS')
    .action(async (opts: QuoteOptions) => {
      const format = parseFormat(opts.format);
      const filter = {
        ...(opts.speaker ? { speaker: opts.speaker } : {}), ...(opts.search ? { search: opts.search } : {}),
        ...(opts.from ? { from: parseDateOption('from', opts.from) } : {}), ...(opts.to ? { to: parseDateOption('to', opts.to) } : {}),
      };
      const page = { limit: parseCount('limit', opts.limit, 100), offset: parseCount('offset', opts.offset, 0) };
      await usingStore(opts.db, async (store) => {
        const { items, total } = await store.listQuotes(filter, page);
        await writeOut(renderRows(items, COLUMNS, format));
        if (format === 'table' && total > items.length) process.stderr.write(`readout: ${items.length} of ${total} quotes shown (--limit, --offset)\n`);
      });
    });
}
