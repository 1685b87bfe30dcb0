import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentMatches } from '../../src/kb/recent-matches.js';
import type { KbMatch } from '../../src/kb/types.js';

const MATCH: KbMatch = { start: 0, end: 6, kind: 'city', id: 'city:ru-moscow', alias: 'Moscow', candidates: ['a', 'b'] };

test('a text asked again is answered from memory, with a fresh copy each time', () => {
  let computed = 0;
  const recent = new RecentMatches(() => (computed++, [{ ...MATCH, candidates: [...MATCH.candidates!] }]));
  const first = recent.get('Moscow said');
  first[0]!.id = 'changed';
  first[0]!.candidates!.push('c');
  const second = recent.get('Moscow said');
  assert.equal(computed, 1);
  assert.deepEqual(second, [MATCH]);
  assert.notEqual(first, second);
});

test('the oldest text is forgotten when full, and long texts are not kept', () => {
  let computed = 0;
  const recent = new RecentMatches(() => (computed++, []), 2, 10);
  recent.get('a');
  recent.get('b');
  recent.get('c'); // forgets "a"
  recent.get('b');
  assert.equal(computed, 3);
  recent.get('a');
  assert.equal(computed, 4);
  recent.get('a text longer than ten');
  recent.get('a text longer than ten');
  assert.equal(computed, 6);
});
