import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { EventKind, EventStatus } from '../../core/types.js';
import type { CanonicalEvent, EventFilter } from '../../store/types.js';
import {
  parseCount, parseCountry, parseCountryPair, parseDateOption, parseFormat, QUERY_FORMATS, renderRows, writeOut, type Column,
} from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

const KINDS: EventKind[] = ['meeting', 'call', 'visit', 'summit', 'signing'];
const STATUSES: EventStatus[] = ['occurred', 'planned', 'cancelled', 'postponed'];

export interface EventQueryOptions {
  db: string;
  format: string;
  actor?: string;
  country?: string;
  between?: string;
  kind?: string;
  status?: string;
  from?: string;
  to?: string;
  occasion?: string;
  limit?: string;
  offset?: string;
}

/** The event filter the options give, checked. */
export function eventFilterOf(o: EventQueryOptions): EventFilter {
  if (o.kind && !KINDS.includes(o.kind as EventKind)) throw new ReadoutError(ErrorCodes.USAGE, `--kind must be one of ${KINDS.join(', ')}, got "${o.kind}"`);
  if (o.status && !STATUSES.includes(o.status as EventStatus)) throw new ReadoutError(ErrorCodes.USAGE, `--status must be one of ${STATUSES.join(', ')}, got "${o.status}"`);
  const f: EventFilter = {};
  if (o.actor) f.actor = o.actor;
  if (o.country) f.country = parseCountry('country', o.country);
  if (o.between) f.between = parseCountryPair('between', o.between);
  if (o.kind) f.kind = o.kind as EventKind;
  if (o.status) f.status = o.status as EventStatus;
  if (o.from) f.from = parseDateOption('from', o.from);
  if (o.to) f.to = parseDateOption('to', o.to);
  if (o.occasion) f.occasion = o.occasion;
  return f;
}

/** Adds the event filter options to a command. */
export function withEventFilters(cmd: Command): Command {
  return cmd
    .option('--actor <name>', 'a participant, by name (any part) or actor id')
    .option('--country <cc>', 'a participating country (ISO code; a person\'s country counts)')
    .option('--between <cc,cc>', 'events with participants of both countries, e.g. CN,RU')
    .option('--kind <kind>', KINDS.join(' | '))
    .option('--status <status>', STATUSES.join(' | '))
    .option('--from <date>', 'on or after (2024, 2024-07, 2024-07-03)')
    .option('--to <date>', 'on or before')
    .option('--occasion <org>', 'held under an organization or gathering (name, acronym or id)');
}

const who = (e: CanonicalEvent): string => e.participants.map((p) => (p.kind === 'country' ? p.country ?? p.name : p.name)).join('; ');
const dateOf = (e: CanonicalEvent): string => (e.date ? `${e.date}${e.date_end ? `..${e.date_end}` : ''}` : '');
const conflictsOf = (e: CanonicalEvent): string => {
  const out: string[] = [];
  const a = e.agreement;
  if (a.date.conflicts.length) out.push(`date: ${a.date.conflicts.map((c) => c.value).join('/')}`);
  if (a.location.conflicts.length) out.push(`place: ${a.location.conflicts.map((c) => c.value?.name).join('/')}`);
  if (a.status.conflicts.length) out.push(`status: ${a.status.conflicts.map((c) => c.value).join('/')}`);
  if (a.kind.conflicts.length) out.push(`kind: ${a.kind.conflicts.map((c) => c.value).join('/')}`);
  return out.join('; ');
};

/** The flat columns of an event (table and CSV). */
export const EVENT_COLUMNS: Column<CanonicalEvent>[] = [
  { header: 'date', value: dateOf, max: 22 },
  { header: 'kind', value: (e) => e.kind },
  { header: 'status', value: (e) => e.status },
  { header: 'participants', value: who, max: 60 },
  { header: 'place', value: (e) => (e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : ''), max: 28 },
  { header: 'occasion', value: (e) => e.occasion?.name ?? '', max: 30 },
  { header: 'sources', value: (e) => e.sources.length },
  { header: 'date agreed', value: (e) => `${e.agreement.date.agree.length}/${e.agreement.date.of}` },
  { header: 'conflicts', value: conflictsOf, max: 40 },
  { header: 'id', value: (e) => e.id },
];

/** `readout events`: canonical events (every report of one event merged) with their sources. */
export function register(program: Command): void {
  withEventFilters(withDbOption(program.command('events')
    .description('list canonical events, each with every article that reported it')))
    .option('-f, --format <format>', QUERY_FORMATS.join(' | '), 'table')
    .option('--limit <n>', 'at most this many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .addHelpText('after', '\nExamples:\n  readout events --between CN,RU --from 2024 --to 2024 --kind meeting\n  readout events --actor Lavrov --occasion BRICS --format json')
    .action(async (opts: EventQueryOptions) => {
      const format = parseFormat(opts.format);
      const filter = eventFilterOf(opts);
      const page = { limit: parseCount('limit', opts.limit, 100), offset: parseCount('offset', opts.offset, 0) };
      await usingStore(opts.db, async (store) => {
        const { items, total } = await store.listEvents(filter, page);
        await writeOut(renderRows(items, EVENT_COLUMNS, format));
        if (format === 'table' && total > items.length) process.stderr.write(`readout: ${items.length} of ${total} events shown (--limit, --offset)\n`);
      });
    });
}
