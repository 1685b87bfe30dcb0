import type { DateMention, DiplomaticEvent } from '../../core/types.js';
import type { PlaceAt } from './places.js';

// Between two rounds of a list: ", then in", ", ", " and ", ", and then in".
const ROUND_GAP = /^\s*(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)(?:again\s+)?(?:in\s+|at\s+)?$/i;

/**
 * "Bessent and He first met in Geneva in May, then in London in June, Stockholm in July and Madrid in September":
 * talks told as a list of places each with its own date are one engagement per place and date. Null unless the
 * trigger is followed at once by two such pairs or more.
 */
export function roundsAfter(text: string, trigger: { to: number }, places: PlaceAt[], dates: DateMention[]): { place: PlaceAt; date: DateMention }[] | null {
  const rounds: { place: PlaceAt; date: DateMention }[] = [];
  let cursor = trigger.to;
  for (const p of places.filter((x) => x.place && x.from >= trigger.to).sort((a, b) => a.from - b.from)) {
    const gap = text.slice(cursor, p.from);
    const first = rounds.length === 0;
    if (first ? !/^\s*(?:for\s+the\s+first\s+time\s+|first\s+)?(?:in|at)\s+$/i.test(gap) : !ROUND_GAP.test(gap)) break;
    const date = dates.find((d) => d.range.start >= p.to && /^\s+(?:in|on)\s+$/i.test(text.slice(p.to, d.range.start)));
    if (!date) break;
    rounds.push({ place: p, date });
    cursor = date.range.end;
  }
  return rounds.length >= 2 ? rounds : null;
}

/** The engagement once per round, each at its place and on its date. */
export function eventPerRound(e: DiplomaticEvent, rounds: { place: PlaceAt; date: DateMention }[]): DiplomaticEvent[] {
  return rounds.map(({ place, date }) => ({
    ...e,
    date: { value: date.value, how: date.how, range: date.range },
    location: { ...place.place!, range: { start: place.from, end: place.to } },
    ...(place.place?.country ? { host: place.place.country } : {}),
  }));
}
