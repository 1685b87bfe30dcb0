import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, valuesOf } from './helpers.js';
import { ordinalValue } from '../../../src/pipeline/dates/ordinal.js';

const anniversaries = [{
  id: 'anniv:cn-ru-relations',
  what: 'establishment of diplomatic relations between China and Russia',
  keys: ['diplomatic relations'],
  date: '1949-10-02',
  countries: ['CN', 'RU'],
}];

const countries = [
  { code: 'CN', name: 'China', aliases: [], adjectives: ['Chinese'] },
  { code: 'RU', name: 'Russia', aliases: [], adjectives: ['Russian'] },
];

test('the Nth anniversary of a known origin gives origin + N', () => {
  const doc = datesOf('This year marks the 75th anniversary of diplomatic relations between China and Russia.', null, { anniversaries, countries });
  assert.deepEqual(valuesOf(doc), ['2024']);
  assert.equal(doc.dates[0]?.how, 'anniversary');
});

test('"the Nth anniversary of this victory" counts from the origin the article last named', () => {
  const history = [...anniversaries, { id: 'anniv:khalkhin-gol', what: 'victory at Khalkhin Gol', keys: ['khalkhin gol'], date: '1939-08-31' },
    { id: 'anniv:victory-day', what: 'Victory Day', keys: ['victory'], date: '1945-05-09' }];
  const doc = datesOf('In 2019 we marked the 80th anniversary of the victory at Khalkhin Gol. This year we mark the 85th anniversary of this victory.', null, { anniversaries: history, countries });
  assert.deepEqual(doc.dates.filter((d) => d.how === 'anniversary').map((d) => d.value), ['2019', '2024']);
  // With no anniversary named before, "this victory" is read by its own words.
  const alone = datesOf('This year we mark the 85th anniversary of this victory.', null, { anniversaries: history, countries });
  assert.deepEqual(alone.dates.filter((d) => d.how === 'anniversary').map((d) => d.value), []);
});

test('an unknown anniversary gives no year', () => {
  const doc = datesOf('It was the 10th anniversary of the founding of the club.', null, { anniversaries, countries });
  assert.equal(doc.dates.find((d) => d.how === 'anniversary'), undefined);
});

test('ordinals numeric and spelled out', () => {
  assert.equal(ordinalValue('75th'), 75);
  assert.equal(ordinalValue('seventy-fifth'), 75);
  assert.equal(ordinalValue('twentieth'), 20);
  assert.equal(ordinalValue('many'), null);
});
