// The fresh measure of the events stage: hand-written articles (fresh-articles.ts) written after the stage had been
// tuned on the generalization and held-out sets, read by the whole pipeline with the real knowledge base and scored
// with the evaluation scorer's rules (event-scoring.ts). It prints the set's event F1 (full) and guards against
// regressions; it never lists which events are missed, so that the set stays an unbiased estimate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { assertKeysWellFormed, eventScorer, formatScore, pipelineRecords, scoreSet } from './event-scoring.js';
import { FRESH_ALIASES, FRESH_ARTICLES } from './fresh-articles.js';

/** Event F1 (full) of the fresh set when it was written (38 full matches, 62 reported, 74 in the key: 76/136); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.631;

const kb = loadKnowledgeBase();

test('events fresh: the set\'s event F1 (full) does not fall below its baseline', (t) => {
  const score = scoreSet(FRESH_ARTICLES, pipelineRecords(kb), eventScorer(FRESH_ALIASES));
  t.diagnostic(`fresh ${formatScore(score)} over ${FRESH_ARTICLES.length} articles`);
  assert.ok(score.tp + score.fn > 0, 'the fresh key has no required events');
  assert.ok(score.f1 >= BASELINE_EVENT_F1_FULL - 1e-9, `event F1 (full) ${score.f1.toFixed(3)} fell below ${BASELINE_EVENT_F1_FULL}`);
});

test('events fresh: every key participant is a person of the knowledge base by its canonical name, or a country', () => {
  assertKeysWellFormed(kb, FRESH_ARTICLES);
});

test('events fresh: article names are unique and every article has text', () => {
  const names = FRESH_ARTICLES.map((a) => a.name);
  assert.equal(new Set(names).size, names.length);
  for (const a of FRESH_ARTICLES) assert.ok(a.text.trim().length > 0, `${a.name}: empty text`);
});
