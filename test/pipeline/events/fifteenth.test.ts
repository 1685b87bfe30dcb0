// A DEBUGGING set of the events stage, not a measure: a fifteenth set of hand-written articles
// (fifteenth-articles.ts), written blind to the pipeline's rules, to its output and to the articles of the fourteen other
// sets, read by the whole pipeline with the real knowledge base and scored with the evaluation scorer's rules. Its keys
// were final before it was first scored and were not changed afterwards. It was written for the team to debug on: once
// its failures have been read, its score no longer says anything about text nobody has tuned for; when a measure is
// needed, write another set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { FIFTEENTH_ALIASES, FIFTEENTH_ARTICLES } from './fifteenth-articles.js';

/** Event F1 (full) last recorded (55.2 when the set was first scored, with final keys: P 62.4, R 49.5; tp 93, fp 56,
 * fn 95; 188 required and 51 optional keyed events over 18 articles; 67.6 at the end of that session, its failures read); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.676;

measuredSetTests('fifteenth', FIFTEENTH_ARTICLES, FIFTEENTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
