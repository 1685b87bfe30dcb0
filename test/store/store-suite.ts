import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contentHashOf } from '../../src/store/facts.js';
import { putArticleBatch } from '../../src/store/put-batch.js';
import type { PutResult, Store } from '../../src/store/types.js';
import { article, LAVROV, MOSCOW_2023, PUTIN, TASHKENT_A, TASHKENT_B, WANG, XI } from './fixtures.js';

type Fixture = ReturnType<typeof article>;
const put = (store: Store, f: Fixture) => store.putArticle(f.input, f.record, contentHashOf(f.input));

/**
 * The behaviour every Store must have, through the interface only: the
 * SQLite store runs it now, the PostgreSQL store runs it unchanged later.
 * `makeStore` returns a fresh, empty store each call.
 */
export function runStoreSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    describe('articles and idempotence', () => {
      let store: Store;
      before(async () => { store = await makeStore(); });
      after(async () => { await store.close(); });

      it('starts empty', async () => {
        assert.deepEqual(await store.stats(), { articles: 0, events: 0, event_reports: 0, quotes: 0, actors: 0 });
      });

      it('stores a new article with its facts', async () => {
        const r = await put(store, TASHKENT_A);
        assert.deepEqual(r, { status: 'new', articleId: 'a-tashkent-1', eventReports: 1, merged: 0 });
        const s = await store.stats();
        assert.equal(s.articles, 1);
        assert.equal(s.events, 1);
        assert.equal(s.event_reports, 1);
        assert.equal(s.quotes, 1);
        assert.ok(s.actors >= 4, 'Wang Yi, Lavrov and their countries'); // persons + CN, RU
      });

      it('gives the article back with its raw text and record', async () => {
        const a = await store.getArticle('a-tashkent-1');
        assert.ok(a);
        assert.equal(a.text, TASHKENT_A.input.text);
        assert.equal(a.title, 'Wang Yi meets Lavrov in Tashkent');
        assert.equal(a.published, '2022-07-29');
        assert.equal(a.pipeline, 'test-1');
        assert.equal(a.contentHash, contentHashOf(TASHKENT_A.input));
        assert.deepEqual(a.record.events.map((e) => e.id), ['e1']);
        assert.equal(await store.getArticle('nope'), null);
        assert.deepEqual(await store.articleState('a-tashkent-1'), { id: 'a-tashkent-1', contentHash: contentHashOf(TASHKENT_A.input), pipeline: 'test-1' });
        assert.equal(await store.articleState('nope'), null);
      });

      it('changes nothing when the same article comes again', async () => {
        const before = await store.stats();
        const r = await put(store, TASHKENT_A);
        assert.equal(r.status, 'unchanged');
        assert.deepEqual(await store.stats(), before);
      });

      it('replaces the facts of a changed article', async () => {
        const changed = article({
          id: 'a-tashkent-1', published: '2022-07-29',
          text: 'Wang Yi spoke with Sergey Lavrov by phone. "We will keep in touch," Lavrov said. "Relations are strong," Wang Yi said.',
          events: [{ kind: 'call', participants: [WANG, LAVROV], date: '2022-09-01', sentence: 'Wang Yi spoke with Sergey Lavrov by phone.' }],
          quotes: [{ speaker: LAVROV, text: 'We will keep in touch' }, { speaker: WANG, text: 'Relations are strong' }],
        });
        const r = await put(store, changed);
        assert.equal(r.status, 'replaced');
        const s = await store.stats();
        assert.equal(s.articles, 1);
        assert.equal(s.event_reports, 1);
        assert.equal(s.events, 1, 'the old event left with its only report');
        assert.equal(s.quotes, 2);
        const events = await store.listEvents();
        assert.equal(events.items[0]!.kind, 'call');
        const quotes = await store.listQuotes({ search: 'directed' });
        assert.equal(quotes.total, 0, 'the old quote is gone from search too');
        assert.equal((await store.search('directed')).total, 0);
        assert.equal((await store.getArticle('a-tashkent-1'))!.text, changed.input.text);
      });

      it('gives a replaced article\'s new event its own canonical event, not the cluster its old report founded', async () => {
        const a = article({ id: 'r-1', published: '2021-01-02', text: 'Xi Jinping met Vladimir Putin in Moscow.',
          events: [{ participants: [XI, PUTIN], date: '2021-01-01', sentence: 'Xi Jinping met Vladimir Putin in Moscow.' }] });
        const b = article({ id: 'r-2', published: '2021-01-02', text: 'Putin and Xi met on New Year\'s Day.',
          events: [{ participants: [PUTIN, XI], date: '2021-01-01', sentence: 'Putin and Xi met on New Year\'s Day.' }] });
        await put(store, a);
        await put(store, b);
        const changed = article({ id: 'r-1', published: '2021-06-02', text: 'Xi Jinping called Vladimir Putin.',
          events: [{ kind: 'call', participants: [XI, PUTIN], date: '2021-06-01', sentence: 'Xi Jinping called Vladimir Putin.' }] });
        await put(store, changed);
        const events = (await store.listEvents({ articleId: 'r-1' })).items.concat((await store.listEvents({ articleId: 'r-2' })).items);
        assert.equal(events.length, 2);
        assert.notEqual(events[0]!.id, events[1]!.id);
        assert.deepEqual(events.map((e) => e.sources.map((s) => s.articleId)), [['r-1'], ['r-2']]);
        await store.deleteArticle('r-1');
        await store.deleteArticle('r-2');
      });

      it('replaces the facts when only the pipeline version changed', async () => {
        const f = article({ id: 'p-1', text: 'Xi Jinping met Vladimir Putin.', events: [{ participants: [XI, PUTIN], date: '2024-05-16', sentence: 'Xi Jinping met Vladimir Putin.' }] });
        assert.equal((await put(store, f)).status, 'new');
        const newer = { input: f.input, record: { ...f.record, pipeline: 'test-2' } };
        assert.equal((await put(store, newer)).status, 'replaced');
        assert.equal((await put(store, newer)).status, 'unchanged');
      });

      it('lists the articles a newer pipeline should re-process, with their input', async () => {
        const items = await store.articlesForReprocess('test-2');
        assert.deepEqual(items.map((i) => i.input.id), ['a-tashkent-1']);
        assert.equal(items[0]!.input.text.startsWith('Wang Yi spoke'), true);
        assert.equal(items[0]!.input.published, '2022-07-29');
        assert.equal(items[0]!.pipeline, 'test-1');
        assert.deepEqual((await store.articlesForReprocess('test-1')).map((i) => i.input.id), ['p-1']);
        assert.deepEqual(await store.articlesForReprocess('test-3').then((xs) => xs.length), 2);
      });

      it('lists articles with counts, newest first, and pages them', async () => {
        const all = await store.listArticles();
        assert.equal(all.total, 2);
        const first = await store.listArticles({}, { limit: 1 });
        assert.equal(first.items.length, 1);
        assert.equal(first.total, 2);
        assert.equal(all.items.find((a) => a.id === 'a-tashkent-1')!.quotes, 2);
        const in2022 = await store.listArticles({ from: '2022', to: '2022' });
        assert.deepEqual(in2022.items.map((a) => a.id), ['a-tashkent-1']);
      });

      it('deletes an article and every fact and actor only it knew', async () => {
        assert.equal(await store.deleteArticle('p-1'), true);
        assert.equal(await store.deleteArticle('p-1'), false);
        const s = await store.stats();
        assert.equal(s.articles, 1);
        assert.equal(s.events, 1);
        assert.equal(await store.getActor('person:xi-jinping'), null, 'Xi was only in the deleted article');
        assert.ok(await store.getActor('person:sergey-lavrov'));
      });
    });

    describe('merge of event reports', () => {
      let store: Store;
      before(async () => { store = await makeStore(); });
      after(async () => { await store.close(); });

      it('makes two reports of one meeting one canonical event with both sources', async () => {
        await put(store, TASHKENT_A);
        const r = await put(store, TASHKENT_B);
        assert.equal(r.merged, 1);
        const { items, total } = await store.listEvents();
        assert.equal(total, 1);
        const e = items[0]!;
        assert.equal(e.kind, 'meeting');
        assert.equal(e.date, '2022-07-28', 'the full date; the year-only source agrees with it');
        assert.deepEqual(e.agreement.date.agree.sort(), ['a-tashkent-1', 'b-tashkent-2']);
        assert.deepEqual(e.agreement.date.conflicts, []);
        assert.equal(e.location?.name, 'Tashkent');
        assert.equal(e.location?.lat, 41.31);
        assert.deepEqual(e.countries, ['CN', 'RU']);
        assert.deepEqual(e.participants.map((p) => p.id).sort(), ['person:sergey-lavrov', 'person:wang-yi']);
        assert.ok(e.participants.every((p) => p.sources === 2));
        assert.deepEqual(e.sources.map((s) => s.articleId), ['a-tashkent-1', 'b-tashkent-2']);
        assert.equal(e.sources[1]!.date, '2022', 'each source keeps the date it gave');
        assert.equal(e.occasion?.name, 'SCO Council of Foreign Ministers');
        assert.deepEqual(e.agreement.occasion.agree, ['a-tashkent-1']);
        assert.equal(e.agreement.occasion.of, 1);
      });

      it('keeps evidence spans that point into each source article', async () => {
        const e = (await store.listEvents()).items[0]!;
        for (const s of e.sources) {
          const a = await store.getArticle(s.articleId);
          assert.equal(s.evidence.length, 1);
          assert.equal(a!.text.slice(s.evidence[0]!.start, s.evidence[0]!.end), s.evidenceText[0]);
          assert.match(s.evidenceText[0]!, /Tashkent/);
        }
        assert.deepEqual(await store.getEvent(e.id), e);
        assert.equal(await store.getEvent('no-such-event'), null);
      });

      it('keeps an event of another date, kind group or pair apart', async () => {
        await put(store, MOSCOW_2023);
        const s = await store.stats();
        assert.equal(s.events, 3, 'Tashkent meeting, Moscow visit, Moscow signing');
        assert.equal(s.event_reports, 4);
      });

      it('shows conflicting values instead of hiding them', async () => {
        const f = article({
          id: 'd-moscow-preview', published: '2023-03-19',
          text: 'Xi Jinping will meet Vladimir Putin in Moscow on March 20, 2023.',
          events: [{ kind: 'meeting', status: 'planned', participants: [XI, PUTIN], date: '2023-03-20', location: { name: 'Moscow', country: 'RU', id: 'city:moscow' },
            sentence: 'Xi Jinping will meet Vladimir Putin in Moscow on March 20, 2023.' }],
        });
        const r = await put(store, f);
        assert.equal(r.merged, 1);
        const visit = (await store.listEvents({ between: ['CN', 'RU'], from: '2023-03-20', to: '2023-03-20' })).items.filter((e) => e.kind !== 'signing');
        assert.equal(visit.length, 1);
        const e = visit[0]!;
        assert.equal(e.sources.length, 2);
        assert.equal(e.status, 'occurred', 'the later article says it happened');
        assert.deepEqual(e.agreement.status.agree, ['c-moscow-2023']);
        assert.deepEqual(e.agreement.status.conflicts, [{ value: 'planned', sources: ['d-moscow-preview'] }]);
        assert.deepEqual(e.agreement.kind.conflicts.map((c) => c.value), e.kind === 'visit' ? ['meeting'] : ['visit']);
      });

      it('merges a preview naming the envoys, a report naming the countries and an undated one into one event', async () => {
        const US = (name: string, id: string) => ({ name, id, country: 'US' });
        const witkoff = US('Steve Witkoff', 'person:steve-witkoff');
        const umerov = { name: 'Rustem Umerov', id: 'person:rustem-umerov', country: 'UA' };
        const medinsky = { name: 'Vladimir Medinsky', id: 'person:vladimir-medinsky', country: 'RU' };
        const geneva = { name: 'Geneva', country: 'CH', id: 'city:ch-geneva', lat: 46.2, lon: 6.15 };
        const preview = article({ id: 'g-1', published: '2026-02-16', text: 'Witkoff, Umerov and Medinsky will meet in Geneva on Tuesday.',
          events: [{ status: 'planned', participants: [witkoff, US('Jared Kushner', 'person:jared-kushner'), umerov, medinsky], date: '2026-02-17', location: geneva,
            sentence: 'Witkoff, Umerov and Medinsky will meet in Geneva on Tuesday.' }] });
        const after = article({ id: 'g-2', published: '2026-02-20', text: 'Ukraine, Russia and the United States ended two days of talks in Geneva on Wednesday.',
          events: [{ participants: [{ country: 'UA' }, { country: 'RU' }, { country: 'US' }], date: '2026-02-18', location: { name: 'Geneva', country: 'CH' },
            sentence: 'Ukraine, Russia and the United States ended two days of talks in Geneva on Wednesday.' }] });
        const undated = article({ id: 'g-3', text: 'Medinsky and Umerov met in Geneva with Witkoff.',
          events: [{ participants: [medinsky, umerov, witkoff], location: { name: 'Geneva', country: 'CH' }, sentence: 'Medinsky and Umerov met in Geneva with Witkoff.' }] });
        for (const f of [preview, after, undated]) await put(store, f);
        const talks = (await store.listEvents({ between: ['RU', 'UA'] })).items;
        assert.equal(talks.length, 1);
        const e = talks[0]!;
        assert.deepEqual(e.sources.map((x) => x.articleId).sort(), ['g-1', 'g-2', 'g-3']);
        assert.equal(e.date, '2026-02-17');
        assert.equal(e.date_end, '2026-02-18');
        assert.equal(e.status, 'occurred');
        assert.deepEqual(e.countries, ['RU', 'UA', 'US']);
        assert.equal(e.location?.lat, 46.2);
        for (const id of ['g-1', 'g-2', 'g-3']) await store.deleteArticle(id);
      });

      it('updates only the clusters an article touches when it changes, and drops emptied ones', async () => {
        const before = (await store.listEvents({ between: ['CN', 'RU'], from: '2022', to: '2022' })).items[0]!;
        const noEvents = article({ id: 'b-tashkent-2', published: '2022-08-02', text: 'Sergey Lavrov spoke about BRICS.', persons: [LAVROV] });
        await put(store, noEvents);
        const after = await store.getEvent(before.id);
        assert.ok(after, 'the cluster keeps its id');
        assert.deepEqual(after.sources.map((s) => s.articleId), ['a-tashkent-1']);
        assert.ok(after.participants.every((p) => p.sources === 1));
        await store.deleteArticle('a-tashkent-1');
        assert.equal(await store.getEvent(before.id), null);
        assert.equal((await store.listEvents({ from: '2023' })).total, 2, 'the Moscow events are untouched');
      });
    });

    describe('queries', () => {
      let store: Store;
      before(async () => {
        store = await makeStore();
        for (const f of [TASHKENT_A, TASHKENT_B, MOSCOW_2023]) await put(store, f);
        await put(store, article({
          id: 'e-unknown', published: '2024-01-10',
          text: 'Deputy minister Ivan Petrov met Wang Yi in Beijing. 王毅会见了俄罗斯副部长。 "中俄关系很好," Wang Yi said.',
          events: [{ kind: 'meeting', participants: [{ name: 'Ivan Petrov', country: 'RU', role: 'deputy minister' }, WANG], date: '2024-01-09',
            location: { name: 'Beijing', country: 'CN' }, sentence: 'Deputy minister Ivan Petrov met Wang Yi in Beijing.' }],
          quotes: [{ speaker: WANG, text: '中俄关系很好' }],
        }));
        await put(store, article({
          id: 'f-unknown-again', published: '2024-02-01',
          text: 'Ivan Petrov, a Russian deputy minister, praised ties. Another Ivan Petrov, a Bulgarian writer, did not.',
          persons: [{ name: 'Ivan Petrov', country: 'RU' }, { name: 'Ivan  Petrov', country: 'BG' }],
        }));
      });
      after(async () => { await store.close(); });

      it('filters events by actor name or id, country, pair, kind, status, dates and occasion', async () => {
        const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).items.map((e) => e.kind + ':' + (e.date ?? '-'));
        assert.deepEqual(await ids({ actor: 'lavrov' }), ['meeting:2022-07-28']);
        assert.deepEqual(await ids({ actor: 'person:xi-jinping', kind: 'signing' }), ['signing:2023-03-20']);
        assert.deepEqual(await ids({ actor: 'Nobody Atall' }), []);
        assert.equal((await store.listEvents({ country: 'RU' })).total, 4);
        assert.equal((await store.listEvents({ country: 'UZ' })).total, 0, 'a place is not a participant');
        assert.equal((await store.listEvents({ between: ['CN', 'RU'] })).total, 4);
        assert.equal((await store.listEvents({ between: ['CN', 'US'] })).total, 0);
        assert.deepEqual(await ids({ from: '2023-01-01', to: '2023-12-31', kind: 'visit' }), ['visit:2023-03-20']);
        assert.deepEqual(await ids({ from: '2024' }), ['meeting:2024-01-09']);
        assert.deepEqual(await ids({ to: '2022-12' }), ['meeting:2022-07-28']);
        assert.deepEqual(await ids({ status: 'planned' }), []);
        assert.deepEqual(await ids({ occasion: 'sco' }), ['meeting:2022-07-28']);
        assert.deepEqual(await ids({ articleId: 'b-tashkent-2' }), ['meeting:2022-07-28']);
      });

      it('orders events by date and pages them with a total', async () => {
        const desc = (await store.listEvents()).items.map((e) => e.date);
        assert.deepEqual(desc, ['2024-01-09', '2023-03-20', '2023-03-20', '2022-07-28']);
        const asc = await store.listEvents({}, { order: 'asc', limit: 2, offset: 1 });
        assert.equal(asc.total, 4);
        assert.deepEqual(asc.items.map((e) => e.date), ['2023-03-20', '2023-03-20']);
      });

      it('finds quotes by speaker and words', async () => {
        const lavrov = await store.listQuotes({ speaker: 'Lavrov' });
        assert.deepEqual(lavrov.items.map((q) => q.text), ['BRICS is attractive to many countries']);
        assert.equal(lavrov.items[0]!.speaker?.id, 'person:sergey-lavrov');
        const brics = await store.listQuotes({ speaker: 'lavrov', search: 'brics' });
        assert.equal(brics.total, 1);
        assert.equal((await store.listQuotes({ speaker: 'wang', search: 'BRICS' })).total, 0);
        assert.equal((await store.listQuotes({ speaker: 'person:wang-yi' })).total, 2);
        const q = lavrov.items[0]!;
        const a = await store.getArticle(q.articleId);
        assert.equal(a!.text.slice(q.evidence[0]!.start, q.evidence[0]!.end), q.text);
      });

      it('searches article text and quotes, Latin and Chinese', async () => {
        const brics = await store.search('BRICS attractive');
        assert.ok(brics.items.some((h) => h.kind === 'quote' && h.articleId === 'b-tashkent-2'));
        assert.ok(brics.items.some((h) => h.kind === 'article' && h.articleId === 'b-tashkent-2'));
        assert.equal((await store.search('Tashkent')).items.filter((h) => h.kind === 'article').length, 2);
        const paged = await store.search('Tashkent', { limit: 1 });
        assert.equal(paged.items.length, 1);
        assert.equal(paged.total, 2);
        assert.equal((await store.search('中俄', { limit: 1, offset: 1 })).items.length, 1);
        assert.equal((await store.search('zanzibar')).total, 0);
        assert.equal((await store.search('"unbalanced AND (')).total, 0, 'odd input is words, not query syntax');
        const cjk3 = await store.search('俄罗斯');
        assert.deepEqual(cjk3.items.map((h) => h.articleId), ['e-unknown']);
        const cjk2 = await store.search('中俄');
        assert.ok(cjk2.items.some((h) => h.kind === 'quote' && h.articleId === 'e-unknown'));
        assert.equal((await store.search('日本')).total, 0);
        assert.equal((await store.listQuotes({ search: '关系' })).total, 1);
      });

      it('merges actors by knowledge-base id, and unknown people by name and country', async () => {
        const petrovs = await store.listActors({ name: 'petrov' });
        assert.deepEqual(petrovs.items.map((a) => a.country).sort(), ['BG', 'RU']);
        const ru = petrovs.items.find((a) => a.country === 'RU')!;
        assert.equal(ru.articles, 2, 'one Russian Ivan Petrov across both articles');
        assert.equal(ru.events, 1);
        const wang = (await store.listActors({ name: 'Wang Yi' })).items[0]!;
        assert.equal(wang.id, 'person:wang-yi');
        assert.equal(wang.events, 2);
        assert.equal(wang.quotes, 2);
        assert.equal(wang.articles, 3);
      });

      it('lists actors of a country with counts, most active first', async () => {
        const cn = await store.listActors({ country: 'CN' });
        assert.deepEqual(cn.items.map((a) => a.id).slice(0, 2), ['person:wang-yi', 'person:xi-jinping']);
        assert.ok(cn.items.some((a) => a.id === 'country:CN' && a.kind === 'country' && a.name === 'China'));
        assert.ok(cn.items.every((a) => a.country === 'CN'));
        assert.equal((await store.listActors({ country: 'CN', kind: 'person' })).total, 2);
      });

      it('gives an actor with roles and the counterparts met most often', async () => {
        const wang = await store.getActor('person:wang-yi');
        assert.ok(wang);
        assert.deepEqual(wang.counterparts.map((c) => [c.name, c.events]), [['Ivan Petrov', 1], ['Sergey Lavrov', 1]]);
        assert.ok(wang.roles.includes('foreign minister'));
        assert.equal(await store.getActor('person:nobody'), null);
      });

      it('builds the who-met-whom network with weights', async () => {
        const net = await store.network({ actorKind: 'person' });
        const edge = (a: string, b: string) => net.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
        assert.equal(edge('person:xi-jinping', 'person:vladimir-putin')?.weight, 2, 'the visit and the signing');
        assert.equal(edge('person:wang-yi', 'person:sergey-lavrov')?.weight, 1);
        assert.equal(edge('person:xi-jinping', 'person:sergey-lavrov'), undefined);
        assert.ok(net.nodes.every((n) => n.kind === 'person'));
        assert.deepEqual((await store.network({ actorKind: 'person', minWeight: 2 })).edges.length, 1);
        assert.equal((await store.network({ from: '2024' })).edges.length, 1);
      });
    });

    describe('batches of articles', () => {
      const movedToMoscow = article({
        id: 'b-tashkent-2', published: '2022-08-02', text: 'Sergey Lavrov met Wang Yi in Moscow on July 28, 2022.',
        events: [{ participants: [LAVROV, WANG], date: '2022-07-28', location: { name: 'Moscow', country: 'RU', id: 'city:moscow' },
          sentence: 'Sergey Lavrov met Wang Yi in Moscow on July 28, 2022.' }],
      });
      // new, merged, unrelated, unchanged and replaced, all in one batch
      const sequence = [TASHKENT_A, TASHKENT_B, MOSCOW_2023, TASHKENT_A, movedToMoscow];
      const item = (f: Fixture) => ({ input: f.input, record: f.record, contentHash: contentHashOf(f.input) });

      it('stores a batch exactly as the same articles put one after the other', async () => {
        const single = await makeStore();
        const batched = await makeStore();
        try {
          const one: PutResult[] = [];
          for (const f of sequence) one.push(await put(single, f));
          const batch = await putArticleBatch(batched, sequence.map(item));
          assert.equal(batch.failure, undefined);
          assert.deepEqual(batch.stored, one);
          assert.deepEqual(batch.stored.map((r) => r.status), ['new', 'new', 'new', 'unchanged', 'replaced']);
          assert.deepEqual(await batched.stats(), await single.stats());
          assert.deepEqual(await batched.listEvents({}, { limit: 1000 }), await single.listEvents({}, { limit: 1000 }));
          assert.deepEqual(await batched.listActors({}, { limit: 1000 }), await single.listActors({}, { limit: 1000 }));
        } finally {
          await single.close();
          await batched.close();
        }
      });

      it('stores nothing and fails nothing for an empty batch', async () => {
        const store = await makeStore();
        try {
          assert.deepEqual(await putArticleBatch(store, []), { stored: [] });
          assert.equal((await store.stats()).articles, 0);
        } finally {
          await store.close();
        }
      });
    });
  });
}
