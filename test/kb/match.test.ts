import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { FIXTURE } from './fixture.js';

const kb = buildKnowledgeBase(FIXTURE);
/** Each match as "surface=id", in text order. */
const found = (text: string) => kb.match(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);

test('matches names, acronyms, adjectives and seats at word boundaries', () => {
  assert.deepEqual(found('Sergey Lavrov met Chinese officials of the SCO as the Kremlin said.'), [
    'Sergey Lavrov=person:sergey-lavrov', 'Chinese=CN', 'SCO=org:sco', 'the Kremlin=RU',
  ]);
  assert.deepEqual(found('Sino-Russian ties'), ['Sino=CN', 'Russian=RU']);
  assert.deepEqual(found('Chinaware and Lavrovich and XSCO'), []);
});

test('longest match wins and matches do not overlap', () => {
  const ms = kb.match('Shanghai Cooperation Organization members');
  assert.equal(ms.length, 1);
  assert.equal(ms[0]!.id, 'org:sco');
  assert.equal(ms[0]!.end, 'Shanghai Cooperation Organization'.length);
});

test('case rules: short, all-caps and one-word aliases need their case', () => {
  assert.deepEqual(found('Xi said'), ['Xi=person:xi-jinping']);
  assert.deepEqual(found('xi said; the sco; us and them'), []);
  assert.deepEqual(found('MOSCOW, July 3'), ['MOSCOW=city:ru-moscow']);
  assert.deepEqual(found('U.S. and US officials'), ['U.S.=US', 'US=US']);
  assert.deepEqual(found('the chad of a ballot'), []);
});

test('ambiguous names are flagged; common-word places are not matched at a sentence start', () => {
  const chad = kb.match('Chad said it would join.');
  assert.equal(chad[0]?.id, 'TD');
  assert.equal(chad[0]?.ambiguous, true);
  assert.equal(kb.match('Lavrov spoke.')[0]?.ambiguous, undefined);
  assert.deepEqual(found('Nice to see you.'), []);
  const nice = kb.match('They met in Nice on Monday.');
  assert.equal(nice[0]?.id, 'city:fr-nice');
  assert.equal(nice[0]?.ambiguous, true);
});

test('possessives still match the name', () => {
  assert.deepEqual(found("Lavrov's visit"), ['Lavrov=person:sergey-lavrov']);
  assert.deepEqual(found('Lavrov’s visit'), ['Lavrov=person:sergey-lavrov']);
  assert.deepEqual(found('Lavrov s visit'), ['Lavrov=person:sergey-lavrov']);
});

test('native-script aliases match, Chinese without spaces', () => {
  assert.deepEqual(found('Сергей Лавров прибыл в Москва'), ['Сергей Лавров=person:sergey-lavrov', 'Москва=city:ru-moscow']);
  assert.deepEqual(found('王毅会见习近平'), ['王毅=person:wang-yi', '习近平=person:xi-jinping']);
});

test('shared surfaces go to the most salient entity and list every candidate', () => {
  const lavrov = kb.match('Lavrov arrived')[0]!;
  assert.equal(lavrov.id, 'person:sergey-lavrov'); // the minister, not the small town
  assert.deepEqual(lavrov.candidates, ['person:sergey-lavrov', 'city:xx-lavrov']);
  const moscow = kb.match('in Moscow')[0]!;
  assert.equal(moscow.id, 'city:ru-moscow');
  assert.equal(moscow.form, 'capital');
  assert.equal(moscow.country, 'RU');
});

test('spans point at the text as written', () => {
  const text = 'Talks in  Peking with Wang\nYi.';
  for (const m of kb.match(text)) assert.equal(text.slice(m.start, m.end).replace(/\s+/g, ' '), m.id === 'person:wang-yi' ? 'Wang Yi' : 'Peking');
  assert.equal(kb.match(text).length, 2);
});

test('hyphens and en dashes inside names are optional', () => {
  const base = buildKnowledgeBase({
    ...FIXTURE,
    cities: [{ id: 'city:kz-astana', name: 'Astana', aliases: ['Nur-Sultan'], country: 'KZ', lat: 51.18, lon: 71.45 }],
  });
  const ids = (text: string) => base.match(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
  assert.deepEqual(ids('in Nur-Sultan and Nur Sultan and Nur–Sultan'), [
    'Nur-Sultan=city:kz-astana', 'Nur Sultan=city:kz-astana', 'Nur–Sultan=city:kz-astana',
  ]);
  assert.deepEqual(ids('nur-sultan'), []);
  assert.deepEqual(ids('Sino-Russian and Chinese-American'), ['Sino=CN', 'Russian=RU', 'Chinese=CN', 'American=US']);
});
