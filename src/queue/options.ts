import type pg from 'pg';
import { ErrorCodes, ReadoutError } from '../core/errors.js';
import { connectPostgres, isPostgresUrl } from '../store/postgres/connect.js';

/*
 * What the queue commands (enqueue, worker, queue) share: the database URL,
 * which must be PostgreSQL, and the parsing of their numeric options.
 */

/** The `--db` value, else READOUT_DB; the queue needs PostgreSQL. */
export function queueDbUrl(db: string | undefined): string {
  const url = db ?? process.env.READOUT_DB;
  if (!url) throw new ReadoutError(ErrorCodes.USAGE, 'the work queue lives in PostgreSQL: give --db postgres://USER@HOST/DB or set READOUT_DB');
  if (!isPostgresUrl(url)) {
    throw new ReadoutError(ErrorCodes.USAGE, `the work queue needs PostgreSQL, not ${url}: give --db postgres://USER@HOST/DB (for one machine, use readout ingest)`);
  }
  return url;
}

/** Connects (and migrates) with a pool of `poolSize` connections. */
export const connectQueue = (url: string, poolSize: number, applicationName: string): Promise<pg.Pool> =>
  connectPostgres(url, { poolSize, applicationName });

export function parsePositive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

/** A duration: `90s`, `2m`, `500ms`, or plain seconds; in milliseconds. */
export function parseDuration(name: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  if (!m) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be a duration like 60s, 2m or 500ms, got "${value}"`);
  const ms = Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
  if (ms < 100) throw new ReadoutError(ErrorCodes.USAGE, `--${name} must be at least 100ms, got "${value}"`);
  return Math.round(ms);
}
