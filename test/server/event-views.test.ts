import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptsAround } from '../../src/server/event-views.js';

const text = 'First paragraph says nothing.\nWang met Lavrov in Tashkent. They talked.\nFiller line.\nLavrov said it went well.';
const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

test('one excerpt per paragraph holding evidence, cut at the paragraph', () => {
  const ex = excerptsAround(text, [span('Lavrov said it went well.'), span('Wang met Lavrov in Tashkent.')]);
  assert.deepEqual(ex.map((e) => e.text), ['Wang met Lavrov in Tashkent. They talked.', 'Lavrov said it went well.']);
  for (const e of ex) for (const h of e.highlights) assert.equal(text.slice(h.start, h.end), e.text.slice(h.start - e.offset, h.end - e.offset));
});

test('spans in the same paragraph share one excerpt', () => {
  const ex = excerptsAround(text, [span('Wang met'), span('They talked.')]);
  assert.equal(ex.length, 1);
  assert.equal(ex[0]!.highlights.length, 2);
});

test('spans outside the text are dropped, not sliced', () => {
  assert.deepEqual(excerptsAround(text, [{ start: 5, end: 5 }, { start: 90, end: 9999 }, { start: -1, end: 3 }]), []);
});

test('a long paragraph is cut to the context around the span', () => {
  const long = `${'x'.repeat(1000)} Needle here. ${'y'.repeat(1000)}`;
  const s = { start: long.indexOf('Needle'), end: long.indexOf('Needle') + 13 };
  const [ex] = excerptsAround(long, [s]);
  assert.ok(ex!.text.length < 700 && ex!.text.includes('Needle here.'));
});
