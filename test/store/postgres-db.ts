import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * Throwaway databases for the PostgreSQL tests. `npm test` starts a server
 * and sets READOUT_TEST_PG (see scripts/run-tests.mjs); without it the
 * PostgreSQL tests are skipped with a message saying why.
 */

export const TEST_PG_URL = process.env.READOUT_TEST_PG ?? '';

export const PG_SKIP = TEST_PG_URL ? false : 'no PostgreSQL for tests: install postgresql (Debian) or set READOUT_TEST_PG=postgres://...';

const created: string[] = [];

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const u = new URL(TEST_PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function freshDatabase(prefix = 'readout_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  created.push(name);
  return databaseUrl(name);
}

/** Drops every database this process created (connections still open are ended). */
export async function dropDatabases(): Promise<void> {
  const names = created.splice(0);
  if (!names.length) return;
  await admin(async (c) => {
    for (const n of names) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
  });
}
