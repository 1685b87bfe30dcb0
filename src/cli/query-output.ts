import { ErrorCodes, ReadoutError } from '../core/errors.js';

/*
 * How the query commands print rows: an aligned table for people, CSV for
 * spreadsheets, JSON or JSON lines for programs. Tables and CSV show flat
 * columns; JSON keeps every field.
 */

export const QUERY_FORMATS = ['table', 'csv', 'json', 'jsonl'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function parseFormat(value: string, allowed: readonly string[] = QUERY_FORMATS): QueryFormat {
  if (!allowed.includes(value)) throw new ReadoutError(ErrorCodes.USAGE, `unknown --format "${value}" (use ${allowed.join(', ')})`);
  return value as QueryFormat;
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Widest a table cell gets; longer text is cut with "…". */
  max?: number;
}

/** One CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | null | undefined): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | null | undefined)[]): string => `${fields.map(csvField).join(',')}\n`;

function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => {
    const s = String(c.value(r) ?? '').replace(/\s+/g, ' ');
    const max = c.max ?? 40;
    return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => [...row[i]!].length)));
  const line = (fields: string[]) => fields.map((f, i) => (i === fields.length - 1 ? f : f.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Renders rows in the chosen format; `json`/`jsonl` print `toJson(row)` (the full objects by default). */
export function renderRows<T>(rows: readonly T[], columns: readonly Column<T>[], format: QueryFormat, toJson: (row: T) => unknown = (r) => r): string {
  switch (format) {
    case 'json': return `${JSON.stringify(rows.map(toJson), null, 2)}\n`;
    case 'jsonl': return rows.map((r) => `${JSON.stringify(toJson(r))}\n`).join('');
    case 'csv': return csvLine(columns.map((c) => c.header)) + rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('');
    case 'table': return rows.length ? table(rows, columns) : '(none)\n';
  }
}

let stdoutClosed = false;
let watching = false;
let sink: ((text: string) => void) | null = null;

/** Sends command output to `fn` instead of standard output (tests: the test runner owns standard output); null restores it. */
export function captureOutput(fn: ((text: string) => void) | null): void {
  sink = fn;
}

/** Writes to standard output with back-pressure; after a closed pipe (`| head`) further output is dropped quietly. */
export async function writeOut(text: string): Promise<void> {
  if (sink) return sink(text);
  if (!watching) {
    watching = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') stdoutClosed = true;
      else throw err;
    });
  }
  if (stdoutClosed) return;
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      const done = () => { clearInterval(check); resolve(); };
      process.stdout.once('drain', done);
      // a pipe closed while waiting never drains
      const check = setInterval(() => { if (stdoutClosed) done(); }, 50);
    });
  }
}

/** Parses a whole number option (`--limit 20`). */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be a whole number, got "${value}"`);
  return n;
}

/** Parses an ISO date option, possibly partial (`--from 2024`, `--to 2024-07`). */
export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be a date like 2024, 2024-07 or 2024-07-03, got "${value}"`);
  return value;
}

/** Parses a country code option (`--country ru` → `RU`). */
export function parseCountry(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(value)) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be a two-letter country code like CN, got "${value}"`);
  return value.toUpperCase();
}

/** Parses `CN,RU` into a pair of country codes. */
export function parseCountryPair(name: string, value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[,\s]+/).filter(Boolean);
  if (parts.length !== 2) throw new ReadoutError(ErrorCodes.USAGE, `--${name} needs two country codes like CN,RU, got "${value}"`);
  return [parseCountry(name, parts[0])!, parseCountry(name, parts[1])!];
}
