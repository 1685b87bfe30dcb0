import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../../src/core/doc.js';
import type { Mention, MentionType, MentionVia } from '../../../src/core/types.js';
import { clean } from '../../../src/pipeline/clean/index.js';
import { toRecord } from '../../../src/pipeline/record/index.js';
import { smallKb } from '../clean/kb-fixture.js';

const kb = smallKb();
const RAW = 'Lavrov meets counterpart\n\n433\n\nTASHKENT: Sergei Lavrov met Wang Yi. Lavrov said he and the Chinese minister agreed.\nLater the Russian minister left Tashkent for Moscow.\n';

/** A cleaned doc (one noise line dropped, so cleaned and raw offsets differ) with hand-made mentions. */
function docWithMentions(): Doc {
  const doc = createDoc({ id: 'r1', text: RAW, published: '2022-07-28' });
  clean(doc, { kb });
  let n = 0;
  const at = (surface: string, nth = 0): number => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = doc.text.indexOf(surface, i + 1);
    assert.ok(i >= 0, surface);
    return i;
  };
  const mention = (type: MentionType, surface: string, nth: number, via: MentionVia, extra: Partial<Mention> = {}): Mention => {
    const start = at(surface, nth);
    const m: Mention = {
      id: `m${n++}`, type, range: { start, end: start + surface.length }, surface, name: surface, via, rule: `test/${via}`, confidence: 0.9, ...extra,
    };
    doc.mentions.push(m);
    return m;
  };
  const lavrov = { entityId: 'person:sergey-lavrov', name: 'Sergey Lavrov', country: 'RU', role: 'foreign minister' };
  mention('person', 'Lavrov', 0, 'surname', lavrov);
  const full = mention('person', 'Sergei Lavrov', 0, 'alias', lavrov);
  mention('person', 'Wang Yi', 0, 'title-name', { country: 'CN' });
  mention('person', 'Lavrov', 2, 'surname', lavrov);
  mention('person', 'he', 0, 'pronoun', { ...lavrov, name: 'Sergey Lavrov' });
  mention('person', 'the Chinese minister', 0, 'description', { name: 'Wang Yi', refersTo: 'm2' });
  mention('person', 'the Russian minister', 0, 'description', { name: 'Sergey Lavrov', refersTo: full.id });
  mention('country', 'Chinese', 0, 'demonym', { country: 'CN', name: 'China' });
  mention('country', 'Russian', 0, 'demonym', { country: 'RU', name: 'Russia' });
  mention('place', 'Tashkent', 0, 'alias', { entityId: 'city:uz-tashkent', name: 'Tashkent', country: 'UZ' });
  mention('place', 'Moscow', 0, 'alias', { entityId: 'city:ru-moscow', name: 'Moscow', country: 'RU' });
  return doc;
}

test('record: persons merged by entity, canonical names, aliases are names only', () => {
  const doc = docWithMentions();
  const rec = toRecord(doc, { kb }, '9.9.9');
  assert.deepEqual(rec.persons.map((p) => p.name), ['Sergey Lavrov', 'Wang Yi']);
  const lavrov = rec.persons[0]!;
  assert.deepEqual(lavrov.aliases, ['Lavrov', 'Sergei Lavrov']);
  assert.equal(lavrov.country, 'RU');
  assert.equal(lavrov.role, 'foreign minister');
  assert.equal(lavrov.gender, 'm');
  // title "Lavrov", "Sergei Lavrov", second "Lavrov", "he", "the Russian minister": five spans of evidence
  assert.equal(lavrov.evidence.length, 5);
  const wang = rec.persons[1]!;
  assert.deepEqual(wang.aliases, ['Wang Yi']);
  assert.equal(wang.evidence.length, 2, 'the description resolved to Wang counts as evidence');
});

test('record: evidence spans are raw offsets whose text is the surface', () => {
  const doc = docWithMentions();
  const rec = toRecord(doc, { kb }, '9.9.9');
  const texts = rec.persons[0]!.evidence.map((s) => RAW.slice(s.start, s.end));
  assert.deepEqual(texts, ['Lavrov', 'Sergei Lavrov', 'Lavrov', 'he', 'the Russian minister']);
  assert.equal(RAW.slice(rec.places[0]!.evidence[0]!.start, rec.places[0]!.evidence[0]!.end), 'TASHKENT');
});

test('record: countries come only from country mentions; places include the dateline city once', () => {
  const rec = toRecord(docWithMentions(), { kb }, '9.9.9');
  assert.deepEqual(rec.countries, ['CN', 'RU']);
  assert.deepEqual(rec.places.map((p) => p.name), ['Tashkent', 'Moscow']);
  assert.equal(rec.places[0]!.lat, 41.26);
  assert.equal(rec.places[0]!.evidence.length, 2, 'dateline and mention of Tashkent');
});

