import type { Doc } from '../../core/doc.js';
import type { IsoDate } from '../../core/types.js';
import { writtenRoles } from '../mentions/written-roles.js';
import type { KnowledgeBase, Role } from '../../kb/types.js';
import { addDays, compareDays, isoDay, isValidDay, parseDay, weekdayOf, type Day } from './calendar.js';

/**
 * A wire copy with no year anywhere ("PYONGYANG, May 31. /TASS/." and no metadata) still says when it was written:
 * its people hold offices ("South Korean President Moon Jae-in") only in some years, and its story happened "on
 * Thursday". The reference is the dateline's day in the one year, within every named office's term, on which that
 * day is a weekday the story names (else the day before is: "arrived on Tuesday" in Wednesday's copy). When no year
 * or more than one fits, there is no reference, as before.
 */
export function yearlessReference(doc: Doc, kb: KnowledgeBase): { value: IsoDate; why: string } | null {
  const md = doc.datelineDay;
  if (!md || doc.referenceDate) return null;
  const terms = officesNamed(doc, kb);
  if (!terms.length) return null;
  const named = weekdaysNamed(doc.text);
  if (!named.size) return null;
  const lead = weekdaysNamed(leadOf(doc));
  const last = horizonOf(kb);
  const scored: { day: Day; score: number }[] = [];
  for (let y = FIRST_YEAR; y <= last.y; y++) {
    const day = { y, m: md.month, d: md.day };
    if (!isValidDay(day) || compareDays(day, last) > 0) continue;
    if (!terms.every((t) => t.intervals.some((i) => within(day, i)))) continue;
    // (The lead's weekday is the copy's own day: "had a conversation with Trump on Monday", though "On Sunday" follows.)
    const score = lead.has(weekdayOf(day)) ? 3 : named.has(weekdayOf(day)) ? 2 : named.has(weekdayOf(addDays(day, -1))) ? 1 : 0;
    if (score) scored.push({ day, score });
  }
  const best = Math.max(0, ...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best);
  if (winners.length !== 1) return null;
  const value = isoDay(winners[0]!.day);
  const offices = terms.map((t) => t.label).join('; ');
  return { value, why: `the dateline's ${value.slice(5)} falls on a weekday the story names in ${winners[0]!.day.y} alone of the years of the offices named (${offices})` };
}

const FIRST_YEAR = 1945;

interface Term {
  label: string;
  intervals: { from?: Day; to?: Day }[];
}

const within = (day: Day, i: { from?: Day; to?: Day }): boolean =>
  (!i.from || compareDays(day, i.from) >= 0) && (!i.to || compareDays(day, i.to) <= 0);

/** The offices the text gives named people of the base, written right before the name or in an apposition after it. */
function officesNamed(doc: Doc, kb: KnowledgeBase): Term[] {
  const terms = new Map<string, Term>();
  const people = doc.mentions.filter((m) => m.type === 'person' && m.entityId && m.via === 'alias');
  for (const m of people) {
    const person = kb.person(m.entityId!);
    if (!person?.roles.length) continue;
    const sentence = doc.sentences.find((s) => s.range.start <= m.range.start && m.range.start < s.range.end)?.range;
    const held = writtenRoles(doc.text, m.range, person.roles, sentence?.start ?? 0);
    if (!held.length) continue;
    const key = `${person.id} ${held[0]!.title}`;
    if (!terms.has(key)) terms.set(key, { label: `${held[0]!.title} ${person.name}`, intervals: held.map(intervalOf) });
  }
  return [...terms.values()];
}

/** The paragraph of the dateline, which tells the copy's own story. */
function leadOf(doc: Doc): string {
  const at = doc.dateline?.range.start ?? 0;
  const p = doc.paragraphs.find((x) => x.start <= at && at < x.end);
  return p ? doc.text.slice(p.start, p.end) : '';
}

function intervalOf(r: Role): { from?: Day; to?: Day } {
  // A role known only to the month or year ("2016-05") spans the whole of it.
  const from = r.from ? parseDay(r.from.length === 4 ? `${r.from}-01-01` : r.from.length === 7 ? `${r.from}-01` : r.from) : null;
  const to = r.to ? parseDay(r.to.length === 4 ? `${r.to}-12-31` : r.to.length === 7 ? `${r.to}-28` : r.to) : null;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "on Thursday", "Tuesday morning"; not "last Monday" or "next Friday" (another week) nor "the Sunday Times".
const WEEKDAY = /(?<!\b(?:last|next|this|every|the)\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s+(?:Times|Telegraph|Post|Club|Mail|Express|Herald|Morning Post))/g;

function weekdaysNamed(text: string): Set<number> {
  return new Set([...text.matchAll(WEEKDAY)].map((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase())));
}

/** The latest day the base's data speaks of (a role taken up): no article is dated more than a year after it. */
const horizons = new WeakMap<KnowledgeBase, Day>();
function horizonOf(kb: KnowledgeBase): Day {
  let h = horizons.get(kb);
  if (!h) {
    let latest = '1990-01-01';
    for (const p of kb.people) for (const r of p.roles) if (r.from && r.from > latest) latest = r.from;
    const d = parseDay(latest.length === 10 ? latest : `${latest.slice(0, 4)}-12-31`)!;
    h = addDays(d, 366);
    horizons.set(kb, h);
  }
  return h;
}
