import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { FIXTURE } from './fixture.js';

const kb = buildKnowledgeBase(FIXTURE);
const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();

test('holderOf follows role changes across dates (China foreign minister)', () => {
  const cases: [string, string[]][] = [
    ['2013-03-15', []],
    ['2013-03-16', ['person:wang-yi']],
    ['2022-07-28', ['person:wang-yi']],
    ['2022-12-30', ['person:qin-gang']], // the successor's first day
    ['2023-03', ['person:qin-gang']],
    ['2023-07-24', ['person:qin-gang']],
    ['2023-07-25', ['person:wang-yi']],
    ['2024-07-03', ['person:wang-yi']],
    ['2023', ['person:qin-gang', 'person:wang-yi']], // a year covers both
  ];
  for (const [date, expected] of cases) {
    assert.deepEqual(ids(kb.holderOf('foreign minister', 'CN', date)), expected, date);
  }
});

test('holderOf normalises titles through the synonym table', () => {
  assert.deepEqual(ids(kb.holderOf('Minister of Foreign Affairs', 'CN', '2023-01-10')), ['person:qin-gang']);
  assert.deepEqual(ids(kb.holderOf('foreign minister', 'RU', '2004-03-09')), ['person:sergey-lavrov']);
  assert.deepEqual(ids(kb.holderOf('foreign minister', 'RU', '2004-03-08')), []);
  assert.deepEqual(ids(kb.holderOf('president', 'RU', '2024-01-01')), []);
});

test('roleOn returns the roles held on a date, or all of them without one', () => {
  assert.equal(kb.roleOn('person:wang-yi', '2023-01-01').length, 0);
  assert.equal(kb.roleOn('person:wang-yi', '2020-05-01').length, 1);
  assert.equal(kb.roleOn('person:wang-yi', null).length, 2);
  assert.equal(kb.roleOn('person:sergey-lavrov', '2024')[0]?.title, 'foreign minister');
  assert.deepEqual(kb.roleOn('person:nobody', '2024'), []);
});

test('cityByName prefers the capital or the most populous, or the one in the given country', () => {
  assert.equal(kb.cityByName('Moscow')?.id, 'city:ru-moscow');
  assert.equal(kb.cityByName('moscow', 'US')?.id, 'city:us-moscow');
  assert.equal(kb.cityByName('Peking')?.id, 'city:cn-beijing');
  assert.equal(kb.cityByName('Moscow', 'CN'), undefined);
  assert.equal(kb.cityByName('Atlantis'), undefined);
});

test('countryByName reads names, aliases, adjectives, seats and codes', () => {
  assert.equal(kb.countryByName('Chinese')?.code, 'CN');
  assert.equal(kb.countryByName('Russian Federation')?.code, 'RU');
  assert.equal(kb.countryByName('the United States')?.code, 'US');
  assert.equal(kb.countryByName('the Kremlin')?.code, 'RU');
  assert.equal(kb.countryByName('RU')?.code, 'RU');
  assert.equal(kb.countryByName('Narnia'), undefined);
});

test('gatheringsAt filters by organization, city, country, year and level', () => {
  assert.deepEqual(kb.gatheringsAt({ org: 'org:sco', year: 2022 }).map((g) => g.id), ['gathering:sco-cfm-2022']);
  assert.equal(kb.gatheringsAt({ city: 'tashkent' }).length, 1);
  assert.equal(kb.gatheringsAt({ city: 'city:uz-tashkent' }).length, 1);
  assert.equal(kb.gatheringsAt({ org: 'org:sco', year: 2023 }).length, 0);
  assert.equal(kb.gatheringsAt({ city: 'Beijing' }).length, 0);
  assert.equal(kb.gathering('gathering:sco-cfm-2022')?.city, 'Tashkent');
  assert.equal(kb.gathering('gathering:nope'), undefined);
  assert.equal(kb.gatheringsAt({ level: 'summit' }).length, 0);
});

test('gatheringsAt finds a city by a former name', () => {
  const base = buildKnowledgeBase({
    ...FIXTURE,
    cities: [...FIXTURE.cities!, { id: 'city:kz-astana', name: 'Astana', aliases: ['Nur-Sultan'], country: 'KZ', lat: 51.18, lon: 71.45 }],
    gatherings: [{ id: 'gathering:sco-2024', org: 'org:sco', series: 'SCO summit', name: 'SCO summit 2024', level: 'summit', city: 'Astana', country: 'KZ', year: 2024 }],
  });
  assert.deepEqual(base.gatheringsAt({ city: 'Nur-Sultan' }).map((g) => g.id), ['gathering:sco-2024']);
  assert.deepEqual(base.gatheringsAt({ city: 'city:kz-astana', level: 'summit' }).map((g) => g.id), ['gathering:sco-2024']);
  assert.deepEqual(base.gatheringsAt({ city: 'Moscow' }), []);
});

test('anniversaryOf picks the pair of countries named, or the organization', () => {
  assert.equal(kb.anniversaryOf('the 75th anniversary of diplomatic relations between China and Russia')?.id, 'anniv:cn-ru-diplomatic-relations');
  assert.equal(kb.anniversaryOf('the 45th anniversary of diplomatic relations', ['CN', 'US'])?.id, 'anniv:cn-us-diplomatic-relations');
  assert.equal(kb.anniversaryOf('the 20th anniversary of the founding of the SCO')?.id, 'anniv:sco-founding');
  assert.equal(kb.anniversaryOf('diplomatic relations with France'), undefined);
  assert.equal(kb.anniversaryOf('the 10th anniversary of the bridge'), undefined);
  assert.equal(kb.anniversaryOf('the cofounding members of the SCO'), undefined); // keys are whole words
});

test('stats counts records and roles', () => {
  assert.deepEqual(kb.stats(), { people: 4, roles: 5, organizations: 1, countries: 6, cities: 7, gatherings: 1, anniversaries: 3 });
});

test('title synonyms keep different posts apart', () => {
  const base = buildKnowledgeBase({
    ...FIXTURE,
    people: [
      { id: 'person:a', name: 'Party Leader', aliases: [], country: 'CN', roles: [{ title: 'general secretary', of: 'CN', from: '2012' }] },
      { id: 'person:b', name: 'Un Chief', aliases: [], country: 'PT', roles: [{ title: 'secretary-general', of: 'org:un', from: '2017' }] },
    ],
  });
  assert.deepEqual(base.holderOf('general secretary', 'CN', '2020').map((p) => p.id), ['person:a']);
  assert.deepEqual(base.holderOf('secretary-general', 'CN', '2020'), []);
  assert.deepEqual(base.holderOf('Secretary General', 'org:un', '2020').map((p) => p.id), ['person:b']);
});

test('entitiesNamed finds every entity by a name, ignoring case, most salient first', () => {
  assert.deepEqual(kb.entitiesNamed('lavrov').map((m) => m.id), ['person:sergey-lavrov', 'city:xx-lavrov']);
  assert.deepEqual(kb.entitiesNamed('SINO').map((m) => [m.id, m.form]), [['CN', 'adjective']]);
  assert.deepEqual(kb.entitiesNamed('Narnia'), []);
});
