import type { Doc } from '../../core/doc.js';
import { referenceDateOf } from '../dates/reference.js';
import type { DiplomaticEvent } from '../../core/types.js';
import type { Range } from '../../core/span.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { sentencesOf } from '../dates/sentences-of.js';
import { addDays, isoDay, parseDay, type Day } from '../dates/calendar.js';
import { placeInHostCity, placeVenueInCity } from './host-city.js';
import { daysLong, daysOfAnotherTrip } from './trip-days.js';
import { inSincePhrase, inSubjectAside } from './event-date.js';
import { actorKey } from './actor-key.js';

// A present perfect that governs the engagement itself: "efforts have included a flurry of calls", "the two have met twice".
// Not a modal past ("could have had a role") nor a perfect about something else ("has published an account of ... a meeting").
// "has visited northern Syria" reports one recent engagement: the month stays; plural ones may span longer.
const PERFECT = /(?<!\b(?:could|would|should|might|must|may)\s+)\b(?:have\s+(?:\w+\s+)?(?:been\s+)?(?:met|spoken|talked|visited|called|hosted)\b|(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:[a-z]+ed|held|made|seen|had|taken)\s+(?:[\w-]+\s+){0,4}?(?:calls|talks|meetings|visits|trips|conversations|contacts)\b)/i;
const PAST_PERFECT = /\bhad\s+(?:\w+\s+)?(?:met|visited|held|spoken|talked|travel(?:l)?ed|hosted)\b/i;
const STOPS_MADE = /\b(?:has|have|had)\s+(?:also\s+)?taken\s+(?:him|her|them)\s+(?:on\s+)?to\b/i;
const TRIP_WORDS = /\b(?:trip|tour|leg|stops?|journey|swing)\b/i;

const RECENT = /\b(?:a|an|his|her|their|its)\s+recent\s+(?:[\w-]+\s+)?(?:visit|trip|meeting|talks|call|stop)\b|\brecently\s+(?:met|visited|held|spoke|travell?ed|hosted)\b/i;
const ONWARD = /\b(?:then|afterwards|next|later)\s+(?:travel|fly|go|head|visit|proceed|continue|move\s+on)\w*\b/i;

/** Whether a visitor's other visits, dated in the reference month, make this plan one more stop of the same trip. */
function nextStopOfTrip(e: DiplomaticEvent, events: DiplomaticEvent[], reference: string): boolean {
  const visitor = e.participants[0];
  return Boolean(visitor) && events.some((o) => o !== e && o.kind === 'visit' && o.date?.value.startsWith(reference.slice(0, 7))
    && o.participants[0] !== undefined && actorKey(o.participants[0]) === actorKey(visitor!));
}

/** How many opening sentences count as the story's lead. */
export const LEAD_SENTENCES = 3;

/**
 * Defaults for events whose sentence gives no date or place. The lead of a
 * news story reports the story's own event: it happened where the dateline
 * says, on the day the lead's relative date names ("on Friday"), else in
 * the reference month. Later sentences get only what is certain: the
 * reference month for an occurred event, nothing for a plan.
 */
