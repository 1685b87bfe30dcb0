import * as chrono from 'chrono-node';
import type { DateValue } from '../../core/types.js';
import { addDays, isoDay, isoMonth, isoYear, weekdayOf, type Day } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import { resolveYear } from './resolve-year.js';
import type { SentenceView } from './sentences-of.js';
import { tenseAround } from './tense.js';
import { resolveWeekday } from './weekday.js';

const parser = chrono.casual;

// Periods ("last week", "this year", "today") are read by relative-periods.ts, which controls their precision.
const PERIOD = /\b(days?|weeks?|months?|years?|hours?|today|tonight|yesterday|tomorrow|ago|now|morning|afternoon|evening|noon|midnight)\b/i;
const DAY_PART = /\b(?:morning|afternoon|evening|noon|midnight)\b/i;
const OTHER_PERIOD = /\b(?:days?|weeks?|months?|years?|hours?|today|tonight|yesterday|tomorrow|ago|now|this|last|next)\b/i;
const NAMED_DAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// A month standing alone is a date only after a word that introduces one ("in May", "since June"): "May s cabinet" is a person.
const MONTH_INTRO = /\b(?:in|on|of|since|by|until|till|from|to|through|during|before|after|early|late|mid|last|next|this|that|between|and|or|around|until|throughout|for|as of|beginning|end)\s*-?\s*$/i;
// A date names a month, a weekday or a number: "for a second" is a time span.
const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const MAY_HOLD_DATE_WORD = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun/i;
const LOWER_ONLY = /^[a-z.]+$/; // "may", "march", "sun": words, not dates
const WEEKDAY_NAME = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/**
 * Calendar dates and weekdays ("July 3, 2024", "on Oct. 16", "in May",
 * "on Monday") via chrono-node, never finer than the components the text
 * states. Missing years and bare weekdays resolve against the reference day
 * and the clause's tense; without a reference they give nothing.
 */
export function findExplicitDates(s: SentenceView, ref: Day | null): DateCandidate[] {
  // Every date kept below holds DATE_WORD, and chrono's text is part of the sentence: without those letters, chrono is not asked.
  if (!MAY_HOLD_DATE_WORD.test(s.text)) return [];
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateCandidate[] = dottedDates(s);
  // chrono reads "the evening of March 12" as a time with the day only implied: blank the day part (same length, so
  // offsets hold) and the date is read as written.
  const text0 = s.text.replace(/\b(?:morning|afternoon|evening|night)\s+of\s+(?=\d|[A-Z])/gi, (m) => ' '.repeat(m.length));
  for (const r of parser.parse(text0, { instant, timezone: 0 })) {
    if (out.some((d) => d.from < s.start + r.index + r.text.length && s.start + r.index < d.to)) continue;
    // chrono keeps trailing punctuation in its text ("On Wednesday,"); the date ends before it.
    const text = r.text.replace(/[\s,.;:]+$/, '');
    // "Wednesday morning", "the evening of March 12": a part of a named day is that day.
    const partOfNamedDay = DAY_PART.test(text) && !OTHER_PERIOD.test(text) && NAMED_DAY.test(text);
    const weekOfDay = /^(?:on\s+)?\p{Lu}\p{Ll}+day\s+(?:last|next|this)\s+week$/u.test(text);
    if ((PERIOD.test(text) && !partOfNamedDay && !weekOfDay) || LOWER_ONLY.test(text) || !DATE_WORD.test(text)) continue;
    if (!r.start.isCertain('day') && !r.start.isCertain('year') && r.start.isCertain('month') && !MONTH_INTRO.test(s.text.slice(Math.max(0, r.index - 14), r.index))) continue;
    const value = valueOf(r.start, s, r.index, r.index + text.length, ref);
    if (!value) continue;
    let endIso: string | undefined;
    if (r.end && r.end.isCertain('day') && r.end.isCertain('month')) {
      const end = valueOf(r.end, s, r.index, r.index + text.length, ref);
      if (end && end.value.length === 10 && end.value > value.value) endIso = end.value;
    }
    let to = r.index + text.length;
    // "on Monday last week", "on Friday next week": the weekday of the week named after it.
    const week = weekOfDay ? /(last|next|this)\s+week$/i.exec(text) : r.start.isCertain('weekday') && !r.start.isCertain('day') ? /^\s+(last|next|this)\s+week\b/i.exec(s.text.slice(to, to + 16)) : null;
    if (week && ref && r.start.get('weekday') !== null && r.start.get('weekday') !== undefined) {
      value.value = isoDay(weekdayOfWeek(r.start.get('weekday')!, ref, week[1]!.toLowerCase()));
      value.how = 'relative';
      if (!weekOfDay) to += week[0].length;
    }
    const pair = secondDayAfter(s.text, to);
    if (pair && value.value.length === 10 && !endIso) {
      endIso = value.value.slice(0, 8) + String(pair.day).padStart(2, '0');
      to = pair.end;
    }
    out.push({
      from: s.start + r.index,
      to: s.start + to,
      value: value.value,
      ...(endIso ? { end: endIso } : {}),
      how: value.how,
      rule: value.how === 'explicit' ? 'dates/explicit' : 'dates/weekday',
      confidence: value.how === 'explicit' ? 0.95 : 0.8,
    });
  }
  return out;
}

