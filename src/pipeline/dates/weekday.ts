import { addDays, weekdayOf, type Day } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * The day a bare weekday names. chrono resolves "on Monday" forward; news
 * mostly reports what happened, so a past or neutral clause takes the latest
 * such day on or before the reference, a future clause the earliest on or
 * after it. "last"/"next" before the weekday exclude the reference day itself.
 */
export function resolveWeekday(weekday: number, ref: Day, tense: Tense, modifier: 'last' | 'next' | null = null): Day {
  const refWd = weekdayOf(ref);
  if (modifier === 'next' || (tense === 'future' && modifier !== 'last')) {
    let n = (weekday - refWd + 7) % 7;
    if (n === 0 && modifier === 'next') n = 7;
    return addDays(ref, n);
  }
  let n = (refWd - weekday + 7) % 7;
  if (n === 0 && modifier === 'last') n = 7;
  return addDays(ref, -n);
}
