import type { Doc } from '../../core/doc.js';
import type { DiplomaticEvent } from '../../core/types.js';

// "on the sidelines of the summit", "at the meeting": a gathering named only by its noun, with the definite article.
// ("On its sidelines, X will hold talks": the gathering of the sentence before.)
const BARE_GATHERING = /\b(?:on the (?:sidelines|margins) of|at|during) the (?:summit|conference|forum|gathering|meeting of leaders)\b(?!\s+(?:of|in|on)\b)|\b(?:on|at) its (?:sidelines|margins)\b|\bon the (?:sidelines|margins)\b(?!\s+of\b)/i;

/**
 * Talks held "on the sidelines of the summit" where the summit was named in
 * an earlier sentence ("... will meet in Johannesburg on Saturday for the
 * first G20 summit"): they take the occasion of the last summit reported
 * before them, and its place and date where they have none of their own.
 */
export function fillSidelineOccasion(doc: Doc, events: DiplomaticEvent[]): void {
  const summits = events.filter((e) => e.kind === 'summit').sort((a, b) => start(a) - start(b));
  for (const e of events) {
    if (e.kind !== 'meeting' || e.occasion) continue;
    const own = e.support[0];
    if (!own || !BARE_GATHERING.test(doc.text.slice(own.start, own.end))) continue;
    const summit = summits.filter((s) => start(s) < own.start).pop();
    if (!summit || summit.status !== e.status) continue;
    e.occasion = summit.occasion ? { ...summit.occasion } : null;
    e.location ??= summit.location ? { ...summit.location } : null;
    if (summit.host) e.host ??= summit.host;
    e.date ??= summit.date ? { ...summit.date } : null;
  }
}

const start = (e: DiplomaticEvent): number => e.support[0]?.start ?? 0;