test('record: someone only described or referred to by pronoun is not a person', () => {
  const doc = createDoc({ id: 'r2', text: 'The Russian foreign minister said he was pleased.' });
  clean(doc, { kb });
  doc.mentions.push({
    id: 'd', type: 'person', range: { start: 0, end: 28 }, surface: 'The Russian foreign minister', name: 'Sergey Lavrov',
    entityId: 'person:sergey-lavrov', via: 'description', rule: 'test', confidence: 0.7,
  });
  assert.deepEqual(toRecord(doc, { kb }, '1').persons, []);
});

test('record: events and quotes carry raw evidence; metadata and pipeline fields are set', () => {
  const doc = docWithMentions();
  const sentence = { start: doc.text.indexOf('TASHKENT'), end: doc.text.indexOf('Wang Yi.') + 8 };
  const place = { start: doc.text.indexOf('TASHKENT'), end: doc.text.indexOf('TASHKENT') + 8 };
  doc.events.push({
    id: 'e1', kind: 'meeting', status: 'occurred', rule: 'test/met', confidence: 0.8, support: [sentence],
    participants: [{ kind: 'person', name: 'Sergey Lavrov', entityId: 'person:sergey-lavrov', country: 'RU' }, { kind: 'country', country: 'cn' }],
    date: { value: '2022-07-28', how: 'metadata' },
    location: { name: 'Tashkent', country: 'UZ', entityId: 'city:uz-tashkent', range: place },
    occasion: null,
  });
  const q = { start: doc.text.indexOf('he and'), end: doc.text.indexOf('agreed.') + 6 };
  const cue = { start: doc.text.indexOf('said'), end: doc.text.indexOf('said') + 4 };
  doc.quotes.push({ id: 'q1', text: doc.text.slice(q.start, q.end), range: q, direct: false, speaker: { kind: 'person', name: 'Sergey Lavrov' }, cue, rule: 'test/said', confidence: 0.7 });
  const rec = toRecord(doc, { kb }, '9.9.9');
  assert.equal(rec.pipeline, '9.9.9');
  assert.equal(rec.published, '2022-07-28');
  assert.equal(rec.published_how, 'metadata');
  assert.equal(rec.title, 'Lavrov meets counterpart');
  const e = rec.events[0]!;
  assert.deepEqual(e.participants, [{ name: 'Sergey Lavrov', id: 'person:sergey-lavrov', country: 'RU' }, { country: 'CN' }]);
  assert.equal(e.date, '2022-07-28');
  assert.deepEqual(e.location, { name: 'Tashkent', country: 'UZ', id: 'city:uz-tashkent' });
  assert.equal(e.occasion, null);
  assert.deepEqual(e.evidence.map((s) => RAW.slice(s.start, s.end)), ['TASHKENT', 'TASHKENT: Sergei Lavrov met Wang Yi.']);
  const quote = rec.quotes[0]!;
  assert.deepEqual(quote.evidence.map((s) => RAW.slice(s.start, s.end)), ['said', 'he and the Chinese minister agreed']);
  assert.deepEqual(quote.speaker, { name: 'Sergey Lavrov' });
  assert.ok(rec.diagnostics.some((d) => d.code === 'I_CLEAN_NOISE'));
});

test('record: an organization or person read inside the dateline is dropped', () => {
  const doc = createDoc({ id: 'r3', text: 'Title\n\nMOSCOW (Reuters) - Sergey Lavrov spoke.\n' });
  clean(doc, { kb });
  const at = doc.text.indexOf('MOSCOW');
  doc.mentions.push({ id: 'o', type: 'organization', range: { start: at, end: at + 6 }, surface: 'MOSCOW', name: 'MOSCOW', via: 'alias', rule: 'test', confidence: 0.5 });
  const r = toRecord(doc, { kb }, '1');
  assert.deepEqual(r.organizations, []);
  assert.deepEqual(r.places.map((p) => p.name), ['Moscow']);
});

test('record: an unresolved short form joins the longer name of the same article', () => {
  const text = 'The Russian Foreign Ministry said so. The Foreign Ministry added more. Fighting went on in the Donetsk region and near Donetsk. The Foreign Office said nothing.';
  const doc = createDoc({ id: 'r4', text });
  clean(doc, { kb });
  const add = (type: MentionType, surface: string, nth: number, entityId?: string): void => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = doc.text.indexOf(surface, at + 1);
    doc.mentions.push({ id: `m${doc.mentions.length}`, type, range: { start: at, end: at + surface.length }, surface, name: surface, via: 'alias', rule: 'test', confidence: 0.8, ...(entityId ? { entityId } : {}) });
  };
  add('organization', 'Russian Foreign Ministry', 0, 'org:ru-mfa');
  add('organization', 'Foreign Ministry', 1);
  add('organization', 'Foreign Office', 0);
  add('place', 'Donetsk region', 0);
  add('place', 'Donetsk', 1, 'city:ua-donetsk');
  const r = toRecord(doc, { kb }, '1');
  assert.deepEqual(r.organizations.map((o) => [o.name, o.evidence.length]), [['Russian Foreign Ministry', 2], ['Foreign Office', 1]]);
  assert.deepEqual(r.places.map((p) => [p.name, p.aliases]), [['Donetsk', ['Donetsk region', 'Donetsk']]]);
});
