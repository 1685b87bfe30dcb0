import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import type { ArticleRecord } from '../../core/record.js';
import { readInputs, isInputFailure, DEFAULT_MAX_BYTES } from '../../ingest/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { extractRecord } from '../../pipeline/index.js';

const FORMATS = ['jsonl', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractOptions {
  format: string;
  kb: string[];
  maxBytes: string;
}

/** `readout extract [PATHS...]`: one article record per input article, in input order, written as produced. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract people, places, countries, events and quotes from articles (.txt, .html, .jsonl, folders, - for stdin)')
    .argument('[paths...]', 'files, folders, or - for standard input (the default when input is piped)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(' | ')}`, 'jsonl')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--max-bytes <n>', 'largest article accepted, in bytes', String(DEFAULT_MAX_BYTES))
    .addHelpText('after', '\nExit status: 0 all inputs read, 1 some inputs failed (named on stderr), 2 usage error.\n'
      + 'Example: readout extract --format text samples/')
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}

async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  const format = opts.format as Format;
  if (!FORMATS.includes(format)) {
    throw new ReadoutError(ErrorCodes.USAGE, `unknown --format "${opts.format}" (use ${FORMATS.join(', ')})`);
  }
  const maxBytes = Number(opts.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new ReadoutError(ErrorCodes.USAGE, `--max-bytes must be a positive whole number, got "${opts.maxBytes}"`);
  }
  if (!paths.length) {
    if (process.stdin.isTTY) throw new ReadoutError(ErrorCodes.USAGE, 'no input: give files or folders, or pipe articles to standard input');
    paths = ['-'];
  }
  const kb = loadKnowledgeBase(opts.kb.length ? { extraDirs: opts.kb } : {});
  const out = new Output();
  let failures = 0;
  let written = 0;
  if (format === 'json') await out.write('[');
  for await (const item of readInputs(paths, { maxBytes })) {
    if (out.closed) break; // the reader went away (`| head`): stop reading
    if (isInputFailure(item)) {
      failures++;
      process.stderr.write(`readout: ${item.message.startsWith(item.input) ? item.message : `${item.input}: ${item.message}`}\n`);
      continue;
    }
    const record = extractRecord(item, { kb });
    if (format === 'jsonl') await out.write(`${JSON.stringify(record)}\n`);
    else if (format === 'json') await out.write(`${written ? ',' : ''}\n${JSON.stringify(record, null, 2)}`);
    else await out.write(`${written ? '\n' : ''}${textReport(record)}`);
    written++;
  }
  if (format === 'json') await out.write(written ? '\n]\n' : ']\n');
  return failures ? 1 : 0;
}

/** Standard output with back-pressure; a closed pipe (`| head`) ends quietly. */
class Output {
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.closed = true;
      else throw err;
    });
  }

  async write(s: string): Promise<void> {
    if (this.closed) return;
    if (!this.stream.write(s)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

/** A readable report of one record, for a person at a terminal. */
export function textReport(r: ArticleRecord): string {
  const lines: string[] = [`== ${r.title ?? r.id}${r.title ? `  [${r.id}]` : ''}`];
  lines.push(`published: ${r.published ?? 'unknown'}${r.published_how ? ` (${r.published_how})` : ''}`);
  const who = (a: { name?: string; country?: string; role?: string }): string =>
    [a.name ?? a.country ?? '?', a.name && a.country ? `(${a.country})` : '', a.role ? `, ${a.role}` : ''].join(' ').replace(/ ,/g, ',').trim();
  if (r.persons.length) {
    lines.push('people:');
    for (const p of r.persons) lines.push(`  - ${who(p)}`);
  }
  if (r.organizations.length) lines.push(`organizations: ${r.organizations.map((o) => o.name).join(', ')}`);
  if (r.places.length) lines.push(`places: ${r.places.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join(', ')}`);
  if (r.countries.length) lines.push(`countries: ${r.countries.join(', ')}`);
  if (r.events.length) {
    lines.push('events:');
    for (const e of r.events) {
      const where = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : 'place unknown';
      const occasion = e.occasion ? `, at ${e.occasion.name}` : '';
      lines.push(`  - ${e.kind} (${e.status}) ${e.date ?? 'date unknown'}${e.date_end ? `..${e.date_end}` : ''}, ${where}${occasion}`);
      if (e.participants.length) lines.push(`    with ${e.participants.map(who).join('; ')}`);
    }
  }
  if (r.quotes.length) {
    lines.push('quotes:');
    for (const q of r.quotes) {
      const text = q.text.length > 200 ? `${q.text.slice(0, 197)}...` : q.text;
      lines.push(`  - ${q.speaker ? who(q.speaker) : 'unknown speaker'}${q.direct ? '' : ' (reported)'}: "${text}"`);
    }
  }
  const problems = r.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) {
    lines.push('notes:');
    for (const d of problems) lines.push(`  - ${d.severity}: ${d.message}`);
  }
  return `${lines.join('\n')}\n`;
}
