import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../../../src/core/doc.js';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import { findDates } from '../../../src/pipeline/dates/index.js';
import { findEvents } from '../../../src/pipeline/events/index.js';
import { cities, eventsOf, mentionsFor, partiesOf } from './helpers.js';

test('a trip to several countries gives one visit each, dated by the month of the range', () => {
  const text = 'Trump s Nov. 3-14 trip will include visits to Japan, South Korea and China.';
  const doc = eventsOf(text, '2017-10-23', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'Japan', type: 'country', country: 'JP' },
    { surface: 'South Korea', type: 'country', country: 'KR' },
    { surface: 'China', type: 'country', country: 'CN' },
  ]);
  const visits = doc.events.filter((e) => e.kind === 'visit');
  assert.deepEqual(visits.map((v) => v.host), ['JP', 'KR', 'CN']);
  assert.ok(visits.every((v) => v.status === 'planned' && v.date?.value === '2017-11' && v.location === null));
});

test('a visit to the visitor s own country is no visit', () => {
  const text = 'Xi visited China s north last week.';
  const doc = eventsOf(text, '2017-10-23', [
    { surface: 'Xi', type: 'person', name: 'Xi Jinping', country: 'CN' },
    { surface: 'China', type: 'country', country: 'CN' },
  ]);
  assert.equal(doc.events.length, 0);
});

test('the visit gains the host it met, and the meeting the city of the visit', () => {
  const text = 'Johnson arrived in Beijing on Friday. Johnson met Wang on Friday.';
  const doc = eventsOf(text, '2017-12-22', [
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB', nth: 1 },
    { surface: 'Wang', type: 'person', name: 'Wang Yi', country: 'CN' },
  ]);
  const visit = doc.events.find((e) => e.kind === 'visit')!;
  const meeting = doc.events.find((e) => e.kind === 'meeting')!;
  assert.deepEqual(visit.participants.map((p) => p.name), ['Boris Johnson', 'Wang Yi']);
  assert.equal(visit.host, 'CN');
  assert.equal(meeting.location?.name, 'Beijing');
  assert.deepEqual(partiesOf(doc, doc.events.indexOf(meeting)), ['Boris Johnson', 'Wang Yi']);
});

test('talks with a host-country leader take the date of the planned visit they fall in; talks with others do not', () => {
  const text = 'Trump will visit China next month, Xi said. Trump will also be tough on trade during talks with Xi. Trump will hold talks with Abe.';
  const doc = eventsOf(text, '2017-10-23', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'Xi', type: 'person', name: 'Xi Jinping', country: 'CN' },
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US', nth: 1 },
    { surface: 'Xi', type: 'person', name: 'Xi Jinping', country: 'CN', nth: 1 },
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US', nth: 2 },
    { surface: 'Abe', type: 'person', name: 'Shinzo Abe', country: 'JP' },
  ]);
  const talks = doc.events.filter((e) => e.kind === 'meeting');
  const withXi = talks.find((e) => e.participants.some((p) => p.name === 'Xi Jinping'));
  const withAbe = talks.find((e) => e.participants.some((p) => p.name === 'Shinzo Abe'));
  assert.equal(withXi?.date?.value, '2017-11');
  assert.equal(withXi?.status, 'planned');
  assert.ok(withAbe);
  assert.equal(withAbe.date, null);
});

test('the one who reports a visit made by unnamed officials is not its visitor, nor one of "they" who met', () => {
  const text = 'The Saudi officials who visited Raqqa were there to listen, Sido said, adding that they met Sabhan.';
  const doc = eventsOf(text, '2017-10-19', [
    { surface: 'Saudi', type: 'country', country: 'SA', via: 'demonym' },
    { surface: 'Raqqa', type: 'place', country: 'SY' },
    { surface: 'Sido', type: 'person', name: 'Amed Sido', country: 'SY' },
    { surface: 'Sabhan', type: 'person', name: 'Thamer al-Sabhan', country: 'SA' },
  ]);
  assert.ok(!doc.events.some((e) => e.participants.some((p) => p.name === 'Amed Sido')));
});

test('a person named after a visit who does not report it is still its visitor', () => {
  const text = 'On the first visit to Russia by a British foreign minister in five years, Johnson warned Moscow.';
  const doc = eventsOf(text, '2017-12-22', [
    { surface: 'Russia', type: 'country', country: 'RU' },
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB' },
  ]);
  assert.deepEqual(doc.events.find((e) => e.kind === 'visit')?.participants.map((p) => p.name), ['Boris Johnson']);
});

test('a visit in the past perfect after a dated report is not dated by the report; in the simple past it is', () => {
  const named = [
    { surface: 'Sabhan', type: 'person' as const, name: 'Thamer al-Sabhan', country: 'SA' },
    { surface: 'Beijing', type: 'place' as const, country: 'CN' },
  ];
  const perfect = eventsOf('The newspaper reported on Thursday that Sabhan had visited Beijing.', '2017-10-19', named);
  assert.equal(perfect.events[0]?.date?.value, '2017-10');
  const simple = eventsOf('The newspaper reported on Thursday that Sabhan visited Beijing.', '2017-10-19', named);
  assert.equal(simple.events[0]?.date?.value, '2017-10-19');
});

const hmeymim = { cities: [{ id: 'city:hmeymim', name: 'Hmeymim air base', aliases: [], country: 'SY', lat: 35.4, lon: 35.9 }] };

