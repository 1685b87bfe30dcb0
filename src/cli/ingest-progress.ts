import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import cliProgress from 'cli-progress';

/*
 * Progress of a long ingest: a bar with counts, rate and ETA on a terminal,
 * plain log lines every so many articles otherwise (logs, CI, pipes), and
 * the summary at the end.
 */

export interface IngestCounts {
  read: number;
  new: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Event reports stored by this run. */
  events: number;
  /** Of those, how many joined a canonical event other articles already reported. */
  merged: number;
}

export const emptyCounts = (): IngestCounts => ({ read: 0, new: 0, replaced: 0, unchanged: 0, failed: 0, events: 0, merged: 0 });

const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl'];

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) if (byte === 10) n += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  return n + (last === 10 ? 0 : 1);
}

async function countPath(path: string, inFolder: boolean): Promise<number> {
  const info = await stat(path);
  if (info.isDirectory()) {
    let n = 0;
    for (const e of await readdir(path, { withFileTypes: true })) {
      if (e.isDirectory() || (e.isFile() && FOLDER_EXTENSIONS.includes(extname(e.name).toLowerCase()))) n += await countPath(join(path, e.name), true);
    }
    return n;
  }
  if (extname(path).toLowerCase() === '.jsonl') return countLines(path);
  return inFolder || info.isFile() ? 1 : 0;
}

/** How many articles the paths hold (JSONL lines counted), or null when unknown (stdin) — only for the ETA. */
export async function countArticles(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return null;
    try {
      n += await countPath(p, false);
    } catch {
      n += 1; // reading will report it as a failure
    }
  }
  return n;
}

export interface Progress {
  tick(counts: IngestCounts): void;
  /** A message that must not be lost under the bar (a failed input). */
  note(line: string): void;
  stop(): void;
}

const LOG_EVERY = 25;

/** Articles finished: stored, skipped or failed. */
const doneOf = (c: IngestCounts): number => c.new + c.replaced + c.unchanged + c.failed;

/** A terminal bar when stderr is a terminal, else a log line every 25 articles. */
export function startProgress(total: number | null, interactive = Boolean(process.stderr.isTTY)): Progress {
  const started = Date.now();
  if (!interactive) {
    let logged = 0;
    return {
      tick(c) {
        const done = doneOf(c);
        if (Math.floor(done / LOG_EVERY) <= Math.floor(logged / LOG_EVERY)) return;
        logged = done;
        const secs = Math.max(0.001, (Date.now() - started) / 1000);
        process.stderr.write(`readout: ${done}${total !== null ? `/${total}` : ''} done, ${c.new} new, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.failed} failed (${(done / secs).toFixed(1)}/s)\n`);
      },
      note: (line) => process.stderr.write(`readout: ${line}\n`),
      stop() {},
    };
  }
  const format = total !== null
    ? '{bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | new {new} unchanged {unchanged} failed {failed}'
    : '{value} read | {rate}/s | new {new} unchanged {unchanged} failed {failed}';
  const bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5 }, cliProgress.Presets.shades_classic);
  bar.start(total ?? 0, 0, { rate: '0.0', new: 0, unchanged: 0, failed: 0 });
  return {
    tick(c) {
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      const done = doneOf(c);
      if (total !== null && done > total) bar.setTotal(done);
      bar.update(done, { rate: (done / secs).toFixed(1), new: c.new + c.replaced, unchanged: c.unchanged, failed: c.failed });
    },
    note(line) {
      // cli-progress redraws over the current line: clear it, write the note, and let the bar redraw below
      process.stderr.write(`\r\x1b[K readout: ${line}\n`);
    },
    stop: () => bar.stop(),
  };
}

/** The summary line printed at the end of an ingest. */
export function summaryOf(c: IngestCounts, seconds: number): string {
  return `read ${c.read}, new ${c.new}, replaced ${c.replaced}, unchanged ${c.unchanged}, failed ${c.failed}; `
    + `events ${c.events} reports stored, ${c.merged} merged with other articles' reports (${seconds.toFixed(1)} s)`;
}
