// The measure of the events stage for the next work session: an eighth set of hand-written articles
// (eighth-articles.ts), written blind to the stage's rules, to its output and to the articles of the seven other sets
// (generalization, held-out, fresh, unseen, blind, final, sealed), read by the whole pipeline with the real knowledge
// base and scored with the evaluation scorer's rules. Its keys were final before it was first scored and were not
// changed afterwards; the test prints only the set's total, never which events are missed. Do not tune on it: when it
// is used for debugging, write another set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { EIGHTH_ALIASES, EIGHTH_ARTICLES } from './eighth-articles.js';

/** Event F1 (full) last recorded (63.5 when the set was first scored, with final keys: P 66.9, R 60.5; tp 101, fp 50,
 * fn 66; 167 required and 24 optional keyed events over 28 articles; 68.1 at the end of the next session and 72.6 at the end of the one after, with none of its failures read); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.725;

measuredSetTests('eighth', EIGHTH_ARTICLES, EIGHTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
