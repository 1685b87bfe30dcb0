// Needs PostgreSQL: npm test starts a throwaway server and sets READOUT_TEST_PG (see test/store/postgres-db.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type pg from 'pg';
import type { ArticleInput } from '../../src/core/doc.js';
import { claim, enqueueBatch, queueStatus, renewLeases, retryFailed } from '../../src/queue/queue.js';
import { runWorker, type WorkerOptions } from '../../src/queue/worker.js';
import { contentHashOf } from '../../src/store/facts.js';
import { connectPostgres } from '../../src/store/postgres/connect.js';
import { article, LAVROV, MOSCOW_2023, TASHKENT_A, TASHKENT_B, WANG } from '../store/fixtures.js';
import { dropDatabases, freshDatabase, PG_SKIP } from '../store/postgres-db.js';
import { REPO } from './corpus.js';

type Fixture = ReturnType<typeof article>;
const item = (f: Fixture) => ({ input: f.input, contentHash: contentHashOf(f.input) });
const BROKEN = article({ id: 'z-broken', text: 'An article the test extractor refuses.' });
const fixtures = new Map([TASHKENT_A, TASHKENT_B, MOSCOW_2023, BROKEN].map((f) => [f.input.id, f]));

/** A stand-in for the pipeline: the fixture's record, or an error for the broken article. */
const extract = async (input: ArticleInput) => {
  if (input.id === BROKEN.input.id) throw new Error('cannot read this one');
  return fixtures.get(input.id)!.record;
};

const options = (o: Partial<WorkerOptions> = {}): WorkerOptions => ({ loops: 2, batch: 2, leaseMs: 60_000, maxAttempts: 3, drain: true, pollMs: 50, ...o });

const pools: pg.Pool[] = [];
async function freshPool(): Promise<pg.Pool> {
  const pool = await connectPostgres(await freshDatabase('readout_queue'));
  pools.push(pool);
  return pool;
}
after(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await dropDatabases();
});

const readout = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'readout.js'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, READOUT_DB: '' } });

