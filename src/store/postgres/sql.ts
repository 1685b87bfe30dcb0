import pg from 'pg';

/*
 * Small helpers over node-postgres: the store's SQL is written with `?`
 * placeholders like the SQLite store's, numbered here; counts come back as
 * numbers; transactions retry on deadlocks and serialisation failures.
 */

/** A pool or one checked-out client: anything that runs a query. */
export type Queryable = pg.Pool | pg.PoolClient;
export type Row = Record<string, unknown>;

/** `?` placeholders (outside quoted literals and identifiers) numbered as `$1, $2...`. */
export function numbered(text: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

const converted = new Map<string, string>();

/** Runs one statement with `?` placeholders and returns its rows. */
export async function rows<T = Row>(db: Queryable, text: string, args: readonly unknown[] = []): Promise<T[]> {
  let q = converted.get(text);
  if (q === undefined) {
    q = numbered(text);
    if (converted.size < 2000) converted.set(text, q);
  }
  const r = await db.query(q, args as unknown[]);
  return r.rows as T[];
}

export async function one<T = Row>(db: Queryable, text: string, args: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, text, args))[0];
}

export async function run(db: Queryable, text: string, args: readonly unknown[] = []): Promise<number> {
  const q = converted.get(text) ?? numbered(text);
  const r = await db.query(q, args as unknown[]);
  return r.rowCount ?? 0;
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** bigint counts as JS numbers (counts never pass 2^53); other types as node-postgres gives them. */
export const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Errors a transaction may meet under concurrency and should simply retry. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

export const isRetryable = (err: unknown): boolean => RETRYABLE.has((err as { code?: string })?.code ?? '');

/**
 * Runs `fn` in a transaction on one client from the pool; retries the whole
 * transaction when PostgreSQL aborts it for a deadlock or a serialisation
 * failure (another writer touched the same rows).
 */
export async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      if (!isRetryable(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    } finally {
      client.release();
    }
  }
}
