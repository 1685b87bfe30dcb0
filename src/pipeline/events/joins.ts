import type { DiplomaticEvent } from '../../core/types.js';
import { actorKey } from './actor-key.js';

/** Rule id of a report that someone joined an engagement ("Norov also took part in the meeting"). */
export const JOIN_RULE = 'events/joined';
/** Rule id of talks known only from an agreement ("X and Y agreed on Monday to ..."). */
export const AGREEMENT_RULE = 'events/agreement';
/** Rule id suffix of an earlier engagement recalled ("last visited", "previously met"): never merged with the story's own. */
export const PREVIOUS_SUFFIX = '-previous';
export const isPrevious = (e: DiplomaticEvent): boolean => e.rule.endsWith(PREVIOUS_SUFFIX);
/** Rule id of talks reported with a day or a place but no party ("Wednesday's talks in Geneva"). */
export const UNNAMED_TALKS_RULE = 'events/talks-unnamed';


/**
 * Folds "X also took part in the meeting" into the meeting reported before
 * it, then drops talks that still have fewer than two parties: one person
 * meeting unnamed others is not an engagement the record can name.
 */
export function applyJoinsAndDropLoneMeetings(events: DiplomaticEvent[], text = ''): DiplomaticEvent[] {
  const ordered = [...events].sort((a, b) => (a.support[0]?.start ?? 0) - (b.support[0]?.start ?? 0));
  const joined = new Set<DiplomaticEvent>();
  for (const j of ordered) {
    if (j.rule !== JOIN_RULE) continue;
    const at = j.support[0]?.start ?? 0;
    const target = ordered.filter((e) => e.kind === 'meeting' && e.rule !== JOIN_RULE && (e.support[0]?.start ?? 0) < at).pop();
    // "Leaders including Modi and Xi joined the meeting in Kazan": joining no reported talks, they did not meet each other.
    if (!target) { joined.add(j); continue; }
    const have = new Set(target.participants.map(actorKey));
    for (const p of j.participants) if (!have.has(actorKey(p))) { target.participants.push(p); have.add(actorKey(p)); }
    target.support.push(...j.support);
    joined.add(j);
  }
  for (const u of events) {
    if (u.rule !== UNNAMED_TALKS_RULE) continue;
    // The one talks event between countries that agrees in status and date takes the finer day and the place.
    // ("The latest talks, described as productive by US special envoy Steve Witkoff, took place in Florida on January 31.
    // ... Witkoff met with Dmitriev in Miami": talks of a person the unnamed report names, in its country, are they.)
    const said = text ? u.support.map((r) => text.slice(r.start, r.end)).join(' ') : '';
    const named = (e: DiplomaticEvent): boolean => e.participants.some((p) => p.kind === 'person' && p.name && said.includes(p.name.split(' ').pop()!));
    const fits = events.filter((e) => e.kind === 'meeting' && e.rule !== UNNAMED_TALKS_RULE && e.status === u.status
      && e.participants.length >= 2 && (e.participants.every((p) => p.kind === 'country') || named(e))
      && agrees(e.date?.value, u.date?.value) && (!e.location || !u.location || e.location.name === u.location.name || (named(e) && e.location.country === u.location.country)));
    // Of several, the story's main talks: the first reported whose place is still open.
    // (Talks of the person the report names come first.)
    const byName = fits.filter(named);
    const candidates = byName.length ? byName : fits;
    const open = candidates.filter((e) => !e.location);
    const pool = open.length ? open : candidates;
    const t = pool.sort((a, b) => (a.support[0]?.start ?? 0) - (b.support[0]?.start ?? 0))[0];
    if (!t) continue;
    if (u.date && (!t.date || u.date.value.length > t.date.value.length)) t.date = { ...u.date };
    t.location ??= u.location;
    t.host ??= u.host;
    t.support.push(...u.support);
  }
  // An agreement reports the outcome of talks: where the article reports those talks (a meeting, a call) it adds nothing.
  // (Not talks recalled from before, nor talks on another day.)
  const outcomes = new Set(events.filter((a) => a.rule === AGREEMENT_RULE && events.some((e) => e !== a && e.rule !== AGREEMENT_RULE && !isPrevious(e)
    && e.kind !== 'summit' && e.kind !== 'signing' && agrees(e.date?.value, a.date?.value) && a.participants.every((p) => e.participants.some((q) => actorKey(q) === actorKey(p))))));
  return events.filter((e) => !joined.has(e) && !outcomes.has(e) && e.rule !== UNNAMED_TALKS_RULE && !((e.kind === 'meeting' || e.kind === 'call') && e.participants.length < 2));
}

const agrees = (a?: string, b?: string): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);
