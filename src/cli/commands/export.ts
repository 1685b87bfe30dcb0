import { createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { ActorKind, CanonicalEvent, Store } from '../../store/types.js';
import { EVENT_CSV_HEADER, eventCsvLine, networkGraphml, ploverRecords } from '../export-formats.js';
import { csvLine, writeOut } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';
import { eventFilterOf, withEventFilters, type EventQueryOptions } from './events.js';

const FORMATS = ['plover', 'csv', 'jsonl', 'graphml'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportOptions extends EventQueryOptions { out?: string; actors: string }

/** Every canonical event the filter matches, a page at a time (bounded memory for large stores). */
async function* allEvents(store: Store, filter: ReturnType<typeof eventFilterOf>): AsyncGenerator<CanonicalEvent> {
  for (let offset = 0; ; offset += 200) {
    const page = await store.listEvents(filter, { order: 'asc', limit: 200, offset });
    yield* page.items;
    if (page.items.length < 200) return;
  }
}

/** `readout export`: events as PLOVER JSONL, CSV or JSONL, or the actor network as GraphML. */
export function register(program: Command): void {
  withEventFilters(withDbOption(program.command('export')
    .description('export canonical events (plover, csv, jsonl) or the actor network (graphml)')))
    .requiredOption('-f, --format <format>', FORMATS.join(' | '))
    .option('-o, --out <file>', 'write to a file (written whole, then moved in place) instead of standard output')
    .option('--actors <kind>', 'graphml: person | organization | country | all', 'person')
    .addHelpText('after', '\nExamples:\n  readout export --format plover --out events.jsonl\n  readout export --format graphml --country CN --from 2024 --out network.graphml')
    .action(async (opts: ExportOptions) => {
      const format = opts.format as ExportFormat;
      if (!FORMATS.includes(format)) throw new ReadoutError(ErrorCodes.USAGE, `unknown --format "${opts.format}" (use ${FORMATS.join(', ')})`);
      if (!['person', 'organization', 'country', 'all'].includes(opts.actors)) throw new ReadoutError(ErrorCodes.USAGE, `--actors must be person, organization, country or all, got "${opts.actors}"`);
      const filter = eventFilterOf(opts);
      await usingStore(opts.db, async (store) => {
        const tmp = opts.out ? `${opts.out}.${process.pid}.tmp` : null;
        if (tmp) {
          try {
            writeFileSync(tmp, ''); // fails here, clearly, when the folder is missing or read-only
          } catch (err) {
            throw new ReadoutError(ErrorCodes.USAGE, `cannot write ${opts.out}: ${err instanceof Error ? err.message : String(err)}`, opts.out);
          }
        }
        const file = tmp ? createWriteStream(tmp) : null;
        let fileError: Error | null = null;
        // a write error also wakes a writer waiting for 'drain'
        file?.on('error', (err) => { fileError = err; file.emit('drain'); });
        const write = async (s: string): Promise<void> => {
          if (!file) return writeOut(s);
          if (fileError) throw fileError;
          if (!file.write(s)) await new Promise<void>((resolve) => file.once('drain', resolve));
        };
        try {
          if (format === 'graphml') {
            const net = await store.network({
              ...(filter.country ? { country: filter.country } : {}), ...(filter.kind ? { kind: filter.kind } : {}),
              ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}),
              actorKind: opts.actors as ActorKind | 'all',
            });
            await write(networkGraphml(net));
          } else {
            if (format === 'csv') await write(csvLine(EVENT_CSV_HEADER));
            for await (const e of allEvents(store, filter)) {
              if (format === 'csv') await write(eventCsvLine(e));
              else if (format === 'jsonl') await write(`${JSON.stringify(e)}\n`);
              else for (const r of ploverRecords(e)) await write(`${JSON.stringify(r)}\n`);
            }
          }
          if (file && tmp) {
            await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
            if (fileError) throw fileError;
            renameSync(tmp, opts.out!);
          }
        } catch (err) {
          if (tmp) rmSync(tmp, { force: true });
          const why = err instanceof Error ? err.message : String(err);
          if (opts.out) throw new ReadoutError(ErrorCodes.INPUT_UNREADABLE, `cannot write ${opts.out}: ${why}`, opts.out);
          throw err;
        }
      });
    });
}
