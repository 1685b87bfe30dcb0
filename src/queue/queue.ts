import type pg from 'pg';
import type { ArticleInput } from '../core/doc.js';
import { one, rows, run, type Queryable } from '../store/postgres/sql.js';
import { ensureQueueSchema } from './schema.js';

/*
 * The queue's operations, each one statement or one short transaction.
 * Claims use FOR UPDATE SKIP LOCKED, so N workers never wait for one
 * another and never take the same row.
 */

export interface EnqueueCounts {
  /** New rows. */
  added: number;
  /** Rows whose content changed: pending again. */
  updated: number;
  /** Already queued with the same content. */
  unchanged: number;
}

export interface QueueItem {
  id: string;
  input: ArticleInput;
  contentHash: string;
  attempts: number;
}

/** Queues articles (one statement per batch); an article queued again with the same content hash is left as it is. */
export async function enqueueBatch(pool: pg.Pool, items: readonly { input: ArticleInput; contentHash: string }[]): Promise<EnqueueCounts> {
  await ensureQueueSchema(pool);
  const byId = new Map(items.map((i) => [i.input.id, i])); // one row per id: the last one wins
  const list = [...byId.values()];
  if (!list.length) return { added: 0, updated: 0, unchanged: 0 };
  const rs = await rows<{ added: boolean }>(pool, `INSERT INTO work_queue (id, input_json, content_hash, state)
      SELECT id, input_json, content_hash, 'pending' FROM unnest(?::text[], ?::text[], ?::text[]) AS t (id, input_json, content_hash)
    ON CONFLICT (id) DO UPDATE SET input_json = excluded.input_json, content_hash = excluded.content_hash, state = 'pending',
      attempts = 0, lease_owner = NULL, lease_until = NULL, error = NULL, updated_at = now()
      WHERE work_queue.content_hash <> excluded.content_hash
    RETURNING (xmax = 0) AS added`, [list.map((i) => i.input.id), list.map((i) => JSON.stringify(i.input)), list.map((i) => i.contentHash)]);
  const added = rs.filter((r) => r.added).length;
  return { added, updated: rs.length - added, unchanged: list.length - rs.length + (items.length - list.length) };
}

export interface ClaimOptions {
  owner: string;
  batch: number;
  leaseMs: number;
  /** Claims after which an article whose worker keeps dying is marked failed. */
  maxAttempts: number;
}

/**
 * Takes up to `batch` articles for one worker: expired leases first (their
 * worker died), then pending ones in enqueue order. Articles whose lease
 * expired `maxAttempts` times are marked failed instead: they kill workers.
 */
export async function claim(pool: pg.Pool, o: ClaimOptions): Promise<QueueItem[]> {
  await run(pool, `UPDATE work_queue SET state = 'failed', lease_owner = NULL, lease_until = NULL, updated_at = now(),
      error = 'the worker processing it stopped ' || attempts || ' times (crashed, killed or hung past its lease)'
    WHERE state = 'running' AND lease_until < now() AND attempts >= ?`, [o.maxAttempts]);
  const take = (where: string, order: string, n: number) => rows<{ id: string; input_json: string; content_hash: string; attempts: number; seq: number }>(pool,
    `UPDATE work_queue w SET state = 'running', lease_owner = ?, lease_until = now() + ? * interval '1 millisecond',
        attempts = w.attempts + 1, updated_at = now()
      FROM (SELECT id FROM work_queue WHERE ${where} ORDER BY ${order} LIMIT ? FOR UPDATE SKIP LOCKED) picked
      WHERE w.id = picked.id RETURNING w.id, w.input_json, w.content_hash, w.attempts, w.seq`, [o.owner, o.leaseMs, n]);
  const expired = await take("state = 'running' AND lease_until < now()", 'lease_until', o.batch);
  const pending = expired.length < o.batch ? await take("state = 'pending'", 'seq', o.batch - expired.length) : [];
  return [...expired, ...pending].sort((a, b) => Number(a.seq) - Number(b.seq)).map((r) => ({ id: r.id, input: JSON.parse(r.input_json) as ArticleInput, contentHash: r.content_hash, attempts: r.attempts }));
}

