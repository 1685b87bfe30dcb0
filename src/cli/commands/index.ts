import type { Command } from 'commander';
import { register as extract } from './extract.js';
import { register as serve } from './serve.js';
import { register as demo } from './demo.js';
import { register as kb } from './kb.js';
import { register as ingest } from './ingest.js';
import { register as reprocess } from './reprocess.js';
import { register as search } from './search.js';
import { register as events } from './events.js';
import { register as quotes } from './quotes.js';
import { register as actors } from './actors.js';
import { register as timeline } from './timeline.js';
import { register as stats } from './stats.js';
import { register as exportCommand } from './export.js';
import { register as enqueue } from './enqueue.js';
import { register as worker } from './worker.js';
import { register as queue } from './queue.js';

/**
 * Every command registers itself here, one module each. Keep the list in the
 * order `readout --help` should show it.
 */
type Register = (program: Command) => void;
const registrations: Register[] = [extract, serve, demo, kb, ingest, reprocess, search, events, quotes, actors, timeline, stats, exportCommand, enqueue, worker, queue];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
