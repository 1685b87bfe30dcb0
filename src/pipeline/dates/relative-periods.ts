import { addDays, addMonths, isoDay, isoMonth, isoYear, weekdayOf, type Day } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import type { SentenceView } from './sentences-of.js';

const PERIOD_RE = /\b(?:(today|tonight|this (?:morning|afternoon|evening)|later (?:in the day|today|this (?:morning|afternoon|evening)))|(yesterday)|(tomorrow)|(?:(earlier|later) )?(this|last|next) (week|month|year)|(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago)\b/gi;

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Periods counted from the reference day: "today", "later in the day", "yesterday", "last week",
 * "next month", "this year", "two years ago". A week gives its month only
 * when the whole week lies in one month (the output has no week precision).
 * Without a reference day they give nothing, except nothing can be known.
 */
// "last May", "next March", "this April": a named month counted from the reference month.
const NAMED_MONTH_RE = /\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "at the end of March", "in early May": a part of a month gives the month, the year the nearest one to the reference.
const MONTH_PART_RE = /\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid-?)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi;

/** "last May", "next March": read before the calendar dates, which would take the month alone. */
export function findRelativeMonths(s: SentenceView, ref: Day | null): DateCandidate[] {
  if (!ref) return [];
  const out: DateCandidate[] = [];
  MONTH_PART_RE.lastIndex = 0;
  for (let m = MONTH_PART_RE.exec(s.text); m; m = MONTH_PART_RE.exec(s.text)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    // (Within six months either way: "at the end of March" written in February is this March, in November the next.)
    const y = month - ref.m > 6 ? ref.y - 1 : ref.m - month > 6 ? ref.y + 1 : ref.y;
    out.push({ from: s.start + m.index, to: s.start + m.index + m[0].length, value: isoMonth(y, month), how: 'relative', rule: 'dates/month-part', confidence: 0.8 });
  }
  NAMED_MONTH_RE.lastIndex = 0;
  for (let m = NAMED_MONTH_RE.exec(s.text); m; m = NAMED_MONTH_RE.exec(s.text)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const which = m[1]!.toLowerCase();
    // "last May" in May is a year ago; "next May" in May is a year ahead.
    const y = which === 'this' ? ref.y : which === 'next' ? (month > ref.m ? ref.y : ref.y + 1) : (month < ref.m ? ref.y : ref.y - 1);
    out.push({ from: s.start + m.index, to: s.start + m.index + m[0].length, value: isoMonth(y, month), how: 'relative', rule: 'dates/relative-month', confidence: 0.85 });
  }
  return out;
}

export function findRelativePeriods(s: SentenceView, ref: Day | null): DateCandidate[] {
  if (!ref) return [];
  const out: DateCandidate[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(s.text); m; m = PERIOD_RE.exec(s.text)) {
    const v = periodValue(m, ref);
    if (!v) continue;
    out.push({
      from: s.start + m.index,
      to: s.start + m.index + m[0].length,
      value: v,
      how: m[1] ? 'reference' : 'relative',
      rule: 'dates/relative-period',
      confidence: 0.85,
    });
  }
  YEAR_PART_RE.lastIndex = 0;
  for (let m = YEAR_PART_RE.exec(s.text); m; m = YEAR_PART_RE.exec(s.text)) {
    out.push({ from: s.start + m.index, to: s.start + m.index + m[0].length, value: yearPartValue(m, ref), how: 'relative', rule: 'dates/relative-year-part', confidence: 0.8 });
  }
  return out;
}

// "in the second half of the year", "by the end of next year", "next summer", "in the spring": parts of a year give the
// year only ("in the spring" is this year's, the story's year).
const YEAR_PART_RE = /\b(?:(?:the\s+)?(?:first|second|latter)\s+half\s+of|the\s+(?:end|start|beginning|middle)\s+of)\s+(the|this|next|last)\s+(year|month)\b|\b(this|next|last|in\s+the)\s+(spring|summer|autumn|fall)\b/gi;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };

function yearPartValue(m: RegExpExecArray, ref: Day): string {
  if (m[1]) {
    const shift = m[1].toLowerCase() === 'next' ? 1 : m[1].toLowerCase() === 'last' ? -1 : 0;
    if (m[2]!.toLowerCase() === 'year') return isoYear(ref.y + shift);
    const { y, m: month } = addMonths(ref.y, ref.m, shift);
    return isoMonth(y, month);
  }
  const [first, last] = SEASON_MONTHS[m[4]!.toLowerCase()]!;
  const which = m[3]!.toLowerCase();
  // (Northern seasons, as the wires write them: "next summer" in August is a year ahead.)
  if (which === 'next') return isoYear(ref.m < first ? ref.y : ref.y + 1);
  if (which === 'last') return isoYear(ref.m > last ? ref.y : ref.y - 1);
  if (which !== 'this') return isoYear(ref.y);
  return isoYear(ref.y);
}

function periodValue(m: RegExpExecArray, ref: Day): string | null {
  if (m[1]) return isoDay(ref);
  if (m[2]) return isoDay(addDays(ref, -1));
  if (m[3]) return isoDay(addDays(ref, 1));
  if (m[5] && m[6]) {
    const which = m[5].toLowerCase();
    // "the past year" is the last twelve months, not the previous calendar year: only this/last/next count.
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    // ("later this week" said on a Sunday: the days to come; "earlier this week": the days gone by.)
    if (which === 'this' && m[6].toLowerCase() === 'week' && m[4]) return partOfWeek(m[4].toLowerCase(), ref);
    return shiftedPeriod(m[6].toLowerCase(), shift, ref);
  }
  if (m[7] && m[8]) {
    const n = NUMBER[m[7].toLowerCase()] ?? Number(m[7]);
    if (!Number.isFinite(n)) return null;
    const unit = m[8].toLowerCase();
    if (unit === 'day') return isoDay(addDays(ref, -n));
    return shiftedPeriod(unit, -n, ref);
  }
  return null;
}

/** The month of the days of this week before ("earlier") or after ("later") the reference, else its year. */
function partOfWeek(which: string, ref: Day): string | null {
  const fromMonday = (weekdayOf(ref) + 6) % 7;
  // (On a Sunday the week is over: "later this week" is the days to come.)
  const [first, last] = which === 'later' ? (fromMonday === 6 ? [addDays(ref, 1), addDays(ref, 6)] : [addDays(ref, 1), addDays(ref, 6 - fromMonday)])
    : [addDays(ref, -fromMonday), addDays(ref, fromMonday === 0 ? 0 : -1)];
  if (first.y === last.y && first.m === last.m) return isoMonth(first.y, first.m);
  return first.y === last.y ? isoYear(first.y) : null;
}

function shiftedPeriod(unit: string, shift: number, ref: Day): string | null {
  if (unit === 'year') return isoYear(ref.y + shift);
  if (unit === 'month') {
    const { y, m } = addMonths(ref.y, ref.m, shift);
    return isoMonth(y, m);
  }
  // A week from Monday to Sunday.
  const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + 7 * shift);
  const sunday = addDays(monday, 6);
  if (monday.y === sunday.y && monday.m === sunday.m) return isoMonth(monday.y, monday.m);
  return monday.y === sunday.y ? isoYear(monday.y) : null;
}
