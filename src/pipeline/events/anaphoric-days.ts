import type { Doc } from '../../core/doc.js';
import type { DateMention } from '../../core/types.js';
import { shiftIsoDay } from '../dates/calendar.js';
import { sentencesOf } from '../dates/sentences-of.js';
import { AFTER_THE_TALKS } from './event-date.js';
import type { TriggerHit } from './triggers.js';

// Days an engagement's clause names only by pointing at something told before: "on the same day", "the next day",
// "after the talks", "ahead of the ceremony".

// "On the same day, Li met Putin", "The next day he flew to Minsk", "A day earlier Nurtleu held consultations": a day
// named by the engagement told before.
// ("The same day that Mattis landed": a day the clause itself names.)
const DAY_ANAPHOR = /\b(?:(?:on\s+)?(?:the\s+same|that)\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:on\s+)?the\s+(next|following)\s+day|a\s+day\s+(later)|(a\s+day\s+earlier|the\s+(?:day|evening)\s+before|the\s+previous\s+day|on\s+the\s+eve))\b(?!\s+(?:that|as|when|on\s+which|of)\b)/i;

export function dayOfTheLastReport(text: string, s: { start: number; end: number }, hit: TriggerHit, lastDay: string | undefined, lastTalksDay: string | undefined, reference: string | null): DateMention | null {
  const head = text.slice(s.start, hit.from);
  // ("After the talks, the two signed ...": the talks' day.)
  const after = AFTER_THE_TALKS.exec(head);
  if (after && lastTalksDay && hit.kind !== 'meeting') {
    const start = s.start + after.index;
    return { id: '', range: { start, end: start + after[0].length }, surface: after[0], value: lastTalksDay, how: 'relative', rule: 'events/day-of-last-talks', confidence: 0.6 };
  }
  // ("Tillerson, who flew in late on Wednesday, held talks in the morning with ...": a part of the day with no day named
  // is the story's day.)
  const partOfDay = /^\s+(?:[\w-]+\s+){0,2}?(?:in|during)\s+the\s+(?:morning|afternoon|evening)\b/i.exec(text.slice(hit.to, Math.min(s.end, hit.to + 30)))
    ?? /\b(?:in|during)\s+the\s+(?:morning|afternoon|evening),?\s+(?:[\w.'’-]+\s+){0,6}$/i.exec(head);
  if (partOfDay && reference?.length === 10 && !DAY_ANAPHOR.test(head)) {
    return { id: '', range: { start: hit.from, end: hit.to }, surface: partOfDay[0], value: reference, how: 'relative', rule: 'events/part-of-the-day', confidence: 0.5 };
  }
  if (!lastDay) return null;
  const m = DAY_ANAPHOR.exec(head);
  if (!m || /[;]|\b(?:said|says|told)\b/.test(head.slice(m.index))) return null;
  const value = m[1] || m[2] ? shiftIsoDay(lastDay, 1) : m[3] ? shiftIsoDay(lastDay, -1) : lastDay;
  // (A day after the story's own is not for a past tense to take: the story's clock says less than the verb.)
  if (reference && value > reference && !/\b(?:will|to|is|are)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, hit.from - 20), hit.from))) return null;
  const start = s.start + m.index;
  return { id: '', range: { start, end: start + m[0].length }, surface: m[0], value, how: 'relative', rule: 'events/day-of-last-report', confidence: 0.6 };
}

// "Ahead of the ceremony, Nauseda held talks with Tusk": the day an earlier sentence gave that ceremony. (Summits
// and forums are gatherings, which the sideline rules date.)
const AROUND_OCCASION = /\b(?:ahead of|before|after|at|during|on the sidelines of|on the margins of)\s+the\s+(ceremony|celebrations?|inauguration|parade|funeral|coronation|signing)\b/i;

export function dayOfTheOccasion(doc: Doc, s: { start: number; end: number }, hit: TriggerHit): DateMention | null {
  const head = doc.text.slice(s.start, hit.from);
  const m = AROUND_OCCASION.exec(head);
  if (!m) return null;
  const noun = m[1]!.toLowerCase().replace(/s$/, '');
  // The last sentence before this one that names the occasion with a day of its own.
  for (const told of sentencesOf(doc).filter((t) => t.end <= s.start).reverse()) {
    const named = new RegExp(`\\b${noun}s?\\b`, 'i').exec(told.text);
    if (!named) continue;
    // (The day nearest the occasion's name in that sentence.)
    const at = told.start + named.index;
    const day = doc.dates.filter((d) => d.range.start >= told.start && d.range.end <= told.end && d.value.length === 10 && d.how !== 'gathering')
      .sort((a, b) => Math.abs(a.range.start - at) - Math.abs(b.range.start - at))[0];
    if (!day) continue;
    const start = s.start + m.index;
    return { id: '', range: { start, end: start + m[0].length }, surface: m[0], value: day.value, how: day.how, rule: 'events/day-of-the-occasion', confidence: 0.55 };
  }
  return null;
}
