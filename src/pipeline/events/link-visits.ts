import { ONWARD_RULE } from './visit-events.js';
import type { Actor, DiplomaticEvent } from '../../core/types.js';
import { shiftIsoDay } from '../dates/calendar.js';
import { AFTER_THE_TALKS, inSubjectAside } from './event-date.js';
import { daysLong } from './trip-days.js';
import { actorKey } from './actor-key.js';

const ARRIVAL = /\b(?:arrived|arrives|arriving|landed|lands|touched down)\b/i;

const supportText = (e: DiplomaticEvent, text: string): string => e.support.map((r) => text.slice(r.start, r.end)).join(' ');

/**
 * The days a visit dated by one day covers: "arrived on Sunday for a three-day visit" runs to Tuesday; a visit dated by
 * its arrival goes on for a day or two more ("arrived in Pasto on Wednesday evening", talks on Thursday). Null when
 * neither is said, or the visit has no single day.
 */
function tripSpan(v: DiplomaticEvent, text: string, byArrival: boolean): { value: string; end: string } | null {
  if (!v.date || v.date.end || v.date.value.length !== 10) return null;
  const said = supportText(v, text);
  const days = daysLong(said);
  if (days) return { value: v.date.value, end: shiftIsoDay(v.date.value, days - 1) };
  return byArrival && ARRIVAL.test(said) ? { value: v.date.value, end: shiftIsoDay(v.date.value, 2) } : null;
}
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
export function linkVisitsAndMeetings(events: DiplomaticEvent[], text = '', reference: string | null = null,
  daysOfAnotherTrip: (v: DiplomaticEvent) => boolean = () => false): void {
  for (const v of events) {
    if (v.kind !== 'visit' || !v.host) continue;
    // "arrived on Sunday for a two-day visit": talks on some day of a visit of several days are dated by its month.
    const severalDays = Boolean(v.date?.end) || (daysLong(supportText(v, text)) !== null && !daysOfAnotherTrip(v));
    const span = tripSpan(v, text, true) ?? v.date;
    const visitors = new Set(v.participants.map(actorKey));
    // The visitor's counterpart first: a prime minister's visit is received by the prime minister he met, not the president.
    // (A premier is a prime minister's counterpart.)
    const office = (p: Actor): string => (p.role ?? '').toLowerCase().replace(/^.*\b(prime minister|president|foreign minister|premier|chancellor)\b.*$/, '$1').replace(/^premier$/, 'prime minister');
    const visitorOffices = new Set(v.participants.filter((p) => p.kind === 'person').map(office));
    const counterpartFirst = (m: DiplomaticEvent): number => (m.participants.some((p) => p.kind === 'person' && p.country === v.host && visitorOffices.has(office(p))) ? 0 : 1);
    for (const m of [...events].sort((a, b) => counterpartFirst(a) - counterpartFirst(b))) {
      if (m.kind !== 'meeting' || m.status !== v.status || !(agree(m.date?.value, v.date?.value) || within(m.date?.value, span))) continue;
      // (Undated talks told before an earlier month's trip are the story's own, not that trip's.)
      if (!m.date && reference && v.date && v.date.value.slice(0, 7) < reference.slice(0, 7) && (m.support[0]?.start ?? 0) < (v.support[0]?.start ?? 0)) continue;
      // (Nor is a story's undated visit the time of talks dated to an earlier month.)
      if (!v.date && reference && m.date && m.date.value.slice(0, 7) < reference.slice(0, 7)) continue;
      if (!m.participants.some((p) => visitors.has(actorKey(p)))) continue;
      if (v.rule === ONWARD_RULE && m.support.some((r) => v.support.some((q) => q.start === r.start))) continue;
      // ("will hold a meeting with Premier Li Qiang on Tuesday" and "will fly to the Cook Islands on Tuesday night": talks
      // with the people of a country the visitor is on another trip to are held on that trip, not this one.)
      const others = new Set(m.participants.filter((p) => !visitors.has(actorKey(p))).map((p) => p.country ?? ''));
      const [otherCountry] = others;
      if (v.host && others.size === 1 && otherCountry && otherCountry !== v.host
        && events.some((o) => o !== v && o.kind === 'visit' && o.host === otherCountry && o.participants.some((p) => visitors.has(actorKey(p))))) continue;
      const where: string | undefined = m.location?.country ?? m.host;
      if (where && where !== v.host) continue;
      // One host stands for those received: "talks with the president and the prime minister" are the
      // visit's meeting, while the visit is the visitor's with the one who received him.
      for (const p of m.participants) {
        if (v.participants.some((q) => q.kind === 'person' && q.country === v.host)) break;
        if (visitors.has(actorKey(p)) || p.kind !== 'person' || p.country !== v.host) continue;
        v.participants.push(p);
        visitors.add(actorKey(p));
      }
      if (!m.location && v.location) { m.location = { ...v.location }; m.host ??= v.host; }
      if (!v.location && m.location) v.location = { ...m.location };
      // "talks with Xi" during "when he visits China next month": talks with the host's own people, dated by nothing
      // of their own, fall in the visit's time and country.
      if (m.participants.some((p) => p.kind === 'person' && p.country === v.host)) {
        // ("held talks with Pezeshkian, who is in Russia on an official visit": the month of a trip under way is no date
        // of the story's talks, which the article defaults give.)
        const underWay = v.date?.value.length === 7 && v.date.how === 'relative' && m.support.some((r) => v.support.some((q) => q.start === r.start));
        // ("The first talks between Putin and Kim have ended ... Kim arrived in Vladivostok on Wednesday": talks told
        // before the arrival is, in a story of a later day, are the story's news, dated by the article defaults.)
        const arrivalToldAfter = Boolean(v.date?.range && reference?.length === 10 && v.date.value.length === 10 && v.date.value !== reference
          && (m.support[0]?.start ?? Infinity) < v.date.range.start && !m.support.some((r) => r.start <= v.date!.range!.start && v.date!.range!.end <= r.end));
        if (!m.date && v.date && !underWay && !arrivalToldAfter && (severalDays || !arrivalAside(v, m, text))) m.date = severalDays ? { value: v.date.value.slice(0, 7), how: v.date.how } : { ...v.date };
        m.host ??= v.host;
      }
    }
  }
}

