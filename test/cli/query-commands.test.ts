import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentHashOf } from '../../src/store/facts.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { article, MOSCOW_2023, TASHKENT_A, TASHKENT_B, PUTIN, XI } from '../store/fixtures.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
const db = join(dir, 'q.db');
const PLANNED = article({
  id: 'g-planned', published: '2024-05-01',
  text: 'Vladimir Putin will visit Beijing on May 16, 2024 to meet Xi Jinping.',
  events: [{ kind: 'visit', status: 'planned', participants: [PUTIN, XI], host: 'CN', date: '2024-05-16', location: { name: 'Beijing', country: 'CN', lat: 39.9, lon: 116.4 },
    sentence: 'Vladimir Putin will visit Beijing on May 16, 2024 to meet Xi Jinping.' }],
});

before(async () => {
  const store = SqliteStore.open(db, { create: true });
  for (const f of [TASHKENT_A, TASHKENT_B, MOSCOW_2023, PLANNED]) await store.putArticle(f.input, f.record, contentHashOf(f.input));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readout events', () => {
  it('prints canonical events with their sources as JSON', async () => {
    const r = await runCli(['events', '--db', db, '--between', 'cn,ru', '--from', '2022', '--to', '2022', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const events = JSON.parse(r.out);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0].sources.map((s: { articleId: string }) => s.articleId), ['a-tashkent-1', 'b-tashkent-2']);
  });

  it('prints a table, CSV and JSON lines', async () => {
    const table = await runCli(['events', '--db', db, '--actor', 'Lavrov']);
    assert.match(table.out, /^date\s+kind\s+status\s+participants/);
    assert.match(table.out, /2022-07-28\s+meeting\s+occurred\s+Sergey Lavrov; Wang Yi|2022-07-28\s+meeting\s+occurred\s+Wang Yi; Sergey Lavrov/);
    const csv = await runCli(['events', '--db', db, '--format', 'csv', '--kind', 'signing']);
    const lines = csv.out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.ok(lines[1]!.startsWith('2023-03-20,signing,occurred,'));
    const jsonl = await runCli(['events', '--db', db, '--format', 'jsonl', '--status', 'planned']);
    assert.deepEqual(jsonl.out.trim().split('\n').map((l) => JSON.parse(l).date), ['2024-05-16']);
  });

  it('rejects bad options with exit 2 and says which', async () => {
    const kind = await runCli(['events', '--db', db, '--kind', 'party']);
    assert.equal(kind.code, 2);
    assert.match(kind.err, /--kind must be one of/);
    const date = await runCli(['events', '--db', db, '--from', 'yesterday']);
    assert.equal(date.code, 2);
    assert.match(date.err, /--from must be a date/);
    const format = await runCli(['events', '--db', db, '--format', 'xml']);
    assert.equal(format.code, 2);
  });

  it('names a missing database', async () => {
    const missing = join(dir, 'missing.db');
    const r = await runCli(['events', '--db', missing]);
    assert.equal(r.code, 1);
    assert.ok(r.err.includes(missing));
    assert.equal(existsSync(missing), false, 'a query never creates a database');
  });
});

