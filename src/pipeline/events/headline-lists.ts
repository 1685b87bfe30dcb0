import type { Doc } from '../../core/doc.js';
import type { DiplomaticEvent } from '../../core/types.js';
import { actorKey } from './actor-key.js';


/**
 * "Yunus meets Thai PM, Myanmar junta chief on BIMSTEC sidelines": a headline that lists the people one person met is
 * the several talks the story tells, each with its own party. The headline's one report of them all is dropped when
 * the story's talks of that person cover every party it names (a state by someone of that state).
 */
export function dropHeadlineLists(doc: Doc, events: DiplomaticEvent[]): DiplomaticEvent[] {
  const title = doc.title?.trim();
  if (!title) return events;
  // (Told first in the headline: later sentences may have been merged into it, "During the meeting, the two ...".)
  const inTitle = (e: DiplomaticEvent): boolean => Boolean(e.support[0]) && doc.text.slice(e.support[0]!.start, e.support[0]!.end).trim() === title;
  return events.filter((e) => {
    if (e.kind !== 'meeting' || !inTitle(e) || e.participants.length < 3) return true;
    const people = new Set(e.participants.filter((p) => p.kind === 'person').map(actorKey));
    const story = events.filter((o) => o !== e && o.kind === 'meeting' && o.status === e.status && !inTitle(o)
      && o.participants.some((p) => p.kind === 'person' && people.has(actorKey(p))));
    const covered = (p: DiplomaticEvent['participants'][number]): boolean => story.some((o) => o.participants.some((q) => actorKey(q) === actorKey(p)
      || (p.kind === 'country' && q.kind === 'person' && q.country === p.country)));
    return !(story.length >= 2 && e.participants.every(covered));
  });
}
