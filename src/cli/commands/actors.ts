import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { ActorDetail, ActorKind } from '../../store/types.js';
import { parseCount, parseCountry, parseFormat, QUERY_FORMATS, renderRows, writeOut, type Column } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

interface ActorOptions { db: string; format: string; country?: string; kind?: string; name?: string; limit?: string; offset?: string }
const KINDS: ActorKind[] = ['person', 'organization', 'country'];

const COLUMNS: Column<ActorDetail>[] = [
  { header: 'name', value: (a) => a.name, max: 30 },
  { header: 'kind', value: (a) => a.kind },
  { header: 'country', value: (a) => a.country ?? '' },
  { header: 'articles', value: (a) => a.articles },
  { header: 'events', value: (a) => a.events },
  { header: 'quotes', value: (a) => a.quotes },
  { header: 'met most', value: (a) => a.counterparts.slice(0, 3).map((c) => `${c.name} (${c.events})`).join(', '), max: 60 },
  { header: 'id', value: (a) => a.id, max: 40 },
];

/** `readout actors`: canonical people, bodies and countries with counts and the counterparts they met most. */
export function register(program: Command): void {
  withDbOption(program.command('actors').description('list actors with counts and the counterparts they met most often'))
    .option('--country <cc>', 'actors of this country')
    .option('--kind <kind>', KINDS.join(' | '))
    .option('--name <text>', 'name contains')
    .option('-f, --format <format>', QUERY_FORMATS.join(' | '), 'table')
    .option('--limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .addHelpText('after', '\nExample:\n  readout actors --country RU --kind person')
    .action(async (opts: ActorOptions) => {
      const format = parseFormat(opts.format);
      if (opts.kind && !KINDS.includes(opts.kind as ActorKind)) throw new ReadoutError(ErrorCodes.USAGE, `--kind must be one of ${KINDS.join(', ')}, got "${opts.kind}"`);
      const filter = {
        ...(opts.country ? { country: parseCountry('country', opts.country) } : {}),
        ...(opts.kind ? { kind: opts.kind as ActorKind } : {}), ...(opts.name ? { name: opts.name } : {}),
      };
      const page = { limit: parseCount('limit', opts.limit, 50), offset: parseCount('offset', opts.offset, 0) };
      await usingStore(opts.db, async (store) => {
        const { items, total } = await store.listActors(filter, page);
        const details = (await Promise.all(items.map((a) => store.getActor(a.id)))).filter((a): a is ActorDetail => a !== null);
        await writeOut(renderRows(details, COLUMNS, format));
        if (format === 'table' && total > items.length) process.stderr.write(`readout: ${items.length} of ${total} actors shown (--limit, --offset)\n`);
      });
    });
}
