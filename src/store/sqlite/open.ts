import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { MIGRATIONS } from './migrations.js';

export interface OpenOptions {
  /** Create the file when it does not exist (ingest). Queries need an existing database. */
  create?: boolean;
  /** How long a write waits for another process's transaction, in ms. */
  busyTimeoutMs?: number;
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Opens (and migrates) a SQLite database file. Any failure is an E_DB_OPEN
 * error naming the path; nothing already stored is touched when opening fails.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Database.Database {
  const where = path === ':memory:' ? path : resolve(path);
  if (path !== ':memory:') {
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new ReadoutError(ErrorCodes.DB_OPEN, `cannot open database ${path}: it is a folder (give a file, e.g. --db ${path}/readout.db)`, path);
    }
    if (!existsSync(path)) {
      if (!opts.create) throw new ReadoutError(ErrorCodes.DB_OPEN, `cannot open database ${path}: no such file (run \`readout ingest\` first, or give --db)`, path);
      if (!existsSync(dirname(where))) throw new ReadoutError(ErrorCodes.DB_OPEN, `cannot open database ${path}: folder ${dirname(path)} does not exist`, path);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: !opts.create });
  } catch (err) {
    throw new ReadoutError(ErrorCodes.DB_OPEN, `cannot open database ${path}: ${reasonOf(err)}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 30_000}`);
    db.pragma('foreign_keys = ON');
    // reading the schema first makes "file is not a database" fail here, before anything is written
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch (err) {
    db.close();
    throw new ReadoutError(ErrorCodes.DB_OPEN, `cannot open database ${path}: ${reasonOf(err)}`, path);
  }
  try {
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof ReadoutError) throw err;
    throw new ReadoutError(ErrorCodes.DB_MIGRATION, `database ${path}: migration failed: ${reasonOf(err)}`, path);
  }
  return db;
}

/** Applies the migrations not yet recorded, each in its own immediate transaction (safe with two processes). */
export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = db.prepare('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const newest = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const known = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (newest > known) {
    throw new ReadoutError(ErrorCodes.DB_MIGRATION, `database schema version ${newest} is newer than this readout knows (${known}): upgrade readout`);
  }
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      if (applied.get(m.version)) return; // another process got there first
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}
