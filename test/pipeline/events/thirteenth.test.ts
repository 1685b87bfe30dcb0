// The team's measure of the events stage: a thirteenth set of hand-written articles (thirteenth-articles.ts), written
// blind to the system's source, to its output and to the articles of the twelve other sets, read by the whole pipeline
// with the real knowledge base and scored with the evaluation scorer's rules. Its keys were final before it was first
// scored and were not changed afterwards; the test prints only the set's total, never which events are missed, and
// nobody reads its articles or its failures. Do not tune on it: when it is used for debugging, write another set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { THIRTEENTH_ALIASES, THIRTEENTH_ARTICLES } from './thirteenth-articles.js';

/** Event F1 (full) last recorded (56.2 when the set was first scored, with final keys: P 60.1, R 52.7; tp 98, fp 65,
 * fn 88; 186 required and 50 optional keyed events over 24 articles; 60.6 at the end of that session, with none of its failures read); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.605;

measuredSetTests('thirteenth', THIRTEENTH_ARTICLES, THIRTEENTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
