import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { isInputFailure, readInputs } from '../../ingest/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { extractRecord } from '../../pipeline/index.js';
import { parsePort, startServer, untilStopped } from '../../server/run-server.js';
import { ensureWebBuilt, packageRoot } from '../../server/web-assets.js';
import { contentHashOf, openStore, type Store } from '../../store/index.js';

const DEMO_DB = './readout-demo.db';
const SAMPLES = join(packageRoot, 'samples');

interface DemoOptions {
  db: string;
  port: string;
  host: string;
  samples?: string;
  serve: boolean;
}

/** `readout demo`: the README's first command — sample articles into a fresh database, then the UI. */
export function register(program: Command): void {
  program
    .command('demo')
    .description(`ingest the bundled sample articles into a fresh database (${DEMO_DB}) and serve the web UI`)
    .option('--db <path>', 'database to create (an existing file is replaced only when it is the default)', DEMO_DB)
    .option('-p, --port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--samples <dir>', 'articles to ingest instead of the bundled samples/')
    .option('--no-serve', 'ingest only, then exit')
    .action(async (opts: DemoOptions) => {
      process.exitCode = await runDemo(opts);
    });
}

/** Removes the default demo database so each demo starts fresh; any other existing file is refused, never deleted. */
function freshDatabase(db: string): void {
  if (!existsSync(db)) return;
  if (resolve(db) !== resolve(DEMO_DB)) {
    throw new ReadoutError(ErrorCodes.USAGE, `--db ${db} already exists: the demo needs a fresh database (remove it or name a new file)`, db);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
}

/** Extracts and stores every article under the paths; returns how many were stored and how many failed. */
export async function ingestPaths(store: Store, kb: KnowledgeBase, paths: string[], sourceBase?: string): Promise<{ stored: number; failed: number }> {
  let stored = 0;
  let failed = 0;
  for await (const item of readInputs(paths)) {
    if (isInputFailure(item)) {
      failed++;
      process.stderr.write(`readout: ${item.message}\n`);
      continue;
    }
    // sources shown in the UI as `samples/x.txt`, not as this machine's absolute path
    if (sourceBase && item.source && isAbsolute(item.source)) {
      const rel = relative(sourceBase, item.source);
      if (!rel.startsWith('..')) item.source = rel;
    }
    await store.putArticle(item, extractRecord(item, { kb }), contentHashOf(item));
    stored++;
  }
  return { stored, failed };
}

async function runDemo(opts: DemoOptions): Promise<number> {
  const port = parsePort(opts.port);
  if (port === null) throw new ReadoutError(ErrorCodes.USAGE, `--port must be a number from 0 to 65535, got "${opts.port}"`);
  const samples = opts.samples ?? SAMPLES;
  if (!existsSync(samples)) throw new ReadoutError(ErrorCodes.INPUT_NOT_FOUND, `no sample articles at ${samples}`, samples);
  const log = (line: string) => process.stderr.write(`readout: ${line}\n`);
  if (opts.serve) ensureWebBuilt(log);
  freshDatabase(opts.db);
  const store = await openStore(opts.db, { create: true });
  try {
    const kb = loadKnowledgeBase();
    const { stored, failed } = await ingestPaths(store, kb, [samples], opts.samples ? undefined : packageRoot);
    const s = await store.stats();
    process.stdout.write(`readout: ingested ${stored} articles into ${opts.db}: ${s.events} events, ${s.quotes} quotes, ${s.actors} actors${failed ? ` (${failed} inputs failed)` : ''}\n`);
    if (!opts.serve) return failed ? 1 : 0;
    const server = await startServer({ store, kb, host: opts.host, port, allowIngest: false, build: true, log });
    process.stdout.write(`readout: open ${server.url} — Ctrl-C to stop (database: ${opts.db})\n`);
    await untilStopped();
    await server.close();
  } finally {
    await store.close();
  }
  return 0;
}
