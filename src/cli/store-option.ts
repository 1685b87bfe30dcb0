import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../core/errors.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';

/** Adds `--db FILE` to a command. */
export const withDbOption = (cmd: Command): Command => cmd.option('--db <file>', 'database file', DEFAULT_DB);

/** Opens the store, runs `fn`, and always closes it. Queries never create a database. */
export async function usingStore<T>(db: string, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const store = await openStore(db, { create });
  try {
    return await fn(store);
  } catch (err) {
    // a database that breaks while in use (corrupt, removed, disk full) is named, not shown as a stack trace
    const code = (err as { code?: unknown }).code;
    if (!(err instanceof ReadoutError) && typeof code === 'string' && code.startsWith('SQLITE_')) {
      throw new ReadoutError(ErrorCodes.DB_OPEN, `database ${db}: ${(err as Error).message} (${code})`, db);
    }
    throw err;
  } finally {
    await store.close();
  }
}