test('"flew into" a country is a visit; "flew into a rage" is none', () => {
  const into = eventsOf('Putin flew into Syria on Monday.', '2017-12-11', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'Syria', type: 'country', country: 'SY' },
  ]);
  assert.equal(into.events[0]?.kind, 'visit');
  assert.equal(into.events[0]?.host, 'SY');
  const rage = eventsOf('Putin flew into a rage on Monday.', '2017-12-11', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
  ]);
  assert.equal(rage.events.length, 0);
});

test('a visit to "Russia s air base in Syria" goes to the base; an aside about the visitor sets neither its tense nor its date', () => {
  const text = 'Putin, who polls show will be re-elected in March, made the announcement during a surprise visit to Russia s Hmeymim air base in Syria.';
  const doc = eventsOf(text, '2017-12-11', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'Russia', type: 'country', country: 'RU' },
    { surface: 'Hmeymim air base', type: 'place', country: 'SY' },
    { surface: 'Syria', type: 'country', country: 'SY' },
  ], hmeymim);
  const v = doc.events.find((e) => e.kind === 'visit');
  assert.equal(v?.location?.name, 'Hmeymim air base');
  assert.equal(v?.status, 'occurred');
  assert.notEqual(v?.date?.value, '2018-03');
  const plain = eventsOf('Putin will make a visit to Syria in March.', '2017-12-11', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'Syria', type: 'country', country: 'SY' },
  ]);
  assert.equal(plain.events[0]?.status, 'planned');
  assert.equal(plain.events[0]?.date?.value, '2018-03');
});

test('an arrival "in the nation s biggest city, Yangon" goes to Yangon; a city not in apposition is not taken', () => {
  const cities = [{ id: 'city:yangon', name: 'Yangon', aliases: [], country: 'MM', lat: 16.8, lon: 96.2 }];
  const named = [
    { surface: 'pope', type: 'person' as const, name: 'Pope Francis', country: 'VA' },
    { surface: 'Yangon', type: 'place' as const, country: 'MM' },
  ];
  const apposed = eventsOf('The pope spoke on Monday after his arrival in the nation s biggest city, Yangon.', '2017-11-27', named, { cities });
  assert.equal(apposed.events.find((e) => e.kind === 'visit')?.location?.name, 'Yangon');
  const apart = eventsOf('The pope spoke on Monday after his arrival in the nation s biggest city, but Yangon waited.', '2017-11-27', named, { cities });
  assert.equal(apart.events.find((e) => e.kind === 'visit' && e.location?.name === 'Yangon'), undefined);
});

test('a purpose after the trigger ("visit ... to discuss strategy") does not make a visit planned; "to visit ... to discuss" is planned', () => {
  const named = [
    { surface: 'Tillerson', type: 'person' as const, name: 'Rex Tillerson', country: 'US' },
    { surface: 'Afghanistan', type: 'country' as const, country: 'AF' },
  ];
  const pays = eventsOf('Tillerson pays flying visit to Afghanistan to discuss U.S. strategy', '2017-10-23', named);
  assert.equal(pays.events[0]?.status, 'occurred');
  const plan = eventsOf('Tillerson to visit Afghanistan to discuss U.S. strategy', '2017-10-23', named);
  assert.equal(plan.events[0]?.status, 'planned');
});

test('a person inside an aside about the visitor ("than his boss Trump") does not travel', () => {
  const cities = [{ id: 'city:brussels', name: 'Brussels', aliases: [], country: 'BE', lat: 50.8, lon: 4.35 }];
  const text = 'Pence, who has hewn more closely to orthodoxy than his boss President Donald Trump, will visit Brussels.';
  const doc = eventsOf(text, '2017-02-15', [
    { surface: 'Pence', type: 'person', name: 'Mike Pence', country: 'US' },
    { surface: 'Donald Trump', type: 'person', country: 'US' },
    { surface: 'Brussels', type: 'place', country: 'BE' },
  ], { cities });
  assert.deepEqual(doc.events.find((e) => e.kind === 'visit')?.participants.map((p) => p.name), ['Mike Pence']);
});

test('"Tillerson said he would be flying to Pakistan": the reported "he" is the speaker, whoever the mentions stage linked it to', () => {
  const text = 'After his meeting with Abdullah, Tillerson said he would be flying to Pakistan on Tuesday.';
  const doc = createDoc({ id: 't', text, published: '2017-10-23' });
  doc.mentions = mentionsFor(text, [
    { surface: 'Abdullah', type: 'person', name: 'Abdullah Abdullah', country: 'AF' },
    { surface: 'Tillerson', type: 'person', name: 'Rex Tillerson', country: 'US' },
    { surface: 'Pakistan', type: 'country', country: 'PK' },
  ]);
  // The pronoun, linked (wrongly) to Abdullah as a faulty resolver might.
  const he = text.indexOf(' he ') + 1;
  doc.mentions.push({ id: 'mhe', type: 'person', range: { start: he, end: he + 2 }, surface: 'he', name: 'Abdullah Abdullah', via: 'pronoun', refersTo: 'm0', rule: 'test', confidence: 1 });
  doc.mentions.sort((a, b) => a.range.start - b.range.start);
  const ctx = { kb: buildKnowledgeBase({ cities }) };
  findDates(doc, ctx);
  findEvents(doc, ctx);
  const visit = doc.events.find((e) => e.kind === 'visit' && e.host === 'PK');
  assert.deepEqual(visit?.participants.map((p) => p.name), ['Rex Tillerson']);
});