/** Extends this worker's leases on the articles it still holds. */
export async function renewLeases(db: Queryable, owner: string, ids: readonly string[], leaseMs: number): Promise<void> {
  if (!ids.length) return;
  await run(db, `UPDATE work_queue SET lease_until = now() + ? * interval '1 millisecond'
    WHERE id = ANY(?) AND lease_owner = ? AND state = 'running'`, [leaseMs, ids, owner]);
}

/**
 * Inside the transaction that stores the article: locks its queue row and
 * checks this worker still holds it. False when the lease was lost (another
 * worker took the article over): the caller rolls back and moves on.
 */
export async function holdsLease(client: pg.PoolClient, owner: string, id: string): Promise<boolean> {
  return !!(await one(client, `SELECT 1 FROM work_queue WHERE id = ? AND lease_owner = ? AND state = 'running' FOR UPDATE`, [id, owner]));
}

/** Marks an article done, in the transaction that stored it (after the store's lock: `merge_order` is the order of writes). */
export async function markDone(client: pg.PoolClient, owner: string, id: string): Promise<void> {
  await run(client, `UPDATE work_queue SET state = 'done', completions = completions + 1, done_by = lease_owner, lease_owner = NULL,
      merge_order = nextval('work_queue_merge_order'),
      lease_until = NULL, error = NULL, input_json = NULL, updated_at = now() WHERE id = ? AND lease_owner = ?`, [id, owner]);
}

/** Marks an article failed with its error (only while this worker holds it). */
export async function markFailed(db: Queryable, owner: string, id: string, error: string): Promise<void> {
  await run(db, `UPDATE work_queue SET state = 'failed', error = ?, lease_owner = NULL, lease_until = NULL, updated_at = now()
    WHERE id = ? AND lease_owner = ? AND state = 'running'`, [error.slice(0, 2000), id, owner]);
}

/** Gives articles back to the queue (a worker shutting down between articles). */
export async function release(db: Queryable, owner: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await run(db, `UPDATE work_queue SET state = 'pending', lease_owner = NULL, lease_until = NULL, attempts = greatest(attempts - 1, 0), updated_at = now()
    WHERE id = ANY(?) AND lease_owner = ? AND state = 'running'`, [ids, owner]);
}

export interface QueueStatus {
  pending: number;
  running: number;
  /** Of the running ones, those whose lease has expired (their worker is gone; another will take them). */
  expired: number;
  done: number;
  failed: number;
  /** The failed articles (up to the limit asked), oldest first, with their errors. */
  failures: { id: string; attempts: number; error: string; at: string }[];
}

export async function queueStatus(pool: pg.Pool, failureLimit = 20): Promise<QueueStatus> {
  await ensureQueueSchema(pool);
  const c = (await one<Omit<QueueStatus, 'failures'>>(pool, `SELECT
      count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'running') AS running,
      count(*) FILTER (WHERE state = 'running' AND lease_until < now()) AS expired,
      count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE state = 'failed') AS failed FROM work_queue`))!;
  const failures = await rows<{ id: string; attempts: number; error: string | null; at: Date }>(pool,
    `SELECT id, attempts, error, updated_at AS at FROM work_queue WHERE state = 'failed' ORDER BY seq LIMIT ?`, [failureLimit]);
  return {
    pending: Number(c.pending), running: Number(c.running), expired: Number(c.expired), done: Number(c.done), failed: Number(c.failed),
    failures: failures.map((f) => ({ id: f.id, attempts: f.attempts, error: f.error ?? '', at: f.at.toISOString() })),
  };
}

/** Failed articles back to pending (all of them, or the ids given); returns how many. */
export async function retryFailed(pool: pg.Pool, ids?: readonly string[]): Promise<number> {
  await ensureQueueSchema(pool);
  const only = ids?.length ? 'AND id = ANY(?)' : '';
  return run(pool, `UPDATE work_queue SET state = 'pending', attempts = 0, error = NULL, updated_at = now()
    WHERE state = 'failed' ${only}`, ids?.length ? [ids] : []);
}

/** True when nothing is left to do: no pending article and none running. */
export async function drained(pool: pg.Pool): Promise<boolean> {
  const r = await one<{ n: number }>(pool, "SELECT count(*) AS n FROM work_queue WHERE state IN ('pending', 'running')");
  return (r?.n ?? 0) === 0;
}
