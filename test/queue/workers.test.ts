// Needs PostgreSQL: npm test starts a throwaway server and sets READOUT_TEST_PG (see test/store/postgres-db.ts).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { ArticleInput } from '../../src/core/doc.js';
import type { ArticleRecord } from '../../src/core/record.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { extractRecord } from '../../src/pipeline/index.js';
import { contentHashOf } from '../../src/store/facts.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { dropDatabases, freshDatabase, PG_SKIP } from '../store/postgres-db.js';
import { canonicalEvents } from './compare.js';
import { REPO, repeatedCorpus } from './corpus.js';

/*
 * Three `readout worker` processes drain 2,000 queued articles while one of
 * them is killed with SIGKILL midway. At the end every article is done
 * exactly once, no fact is stored twice, and the canonical events equal
 * those of a single-process SQLite ingest of the same articles (in the order
 * the workers stored them: the merge is order-dependent).
 */

const ARTICLES = Number(process.env.READOUT_TEST_WORKER_ARTICLES) || 2000;
const dir = mkdtempSync(join(tmpdir(), 'readout-workers-'));
after(async () => {
  await dropDatabases();
  rmSync(dir, { recursive: true, force: true });
});

const readout = (args: string[]): ChildProcess =>
  spawn(process.execPath, [join(REPO, 'bin', 'readout.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });

function finished(p: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => { out += d; });
  p.stderr!.on('data', (d) => { err += d; });
  return new Promise((resolve) => p.on('close', (code, signal) => resolve({ code, signal, out, err })));
}

const TABLES = ['articles', 'actors', 'mentions', 'events', 'event_participants', 'event_reports', 'report_participants', 'quotes', 'evidence'];

describe('queue workers on PostgreSQL', { skip: PG_SKIP }, () => {
  let url = '';
  let corpus: ArticleInput[] = [];
  let killed: { code: number | null; signal: string | null } | null = null;
  let survivors: { code: number | null; out: string; err: string }[] = [];
  let reference: SqliteStore;

  before(async () => {
    url = await freshDatabase('readout_workers');
    corpus = repeatedCorpus(ARTICLES);
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, corpus.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const enq = await finished(readout(['enqueue', file, '--db', url]));
    assert.equal(enq.code, 0, enq.err);

    // a short lease, so the killed worker's articles are taken over within seconds
    const args = ['worker', '--db', url, '--drain', '--batch', '8', '--lease', '3s', '--poll', '200ms'];
    const workers = [readout(args), readout(args), readout(args)];
    const results = workers.map(finished);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // midway: a third of the articles done, the victim holding a batch
      for (;;) {
        const r = await admin.query("SELECT count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE state = 'running' AND lease_owner LIKE $1) AS held FROM work_queue", [`%:${workers[0]!.pid}:%`]);
        if (Number(r.rows[0].done) >= ARTICLES / 3 && Number(r.rows[0].held) > 0) break;
        if (workers[0]!.exitCode !== null) assert.fail('the worker to be killed exited first');
        await new Promise((res) => setTimeout(res, 100));
      }
    } finally {
      await admin.end();
    }
    workers[0]!.kill('SIGKILL');
    killed = await results[0]!;
    survivors = await Promise.all(results.slice(1));

    // the reference: one process, one SQLite file, the articles in the order the workers stored them (the
    // merge is greedy, so order matters: see src/store/postgres/write-article.ts); each distinct text is
    // extracted once (copies differ only in their id, checked below)
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const order = (await c.query('SELECT id FROM work_queue ORDER BY merge_order')).rows.map((r) => String(r.id));
    await c.end();
    const byId = new Map(corpus.map((a) => [a.id, a]));
    const kb = loadKnowledgeBase({});
    const records = new Map<string, ArticleRecord>();
    reference = SqliteStore.open(join(dir, 'reference.db'), { create: true });
    for (const a of order.map((id) => byId.get(id)!)) {
      const key = JSON.stringify([a.text, a.published]);
      if (!records.has(key)) records.set(key, extractRecord(a, { kb }));
      const rec = records.get(key)!;
      await reference.putArticle(a, { ...rec, id: a.id, ...(a.source !== undefined ? { source: a.source } : {}) }, contentHashOf(a));
    }
  });

  after(async () => { await reference?.close(); });

  it('extracts a copy exactly as its original but for the id (what the reference relies on)', () => {
    const kb = loadKnowledgeBase({});
    const [a, copy] = [corpus[0]!, corpus.find((x, i) => i > 0 && x.text === corpus[0]!.text)!];
    assert.ok(copy, 'the corpus repeats');
    assert.deepEqual(extractRecord(copy, { kb }), { ...extractRecord(a, { kb }), id: copy.id });
  });

  it('kills one worker midway; the others finish and exit cleanly', () => {
    assert.equal(killed?.signal, 'SIGKILL');
    for (const s of survivors) assert.equal(s.code, 0, s.err);
  });

  it('marks every article done exactly once, taking over the dead worker\'s batch', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = (await c.query(`SELECT count(*) AS n, count(*) FILTER (WHERE state = 'done') AS done,
        count(*) FILTER (WHERE completions = 1) AS once, count(*) FILTER (WHERE attempts > 1) AS retaken FROM work_queue`)).rows[0];
      assert.equal(Number(q.n), ARTICLES);
      assert.equal(Number(q.done), ARTICLES, 'all done');
      assert.equal(Number(q.once), ARTICLES, 'each completed once');
      assert.ok(Number(q.retaken) >= 1, 'the killed worker\'s claimed articles were taken over');
    } finally {
      await c.end();
    }
  });

  it('stores no fact twice: every table holds what the single-process ingest holds', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const t of TABLES) {
        const pgCount = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
        const ref = (reference.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
        assert.equal(pgCount, ref, `rows in ${t}`);
      }
      const dup = (await c.query('SELECT count(*) AS n FROM (SELECT 1 FROM evidence GROUP BY fact_id, start, "end" HAVING count(*) > 1) d')).rows[0];
      const refDup = (reference.db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM evidence GROUP BY fact_id, start, "end" HAVING count(*) > 1)').get() as { n: number }).n;
      assert.equal(Number(dup.n), refDup, 'evidence rows repeated no more than the records repeat them');
    } finally {
      await c.end();
    }
  });

  it('ends with the canonical events of a single-process SQLite ingest', async () => {
    const store = await PostgresStore.open(url);
    try {
      const [got, want] = await Promise.all([canonicalEvents(store), canonicalEvents(reference)]);
      assert.ok(want.length > 0);
      assert.equal(got.length, want.length, 'number of canonical events');
      assert.deepEqual(got, want);
    } finally {
      await store.close();
    }
  });
});