/**
 * "Putin, who arrived in Ulaanbaatar on the evening of September 2, held talks with ...": the arrival's day is told in
 * an aside about the subject of the talks, which are the story's news and take the story's day, not the arrival's.
 */
function arrivalAside(v: DiplomaticEvent, m: DiplomaticEvent, text: string): boolean {
  const range = v.date?.range;
  const sentence = m.support.find((r) => range && r.start <= range.start && range.end <= r.end);
  return Boolean(range && sentence && inSubjectAside(text, sentence, range));
}

/**
 * "The two leaders held talks in Astana and signed seven agreements": a signing with no place of its own took place
 * at the talks or visit of the same people on the same day.
 */
export function placeSigningsAtTheirTalks(events: DiplomaticEvent[], text = ''): void {
  for (const sg of events) followTheirTalks(events, sg, text);
  for (const sg of events) {
    // (Only on a named day: a month shared with a visit says nothing of where the signing took place.)
    if (sg.kind !== 'signing' || sg.location || sg.date?.value.length !== 10) continue;
    const people = new Set(sg.participants.map(actorKey));
    const countries = new Set(sg.participants.map((p) => p.country).filter(Boolean));
    const talks = events.find((e) => (e.kind === 'meeting' || e.kind === 'visit') && e.location && e.status === sg.status
      && e.date?.value === sg.date!.value && e.participants.some((p) => people.has(actorKey(p)) || (p.country && countries.has(p.country) && sg.participants.some((q) => q.kind === 'country'))));
    if (!talks) continue;
    sg.location = { ...talks.location! };
    if (talks.host) sg.host ??= talks.host;
  }
}

/**
 * "Following the talks, a number of documents were signed in the presence of the two heads of state": a signing told
 * as following the talks took place where they were held and on their day, which its month or nothing only bounds.
 */
function followTheirTalks(events: DiplomaticEvent[], sg: DiplomaticEvent, text: string): void {
  if (sg.kind !== 'signing' || (sg.location && sg.date?.value.length === 10)) return;
  const own = sg.support[0];
  if (!own || !AFTER_THE_TALKS.test(text.slice(own.start, own.end))) return;
  const people = new Set(sg.participants.map(actorKey));
  const talks = events.filter((e) => e.kind === 'meeting' && e.status === sg.status && (e.support[0]?.start ?? Infinity) <= own.start
    && e.participants.some((p) => people.has(actorKey(p))) && (!sg.date || !e.date || e.date.value.startsWith(sg.date.value)))
    .sort((a, b) => a.support[0]!.start - b.support[0]!.start).pop();
  if (!talks) return;
  if (talks.date && (!sg.date || sg.date.value.length < talks.date.value.length)) sg.date = { ...talks.date };
  if (!sg.location && talks.location) { sg.location = { ...talks.location }; if (talks.host) sg.host ??= talks.host; }
}

/**
 * "arrived on Sunday for a three-day state visit" and "welcomes her counterpart at State House on Monday": two reports
 * of one trip, the later one dated inside the trip's days. Folded into the earlier report, which keeps its arrival day.
 */
export function foldReportsOfOneTrip(events: DiplomaticEvent[], text: string): DiplomaticEvent[] {
  const folded = new Set<DiplomaticEvent>();
  for (const v of events) {
    if (v.kind !== 'visit' || folded.has(v) || !v.host) continue;
    const span = tripSpan(v, text, true);
    if (!span) continue;
    const visitors = new Set(v.participants.filter((p) => p.kind === 'person' && p.country !== v.host).map(actorKey));
    for (const w of events) {
      if (w === v || w.kind !== 'visit' || folded.has(w) || w.status !== v.status || w.host !== v.host) continue;
      const day = w.date?.value;
      if (!day || day.length !== 10 || day <= span.value || day > span.end) continue;
      if (!w.participants.some((p) => visitors.has(actorKey(p)))) continue;
      for (const p of w.participants) if (!v.participants.some((q) => actorKey(q) === actorKey(p))) v.participants.push(p);
      v.location ??= w.location;
      v.support.push(...w.support);
      folded.add(w);
    }
  }
  return events.filter((e) => !folded.has(e));
}

const DURING_VISIT = /^\W*(?:during|in the course of|on the sidelines of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay)\b/i;

/**
 * "During the visit, the foreign ministers of the two countries signed an agreement": a report dated and placed by
 * nothing of its own takes the day and the city of the visit told just before it.
 */
export function dateReportsDuringVisits(events: DiplomaticEvent[], text: string): void {
  const start = (e: DiplomaticEvent): number => e.support[0]?.start ?? 0;
  for (const e of events) {
    if (e.kind === 'visit' || e.kind === 'summit' || e.date) continue;
    const own = e.support[0];
    if (!own || !DURING_VISIT.test(text.slice(own.start, own.end))) continue;
    const visit = events.filter((v) => v.kind === 'visit' && v.status === e.status && v.date && start(v) < own.start).sort((a, b) => start(a) - start(b)).pop();
    if (!visit) continue;
    e.date = { ...visit.date! };
    if (!e.location && visit.location) { e.location = { ...visit.location }; e.host ??= visit.host; }
  }
}
