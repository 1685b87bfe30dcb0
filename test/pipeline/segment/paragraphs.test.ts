import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs } from '../../../src/pipeline/segment/index.js';

const paragraphsOf = (text: string): string[] => findParagraphs(text).map((p) => text.slice(p.start, p.end));

test('paragraphs: one per line in web copies (single newlines)', () => {
  assert.deepEqual(paragraphsOf('Title\n\nFirst paragraph.\nSecond paragraph.\n'), ['Title', 'First paragraph.', 'Second paragraph.']);
});

test('paragraphs: blank-line separated blocks', () => {
  assert.deepEqual(paragraphsOf('  One.  \n\n\nTwo.\r\n\r\nThree.'), ['One.', 'Two.', 'Three.']);
});

test('paragraphs: hard-wrapped blocks are joined', () => {
  const text = [
    'The foreign ministers of China and Russia met on the',
    'sidelines of the meeting in Tashkent and agreed to',
    'strengthen coordination in multilateral affairs and',
    'support the central role of the UN.',
    '',
    'Both sides spoke positively of the development of the',
    'organization and pledged to support Uzbekistan.',
  ].join('\n');
  const got = paragraphsOf(text);
  assert.equal(got.length, 2);
  assert.ok(got[0]!.startsWith('The foreign') && got[0]!.endsWith('the UN.'));
});

test('paragraphs: empty and blank texts have none', () => {
  assert.deepEqual(findParagraphs(''), []);
  assert.deepEqual(findParagraphs(' \n\n \t\n'), []);
});
