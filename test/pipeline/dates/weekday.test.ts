import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, valuesOf } from './helpers.js';

// Monday 8 July 2024.
const REF = '2024-07-08';

test('a weekday in a past-tense report resolves backwards', () => {
  assert.deepEqual(valuesOf(datesOf('Putin declared on Wednesday that ties were strong.', REF)), ['2024-07-03']);
});

test('a weekday in a future clause resolves forwards', () => {
  assert.deepEqual(valuesOf(datesOf('The ministers will meet on Wednesday.', REF)), ['2024-07-10']);
});

test('the reference weekday itself is the reference day', () => {
  assert.deepEqual(valuesOf(datesOf('The envoy met his counterpart on Monday.', REF)), ['2024-07-08']);
});

test('"was scheduled to ... on Wednesday" is a plan', () => {
  assert.deepEqual(valuesOf(datesOf('On Wednesday, Duterte was scheduled to visit a ship.', REF)), ['2024-07-10']);
});

test('without a reference date a weekday gives nothing', () => {
  assert.deepEqual(valuesOf(datesOf('They met on Monday.', null)), []);
});

test('"set for Friday" is the coming Friday', () => {
  // Reference: Wednesday 12 March 2025.
  assert.deepEqual(valuesOf(datesOf('The talks are set for Friday.', '2025-03-12')), ['2025-03-14']);
  assert.deepEqual(valuesOf(datesOf('The talks were held on Friday.', '2025-03-12')), ['2025-03-07']);
});

test('a motion verb in an aside is past ("who flew in on Wednesday, said he would"); "to be received on Wednesday" is a plan', () => {
  assert.deepEqual(valuesOf(datesOf('The minister, who flew into Apia on Wednesday, said he would not apologise.', REF)), ['2024-07-03']);
  assert.deepEqual(valuesOf(datesOf('The minister is scheduled to be received by the king on Wednesday.', REF)), ['2024-07-10']);
});

test('"on Monday last week", "on Friday next week": the weekday of the week named after it', () => {
  // The reference is Monday 8 July 2024.
  assert.deepEqual(valuesOf(datesOf('The two leaders spoke on Wednesday last week.', REF)), ['2024-07-03']);
  assert.deepEqual(valuesOf(datesOf('The two leaders will speak on Friday next week.', REF)), ['2024-07-19']);
  // "last week" alone is the week's month.
  assert.deepEqual(valuesOf(datesOf('The two leaders spoke last week.', REF)), ['2024-07']);
});

test('a past verb right after the weekday is its tense, whatever plan the clause names later', () => {
  assert.deepEqual(valuesOf(datesOf('The premier on Wednesday met party leaders to prepare for next year\'s election.', REF)), ['2024-07-03', '2025']);
  // "was due to" keeps the plan's tense.
  assert.deepEqual(valuesOf(datesOf('The premier on Wednesday was due to meet party leaders.', REF)), ['2024-07-10']);
});

test('"Later on Monday Vance met" is that day though a name follows the weekday; "the Sunday Times reported" names no day', () => {
  assert.deepEqual(valuesOf(datesOf('Earlier the envoy spoke. Later on Monday Vance also met the president.', REF)), ['2024-07-08']);
  assert.deepEqual(valuesOf(datesOf('The envoy spoke, the Sunday Times reported.', REF)), []);
});
