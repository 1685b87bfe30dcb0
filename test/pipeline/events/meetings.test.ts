import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsOf, partiesOf } from './helpers.js';

const REF = '2017-10-23'; // a Monday

test('"X met Y in City on Monday" is one occurred meeting with date and place', () => {
  const text = 'Envoy Kong Xuanyou met his counterpart Joseph Yun in Beijing on Monday.';
  const doc = eventsOf(text, REF, [
    { surface: 'Kong Xuanyou', type: 'person', country: 'CN' },
    { surface: 'Joseph Yun', type: 'person', country: 'US' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
  ]);
  assert.equal(doc.events.length, 1);
  const e = doc.events[0]!;
  assert.equal(e.kind, 'meeting');
  assert.equal(e.status, 'occurred');
  assert.deepEqual(partiesOf(doc), ['Kong Xuanyou', 'Joseph Yun']);
  assert.equal(e.date?.value, '2017-10-23');
  assert.equal(e.location?.name, 'Beijing');
  assert.ok(e.rule.startsWith('events/'));
  assert.ok(e.support.length > 0);
});

test('"will meet" is planned and a weekday goes forward', () => {
  const text = 'Kerry will meet Zarif on Wednesday.';
  const doc = eventsOf(text, REF, [
    { surface: 'Kerry', type: 'person', name: 'John Kerry', country: 'US' },
    { surface: 'Zarif', type: 'person', name: 'Mohammad Javad Zarif', country: 'IR' },
  ]);
  assert.equal(doc.events[0]?.status, 'planned');
  assert.equal(doc.events[0]?.date?.value, '2017-10-25');
});

test('a meeting needs two parties: one person alone reports none', () => {
  const text = 'Kerry met reporters in the lobby.';
  const doc = eventsOf(text, REF, [{ surface: 'Kerry', type: 'person', country: 'US' }]);
  assert.equal(doc.events.length, 0);
});

test('a phone call between two leaders', () => {
  const text = 'Trump spoke by phone with Sharif on Wednesday.';
  const doc = eventsOf(text, '2016-12-01', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'Sharif', type: 'person', name: 'Nawaz Sharif', country: 'PK' },
  ]);
  assert.equal(doc.events[0]?.kind, 'call');
  assert.equal(doc.events[0]?.date?.value, '2016-11-30');
});

test('countries stand for unnamed delegations, places do not', () => {
  const text = 'Delegations held talks with Russia and Ukraine in Geneva.';
  const doc = eventsOf(text, REF, [
    { surface: 'Russia', type: 'country', country: 'RU' },
    { surface: 'Ukraine', type: 'country', country: 'UA' },
  ]);
  assert.deepEqual(partiesOf(doc), ['RU', 'UA']);
  const none = eventsOf('Officials met in Russia.', REF, [{ surface: 'Russia', type: 'country', country: 'RU' }]);
  assert.equal(none.events.length, 0);
});

test('two reports of the same meeting merge into one', () => {
  const text = 'Putin met Xi on Monday. At the meeting, Putin told Xi that ties were strong and he met Xi again.';
  const doc = eventsOf(text, REF, [
    { surface: 'Putin', type: 'person', country: 'RU' },
    { surface: 'Xi', type: 'person', country: 'CN' },
    { surface: 'Putin', type: 'person', country: 'RU', nth: 1 },
    { surface: 'Xi', type: 'person', country: 'CN', nth: 1 },
    { surface: 'Xi', type: 'person', country: 'CN', nth: 2 },
  ]);
  assert.equal(doc.events.filter((e) => e.kind === 'meeting').length, 1);
  assert.equal(doc.events[0]?.support.length, 2);
});

test('the person who reports talks of two delegations is not in them; the delegations are', () => {
  const text = 'Deputy Prime Minister Bekir Bozdag said Turkish and U.S. officials would meet to resolve the crisis.';
  const doc = eventsOf(text, REF, [
    { surface: 'Bekir Bozdag', type: 'person', country: 'TR' },
    { surface: 'Turkish', type: 'country', country: 'TR', via: 'demonym' },
    { surface: 'U.S.', type: 'country', country: 'US' },
  ]);
  const m = doc.events.find((e) => e.kind === 'meeting');
  assert.deepEqual(m?.participants.map((p) => p.name ?? p.country), ['TR', 'US']);
});

test('a person just before a call who does not report it is still its party', () => {
  const text = 'Trump praised Duterte during a phone call.';
  const doc = eventsOf(text, REF, [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'Duterte', type: 'person', name: 'Rodrigo Duterte', country: 'PH' },
  ]);
  assert.deepEqual(partiesOf(doc).sort(), ['Donald Trump', 'Rodrigo Duterte']);
});

test('"a summit with" a leader is a meeting, and a country wooed before it is not its subject', () => {
  const text = 'Trump sought to woo China since a summit with Chinese President Xi Jinping in April.';
  const doc = eventsOf(text, '2017-06-30', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Xi Jinping', type: 'person', country: 'CN' },
  ]);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]?.kind, 'meeting');
  assert.deepEqual(partiesOf(doc), ['Donald Trump', 'Xi Jinping']);
  assert.equal(doc.events[0]?.date?.value, '2017-04');
});

test('a country that is a party of its own stays the subject beside a person of another country', () => {
  const text = 'China held talks with Japanese Prime Minister Abe on Monday.';
  const doc = eventsOf(text, REF, [
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Abe', type: 'person', name: 'Shinzo Abe', country: 'JP' },
  ]);
  assert.deepEqual(partiesOf(doc), ['CN', 'Shinzo Abe']);
});

