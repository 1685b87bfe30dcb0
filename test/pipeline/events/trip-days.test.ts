import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysLong } from '../../../src/pipeline/events/trip-days.js';
import { shiftIsoDay } from '../../../src/pipeline/dates/calendar.js';

test('how many days a stay lasted: "two-day", "10-day", "week-long"; none when not said', () => {
  assert.equal(daysLong('arrived on Sunday for a two-day visit'), 2);
  assert.equal(daysLong('a 10-day tour of Africa'), 10);
  assert.equal(daysLong('a week-long trip'), 7);
  assert.equal(daysLong('a visit on Monday'), null);
});

test('an ISO day shifted across a month\'s end; a month is left as it was', () => {
  assert.equal(shiftIsoDay('2024-02-28', 2), '2024-03-01');
  assert.equal(shiftIsoDay('2025-01-01', -1), '2024-12-31');
  assert.equal(shiftIsoDay('2025-01', 3), '2025-01');
});
