// Needs PostgreSQL: npm test starts a throwaway server and sets READOUT_TEST_PG (see test/store/postgres-db.ts).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { ReadoutError } from '../../src/core/errors.js';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { maskUrl } from '../../src/store/postgres/connect.js';
import { contentHashOf } from '../../src/store/facts.js';
import { dropDatabases, freshDatabase, PG_SKIP } from './postgres-db.js';
import { runStoreSuite } from './store-suite.js';
import { article, LAVROV, TASHKENT_A, TASHKENT_B, WANG } from './fixtures.js';

after(dropDatabases);

if (PG_SKIP) {
  describe('PostgreSQL store', () => { it('runs against a server', { skip: PG_SKIP }, () => {}); });
} else {
  runStoreSuite('postgres', async () => PostgresStore.open(await freshDatabase()));

  describe('PostgreSQL store specifics', () => {
    it('opens through openStore with a postgres:// URL, migrating once', async () => {
      const url = await freshDatabase();
      const [a, b] = await Promise.all([openStore(url, { create: true }), openStore(url)]);
      await a.close();
      await b.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const versions = (await c.query('SELECT version FROM schema_migrations')).rows;
      const tables = (await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).rows.map((r) => r.table_name);
      await c.end();
      assert.deepEqual(versions, [{ version: 1 }]);
      for (const t of ['articles', 'actors', 'mentions', 'events', 'event_participants', 'event_reports', 'report_participants', 'quotes', 'evidence']) {
        assert.ok(tables.includes(t), `table ${t}`);
      }
    });

    it('refuses a database from a newer readout', async () => {
      const url = await freshDatabase();
      await (await openStore(url)).close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("INSERT INTO schema_migrations VALUES (99, 'future', 'now')");
      await c.end();
      await assert.rejects(openStore(url), (err: unknown) => err instanceof ReadoutError && err.code === 'E_DB_MIGRATION');
    });

    it('merges two reports of one meeting written at the same moment into one event', async () => {
      const store = await PostgresStore.open(await freshDatabase());
      try {
        const results = await Promise.all([TASHKENT_A, TASHKENT_B].map((f) => store.putArticle(f.input, f.record, contentHashOf(f.input))));
        assert.deepEqual(results.map((r) => r.status), ['new', 'new']);
        assert.equal(results[0]!.merged + results[1]!.merged, 1, 'the second writer joined the first one\'s event');
        const events = await store.listEvents();
        assert.equal(events.total, 1);
        assert.deepEqual(events.items[0]!.sources.map((s) => s.articleId).sort(), ['a-tashkent-1', 'b-tashkent-2']);
      } finally {
        await store.close();
      }
    });

    it('keeps every article when many are written at once with shared new actors', async () => {
      const store = await PostgresStore.open(await freshDatabase());
      try {
        const many = Array.from({ length: 24 }, (_, i) => article({
          id: `w-${i}`, published: '2022-07-29', text: `Wang Yi met Sergey Lavrov in Tashkent. Report ${i}.`,
          events: [{ kind: 'meeting', participants: [WANG, LAVROV, { name: `Aide Number${i % 3}`, country: 'RU' }], date: '2022-07-28',
            location: { name: 'Tashkent', country: 'UZ' }, sentence: 'Wang Yi met Sergey Lavrov in Tashkent.' }],
        }));
        await Promise.all(many.map((f) => store.putArticle(f.input, f.record, contentHashOf(f.input))));
        const s = await store.stats();
        assert.equal(s.articles, 24);
        assert.equal(s.event_reports, 24);
        assert.equal(s.events, 1, 'one meeting, 24 sources');
        assert.equal((await store.getEvent((await store.listEvents()).items[0]!.id))!.sources.length, 24);
      } finally {
        await store.close();
      }
    });

    it('gives E_DB_CONNECT naming the URL, password masked, for a server that is not there', async () => {
      const dead = 'postgres://writer:s3cret-pw@127.0.0.1:1/readout';
      await assert.rejects(openStore(dead, { create: true }), (err: unknown) => {
        assert.ok(err instanceof ReadoutError);
        assert.equal(err.code, 'E_DB_CONNECT');
        assert.ok(err.message.includes('postgres://writer:***@127.0.0.1:1/readout'), err.message);
        assert.ok(!err.message.includes('s3cret'));
        return true;
      });
    });

    it('serves the HTTP API from PostgreSQL unchanged, two servers on one database', async () => {
      const url = await freshDatabase();
      const [s1, s2] = [await PostgresStore.open(url), await PostgresStore.open(url)];
      try {
        const [a1, a2] = [createApp({ store: s1 }), createApp({ store: s2 })];
        await s1.putArticle(TASHKENT_A.input, TASHKENT_A.record, contentHashOf(TASHKENT_A.input));
        const res = await a2.request('/api/events');
        assert.equal(res.status, 200);
        const body = await res.json() as { total: number };
        assert.equal(body.total, 1, 'written through one server, read through the other');
        const search = await a1.request('/api/search?q=Tashkent');
        assert.equal(search.status, 200);
      } finally {
        await s1.close();
        await s2.close();
      }
    });

    it('masks only the password in URLs', () => {
      assert.equal(maskUrl('postgres://u:p@h:5432/db'), 'postgres://u:***@h:5432/db');
      assert.equal(maskUrl('postgresql://u@h/db'), 'postgresql://u@h/db');
      assert.equal(maskUrl('postgres://h/db'), 'postgres://h/db');
    });
  });
}