type Components = chrono.ParsedComponents;

// "12.03.2025": Russian and European copy write the day first (chrono would read the month first).
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

function dottedDates(s: SentenceView): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of s.text.matchAll(DOTTED)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (mo < 1 || mo > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) continue;
    out.push({ from: s.start + m.index!, to: s.start + m.index! + m[0].length, value: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, how: 'explicit', rule: 'dates/explicit', confidence: 0.9 });
  }
  return out;
}

function valueOf(c: Components, s: SentenceView, from: number, to: number, ref: Day | null): DateValue | null {
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  const yearStated = c.isCertain('year') ? c.get('year') : null;
  if (month !== null && month !== undefined) {
    let y = yearStated ?? yearWordAfter(s.text, to, ref);
    if (y === null) {
      if (!ref) return null;
      y = resolveYear(month, day ?? null, ref, tenseAround(s.text, from, to));
    }
    if (day !== null && day !== undefined) return { value: isoDay({ y, m: month, d: day }), how: yearStated ? 'explicit' : 'relative' };
    return { value: isoMonth(y, month), how: yearStated ? 'explicit' : 'relative' };
  }
  if (c.isCertain('weekday') && WEEKDAY_NAME.test(s.text.slice(from, to))) {
    if (!ref) return null;
    // "Sunday Times", "Monday Club": a weekday starting a name (not "on Wednesday Vance met": "on" makes it a day).
    if (!/^on\s/i.test(s.text.slice(from, to)) && /^\s+[A-Z][a-z]/.test(s.text.slice(to, to + 3)) && !/^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(s.text.slice(to, to + 5))) return null;
    const wd = c.get('weekday');
    if (wd === null || wd === undefined) return null;
    const head = s.text.slice(Math.max(0, from - 6), from + 5).toLowerCase();
    const modifier = /\blast\b/.test(head) ? 'last' : /\bnext\b/.test(head) ? 'next' : null;
    return { value: isoDay(resolveWeekday(wd, ref, tenseAround(s.text, from, to), modifier)), how: 'relative' };
  }
  if (yearStated) return { value: isoYear(yearStated), how: 'explicit' };
  return null;
}

/** The day of a weekday (0 = Sunday) in the week before, of or after the reference's (weeks from Monday). */
function weekdayOfWeek(weekday: number, ref: Day, which: string): Day {
  const fromMonday = (d: number): number => (d + 6) % 7;
  const monday = addDays(ref, -fromMonday(weekdayOf(ref)) + (which === 'last' ? -7 : which === 'next' ? 7 : 0));
  return addDays(monday, fromMonday(weekday));
}

// "in September this year", "in January next year": the year word that follows a month.
function yearWordAfter(text: string, at: number, ref: Day | null): number | null {
  const m = /^\s*(?:of\s+)?(this|last|next|that)\s+year\b/i.exec(text.slice(at, at + 20));
  if (!m) return null;
  // "in April of that year": the year named last before it.
  if (m[1]!.toLowerCase() === 'that') {
    const years = [...text.slice(0, at).matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)];
    return years.length ? Number(years[years.length - 1]![1]) : null;
  }
  if (!ref) return null;
  const w = m[1]!.toLowerCase();
  return ref.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

// "May 12 and 13": chrono reads only "May 12"; the second day makes a range.
function secondDayAfter(text: string, at: number): { day: number; end: number } | null {
  const m = /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per|million|billion|people|of|[a-z]+s\b))/i.exec(text.slice(at, at + 16));
  if (!m) return null;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? { day, end: at + m[0].length } : null;
}
