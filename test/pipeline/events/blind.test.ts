// A fifth set of hand-written articles (blind-articles.ts), written blind to the stage's rules after the
// generalization, held-out, fresh and unseen sets had all been used for tuning, read by the whole pipeline with the
// real knowledge base and scored with the evaluation scorer's rules. Its failures have since been read for debugging:
// it is a regression set now; the sealed set is the blind measure.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { measuredSetTests } from './event-scoring.js';
import { BLIND_ALIASES, BLIND_ARTICLES } from './blind-articles.js';

/** Event F1 (full) last recorded (64.8 when the set was written, 68.0 after rules made from the other sets, 81.8 after its
 * own failures were read in the next session, 82.1 at the end of the session after, 83.3 at the end of the next); lower is a regression. */
const BASELINE_EVENT_F1_FULL = 0.833;

measuredSetTests('blind', BLIND_ARTICLES, BLIND_ALIASES, BASELINE_EVENT_F1_FULL, loadKnowledgeBase());
