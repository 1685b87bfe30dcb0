// A DEBUGGING set, not a measure: a fourteenth set of hand-written articles (fourteenth-articles.ts) aimed at hard
// structure (multi-stop tours, delegations, multilateral signings, transcripts with "I", "we" and "you", calls reported
// by both sides, datelines without a year, plans that do or do not materialise), written blind to the events stage's
// rules, to its output and to the articles of the other sets, read by the whole pipeline with the real knowledge base
// and scored with the evaluation scorer's rules. Its keys were final before it was first scored and were not changed
// afterwards. The team debugs on it, so its score after that says little about text nobody has tuned for: to measure,
// write another set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { FOURTEENTH_ALIASES, FOURTEENTH_ARTICLES } from './fourteenth-articles.js';

/** Event F1 (full) last recorded (43.8 when the set was first scored, with final keys: P 49.5, R 39.2; tp 51, fp 52,
 * fn 79; 130 required and 47 optional keyed events over 18 articles; 71.5 at the end of that session, its failures read); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.715;

measuredSetTests('fourteenth', FOURTEENTH_ARTICLES, FOURTEENTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