describe('readout quotes, actors, timeline, stats, search', () => {
  it('finds statements by speaker and words', async () => {
    const r = await runCli(['quotes', '--db', db, '--speaker', 'Lavrov', '--search', 'BRICS', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).map((q: { text: string }) => q.text), ['BRICS is attractive to many countries']);
  });

  it('lists actors of a country with counts and counterparts', async () => {
    const r = await runCli(['actors', '--db', db, '--country', 'RU', '--kind', 'person', '--format', 'json']);
    const actors = JSON.parse(r.out) as { id: string; events: number; counterparts: { id: string; events: number }[] }[];
    assert.deepEqual(actors.map((a) => a.id), ['person:vladimir-putin', 'person:sergey-lavrov']);
    assert.deepEqual(actors[0]!.counterparts.map((c) => [c.id, c.events]), [['person:xi-jinping', 3]]);
    const table = await runCli(['actors', '--db', db, '--country', 'CN']);
    assert.match(table.out, /Xi Jinping \(3\)|Vladimir Putin \(3\)/);
  });

  it('shows a pair\'s timeline oldest first, and needs a filter', async () => {
    const r = await runCli(['timeline', '--db', db, '--between', 'CN,RU']);
    assert.equal(r.code, 0, r.err);
    const dates = [...r.out.matchAll(/^\s+(\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]);
    assert.deepEqual(dates, ['2022-07-28', '2023-03-20', '2023-03-20', '2024-05-16']);
    assert.match(r.out, /2 sources/);
    assert.match(r.out, /visit \[planned\]/);
    assert.equal((await runCli(['timeline', '--db', db])).code, 2);
  });

  it('prints the stats the issue names', async () => {
    const r = await runCli(['stats', '--db', db, '--json']);
    const s = JSON.parse(r.out);
    assert.deepEqual(Object.keys(s), ['articles', 'events', 'event_reports', 'quotes', 'actors']);
    assert.equal(s.articles, 4);
    assert.equal(s.events, 4);
    assert.equal(s.event_reports, 5);
  });

  it('searches articles and quotes', async () => {
    const r = await runCli(['search', '--db', db, 'BRICS', '--format', 'jsonl']);
    const hits = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(hits.some((h) => h.kind === 'quote'));
    assert.ok(hits.every((h) => h.articleId === 'b-tashkent-2'));
    const none = await runCli(['search', '--db', db, 'nothinglikethis']);
    assert.equal(none.out, '(none)\n');
  });
});

describe('readout export', () => {
  it('writes PLOVER records: CONSULT for meetings, AGREE for planned ones, SUPPORT for signings', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'plover']);
    assert.equal(r.code, 0, r.err);
    const recs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const tashkent = recs.find((x) => x.date === '2022-07-28');
    assert.equal(tashkent.event, 'CONSULT');
    assert.equal(tashkent.mode, 'meet');
    assert.deepEqual([tashkent.actor, tashkent.recipient], ['CHN', 'RUS']);
    assert.equal(tashkent.event_loc.lat, 41.31);
    assert.equal(tashkent.cite_info.sources.length, 2);
    assert.ok(tashkent.text_info.sentences.some((s: string) => s.includes('Tashkent')));
    const planned = recs.find((x) => x.date === '2024-05-16');
    assert.equal(planned.event, 'AGREE');
    assert.deepEqual([planned.actor, planned.recipient], ['RUS', 'CHN'], 'the visitor first, the host second');
    assert.equal(recs.find((x) => x.readout.kind === 'signing').event, 'SUPPORT');
    assert.equal(recs.find((x) => x.readout.kind === 'visit' && x.date === '2023-03-20').mode, 'visit');
  });

  it('writes events as CSV and the network as GraphML to a file', async () => {
    const csvPath = join(dir, 'events.csv');
    assert.equal((await runCli(['export', '--db', db, '--format', 'csv', '--out', csvPath])).code, 0);
    const csv = readFileSync(csvPath, 'utf8').trim().split('\n');
    assert.equal(csv.length, 5);
    assert.ok(csv[0]!.startsWith('id,date,date_end,kind,status'));
    const graphPath = join(dir, 'net.graphml');
    assert.equal((await runCli(['export', '--db', db, '--format', 'graphml', '--out', graphPath])).code, 0);
    const g = readFileSync(graphPath, 'utf8');
    assert.match(g, /<graphml /);
    assert.match(g, /source="person:vladimir-putin" target="person:xi-jinping"><data key="weight">3<\/data>/);
    const jsonl = await runCli(['export', '--db', db, '--format', 'jsonl', '--between', 'CN,RU', '--from', '2024']);
    assert.equal(jsonl.out.trim().split('\n').length, 1);
  });

  it('refuses an unknown format or an unwritable file, naming it', async () => {
    assert.equal((await runCli(['export', '--db', db, '--format', 'pdf'])).code, 2);
    const bad = join(dir, 'no-such-folder', 'x.csv');
    const r = await runCli(['export', '--db', db, '--format', 'csv', '--out', bad]);
    assert.notEqual(r.code, 0);
    assert.ok(r.err.includes(bad));
  });
});
