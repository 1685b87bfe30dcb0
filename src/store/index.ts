import { isPostgresUrl, PostgresStore } from './postgres/index.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { contentHashOf } from './facts.js';
export { SqliteStore } from './sqlite/index.js';
export { PostgresStore, maskUrl } from './postgres/index.js';

/** The database `--db` names when not given: READOUT_DB (a file or a postgres:// URL), else ./readout.db. */
export const DEFAULT_DB = process.env.READOUT_DB || './readout.db';

export interface OpenStoreOptions {
  /** Create the database when it does not exist (ingest); queries need an existing one. */
  create?: boolean;
}

/**
 * Opens the store a `--db` value names: a SQLite file path, or a
 * `postgres://` URL (the database must exist; the schema is created in it).
 */
export async function openStore(location: string = DEFAULT_DB, opts: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return PostgresStore.open(location);
  return SqliteStore.open(location, { create: opts.create ?? false });
}
