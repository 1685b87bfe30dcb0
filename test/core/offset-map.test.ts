import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap } from '../../src/core/offset-map.js';

test('identity map returns the same offsets', () => {
  const m = OffsetMap.identity(10);
  assert.deepEqual(m.rangeToRaw({ start: 2, end: 7 }), { start: 2, end: 7 });
});

test('dropped raw text shifts later offsets', () => {
  // raw: "AAA xxx BBB" → clean: "AAA BBB" (dropped "xxx ")
  const m = new OffsetMap([
    { clean: 0, raw: 0, cleanLength: 4, rawLength: 4 },
    { clean: 4, raw: 8, cleanLength: 3, rawLength: 3 },
  ]);
  const raw = 'AAA xxx BBB';
  const span = m.rangeToRaw({ start: 4, end: 7 });
  assert.equal(raw.slice(span.start, span.end), 'BBB');
  const all = m.rangeToRaw({ start: 0, end: 7 });
  assert.deepEqual(all, { start: 0, end: 11 });
});

test('a replaced run maps as a whole', () => {
  // raw: "not once morest anyone" → clean: "not against anyone"
  const raw = 'not once morest anyone';
  const m = new OffsetMap([
    { clean: 0, raw: 0, cleanLength: 4, rawLength: 4 },
    { clean: 4, raw: 4, cleanLength: 7, rawLength: 11 },
    { clean: 11, raw: 15, cleanLength: 7, rawLength: 7 },
  ]);
  const s = m.rangeToRaw({ start: 4, end: 11 });
  assert.equal(raw.slice(s.start, s.end), 'once morest');
  const t = m.rangeToRaw({ start: 12, end: 18 });
  assert.equal(raw.slice(t.start, t.end), 'anyone');
});
