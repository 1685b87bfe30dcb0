import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { PIPELINE_VERSION } from '../../src/pipeline/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { BIN, runReadout } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `n` short articles; every two report the same meeting, so merging has work to do. */
function writeArticles(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / 2);
    // a week apart: meetings on neighbouring days would rightly be read as one multi-day event
    const day = 1 + 7 * (k % 4);
    const month = MONTHS[Math.floor(k / 4) % 12]!;
    const year = 2010 + Math.floor(k / 48);
    const text = i % 2
      ? `Sergey Lavrov and Wang Yi held talks in Moscow on ${month} ${day}, ${year}. "The talks were useful, number ${i}," Wang Yi said.\n`
      : `Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow on ${month} ${day}, ${year}. "We discussed item ${i} in detail," Lavrov said.\n`;
    writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
}

const statsOf = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    const n = (t: string) => (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { articles: n('articles'), events: n('events'), event_reports: n('event_reports'), quotes: n('quotes'), actors: n('actors') };
  } finally {
    d.close();
  }
};

/** Every article's facts are all there: as many event reports and quotes as its record lists. */
function assertConsistent(db: string): void {
  const d = new Database(db, { readonly: true });
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(d.pragma('foreign_key_check'), []);
    const partial = d.prepare(`SELECT count(*) AS n FROM articles a WHERE
      json_array_length(a.record_json, '$.events') <> (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id)
      OR json_array_length(a.record_json, '$.quotes') <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)`).get() as { n: number };
    assert.equal(partial.n, 0);
    const orphans = d.prepare('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)').get() as { n: number };
    assert.equal(orphans.n, 0);
  } finally {
    d.close();
  }
}

describe('readout ingest', () => {
  const small = join(dir, 'small');
  const smallDb = join(dir, 'small.db');
  before(() => {
    writeArticles(small, 6);
    writeFileSync(join(small, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    writeFileSync(join(small, 'empty.txt'), '');
  });

  it('stores articles, names bad files, and exits 1 when some failed', async () => {
    const r = await runReadout(['ingest', small, '--db', smallDb]);
    assert.equal(r.code, 1, r.err);
    assert.ok(r.err.includes(join(small, 'broken.txt')), r.err);
    assert.ok(r.err.includes(join(small, 'empty.txt')), r.err);
    assert.match(r.out, /read 8, new 6, replaced 0, unchanged 0, failed 2; events \d+ reports stored, \d+ merged/);
    assert.equal(statsOf(smallDb).articles, 6);
    assertConsistent(smallDb);
  });

  it('stores the same with extraction in worker threads (--jobs 2)', async () => {
    const db = join(dir, 'jobs.db');
    const r = await runReadout(['ingest', small, '--db', db, '--jobs', '2']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /read 8, new 6, replaced 0, unchanged 0, failed 2/);
    assert.deepEqual(statsOf(db), statsOf(smallDb));
    assertConsistent(db);
  });

  it('changes nothing when the same folder comes again', async () => {
    const before = statsOf(smallDb);
    const r = await runReadout(['ingest', small, '--db', smallDb]);
    assert.match(r.out, /new 0, replaced 0, unchanged 6, failed 2/);
    assert.deepEqual(statsOf(smallDb), before);
  });

  it('replaces a changed article', async () => {
    writeFileSync(join(small, 'article-0000.txt'), 'Wang Yi spoke with Sergey Lavrov by phone on May 5, 2015.\n');
    const r = await runReadout(['ingest', small, '--db', smallDb]);
    assert.match(r.out, /new 0, replaced 1, unchanged 5/);
    assertConsistent(smallDb);
  });

  it('re-processes articles stored by another pipeline version', async () => {
    const d = new Database(smallDb);
    d.prepare("UPDATE articles SET pipeline_version = '0.0.0-old' WHERE id IN ('article-0001', 'article-0002')").run();
    d.close();
    const before = statsOf(smallDb);
    const r = await runReadout(['reprocess', '--db', smallDb]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /replaced 2/);
    assert.deepEqual(statsOf(smallDb), before);
    const again = await runReadout(['reprocess', '--db', smallDb]);
    assert.match(again.out, new RegExp(`already at pipeline ${PIPELINE_VERSION.replace(/\./g, '\\.')}`));
  });

  it('names a database path that cannot be opened, and keeps an existing non-database file', async () => {
    const bad = join(dir, 'no-such-folder', 'x.db');
    const r = await runReadout(['ingest', small, '--db', bad]);
    assert.equal(r.code, 1);
    assert.ok(r.err.includes(bad));
    assert.match(r.err, /cannot open database/);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes\n'.repeat(200));
    const r2 = await runReadout(['ingest', small, '--db', notes]);
    assert.equal(r2.code, 1);
    assert.ok(r2.err.includes(notes));
    assert.equal((await import('node:fs')).readFileSync(notes, 'utf8'), 'my notes\n'.repeat(200));
  });
});

describe('ingest reliability', () => {
  const folder = join(dir, 'many');
  const cleanDb = join(dir, 'clean.db');
  let clean: ReturnType<typeof statsOf>;
  before(async () => {
    writeArticles(folder, 300);
    const r = await runReadout(['ingest', folder, '--db', cleanDb]);
    assert.equal(r.code, 0, r.err);
    clean = statsOf(cleanDb);
    assert.equal(clean.articles, 300);
  });

  it('survives kill -9 in the middle of an ingest, and a re-run completes it', async () => {
    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', folder, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        err += d;
        // the first progress line: some articles are stored, most are not yet
        if (/ done, /.test(err) && !child.killed) child.kill('SIGKILL');
      });
      child.on('close', () => resolve());
    });
    assert.equal(child.signalCode, 'SIGKILL', `the ingest was killed (stderr: ${err})`);
    assertConsistent(db);
    const storedBefore = new Database(db, { readonly: true });
    const ids = (storedBefore.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
    storedBefore.close();
    assert.ok(ids.length >= 25 && ids.length < 300, `killed mid-way with ${ids.length} stored`);

    const rerun = await runReadout(['ingest', folder, '--db', db]);
    assert.equal(rerun.code, 0, rerun.err);
    assert.match(rerun.out, new RegExp(`unchanged ${ids.length},`));
    assert.deepEqual(statsOf(db), clean);
    assertConsistent(db);
    const after = new Database(db, { readonly: true });
    const all = new Set((after.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id));
    after.close();
    assert.ok(ids.every((id) => all.has(id)), 'nothing stored before the kill is lost');
  });

  it('lets two ingests of one folder run at once without corruption or duplicates', async () => {
    const db = join(dir, 'twice.db');
    const [a, b] = await Promise.all([runReadout(['ingest', folder, '--db', db]), runReadout(['ingest', folder, '--db', db])]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.deepEqual(statsOf(db), clean);
    assertConsistent(db);
  });
});

