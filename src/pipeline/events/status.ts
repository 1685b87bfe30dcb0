import cues from '../../../data/lexicon/status-cues.json' with { type: 'json' };
import type { EventStatus } from '../../core/types.js';

const compile = (list: string[]): RegExp => new RegExp(String.raw`\b(?:${list.join('|')})\b`, 'i');
const CANCELLED = compile(cues.cancelled);
const POSTPONED = compile(cues.postponed);
const PLANNED = compile(cues.planned);
const REFUSED = compile(cues.refused);

/** "Abbas refused a meeting with Pence", "declined to meet": an engagement that is not happening at all. */
export const isRefused = (clause: string): boolean => REFUSED.test(clause);
const WILLING = compile(cues.willing);
/** "Russia's readiness to engage in peace talks with Ukraine": a stance, not an engagement being arranged. */
export const isOnlyWilling = (clause: string): boolean => WILLING.test(clause);
const MOVED_FROM = /\b(?:postponed|delayed|rescheduled|put off|pushed back|moved)\s+from\b/gi;
// Cues that a planned-looking clause reports something done: "had planned to", "was expected to ... but".
const PAST_OVERRIDE = /\b(?:met|held|visited|signed|spoke|called|telephoned|arrived|landed|talked|hosted|received|welcomed|greeted|sat down|phoned|traveled|travelled|flew|was|were)\b/i;

/**
 * Status from the words of the event's clause: from just before its subject
 * to just after its trigger (where "will", "to be held", "next month" sit),
 * then the date: a resolved date after the reference day makes it planned,
 * one before makes it occurred.
 */
export function statusOf(clause: string, triggerText: string, date: string | null, reference: string | null): EventStatus {
  if (CANCELLED.test(clause)) return 'cancelled';
  // A postponed engagement is still to come: it is reported as planned.
  // ("on a two-day visit postponed from November": moved from an earlier date, the visit's own tense decides.)
  if (POSTPONED.test(clause.replace(MOVED_FROM, ''))) return 'planned';
  const planned = PLANNED.test(clause) || PLANNED.test(triggerText);
  if (date && reference && reference.length === 10) {
    const cmp = compareIso(date, reference);
    if (cmp > 0) return 'planned';
    if (cmp < 0 && !planned) return 'occurred';
  }
  if (planned) {
    // ("will be received by President Nyusi": a participle after "be" is no past.)
    const pastVerbNearTrigger = PAST_OVERRIDE.test(triggerText) && !/^be\s/i.test(triggerText);
    return pastVerbNearTrigger ? 'occurred' : 'planned';
  }
  return 'occurred';
}

/** Compares a possibly partial date with a full day: >0 when wholly after, <0 when wholly before, 0 when it contains it. */
function compareIso(date: string, day: string): number {
  const prefix = day.slice(0, date.length);
  if (date === prefix) return 0;
  return date > prefix ? 1 : -1;
}