export function fillArticleDefaults(doc: Doc, kb: KnowledgeBase, events: DiplomaticEvent[]): void {
  const lead = leadSentences(doc, LEAD_SENTENCES);
  const leadEnd = lead[lead.length - 1]?.end ?? 0;
  const ref = parseDay(referenceDateOf(doc));
  const thisYear = yearOfAnniversaries(doc);
  const day0 = storyDay(doc);
  const liveFrom = liveEntriesStart(doc.text);
  for (const e of events) coarsenLongVisit(doc, e);
  for (const e of events) addHostToLoneSigner(doc, e);
  for (const e of events) {
    const inLead = e.support.some((r) => r.start < leadEnd);
    if (e.kind === 'summit') {
      // Without a publication date, "this year marks the 75th anniversary" is the only clock the article has.
      if (!e.date && !referenceDateOf(doc) && thisYear && e.status === 'occurred') e.date = { value: thisYear, how: 'anniversary' };
      // A gathering the lead reports without place or date is the story's own: held at the dateline, on the story's day.
      // "the summit of Asian leaders in Manila" in a story datelined Manila: the summit the reporter is at, on the story's day.
      const atDateline = Boolean(doc.dateline && e.location?.name.toLowerCase() === doc.dateline.name.toLowerCase());
      if (!inLead && atDateline && !e.date && e.status === 'occurred' && day0) e.date = { value: day0.value, how: day0.how, range: day0.range };
      if (inLead && e.status === 'occurred' && !e.occasion?.entityId?.startsWith('gathering:')) {
        const day = day0;
        const refDay = referenceDateOf(doc);
        if (!e.date && (day || refDay?.length === 10)) e.date = day ? { value: day.value, how: day.how, range: day.range } : { value: refDay!, how: 'reference' };
        if (!e.location && doc.dateline) {
          const city = kb.cityByName(doc.dateline.name, doc.dateline.country);
          e.location = city ? { name: city.name, country: city.country, lat: city.lat, lon: city.lon, entityId: city.id } : { ...doc.dateline };
          e.host ??= e.location.country;
        }
      }
      continue;
    }
    // ("18.21 BST / Trump, Sisi ... sign Gaza declaration": a live page's time-stamped entries are of the page's day.)
    if (!e.date && liveFrom >= 0 && e.status === 'occurred' && referenceDateOf(doc)?.length === 10 && (e.support[0]?.start ?? 0) > liveFrom) {
      e.date = { value: referenceDateOf(doc)!, how: 'reference' };
    }
    // ("a tour which has also taken him to Namibia and Chad": the stops made before the story's day, that month.)
    const stops = e.support.some((r) => STOPS_MADE.test(doc.text.slice(r.start, r.end)));
    if (!e.date) {
      const day = inLead ? day0 : null;
      const text = doc.text.slice(e.support[0]?.start ?? 0, e.support[0]?.end ?? 0);
      // "reported on Thursday that Sabhan had visited": a past perfect engagement came before the story's day.
      if (day && e.status === 'occurred' && !PAST_PERFECT.test(text) && !stops) e.date = { value: day.value, how: day.how, range: day.range };
      // "a six-day trip that will also take him to Qatar": the stops of a trip under way fall in the reference month.
      // ("said he would be flying to Pakistan on Tuesday ... He would then travel to India": the next stop of a trip
      // whose stops this month the article dates.)
      else if (e.kind === 'visit' && e.status === 'planned' && referenceDateOf(doc) && (TRIP_WORDS.test(text) || (ONWARD.test(text) && nextStopOfTrip(e, events, referenceDateOf(doc)!)))) e.date = { value: referenceDateOf(doc)!.slice(0, 7), how: 'reference' };
      // "U.S. efforts have included a flurry of calls": the present perfect spans more than the month, only the year is safe.
      // ("A recent visit to Kabul by Mattis": recent is weeks or months before, not this month for sure.)
      else if (referenceDateOf(doc) && e.status === 'occurred') e.date = { value: referenceDateOf(doc)!.slice(0, PERFECT.test(text) || RECENT.test(text) ? 4 : 7), how: 'reference' };
      else if (!referenceDateOf(doc) && thisYear) e.date = { value: thisYear, how: 'anniversary' };
    }
    // (A default the stage gave, not a "today" written in the text, which has its place.)
    const undated = e.date?.how === 'reference' && !e.date.range;
    // "the final leg of a visit to Greece": a tour of several places is at none of them in particular.
    const tour = e.kind === 'visit' && e.support.some((r) => /\b(?:leg|tour)\b/i.test(doc.text.slice(r.start, r.end)));
    if (!e.location && !tour && e.kind !== 'call' && (inLead || isStoryDay(e, ref) || undated) && doc.dateline && e.status === 'occurred') {
      const city = kb.cityByName(doc.dateline.name, doc.dateline.country);
      const country = city?.country ?? doc.dateline.country;
      if (!e.host || e.host === country) {
        e.location = city ? { name: city.name, country: city.country, lat: city.lat, lon: city.lon, entityId: city.id } : { ...doc.dateline };
        if (country) e.host ??= country;
      }
    }
    placeInHostCity(doc, kb, e);
    placeVenueInCity(doc, kb, e);
    // The lead's own engagement dates the same people's undated talks: "Kushner met Israeli and Palestinian leaders on Wednesday".
    const leadEvent = undated && e.status === 'occurred' && !stops ? leadEngagementWith(doc, events, e, leadEnd) : undefined;
    if (leadEvent?.date) { e.date = { ...leadEvent.date }; continue; }
    // Held where the story is datelined and dated by nothing of its own: the story's day.
    const day = day0;
    if (undated && day && e.status === 'occurred' && doc.dateline && e.location?.name.toLowerCase() === doc.dateline.name.toLowerCase()) {
      e.date = { value: day.value, how: day.how, range: day.range };
    }
  }
}

