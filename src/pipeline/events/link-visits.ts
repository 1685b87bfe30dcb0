import type { Actor, DiplomaticEvent } from '../../core/types.js';

const key = (a: Actor): string => (a.kind === 'person' ? `p:${a.entityId ?? a.name}` : `c:${a.country}`);
const agree = (a?: string, b?: string): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

/** "a state visit on October 8-10" and "talks on October 9": a day inside the visit's span. */
const within = (day: string | undefined, span: { value: string; end?: string } | null): boolean =>
  Boolean(day && span?.end && day.length === 10 && day >= span.value && day <= span.end);

/**
 * A visit and the talks held during it are reported apart ("arrived in
 * Riyadh", "met Saudi Foreign Minister Adel al-Jubeir"). When a meeting
 * shares the visitor, agrees in date and status and took place in the host
 * country (or nowhere said), the visit gains the hosts it met and each
 * lends the other the city it lacks.
 */
export function linkVisitsAndMeetings(events: DiplomaticEvent[]): void {
  for (const v of events) {
    if (v.kind !== 'visit' || !v.host) continue;
    const visitors = new Set(v.participants.map(key));
    for (const m of events) {
      if (m.kind !== 'meeting' || m.status !== v.status || !(agree(m.date?.value, v.date?.value) || within(m.date?.value, v.date))) continue;
      if (!m.participants.some((p) => visitors.has(key(p)))) continue;
      const where = m.location?.country ?? m.host;
      if (where && where !== v.host) continue;
      // One host stands for those received: "talks with the president and the prime minister" are the
      // visit's meeting, while the visit is the visitor's with the one who received him.
      for (const p of m.participants) {
        if (v.participants.some((q) => q.kind === 'person' && q.country === v.host)) break;
        if (visitors.has(key(p)) || p.kind !== 'person' || p.country !== v.host) continue;
        v.participants.push(p);
        visitors.add(key(p));
      }
      if (!m.location && v.location) { m.location = { ...v.location }; m.host ??= v.host; }
      if (!v.location && m.location) v.location = { ...m.location };
      // "talks with Xi" during "when he visits China next month": talks with the host's own people, dated by nothing
      // of their own, fall in the visit's time and country.
      if (m.participants.some((p) => p.kind === 'person' && p.country === v.host)) {
        // (Of a visit "from March 17 to 21", only the month is certain for talks on some day of it.)
        if (!m.date && v.date) m.date = v.date.end ? { value: v.date.value.slice(0, 7), how: v.date.how } : { ...v.date };
        m.host ??= v.host;
      }
    }
  }
}

/**
 * "The two leaders held talks in Astana and signed seven agreements": a signing with no place of its own took place
 * at the talks or visit of the same people on the same day.
 */
export function placeSigningsAtTheirTalks(events: DiplomaticEvent[]): void {
  for (const sg of events) {
    // (Only on a named day: a month shared with a visit says nothing of where the signing took place.)
    if (sg.kind !== 'signing' || sg.location || sg.date?.value.length !== 10) continue;
    const people = new Set(sg.participants.map(key));
    const countries = new Set(sg.participants.map((p) => p.country).filter(Boolean));
    const talks = events.find((e) => (e.kind === 'meeting' || e.kind === 'visit') && e.location && e.status === sg.status
      && e.date?.value === sg.date!.value && e.participants.some((p) => people.has(key(p)) || (p.country && countries.has(p.country) && sg.participants.some((q) => q.kind === 'country'))));
    if (!talks) continue;
    sg.location = { ...talks.location! };
    if (talks.host) sg.host ??= talks.host;
  }
}