test('a readiness for talks with no day or place is no event; with a day it is a planned meeting', () => {
  const stance = eventsOf('Pashinyan reiterated Armenia s readiness to engage in peace talks with Azerbaijan without preconditions.', REF, [
    { surface: 'Pashinyan', type: 'person', name: 'Nikol Pashinyan', country: 'AM' },
    { surface: 'Armenia', type: 'country', country: 'AM' },
    { surface: 'Azerbaijan', type: 'country', country: 'AZ' },
  ]);
  assert.equal(stance.events.length, 0);
  const dated = eventsOf('Pashinyan said Armenia is ready for talks with Azerbaijan on November 2, 2017.', REF, [
    { surface: 'Pashinyan', type: 'person', name: 'Nikol Pashinyan', country: 'AM' },
    { surface: 'Armenia', type: 'country', country: 'AM' },
    { surface: 'Azerbaijan', type: 'country', country: 'AZ' },
  ]);
  assert.equal(dated.events.length, 1);
  assert.equal(dated.events[0]?.status, 'planned');
  assert.equal(dated.events[0]?.date?.value, '2017-11-02');
});

test('a city in a post s title ("ambassador to Washington") is not where talks were held; "talks in" a city is', () => {
  const cities = [{ id: 'city:washington', name: 'Washington', aliases: [], country: 'US', lat: 38.9, lon: -77 }];
  const post = eventsOf('Netanyahu sat down with Kushner and the Israeli ambassador to Washington on Wednesday.', '2017-06-21', [
    { surface: 'Netanyahu', type: 'person', name: 'Benjamin Netanyahu', country: 'IL' },
    { surface: 'Kushner', type: 'person', name: 'Jared Kushner', country: 'US' },
    { surface: 'Washington', type: 'place', country: 'US' },
  ], { cities });
  assert.equal(post.events[0]?.location, null);
  const held = eventsOf('Netanyahu held talks with Kushner in Washington on Wednesday.', '2017-06-21', [
    { surface: 'Netanyahu', type: 'person', name: 'Benjamin Netanyahu', country: 'IL' },
    { surface: 'Kushner', type: 'person', name: 'Jared Kushner', country: 'US' },
    { surface: 'Washington', type: 'place', country: 'US' },
  ], { cities });
  assert.equal(held.events[0]?.location?.name, 'Washington');
});

test('"called Assad a terrorist" is no call; "called Putin on Tuesday" is', () => {
  const named = [
    { surface: 'Erdogan', type: 'person' as const, name: 'Recep Tayyip Erdogan', country: 'TR' },
    { surface: 'Assad', type: 'person' as const, name: 'Bashar al-Assad', country: 'SY' },
  ];
  assert.equal(eventsOf('Erdogan on Wednesday called Assad a terrorist.', REF, named).events.length, 0);
  const call = eventsOf('Erdogan called Assad on Tuesday to discuss the truce.', REF, named);
  assert.equal(call.events[0]?.kind, 'call');
});

test('talks "in the Black Sea resort of Sochi" are held in Sochi, not at sea', () => {
  const cities = [{ id: 'city:sochi', name: 'Sochi', aliases: [], country: 'RU', lat: 43.6, lon: 39.7 }];
  const doc = eventsOf('Russia, Iran and Turkey held talks in the Black Sea resort of Sochi on Monday.', REF, [
    { surface: 'Russia', type: 'country', country: 'RU' },
    { surface: 'Iran', type: 'country', country: 'IR' },
    { surface: 'Turkey', type: 'country', country: 'TR' },
    { surface: 'Black Sea', type: 'place' },
    { surface: 'Sochi', type: 'place', country: 'RU' },
  ], { cities });
  assert.equal(doc.events[0]?.location?.name, 'Sochi');
});

test('"discussions between Egypt and Hamas" leaves out the subject who only watches them', () => {
  const text = 'Israel, which signed a treaty with Egypt, is watching discussions between Egypt and Jordan.';
  const doc = eventsOf(text, REF, [
    { surface: 'Israel', type: 'country', country: 'IL' },
    { surface: 'Egypt', type: 'country', country: 'EG' },
    { surface: 'Egypt', type: 'country', country: 'EG', nth: 1 },
    { surface: 'Jordan', type: 'country', country: 'JO' },
  ]);
  const talks = doc.events.find((e) => e.kind === 'meeting');
  assert.deepEqual(talks?.participants.map((p) => p.country), ['EG', 'JO']);
});

test('each demonym of a list before a group noun is a delegation; a demonym list with no group noun is none', () => {
  const named = [
    { surface: 'US', type: 'country' as const, country: 'US' },
    { surface: 'British', type: 'country' as const, country: 'GB', via: 'demonym' as const },
    { surface: 'French', type: 'country' as const, country: 'FR', via: 'demonym' as const },
    { surface: 'Swiss', type: 'country' as const, country: 'CH', via: 'demonym' as const },
  ];
  const group = eventsOf('US representatives also met with British, French and Swiss representatives on Monday.', REF, named);
  assert.deepEqual(group.events[0]?.participants.map((p) => p.country), ['US', 'GB', 'FR', 'CH']);
  const food = eventsOf('US representatives also met with British, French and Swiss chefs on Monday.', REF, named);
  assert.ok(!food.events.some((e) => e.participants.some((p) => p.country === 'GB')));
});
