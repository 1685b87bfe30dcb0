import type { Command } from 'commander';
import { writeOut } from '../query-output.js';
import { usingStore, withDbOption } from '../store-option.js';

/** `readout stats`: what the database holds. */
export function register(program: Command): void {
  withDbOption(program.command('stats').description('count articles, canonical events, event reports, quotes and actors'))
    .option('--json', 'print {"articles", "events", "event_reports", "quotes", "actors"}')
    .action(async (opts: { db: string; json?: boolean }) => {
      await usingStore(opts.db, async (store) => {
        const s = await store.stats();
        if (opts.json) return writeOut(`${JSON.stringify(s)}\n`);
        return writeOut([
          `articles       ${s.articles}`, `events         ${s.events} (canonical)`, `event reports  ${s.event_reports}`,
          `quotes         ${s.quotes}`, `actors         ${s.actors}`, '',
        ].join('\n'));
      });
    });
}
