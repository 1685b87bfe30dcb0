// A tenth set of hand-written articles (tenth-articles.ts), written blind to the events stage's rules, to its output and
// to the articles of the other sets, read by the whole pipeline with the real knowledge base and scored with the
// evaluation scorer's rules. Its keys were final before it was first scored and were not changed afterwards. It is a
// DEBUGGING set, not a measure: the team reads its misses and fixes the general reading errors they show (rules that
// hold for other articles too, tested on sentences of their own), so its score after the first says little about
// unseen text; when a measure is needed, write another set.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { TENTH_ALIASES, TENTH_ARTICLES } from './tenth-articles.js';

/** Event F1 (full) last recorded (50.6 when the set was first scored, with final keys: P 50.8, R 50.4; tp 65, fp 63,
 * fn 64; 129 required and 49 optional keyed events over 16 articles; 67.5 at the end of the session that debugged on it, 71.3 at the end of the next); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.713;

measuredSetTests('tenth', TENTH_ARTICLES, TENTH_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
