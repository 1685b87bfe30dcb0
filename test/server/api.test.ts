import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { createApp } from '../../src/server/app.js';
import type { ActorPage, ArticlePage, EventDetail, EventSummary, ExtractResult, MapResult, NetworkResult } from '../../src/server/api-types.js';
import { contentHashOf, SqliteStore, type Paged, type Store, type StoredQuote } from '../../src/store/index.js';
import { FIXTURES } from './fixtures.js';

let store: Store;
let app: Hono;
let ingestApp: Hono;

before(async () => {
  store = SqliteStore.open(':memory:', { create: true });
  for (const f of FIXTURES) await store.putArticle(f.input, f.record, contentHashOf(f.input));
  const kb = loadKnowledgeBase();
  app = createApp({ store, kb });
  ingestApp = createApp({ store, kb, allowIngest: true });
});
after(async () => store.close());

async function get<T>(path: string, expected = 200): Promise<T> {
  const res = await app.request(path);
  const body = (await res.json()) as T;
  assert.equal(res.status, expected, `${path}: ${JSON.stringify(body)}`);
  return body;
}

type ErrorBody = { error: { code: string; message: string } };

/** A 400 whose message names the bad parameter. */
async function badRequest(path: string, names: string): Promise<void> {
  const body = await get<ErrorBody>(path, 400);
  assert.match(body.error.message, new RegExp(names), `${path}: ${body.error.message}`);
}

async function post(a: Hono, path: string, body: unknown): Promise<Response> {
  return a.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('meta', () => {
  test('GET /api/health', async () => {
    const h = await get<{ ok: boolean; ingest: boolean }>('/api/health');
    assert.equal(h.ok, true);
    assert.equal(h.ingest, false);
  });

  test('GET /api/stats counts what was stored', async () => {
    const s = await get<{ articles: number; events: number; quotes: number; kb: { people: number } | null }>('/api/stats');
    assert.equal(s.articles, 3);
    assert.equal(s.events, 2, 'the Tashkent meeting reported twice is one event');
    assert.equal(s.quotes, 3);
    assert.ok(s.kb && s.kb.people > 0);
  });

  test('GET /api/openapi.json lists every route with its parameters', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/api/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/events', '/api/events/{id}', '/api/actors/{id}', '/api/quotes', '/api/articles/{id}', '/api/network', '/api/extract', '/api/health']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    assert.ok(doc.paths['/api/articles']!.post, 'POST /api/articles documented');
    const names = doc.paths['/api/events']!.get!.parameters!.map((x) => x.name);
    for (const n of ['country', 'actor', 'kind', 'status', 'occasion', 'from', 'to', 'limit', 'offset']) assert.ok(names.includes(n), n);
  });

  test('an unknown API route is a JSON 404', async () => {
    const body = await get<ErrorBody>('/api/nope', 404);
    assert.equal(body.error.code, 'not_found');
  });
});

