import type { Command } from 'commander';
import { DEFAULT_DB, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';

/** Adds `--db FILE` to a command. */
export const withDbOption = (cmd: Command): Command => cmd.option('--db <file>', 'database file', DEFAULT_DB);

/** Opens the store, runs `fn`, and always closes it. Queries never create a database. */
export async function usingStore<T>(db: string, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const store = await openStore(db, { create });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
