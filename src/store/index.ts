import { ErrorCodes, ReadoutError } from '../core/errors.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { contentHashOf } from './facts.js';
export { SqliteStore } from './sqlite/index.js';

/** The database `--db` names when not given. */
export const DEFAULT_DB = './readout.db';

export interface OpenStoreOptions {
  /** Create the database when it does not exist (ingest); queries need an existing one. */
  create?: boolean;
}

/** Opens the store a `--db` value names: a SQLite file path (a PostgreSQL URL once that store lands). */
export async function openStore(location: string = DEFAULT_DB, opts: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new ReadoutError(ErrorCodes.DB_CONNECT, `cannot open ${location.replace(/\/\/[^@/]*@/, '//***@')}: the PostgreSQL store is not built yet; use a SQLite file`, location);
  }
  return SqliteStore.open(location, { create: opts.create ?? false });
}