describe('work queue', { skip: PG_SKIP }, () => {
  it('queues new articles, leaves unchanged ones, and makes changed ones pending again', async () => {
    const pool = await freshPool();
    assert.deepEqual(await enqueueBatch(pool, [item(TASHKENT_A), item(TASHKENT_B)]), { added: 2, updated: 0, unchanged: 0 });
    assert.deepEqual(await enqueueBatch(pool, [item(TASHKENT_A)]), { added: 0, updated: 0, unchanged: 1 });
    const changed = { ...TASHKENT_A.input, text: `${TASHKENT_A.input.text} Updated.` };
    assert.deepEqual(await enqueueBatch(pool, [{ input: changed, contentHash: contentHashOf(changed) }]), { added: 0, updated: 1, unchanged: 0 });
    const s = await queueStatus(pool);
    assert.equal(s.pending, 2);
    assert.equal(s.done + s.running + s.failed, 0);
  });

  it('gives two workers claiming at once disjoint batches, oldest first', async () => {
    const pool = await freshPool();
    await enqueueBatch(pool, [TASHKENT_A, TASHKENT_B, MOSCOW_2023, BROKEN].map(item));
    const [a, b] = await Promise.all([
      claim(pool, { owner: 'w1', batch: 2, leaseMs: 60_000, maxAttempts: 3 }),
      claim(pool, { owner: 'w2', batch: 2, leaseMs: 60_000, maxAttempts: 3 }),
    ]);
    const ids = [...a, ...b].map((x) => x.id);
    assert.equal(a.length + b.length, 4);
    assert.equal(new Set(ids).size, 4, 'no article claimed twice');
    assert.deepEqual(await claim(pool, { owner: 'w3', batch: 2, leaseMs: 60_000, maxAttempts: 3 }), [], 'live leases are not taken');
    assert.equal((await queueStatus(pool)).running, 4);
  });

  it('takes over an expired lease, and fails an article whose workers keep dying', async () => {
    const pool = await freshPool();
    await enqueueBatch(pool, [item(TASHKENT_A)]);
    assert.equal((await claim(pool, { owner: 'dead-1', batch: 5, leaseMs: 100, maxAttempts: 2 })).length, 1);
    await renewLeases(pool, 'someone-else', [TASHKENT_A.input.id], 60_000); // another worker cannot extend it
    await new Promise((r) => setTimeout(r, 250));
    const again = await claim(pool, { owner: 'dead-2', batch: 5, leaseMs: 100, maxAttempts: 2 });
    assert.deepEqual(again.map((x) => [x.id, x.attempts]), [[TASHKENT_A.input.id, 2]]);
    await new Promise((r) => setTimeout(r, 250));
    assert.deepEqual(await claim(pool, { owner: 'w3', batch: 5, leaseMs: 100, maxAttempts: 2 }), []);
    const s = await queueStatus(pool);
    assert.equal(s.failed, 1);
    assert.match(s.failures[0]!.error, /stopped 2 times/);
  });

  it('stores, merges and marks done; records extraction failures; retries them on request', async () => {
    const pool = await freshPool();
    await enqueueBatch(pool, [TASHKENT_A, TASHKENT_B, MOSCOW_2023, BROKEN].map(item));
    const c = await runWorker(pool, extract, options());
    assert.equal(c.done, 3);
    assert.equal(c.failed, 1);
    assert.equal(c.merged, 1, 'the two Tashkent reports are one event');
    let s = await queueStatus(pool);
    assert.deepEqual([s.pending, s.running, s.done, s.failed], [0, 0, 3, 1]);
    assert.deepEqual(s.failures.map((f) => f.id), ['z-broken']);
    assert.match(s.failures[0]!.error, /extraction failed: cannot read this one/);
    assert.equal(await retryFailed(pool, ['no-such-id']), 0);
    assert.equal(await retryFailed(pool), 1);
    s = await queueStatus(pool);
    assert.deepEqual([s.pending, s.failed], [1, 0]);
    const fixed = await runWorker(pool, async (input) => fixtures.get(input.id)!.record, options());
    assert.equal(fixed.done, 1);
    assert.equal((await queueStatus(pool)).done, 4);
  });

  it('does not store an article whose lease another worker took over', async () => {
    const pool = await freshPool();
    const f = article({ id: 'slow', text: 'Wang Yi met Sergey Lavrov.', events: [{ participants: [WANG, LAVROV], date: '2024-02-02', sentence: 'Wang Yi met Sergey Lavrov.' }] });
    await enqueueBatch(pool, [item(f)]);
    let stolen = false;
    const c = await runWorker(pool, async () => {
      // while this worker extracts, its lease is handed to someone else
      await pool.query("UPDATE work_queue SET lease_owner = 'other-worker'");
      stolen = true;
      return f.record;
    }, options({ loops: 1, drain: false, signal: AbortSignal.timeout(1500) }));
    assert.ok(stolen);
    assert.equal(c.lost, 1);
    assert.equal(c.done, 0);
    const stored = await pool.query("SELECT count(*) AS n FROM articles WHERE id = 'slow'");
    assert.equal(Number(stored.rows[0].n), 0, 'nothing stored by the worker that lost it');
  });

  it('stops after the article in hand and gives the rest of its batch back', async () => {
    const pool = await freshPool();
    await enqueueBatch(pool, [TASHKENT_A, TASHKENT_B, MOSCOW_2023].map(item));
    const stop = new AbortController();
    const c = await runWorker(pool, async (input) => {
      stop.abort();
      return fixtures.get(input.id)!.record;
    }, options({ loops: 1, batch: 3, signal: stop.signal }));
    assert.equal(c.done, 1);
    const s = await queueStatus(pool);
    assert.deepEqual([s.done, s.pending, s.running], [1, 2, 0]);
  });
});

describe('queue commands', { skip: PG_SKIP }, () => {
  it('refuse a SQLite file, naming what they need', () => {
    const r = readout(['worker', '--db', 'news.db']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /needs PostgreSQL, not news\.db/);
    const none = readout(['queue', 'status']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /READOUT_DB/);
  });

  it('name a dead database URL with its password masked, and exit 1', () => {
    const r = readout(['enqueue', join(REPO, 'samples'), '--db', 'postgres://me:hunter2@127.0.0.1:1/news']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot connect to postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/news/);
    assert.ok(!r.stderr.includes('hunter2'));
  });

  it('enqueue, status and retry through the CLI', async () => {
    const url = await freshDatabase('readout_queue_cli');
    const q = readout(['enqueue', join(REPO, 'samples'), '--db', url]);
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, /queued 4 new/);
    const s = readout(['queue', 'status', '--db', url, '--json']);
    assert.equal(s.status, 0, s.stderr);
    assert.deepEqual(JSON.parse(s.stdout), { pending: 4, running: 0, expired: 0, done: 0, failed: 0, failures: [] });
    const text = readout(['queue', 'status', '--db', url]);
    assert.match(text.stdout, /^pending\s+4$/m);
    const r = readout(['queue', 'retry', '--db', url]);
    assert.match(r.stdout, /0 failed article\(s\) pending again/);
  });
});
