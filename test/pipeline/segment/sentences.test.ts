import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs, splitSentences } from '../../../src/pipeline/segment/index.js';

const sentencesOf = (text: string): string[] =>
  findParagraphs(text).flatMap((p) => splitSentences(text, p).map((s) => text.slice(s.start, s.end)));

const cases: [string, string, string[]][] = [
  ['title abbreviations', 'Mr. Smith met Dr. Jones. Gen. Milley left.', ['Mr. Smith met Dr. Jones.', 'Gen. Milley left.']],
  ['dotted acronym before a name', 'The U.S. President met U.N. envoys. They talked.', ['The U.S. President met U.N. envoys.', 'They talked.']],
  ['dotted acronym ends a sentence', 'He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
  ['month before a number', 'The Nov. 3-14 trip starts on Jan. 5 in St. Petersburg. It ends.', ['The Nov. 3-14 trip starts on Jan. 5 in St. Petersburg.', 'It ends.']],
  ['initials', 'H.R. McMaster and John F. Kennedy spoke. Then lunch.', ['H.R. McMaster and John F. Kennedy spoke.', 'Then lunch.']],
  ['numbering only before a number', 'It was resolution No. 5 that passed. He said no. Then he left.', ['It was resolution No. 5 that passed.', 'He said no.', 'Then he left.']],
  ['glued sentences', 'It helps development.Russia and China agreed.', ['It helps development.', 'Russia and China agreed.']],
  ['domain names are not glued sentences', 'Read it on reuters.com today. Fine.', ['Read it on reuters.com today.', 'Fine.']],
  ['removed quotation marks (double spaces)', 'It was said.  We would like to see more,  the official said.', ['It was said.', 'We would like to see more,  the official said.']],
  ['question in quotes before the speech verb', '“Are you ready?” he asked. She was.', ['“Are you ready?” he asked.', 'She was.']],
  ['stray full stop before a comma', 'It met at the SCO summit. , which is held in Astana. Then it ended.', ['It met at the SCO summit. , which is held in Astana.', 'Then it ended.']],
  ['times of day', 'It starts at 10 a.m. Tuesday in Geneva. It ended at 5 p.m. The talks resumed.', ['It starts at 10 a.m. Tuesday in Geneva.', 'It ended at 5 p.m.', 'The talks resumed.']],
  ['acronym before removed quote mark breaks', 'They met in the U.S.  We will go, he said.', ['They met in the U.S.', 'We will go, he said.']],
];

for (const [name, text, want] of cases) {
  test(`sentences: ${name}`, () => assert.deepEqual(sentencesOf(text), want));
}

test('sentences never cross paragraphs', () => {
  const text = 'First line without a stop\nSecond line. Another one.';
  const paragraphs = findParagraphs(text);
  assert.equal(paragraphs.length, 2);
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p)) assert.ok(s.start >= p.start && s.end <= p.end);
  }
  assert.deepEqual(sentencesOf(text), ['First line without a stop', 'Second line.', 'Another one.']);
});

test('a long paragraph is split in windows without losing text', () => {
  const text = 'The ministers met in Tashkent and talked for hours. '.repeat(2000).trim();
  const sentences = splitSentences(text, { start: 0, end: text.length });
  assert.equal(sentences.length, 2000);
  assert.ok(sentences.every((s) => text.slice(s.start, s.end) === 'The ministers met in Tashkent and talked for hours.'));
});
