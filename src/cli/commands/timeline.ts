import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { CanonicalEvent } from '../../store/types.js';
import { parseFormat, QUERY_FORMATS, renderRows, writeOut, type Column } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';
import { EVENT_COLUMNS, eventFilterOf, withEventFilters, type EventQueryOptions } from './events.js';

const pad = (s: string, n: number) => s.padEnd(n);

/** One line per event, oldest first, with the sources under it: the table view of `timeline`. */
function timelineText(events: readonly CanonicalEvent[]): string {
  if (!events.length) return '(no events)\n';
  const lines: string[] = [];
  let year = '';
  for (const e of events) {
    const y = e.date?.slice(0, 4) ?? 'undated';
    if (y !== year) lines.push(`${lines.length ? '\n' : ''}${(year = y)}`);
    const who = e.participants.map((p) => (p.kind === 'country' ? p.country : p.name)).join(', ');
    const where = e.location ? ` in ${e.location.name}` : '';
    const at = e.occasion ? ` (${e.occasion.name})` : '';
    const date = e.date ? `${e.date}${e.date_end ? `..${e.date_end.slice(5)}` : ''}` : '?';
    lines.push(`  ${pad(date, 16)} ${e.kind}${e.status === 'occurred' ? '' : ` [${e.status}]`}: ${who}${where}${at}  — ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `readout timeline --between CN,RU`: the pair's canonical events in date order. */
export function register(program: Command): void {
  withEventFilters(withDbOption(program.command('timeline')
    .description('canonical events in date order, e.g. every meeting between two countries')))
    .option('-f, --format <format>', QUERY_FORMATS.join(' | '), 'table')
    .addHelpText('after', '\nExample:\n  readout timeline --between CN,RU --from 2022')
    .action(async (opts: EventQueryOptions) => {
      const format = parseFormat(opts.format);
      const filter = eventFilterOf(opts);
      if (!filter.between && !filter.actor && !filter.country) {
        throw new ReadoutError(ErrorCodes.USAGE, 'timeline needs --between CC,CC, --country CC or --actor NAME');
      }
      await usingStore(opts.db, async (store) => {
        const events: CanonicalEvent[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = await store.listEvents(filter, { order: 'asc', limit: 500, offset });
          events.push(...page.items);
          if (events.length >= page.total || !page.items.length) break;
        }
        const dated = [...events.filter((e) => e.date), ...events.filter((e) => !e.date)];
        const columns: Column<CanonicalEvent>[] = EVENT_COLUMNS;
        await writeOut(format === 'table' ? timelineText(dated) : renderRows(dated, columns, format));
      });
    });
}