describe('events', () => {
  test('lists events newest first with sources named', async () => {
    const page = await get<Paged<EventSummary>>('/api/events');
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((e) => e.kind), ['call', 'meeting']);
    const meeting = page.items[1]!;
    assert.deepEqual(meeting.sources.map((s) => s.articleId).sort(), ['a1', 'a2']);
    assert.equal(meeting.location?.name, 'Tashkent');
  });

  test('filters by country pair, kind, actor, occasion, status and dates', async () => {
    const pair = await get<Paged<EventSummary>>('/api/events?country=cn,ru');
    assert.deepEqual(pair.items.map((e) => e.kind), ['meeting']);
    assert.equal((await get<Paged<EventSummary>>('/api/events?country=CN,TR')).total, 0);
    assert.equal((await get<Paged<EventSummary>>('/api/events?country=TR')).items[0]?.kind, 'call');
    assert.equal((await get<Paged<EventSummary>>('/api/events?kind=call')).total, 1);
    assert.equal((await get<Paged<EventSummary>>('/api/events?actor=person:sergey-lavrov')).total, 1);
    assert.equal((await get<Paged<EventSummary>>('/api/events?occasion=SCO')).total, 1);
    assert.equal((await get<Paged<EventSummary>>('/api/events?status=planned')).total, 0);
    assert.equal((await get<Paged<EventSummary>>('/api/events?from=2023')).items[0]?.kind, 'call');
    assert.equal((await get<Paged<EventSummary>>('/api/events?to=2022-12-31')).items[0]?.kind, 'meeting');
    assert.equal((await get<Paged<EventSummary>>('/api/events?article=a3')).total, 1);
  });

  test('pages with limit and offset and orders oldest first on request', async () => {
    const first = await get<Paged<EventSummary>>('/api/events?limit=1&order=asc');
    assert.equal(first.items.length, 1);
    assert.equal(first.total, 2);
    assert.equal(first.items[0]!.kind, 'meeting');
    const second = await get<Paged<EventSummary>>('/api/events?limit=1&offset=1&order=asc');
    assert.equal(second.items[0]!.kind, 'call');
  });

  test('bad parameters are 400s naming the parameter', async () => {
    await badRequest('/api/events?kind=party', 'kind');
    await badRequest('/api/events?status=maybe', 'status');
    await badRequest('/api/events?limit=0', 'limit');
    await badRequest('/api/events?limit=many', 'limit');
    await badRequest('/api/events?offset=-1', 'offset');
    await badRequest('/api/events?from=yesterday', 'from');
    await badRequest('/api/events?country=China', 'country');
    await badRequest('/api/events?country=CN,RU,US', 'country');
    await badRequest('/api/events?colour=red', 'colour');
  });

  test('one event has every source with its supporting sentence in context, quotes and agreement', async () => {
    const [meeting] = (await get<Paged<EventSummary>>('/api/events?kind=meeting')).items;
    const e = await get<EventDetail>(`/api/events/${encodeURIComponent(meeting!.id)}`);
    assert.equal(e.sources.length, 2);
    for (const s of e.sources) {
      assert.equal(s.excerpts.length, 1);
      const x = s.excerpts[0]!;
      const h = x.highlights[0]!;
      const sentence = x.text.slice(h.start - x.offset, h.end - x.offset);
      assert.match(sentence, /Lavrov/);
      assert.deepEqual(sentence, s.evidenceText[0]);
    }
    assert.equal(e.quotes.length, 2, 'quotes of Wang and Lavrov in the two sources');
    assert.equal(e.agreement.date.of, 2);
  });

  test('an unknown event id is a 404 naming it', async () => {
    const body = await get<ErrorBody>('/api/events/ev-nope', 404);
    assert.match(body.error.message, /ev-nope/);
  });
});

describe('actors', () => {
  test('lists and filters actors', async () => {
    const all = await get<Paged<{ id: string; kind: string }>>('/api/actors?kind=person');
    assert.ok(all.items.some((a) => a.id === 'person:wang-yi'));
    const named = await get<Paged<{ id: string }>>('/api/actors?q=lavrov');
    assert.deepEqual(named.items.map((a) => a.id), ['person:sergey-lavrov']);
    await badRequest('/api/actors?kind=alien', 'kind');
    await badRequest('/api/actors?country=Turkey', 'country');
  });

  test('one actor has meetings, counterparts and quotes', async () => {
    const a = await get<ActorPage>('/api/actors/person:sergey-lavrov');
    assert.equal(a.name, 'Sergey Lavrov');
    assert.equal(a.meetingsTotal, 1);
    assert.ok(a.counterparts.some((c) => c.id === 'person:wang-yi'));
    assert.equal(a.quoteList.length, 1);
    assert.ok(Array.isArray(a.kbRoles));
  });

  test("a country's meetings are those of its people too", async () => {
    const ru = await get<ActorPage>('/api/actors/country:RU');
    assert.equal(ru.kind, 'country');
    assert.equal(ru.meetingsTotal, 2);
    const tr = await get<ActorPage>('/api/actors/country:TR');
    assert.deepEqual(tr.meetings.map((e) => e.kind), ['call']);
  });

  test('an unknown actor is a 404', async () => {
    await get<ErrorBody>('/api/actors/person:nobody-at-all', 404);
  });
});

describe('quotes and search', () => {
  test('searches quotes by words and speaker', async () => {
    const byWords = await get<Paged<StoredQuote>>('/api/quotes?q=grain');
    assert.deepEqual(byWords.items.map((q) => q.speaker?.id), ['person:recep-tayyip-erdogan']);
    const bySpeaker = await get<Paged<StoredQuote>>('/api/quotes?speaker=Wang');
    assert.equal(bySpeaker.total, 1);
    assert.equal((await get<Paged<StoredQuote>>('/api/quotes?q=zebra')).total, 0);
    await badRequest('/api/quotes?limit=100000', 'limit');
  });

  test('full-text search needs q', async () => {
    const hits = await get<Paged<{ articleId: string }>>('/api/search?q=Tashkent');
    assert.ok(hits.items.some((h) => h.articleId === 'a1'));
    await badRequest('/api/search', 'q');
  });
});

