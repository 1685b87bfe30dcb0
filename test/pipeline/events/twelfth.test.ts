// A debugging set for the events stage: a twelfth set of hand-written articles (twelfth-articles.ts), written blind to
// the stage's rules, to its output and to the articles of the other sets, read by the whole pipeline with the real
// knowledge base and scored with the evaluation scorer's rules. Its keys were final before it was first scored and were
// not changed afterwards; the test prints only the set's total, never which events are missed. Unlike the measured
// sets, this one is written for the team to debug on: its score is not a measure of generalization once it has been
// debugged on (write another set for that).
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { TWELFTH_ALIASES, TWELFTH_ARTICLES } from './twelfth-articles.js';

/** Event F1 (full) last recorded (36.1 when the set was first scored, with final keys: P 39.8, R 33.1; tp 41, fp 62,
 * fn 83; 124 required and 35 optional keyed events over 16 articles; 48.7 at the end of the session that debugged on it, 59.6 at the end of the next); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.596;

measuredSetTests('twelfth', TWELFTH_ARTICLES, TWELFTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