/** Where a live page's time-stamped entries begin ("16.05 BST" alone on its line, twice or more), or -1. */
function liveEntriesStart(text: string): number {
  const stamps = [...text.matchAll(/^\s*\d{1,2}[.:]\d{2}\s*(?:BST|GMT|CET|CEST|EET|EST|EDT|ET|PT|UTC|MSK|local time)\s*$/gm)];
  return stamps.length >= 2 ? stamps[0]!.index! : -1;
}

/** The first sentences of the story; a page header's day and place lines ("January 21, 2025", "Astana") are none. */
function leadSentences(doc: Doc, count: number): ReturnType<typeof sentencesOf> {
  const place = doc.dateline?.range;
  const header = (s: { start: number; end: number }): boolean => Boolean(place && s.end <= place.end + 1)
    && (/^\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})\s*$/u.test(doc.text.slice(s.start, s.end)) || s.start >= place!.start);
  const all = sentencesOf(doc);
  const headerLines = all.filter(header).length;
  // ("Russian-Indian talks • President of Russia", "Events | News | Transcripts", "December 5, 2025, 13:25": a page's
  // header lines before its first sentence of text are none of the lead's.)
  const firstText = all.findIndex((s) => (doc.text.slice(s.start, s.end).match(/\S+/g) ?? []).length >= 6 && /[.!?"”’]\s*$/.test(doc.text.slice(s.start, s.end)));
  const skipped = firstText > 1 ? firstText - 1 : 0;
  return all.slice(0, count + Math.max(headerLines, skipped));
}

/** The first day-precise date the lead gives relative to the reference ("on Friday", "today"). */
function storyDay(doc: Doc): Doc['dates'][number] | null {
  const lead = leadSentences(doc, LEAD_SENTENCES + 1);
  const end = lead[lead.length - 1]?.end ?? 0;
  // ("September 3, 2024" over the dateline's own line: the page header's day is the story's.)
  const place = doc.dateline?.range;
  // ("20 January, 2025 - 15:10" under the title: the page's own date line is the story's day too.)
  const pub = doc.published?.range;
  const header = (d: Doc['dates'][number]): boolean => Boolean(place && d.range.end <= place.start && /^\s*(?:\d{1,2}:\d{2}\s*)?$/.test(doc.text.slice(d.range.end, place.start)))
    || Boolean(pub && d.range.start <= pub.start && pub.end <= d.range.end && d.value === doc.published?.value);
  // (A day after the reference is a plan's, "postponed until Friday", never the story's own day.)
  const ref = referenceDateOf(doc);
  return doc.dates.find((d) => d.range.end <= end && d.value.length === 10 && (d.how === 'relative' || d.how === 'reference' || header(d)) && !(ref?.length === 10 && d.value > ref)
    && !inRelativeClause(doc, d) && !reportsEarlier(doc, d) && !inSincePhrase(doc.text, d)) ?? null;
}

/** "a newspaper reported on Thursday that the minister had visited": the day of a report about something done before it. */
function reportsEarlier(doc: Doc, d: Doc['dates'][number]): boolean {
  // Only another outlet's report: "X said on Saturday that leaders had agreed" still speaks of the story's day.
  if (!/\b(?:reported|published|wrote|carried)\s+(?:on\s+)?$/i.test(doc.text.slice(Math.max(0, d.range.start - 16), d.range.start))) return false;
  return /^\s*that\s+[^.;]{0,60}?\bhad\s+(?:\w+\s+)?(?:[a-z]+ed|met|held|spoken|made|been|gone|flown|seen)\b/i.test(doc.text.slice(d.range.end, d.range.end + 90));
}

/** "Mosul, which the army retook on Tuesday", "Putin, who arrived on September 2, held talks": a day inside a relative
 * clause or an aside about the subject dates that clause, not the story. */
function inRelativeClause(doc: Doc, d: { range: Range }): boolean {
  const sentence = sentencesOf(doc).find((s) => s.start <= d.range.start && d.range.start < s.end);
  if (!sentence) return false;
  if (inSubjectAside(doc.text, sentence, d.range)) return true;
  const before = doc.text.slice(sentence.start, d.range.start);
  const clause = /,\s+(?:which|whom|whose)\b([^;]*)$/i.exec(before);
  return Boolean(clause) && !/\b(?:said|says|told)\b/.test(clause![1]!);
}

/** Whether an event is dated on the story's own days (the reference day or the two before it). */
function isStoryDay(e: DiplomaticEvent, ref: Day | null): boolean {
  if (!ref || !e.date || e.date.value.length !== 10) return false;
  return [0, 1, 2].some((n) => isoDay(addDays(ref, -n)) === e.date!.value);
}

/** The year the article's anniversaries point to, when they agree on one. */
function yearOfAnniversaries(doc: Doc): string | null {
  const years = new Set(doc.dates.filter((d) => d.how === 'anniversary').map((d) => d.value.slice(0, 4)));
  return years.size === 1 ? [...years][0]! : null;
}

/** An occurred engagement reported in the lead, dated to the day, sharing a person with the event. */
function leadEngagementWith(doc: Doc, events: DiplomaticEvent[], e: DiplomaticEvent, leadEnd: number): DiplomaticEvent | undefined {
  const people = new Set(e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId ?? p.name));
  return events.find((o) => o !== e && o.kind !== 'summit' && o.status === 'occurred' && o.date?.value.length === 10
    && o.date.how !== 'reference' && o.support.some((r) => r.start < leadEnd) && !(o.date.range && inRelativeClause(doc, { range: o.date.range }))
    && o.participants.some((p) => p.kind === 'person' && people.has(p.entityId ?? p.name)));
}