describe('articles', () => {
  test('lists articles', async () => {
    const page = await get<Paged<{ id: string }>>('/api/articles');
    assert.equal(page.total, 3);
    await badRequest('/api/articles?from=last-week', 'from');
  });

  test('one article has its raw text, record and links to canonical events', async () => {
    const a = await get<ArticlePage>('/api/articles/a2');
    assert.ok(a.text.includes('<b>agreed</b>'), 'the text comes back as it was, for the UI to escape');
    const ev = a.record.events[0]!;
    assert.match(a.text.slice(ev.evidence[0]!.start, ev.evidence[0]!.end), /held talks in Tashkent/);
    assert.match(a.eventLinks.e1 ?? '', /\S/);
    await get<EventDetail>(`/api/events/${encodeURIComponent(a.eventLinks.e1!)}`);
  });

  test('article ids with slashes, spaces and # (nested folders) work when encoded', async () => {
    const f = FIXTURES[2]!;
    const input = { ...f.input, id: 'sub/dir x#1' };
    await store.putArticle(input, { ...f.record, id: input.id }, contentHashOf(input));
    try {
      const a = await get<ArticlePage>(`/api/articles/${encodeURIComponent(input.id)}`);
      assert.equal(a.id, input.id);
      assert.match(a.eventLinks.e1 ?? '', /\S/);
    } finally {
      await store.deleteArticle(input.id);
    }
  });

  test('an unknown article is a 404', async () => {
    await get<ErrorBody>('/api/articles/zzz', 404);
  });
});

describe('network and map', () => {
  test('actor network links people who met', async () => {
    const net = await get<NetworkResult>('/api/network?actorKind=person');
    assert.ok(net.nodes.some((n) => n.id === 'person:wang-yi'));
    assert.ok(net.edges.some((e) => [e.source, e.target].sort().join() === 'person:sergey-lavrov,person:wang-yi'));
  });

  test('country network weights pairs by shared events', async () => {
    const net = await get<NetworkResult>('/api/network?by=country');
    const cnRu = net.edges.find((e) => e.source === 'country:CN' && e.target === 'country:RU');
    assert.equal(cnRu?.weight, 1);
    assert.ok(!net.edges.some((e) => e.source === 'country:CN' && e.target === 'country:TR'));
    await badRequest('/api/network?by=city', 'by');
    await badRequest('/api/network?minWeight=0', 'minWeight');
  });

  test('the map places events with coordinates and counts the rest', async () => {
    const map = await get<MapResult>('/api/map');
    assert.deepEqual(map.places.map((p) => p.name), ['Tashkent']);
    assert.deepEqual(map.places[0]!.list.map((e) => [e.kind, e.label]), [['meeting', 'Sergey Lavrov, Wang Yi']]);
    assert.deepEqual(map.countries.map((c) => c.code).sort(), ['CN', 'RU', 'TR']);
    assert.equal(map.unplaced, 1);
    await badRequest('/api/map?kind=war', 'kind');
  });
});

describe('extract and ingest', () => {
  const text = 'MOSCOW, March 3 -- Russian Foreign Minister Sergey Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar in Moscow on Monday.';

  test('POST /api/extract returns a record and stores nothing', async () => {
    const res = await post(app, '/api/extract', { text, published: '2025-03-04' });
    assert.equal(res.status, 200);
    const body = (await res.json()) as ExtractResult;
    assert.equal(body.text, text);
    assert.ok(body.record.persons.some((p) => p.name === 'Sergey Lavrov'));
    for (const p of body.record.persons) for (const s of p.evidence) assert.ok(s.end <= text.length);
    assert.equal((await get<{ articles: number }>('/api/stats')).articles, 3);
  });

  test('POST /api/extract rejects bad bodies with a message', async () => {
    for (const [body, names] of [['not json', 'JSON'], [{}, 'text'], [{ text: '' }, 'empty'], [{ text: 'x', published: 'soon' }, 'published'], [{ text: 7 }, 'text']] as const) {
      const res = await post(app, '/api/extract', body);
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as ErrorBody).error.message, new RegExp(names));
    }
  });

  test('a body over the size limit is a 413 before it is read', async () => {
    const res = await post(app, '/api/extract', { text: 'x'.repeat(9 * 1024 * 1024) });
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as ErrorBody).error.message, /larger than 8 MB/);
  });

  test('POST /api/articles is refused without --allow-ingest', async () => {
    const res = await post(app, '/api/articles', { text });
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as ErrorBody).error.message, /--allow-ingest/);
  });

  test('POST /api/articles stores the article when ingest is allowed', async () => {
    const res = await post(ingestApp, '/api/articles', { id: 'posted', text, published: '2025-03-04' });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { result: { status: string } };
    assert.equal(body.result.status, 'new');
    const again = await post(ingestApp, '/api/articles', { id: 'posted', text, published: '2025-03-04' });
    assert.equal(((await again.json()) as { result: { status: string } }).result.status, 'unchanged');
    assert.equal((await get<ArticlePage>('/api/articles/posted')).text, text);
    assert.equal((await post(ingestApp, '/api/articles', { title: 'no text' })).status, 400);
    await store.deleteArticle('posted');
  });
});
