import type { KnowledgeBase } from '../kb/types.js';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';
import { listen, type Listening } from './listen.js';
import { ensureWebBuilt, isWebBuilt, webDistDir } from './web-assets.js';

export interface RunServerOptions {
  store: Store;
  kb: KnowledgeBase;
  host: string;
  port: number;
  allowIngest: boolean;
  /** Build web/dist with vite when it is missing (default true); otherwise serve the API alone. */
  build: boolean;
  log: (line: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Starts the API and UI; resolves once listening. */
export async function startServer(o: RunServerOptions): Promise<Listening> {
  let webRoot: string | undefined;
  if (o.build) webRoot = ensureWebBuilt(o.log);
  else if (isWebBuilt()) webRoot = webDistDir;
  else o.log('the web UI is not built (web/dist missing): serving the API only; run `npm run build:web` for the UI');
  if (!LOOPBACK.has(o.host)) o.log(`warning: listening on ${o.host} makes the API reachable from other machines`);
  const app = createApp({ store: o.store, kb: o.kb, allowIngest: o.allowIngest, webRoot });
  return listen(app, o.host, o.port);
}

/** Resolves on Ctrl-C or SIGTERM, so a command can close the server and store before exiting. */
export function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

/** `--port` as a number 0..65535 (0 picks a free port). */
export function parsePort(value: string): number | null {
  if (!/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n <= 65535 ? n : null;
}
