import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, valuesOf } from './helpers.js';

// Friday 20 February 2026.
const REF = '2026-02-20';

test('today, yesterday and tomorrow are days', () => {
  assert.deepEqual(valuesOf(datesOf('Talks open today; envoys arrived yesterday and leave tomorrow.', REF)), ['2026-02-20', '2026-02-19', '2026-02-21']);
});

test('last week within one month gives that month', () => {
  assert.deepEqual(valuesOf(datesOf('Senators visited Odesa last week.', REF)), ['2026-02']);
});

test('a week across two months gives only the year', () => {
  // Week of Monday 26 January to Sunday 1 February.
  assert.deepEqual(valuesOf(datesOf('They met last week.', '2026-02-03')), ['2026']);
});

test('next month and this year', () => {
  assert.deepEqual(valuesOf(datesOf('He visits next month; this year is busy.', REF)), ['2026-03', '2026']);
});

test('two years ago is a year', () => {
  assert.deepEqual(valuesOf(datesOf('The pact was signed two years ago.', REF)), ['2024']);
});

test('no reference date, no relative period', () => {
  assert.deepEqual(valuesOf(datesOf('They met last week.', null)), []);
});

test('"last May", "next March", "this April" are counted from the reference month', () => {
  // Reference: 10 March 2025.
  assert.deepEqual(valuesOf(datesOf('Putin visited China last May.', '2025-03-10')), ['2024-05']);
  assert.deepEqual(valuesOf(datesOf('Last March the talks failed.', '2025-03-10')), ['2024-03']);
  assert.deepEqual(valuesOf(datesOf('He will return next March.', '2025-03-10')), ['2026-03']);
  assert.deepEqual(valuesOf(datesOf('It rained this April.', '2025-03-10')), ['2025-04']);
  // "may" the verb is no month.
  assert.deepEqual(valuesOf(datesOf('They may meet at last.', '2025-03-10')), []);
});
