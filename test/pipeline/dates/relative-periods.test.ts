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

test('parts of a year ("the second half of the year", "by the end of next year", "next summer") give the year only', () => {
  assert.deepEqual(valuesOf(datesOf('The minister is due in Lisbon in the second half of the year.', REF)), ['2026']);
  assert.deepEqual(valuesOf(datesOf('A deal is expected by the end of next year.', REF)), ['2027']);
  // Seasons are counted from the reference month: in February, next summer is this year's; in August, next year's.
  assert.deepEqual(valuesOf(datesOf('They will meet again next summer.', REF)), ['2026']);
  assert.deepEqual(valuesOf(datesOf('They will meet again next summer.', '2026-08-10')), ['2027']);
  assert.deepEqual(valuesOf(datesOf('The envoys met last autumn.', REF)), ['2025']);
  // A half or an end of something else is no date.
  assert.deepEqual(valuesOf(datesOf('The second half of the match was dull; the end of the road is near.', REF)), []);
});

test('"in the spring" is the story year\'s spring, known to the year only', () => {
  assert.deepEqual(valuesOf(datesOf('The two ministers last met in Moscow in the spring.', '2025-11-11')), ['2025']);
  // A season no word places is no date.
  assert.deepEqual(valuesOf(datesOf('Spring is a busy season for diplomats.', '2025-11-11')), []);
});

test('"later this week" said on a Sunday is the days to come; "earlier this week" the days gone by', () => {
  // Sunday 5 November 2017: the week Monday 30 October - Sunday 5 November spans two months.
  assert.deepEqual(valuesOf(datesOf('The leaders will meet later this week.', '2017-11-05')), ['2017-11']);
  assert.deepEqual(valuesOf(datesOf('The leaders met earlier this week.', '2017-11-05')), ['2017']);
  // "this week" alone is the whole week: only the year is sure.
  assert.deepEqual(valuesOf(datesOf('The leaders meet this week.', '2017-11-05')), ['2017']);
});
