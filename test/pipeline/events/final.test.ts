// A sixth set of hand-written articles (final-articles.ts), written blind to the stage's rules after the other five
// sets had all been used for tuning or checking, read by the whole pipeline with the real knowledge base and scored
// with the evaluation scorer's rules. It was the blind measure until its failures were read for debugging (after the
// sealed set was written to take its place); it is now a regression set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { FINAL_ALIASES, FINAL_ARTICLES } from './final-articles.js';

/** Event F1 (full) last recorded (56.2 when the set was written, 74.9 after its failures were read in the next
 * session, 77.4 at the end of the session after, when transcripts' "I" cost one visit read right by chance; 78.4 at the end of the next); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.783;

measuredSetTests('final', FINAL_ARTICLES, FINAL_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
