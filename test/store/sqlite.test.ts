import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ReadoutError } from '../../src/core/errors.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { openStore } from '../../src/store/index.js';
import type { ArticleInput } from '../../src/core/doc.js';
import type { ArticleRecord } from '../../src/core/record.js';
import { contentHashOf } from '../../src/store/facts.js';
import { article, LAVROV, MOSCOW_2023, TASHKENT_A, TASHKENT_B, WANG } from './fixtures.js';
import { runStoreSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreSuite('sqlite', async () => SqliteStore.open(join(dir, `suite-${++n}.db`), { create: true }));

describe('SQLite store specifics', () => {
  it('creates a plain SQLite file with readable tables, WAL and a migrations table', async () => {
    const path = join(dir, 'plain.db');
    const store = await openStore(path, { create: true });
    await store.close();
    const db = new Database(path, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE '%trigram%'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['articles', 'actors', 'mentions', 'events', 'event_participants', 'event_reports', 'report_participants', 'quotes', 'evidence', 'schema_migrations']) {
      assert.ok(tables.includes(t), `table ${t}`);
    }
    assert.deepEqual(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(), [{ version: 1 }, { version: 2 }]);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    // opening again applies nothing twice
    const again = await openStore(path);
    await again.close();
  });

  const openError = async (path: string, create = false): Promise<ReadoutError> => {
    try {
      await openStore(path, { create });
    } catch (err) {
      assert.ok(err instanceof ReadoutError);
      return err;
    }
    assert.fail(`opening ${path} should fail`);
  };

  it('names the path in E_DB_OPEN when there is no database to query', async () => {
    const path = join(dir, 'missing.db');
    const err = await openError(path);
    assert.equal(err.code, 'E_DB_OPEN');
    assert.ok(err.message.includes(path));
  });

  it('names the path when the folder does not exist or the path is a folder', async () => {
    const missing = join(dir, 'no-such-folder', 'x.db');
    const e1 = await openError(missing, true);
    assert.equal(e1.code, 'E_DB_OPEN');
    assert.ok(e1.message.includes(missing));
    const e2 = await openError(dir, true);
    assert.equal(e2.code, 'E_DB_OPEN');
    assert.match(e2.message, /folder/);
  });

  it('refuses a file that is not a database and leaves it untouched', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(50));
    const before = readFileSync(path);
    const err = await openError(path, true);
    assert.equal(err.code, 'E_DB_OPEN');
    assert.ok(err.message.includes(path));
    assert.deepEqual(readFileSync(path), before);
  });

  it('refuses a database from a newer readout', async () => {
    const path = join(dir, 'future.db');
    (await openStore(path, { create: true })).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'now')").run();
    db.close();
    const err = await openError(path);
    assert.equal(err.code, 'E_DB_MIGRATION');
  });

  it('gives E_DB_CONNECT, without the password, for a PostgreSQL server that cannot be reached', async () => {
    const err = await openError('postgres://user:secret@127.0.0.1:1/readout');
    assert.equal(err.code, 'E_DB_CONNECT');
    assert.ok(!err.message.includes('secret'), 'no password in messages');
  });

  it('reads clusters afresh after another connection wrote to the file', async () => {
    const meeting = (id: string, place: { name: string; country: string }, published: string) => article({
      id, published, text: `Wang Yi met Sergey Lavrov in ${place.name} on July 28, 2022.`,
      events: [{ participants: [WANG, LAVROV], date: '2022-07-28', location: place, sentence: `Wang Yi met Sergey Lavrov in ${place.name} on July 28, 2022.` }],
    });
    const tashkent = { name: 'Tashkent', country: 'UZ' };
    // the first report's cluster keeps its id when the second connection moves that report to Moscow
    const sequence = [meeting('p', tashkent, '2022-07-29'), meeting('p', { name: 'Moscow', country: 'RU' }, '2022-07-29'), meeting('q', tashkent, '2022-07-30')];
    const one = SqliteStore.open(join(dir, 'turns-one.db'), { create: true });
    const first = SqliteStore.open(join(dir, 'turns.db'), { create: true });
    const second = SqliteStore.open(join(dir, 'turns.db'));
    try {
      for (const f of sequence) await one.putArticle(f.input, f.record, contentHashOf(f.input));
      for (const [i, f] of sequence.entries()) await (i === 1 ? second : first).putArticles([{ input: f.input, record: f.record, contentHash: contentHashOf(f.input) }]);
      const events = await one.listEvents();
      assert.equal(events.total, 2, 'Tashkent and Moscow are two meetings');
      assert.deepEqual(await first.listEvents(), events);
    } finally {
      await one.close();
      await first.close();
      await second.close();
    }
  });

  describe('a batch with an article that cannot be stored', () => {
    const item = (f: { input: ArticleInput; record: ArticleRecord }) => ({ input: f.input, record: f.record, contentHash: contentHashOf(f.input) });
    const refusing = (name: string, id: string): SqliteStore => {
      const store = SqliteStore.open(join(dir, name), { create: true });
      // stands in for any write error of one article (a constraint, a full disk)
      store.db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.id = '${id}' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      return store;
    };

    it('commits the articles before it, and neither it nor those after it', async () => {
      const store = refusing('batch-fail.db', TASHKENT_B.input.id);
      try {
        const r = await store.putArticles([item(TASHKENT_A), item(TASHKENT_B), item(MOSCOW_2023)]);
        assert.deepEqual(r.stored.map((x) => [x.articleId, x.status]), [['a-tashkent-1', 'new']]);
        assert.equal(r.failure?.input.id, 'b-tashkent-2');
        assert.match(String(r.failure?.error), /refused/);
        const s = await store.stats();
        assert.deepEqual([s.articles, s.events, s.event_reports, s.quotes], [1, 1, 1, 1]);
        assert.equal(await store.articleState('b-tashkent-2'), null);
        assert.equal(await store.articleState('c-moscow-2023'), null);
        assert.equal(store.db.inTransaction, false);
        assert.deepEqual(store.db.pragma('foreign_key_check'), []);
      } finally {
        await store.close();
      }
    });

    it('commits nothing when the first article fails', async () => {
      const store = refusing('batch-fail-first.db', TASHKENT_A.input.id);
      try {
        const r = await store.putArticles([item(TASHKENT_A), item(MOSCOW_2023)]);
        assert.deepEqual(r.stored, []);
        assert.equal(r.failure?.input.id, 'a-tashkent-1');
        assert.equal((await store.stats()).articles, 0);
        assert.equal((await store.stats()).events, 0);
      } finally {
        await store.close();
      }
    });
  });
});
