import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { parsePort, startServer, untilStopped } from '../../server/run-server.js';
import { DEFAULT_DB, maskUrl, openStore } from '../../store/index.js';

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  allowIngest: boolean;
  build: boolean;
  kb: string[];
}

/** `readout serve`: the JSON API and the web UI over a database. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web UI over a database')
    .option('--db <path>', 'database to serve', DEFAULT_DB)
    .option('-p, --port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind; the default keeps it on this machine', '127.0.0.1')
    .option('--allow-ingest', 'accept POST /api/articles (extract and store)', false)
    .option('--no-build', 'do not build the web UI when web/dist is missing (serve the API only)')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText('after', '\nExample: readout ingest samples/ && readout serve --port 8080\n')
    .action(async (opts: ServeOptions) => {
      process.exitCode = await runServe(opts);
    });
}

async function runServe(opts: ServeOptions): Promise<number> {
  const port = parsePort(opts.port);
  if (port === null) throw new ReadoutError(ErrorCodes.USAGE, `--port must be a number from 0 to 65535, got "${opts.port}"`);
  if (!opts.host.trim()) throw new ReadoutError(ErrorCodes.USAGE, '--host is empty');
  const store = await openStore(opts.db);
  try {
    const kb = loadKnowledgeBase(opts.kb.length ? { extraDirs: opts.kb } : {});
    const log = (line: string) => process.stderr.write(`readout: ${line}\n`);
    const server = await startServer({ store, kb, host: opts.host, port, allowIngest: opts.allowIngest, build: opts.build, log });
    process.stdout.write(`readout: serving ${maskUrl(opts.db)} at ${server.url} (API: ${server.url}api/openapi.json) — Ctrl-C to stop\n`);
    await untilStopped();
    await server.close();
  } finally {
    await store.close();
  }
  return 0;
}
