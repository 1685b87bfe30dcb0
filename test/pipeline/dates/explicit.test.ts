import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, valuesOf } from './helpers.js';

// Monday 8 July 2024.
const REF = '2024-07-08';

test('a full date is read with its stated precision', () => {
  assert.deepEqual(valuesOf(datesOf('The talks were held on July 3, 2024 in Astana.', REF)), ['2024-07-03']);
});

test('a month alone gives only the month, its year from the reference', () => {
  assert.deepEqual(valuesOf(datesOf('In May Putin visited China.', REF)), ['2024-05']);
});

test('"July 3 and 4" is a range', () => {
  assert.deepEqual(valuesOf(datesOf('The summit is held on July 3 and 4 in Astana.', REF)), ['2024-07-03..2024-07-04']);
});

test('"July 3 and 4 percent" is not a range', () => {
  assert.deepEqual(valuesOf(datesOf('Prices rose on July 3 and 4 percent more later.', REF)), ['2024-07-03']);
});

test('a future month takes the coming year when the clause speaks of plans', () => {
  assert.deepEqual(valuesOf(datesOf('He will travel there in January.', REF)), ['2025-01']);
});

test('a past month takes the latest such month on or before the reference', () => {
  assert.deepEqual(valuesOf(datesOf('They met in September.', REF)), ['2023-09']);
});

test('"in October this year" keeps the reference year, and the year words are no date of their own', () => {
  assert.deepEqual(valuesOf(datesOf('The summit to be held in Kazan in October this year.', REF)), ['2024-10']);
  assert.deepEqual(valuesOf(datesOf('They met in September last year.', REF)), ['2023-09']);
  // Alone, the year words are a date.
  assert.deepEqual(valuesOf(datesOf('They met in September, and again last year.', REF)), ['2023-09', '2023']);
});

test('without a reference date a month without a year gives nothing', () => {
  assert.deepEqual(valuesOf(datesOf('In May Putin visited China.', null)), []);
});

test('"may" and "march" as words are not dates', () => {
  assert.deepEqual(valuesOf(datesOf('Protesters may march to the square.', REF)), []);
});

test('a bare year is a year', () => {
  assert.deepEqual(valuesOf(datesOf('Relations improved in 2022 and 1,500 troops left.', REF)), ['2022']);
});

test('a month name used as a surname is not a date', () => {
  assert.deepEqual(valuesOf(datesOf('Juncker praised May s demeanor and PM May, the Briton.', REF)), []);
});

test('durations are not dates', () => {
  assert.deepEqual(valuesOf(datesOf('The first visit in 65 years and the second time in six months.', REF)), []);
});

test('a reporting verb does not set the tense of the clause it reports, only of a date right by it', () => {
  // 23 October 2017: a reported present clause takes the nearest November 2.
  assert.deepEqual(valuesOf(datesOf('Pashinyan said Armenia is ready for talks with Azerbaijan on November 2.', '2017-10-23')), ['2017-11-02']);
  // A reported past clause stays past.
  assert.deepEqual(valuesOf(datesOf('Pashinyan said the two sides met on November 2.', '2017-10-23')), ['2016-11-02']);
  // "said on November 2" dates the saying: past.
  assert.deepEqual(valuesOf(datesOf('Lavrov said on November 2 that talks were possible.', '2017-10-23')), ['2016-11-02']);
});

test('"could meet ... in November" is a possibility ahead, even under a past-tense report', () => {
  assert.deepEqual(valuesOf(datesOf('The two leaders could meet at the G20 summit in November, but nothing has been arranged, an official said.', REF)), ['2024-11']);
  assert.deepEqual(valuesOf(datesOf('They met in May, an official said.', REF)), ['2024-05']);
});

test('a part of a named day is that day: "Wednesday morning", "the evening of July 3"', () => {
  assert.deepEqual(valuesOf(datesOf('The call took place on Wednesday morning.', REF)), ['2024-07-03']);
  assert.deepEqual(valuesOf(datesOf('They met on the evening of July 3 in Astana.', REF)), ['2024-07-03']);
  // "this morning" is the reference day (read as a period), and a bare part of a day is no date.
  assert.deepEqual(valuesOf(datesOf('They met this morning.', REF)), ['2024-07-08']);
  assert.deepEqual(valuesOf(datesOf('They met in the morning.', REF)), []);
});

test('dotted dates are day first: "12.03.2025" is 12 March', () => {
  assert.deepEqual(valuesOf(datesOf('The talks took place on 12.03.2025 in Moscow.', REF)), ['2025-03-12']);
  assert.deepEqual(valuesOf(datesOf('Nothing happened on 31.02.2025.', REF)), []);
});

test('"called off a planned trip in January": the adjective "planned" says nothing of the tense; "is planned for January" does', () => {
  assert.deepEqual(valuesOf(datesOf('The president called off a planned trip to Washington in January after the row.', REF)), ['2024-01']);
  assert.deepEqual(valuesOf(datesOf('The trip to Washington is planned for January.', REF)), ['2025-01']);
});
