import pg from 'pg';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { PG_MIGRATIONS } from './migrations.js';
import { one, pgTypes, rows, transaction } from './sql.js';

/** True when a `--db` value names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** The URL with its password replaced by `***`, for messages and logs. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

export interface PgOptions {
  /** Connections this process may open (default READOUT_PG_POOL or 10). */
  poolSize?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

/** Advisory lock keys readout takes (one namespace, so they never meet another application's by chance). */
export const LOCK_KEYS = { migrate: 74_210_001, merge: 74_210_002 } as const;

const reasonOf = (err: unknown): string => {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running and listening there?)';
  if (e?.code === 'ENOTFOUND') return 'no such host';
  if (e?.code === '28P01' || e?.code === '28000') return 'authentication failed';
  if (e?.code === '3D000') return `${e.message ?? 'database does not exist'} (create it first: createdb NAME)`;
  return (err instanceof Error ? err.message : String(err)) || String(e?.code ?? 'unknown error');
};

/**
 * A connection pool to the database the URL names, with the schema migrated.
 * Any failure to reach it is an E_DB_CONNECT error naming the URL (password
 * masked); nothing is written until the connection works.
 */
export async function connectPostgres(url: string, opts: PgOptions = {}): Promise<pg.Pool> {
  const poolSize = opts.poolSize ?? (Number(process.env.READOUT_PG_POOL) || 10);
  const pool = new pg.Pool({
    connectionString: url, max: poolSize, types: pgTypes, connectionTimeoutMillis: 10_000,
    application_name: opts.applicationName ?? 'readout',
  });
  // an idle client losing its server must not crash the process; the next query reports it
  pool.on('error', () => {});
  try {
    await one(pool, 'SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new ReadoutError(ErrorCodes.DB_CONNECT, `cannot connect to ${maskUrl(url)}: ${reasonOf(err)}`, maskUrl(url));
  }
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof ReadoutError) throw err;
    throw new ReadoutError(ErrorCodes.DB_MIGRATION, `database ${maskUrl(url)}: migration failed: ${reasonOf(err)}`, maskUrl(url));
  }
  return pool;
}

/** Applies the migrations not yet recorded, under an advisory lock so that N workers starting at once apply each once. */
export async function migrate(pool: pg.Pool): Promise<void> {
  await transaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEYS.migrate]);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const newest = (await one<{ v: number | null }>(c, 'SELECT max(version) AS v FROM schema_migrations'))?.v ?? 0;
    const known = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]?.version ?? 0;
    if (newest > known) {
      throw new ReadoutError(ErrorCodes.DB_MIGRATION, `database schema version ${newest} is newer than this readout knows (${known}): upgrade readout`);
    }
    const applied = new Set((await rows<{ version: number }>(c, 'SELECT version FROM schema_migrations')).map((r) => r.version));
    for (const m of PG_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
  });
}
