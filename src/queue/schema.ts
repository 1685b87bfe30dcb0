import type pg from 'pg';
import { LOCK_KEYS } from '../store/postgres/connect.js';
import { transaction } from '../store/postgres/sql.js';

/*
 * The work queue lives in the store's database, one row per article:
 * pending → running (a worker holds a lease) → done | failed. A running row
 * whose lease has expired belongs to a worker that died or hung; another
 * worker takes it over. `completions` counts how many times an article was
 * marked done (1 unless it was enqueued again with new content).
 */
const QUEUE_SQL = `
CREATE TABLE IF NOT EXISTS work_queue (
  seq          BIGSERIAL UNIQUE,             -- enqueue order: oldest first
  id           TEXT COLLATE "C" PRIMARY KEY, -- the article id
  input_json   TEXT,                         -- the raw article; cleared when done (the articles table has it)
  content_hash TEXT NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts     INTEGER NOT NULL DEFAULT 0,   -- claims so far
  completions  INTEGER NOT NULL DEFAULT 0,
  lease_owner  TEXT,                         -- host:pid:loop of the worker holding it
  lease_until  TIMESTAMPTZ,
  error        TEXT,
  done_by      TEXT,
  merge_order  BIGINT,                       -- when it was stored, among all articles: writes take turns (see store/postgres/write-article.ts)
  enqueued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE SEQUENCE IF NOT EXISTS work_queue_merge_order;
CREATE INDEX IF NOT EXISTS work_queue_pending ON work_queue (seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS work_queue_leases ON work_queue (lease_until) WHERE state = 'running';
CREATE INDEX IF NOT EXISTS work_queue_failed ON work_queue (seq) WHERE state = 'failed';
`;

const ready = new WeakSet<pg.Pool>();

/** Creates the queue table once per database (under the migration lock, so workers starting together agree). */
export async function ensureQueueSchema(pool: pg.Pool): Promise<void> {
  if (ready.has(pool)) return;
  await transaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEYS.migrate]);
    await c.query(QUEUE_SQL);
  });
  ready.add(pool);
}
