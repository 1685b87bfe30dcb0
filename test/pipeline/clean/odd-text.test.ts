import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../src/core/doc.js';
import { clean } from '../../../src/pipeline/clean/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { smallKb } from './kb-fixture.js';

// Odd text never makes clean or segment throw, and every range they produce stays
// inside the text it points into. Pieces are drawn with a fixed-seed generator.
const PIECES = [
  'Lavrov', ' ', '  ', '\n', '\n\n', '\r\n', '.', '. ', 'U.S.', 'Mr.', 'once morest', 'líder', '433', '0', 'Share',
  '#tag', '2024-07-08 04:55:57', 'TASHKENT: ', 'MOSCOW, Feb 10 (Reuters) - ', '“', '”', '?', '!', '\u00a0', '\t', '😀', '\uFFFD',
  'Photo: Reuters', 'Our Standards:', 'Reporting by A; Editing by B', '[](https://x.org/a)', '_', '**', 'Wang Yi met Sergey Lavrov.',
];

function* oddTexts(count: number): Generator<string> {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * 60);
    let s = '';
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)];
    yield s;
  }
}

test('odd text: clean and segment never throw and keep every range in bounds', () => {
  const kb = smallKb();
  let checked = 0;
  for (const text of oddTexts(400)) {
    const doc = createDoc({ id: 'odd', text });
    clean(doc, { kb });
    segment(doc, { kb });
    assert.equal(doc.raw, text);
    for (const p of doc.paragraphs) assert.ok(p.start >= 0 && p.start < p.end && p.end <= doc.text.length);
    for (const s of doc.sentences) {
      const p = doc.paragraphs[s.paragraph]!;
      assert.ok(s.range.start >= p.start && s.range.end <= p.end && s.range.start < s.range.end, JSON.stringify(text));
    }
    for (let i = 0; i <= doc.text.length; i++) {
      const r = doc.offsets.toRaw(i);
      assert.ok(r >= 0 && r <= text.length);
    }
    for (const piece of doc.offsets.pieces) {
      if (piece.cleanLength !== piece.rawLength) continue;
      assert.equal(doc.text.slice(piece.clean, piece.clean + piece.cleanLength), text.slice(piece.raw, piece.raw + piece.rawLength));
    }
    for (const d of doc.diagnostics) if (d.span) assert.ok(d.span.start >= 0 && d.span.end <= text.length);
    checked++;
  }
  assert.equal(checked, 400);
});