const VISIT_START = /\b(?:began|begins|begin|beginning|started|starts|start|starting|kicked off|kicks off|opened|opens|arrived|arrives|arriving|landed|lands|flew in|flew into|flies into)\b/i;
const ENDED_BEFORE = /\b(?:ended|ends|concluded|concludes|wrapped up|wraps up|closed|closes|finished|completed|rounded off)\b/i;
// ("tour the Stone Town" is a verb: only a tour or trip named as a noun spans days.)
const MULTI_DAY = /\b(?:(?:two|three|four|five|six|seven|\d+)-day|week-long|leg)\b|\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:tour|trip)\b/i;

/** A visit of several days ("the final leg of a visit on Friday") is dated by its month: the day names only one part of it. */
function coarsenLongVisit(doc: Doc, e: DiplomaticEvent): void {
  if (e.kind === 'summit' || !e.date || e.date.value.length !== 10) return;
  const at = e.date.range?.start;
  if (at === undefined) return;
  // Only the sentence that gave the day tells whether the day is one part of a longer stay.
  const sentence = e.support.find((r) => r.start <= at && at < r.end);
  const text = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
  // "the two-day talks ended on Tuesday", "wrapped up a three-day visit on Tuesday": the span began days before.
  const days = daysLong(text);
  const ended = ENDED_BEFORE.test(doc.text.slice(Math.max(0, at - 40), at)) || (days && ENDED_BEFORE.test(text.slice(0, Math.max(0, at - (sentence?.start ?? 0)))));
  const first = days && ended ? parseDay(e.date.value) : null;
  if (first && days) {
    e.date = { ...e.date, value: isoDay(addDays(first, -days + 1)) };
    return;
  }
  if (e.kind !== 'visit') return;
  // "began a three-day visit on Tuesday", "arrived on Tuesday for a three-day visit": the day is the visit's first.
  // ("flew into Buenos Aires late on Tuesday after a historic three-day visit to Cuba": the days of another trip.)
  if (sentence && MULTI_DAY.test(text) && !VISIT_START.test(text) && !daysOfAnotherTrip(doc, sentence, e.host)) e.date = { ...e.date, value: e.date.value.slice(0, 7) };
}

/** "Shoigu signed two military deals" in a story datelined in Manila: the deals were signed with the host country. */
function addHostToLoneSigner(doc: Doc, e: DiplomaticEvent): void {
  const host = doc.dateline?.country;
  if (e.kind !== 'signing' || e.participants.length !== 1 || !host) return;
  const signer = e.participants[0]!;
  if (signer.kind === 'person' && signer.country && signer.country !== host) e.participants.push({ kind: 'country', country: host });
}