const EVAL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'cases');

describe('ingest of the evaluation articles (real pipeline)', { skip: existsSync(EVAL) ? false : `../shared/eval/cases not found next to the repository: skipped` }, () => {
  const db = join(dir, 'eval.db');
  it('gives identical stats when the folder is ingested twice', async () => {
    const first = await runReadout(['ingest', EVAL, '--db', db]);
    assert.equal(first.code, 0, first.err);
    const s1 = statsOf(db);
    assert.ok(s1.articles >= 40);
    const second = await runReadout(['ingest', EVAL, '--db', db]);
    assert.match(second.out, new RegExp(`new 0, replaced 0, unchanged ${s1.articles}`));
    assert.deepEqual(statsOf(db), s1);
    assertConsistent(db);
  });

  it('makes the reports of the US–Russia–Ukraine talks in Geneva (February 2026) one canonical event', async (t) => {
    const store = SqliteStore.open(db);
    try {
      // every canonical event with Russian and Ukrainian participants that some source places in Geneva
      const talks = (await store.listEvents({ between: ['RU', 'UA'] }, { limit: 1000 })).items
        .filter((e) => e.sources.some((s) => s.location?.name === 'Geneva'));
      const reporting = new Set(talks.flatMap((e) => e.sources.filter((s) => s.location?.name === 'Geneva').map((s) => s.articleId)));
      if (reporting.size < 2) {
        // the merge can only join what extraction reports: say so rather than pass or fail on it
        t.skip(`the pipeline places the Russia–Ukraine talks in Geneva in ${reporting.size} article(s) now (${[...reporting].join(', ')}): nothing to merge`);
        return;
      }
      assert.equal(talks.length, 1, `Geneva talks: ${JSON.stringify(talks.map((e) => [e.id, e.sources.map((s) => s.articleId)]))}`);
      const event = talks[0]!;
      assert.deepEqual(event.location?.name, 'Geneva');
      assert.ok(['RU', 'UA'].every((c) => event.countries.includes(c)), `countries: ${event.countries}`);
      assert.ok(new Set(event.sources.map((s) => s.articleId)).size >= 2);
    } finally {
      await store.close();
    }
  });
});
