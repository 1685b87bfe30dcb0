import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutIntoPieces } from '../../web/src/components/highlighted-text.js';
import { wordHits } from '../../web/src/pages/quotes.js';

// The UI's highlighting, without a browser: how text is cut where facts overlap.
test('overlapping highlights cut the text at every border, each piece knowing what covers it', () => {
  const pieces = cutIntoPieces(20, [
    { start: 2, end: 10, kind: 'event' },
    { start: 5, end: 15, kind: 'quote' },
  ]);
  assert.deepEqual(pieces.map((p) => [p.start, p.end, p.covering.map((h) => h.kind).join('+')]), [
    [0, 2, ''], [2, 5, 'event'], [5, 10, 'event+quote'], [10, 15, 'quote'], [15, 20, ''],
  ]);
});

test('spans outside the text or empty are ignored, so bad evidence never breaks a page', () => {
  const pieces = cutIntoPieces(10, [{ start: 4, end: 4, kind: 'x' }, { start: 8, end: 30, kind: 'x' }, { start: -2, end: 3, kind: 'x' }]);
  assert.deepEqual(pieces.map((p) => [p.start, p.end, p.covering.length]), [[0, 10, 0]]);
});

test('searched words are found case-insensitively, every occurrence', () => {
  const text = 'Peace talks, then more peace.';
  assert.deepEqual(wordHits(text, 'peace').map((h) => text.slice(h.start, h.end)), ['Peace', 'peace']);
  assert.deepEqual(wordHits(text, 'war'), []);
});
