import { compareDays, isValidDay, type Day } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * The year of a month (and day) written without one, from the reference day:
 * a past-tense clause takes the latest such date on or before the reference,
 * a future one the earliest on or after it, a neutral one the nearest.
 */
export function resolveYear(month: number, day: number | null, ref: Day, tense: Tense): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1]
    .map((y) => ({ y, m: month, d: day ?? 1 }))
    .filter(isValidDay);
  const sameMonth = (c: Day): boolean => day === null && c.y === ref.y && c.m === ref.m;
  if (tense === 'past') {
    const past = candidates.filter((c) => sameMonth(c) || compareDays(c, ref) <= 0);
    return past.length ? past[past.length - 1]!.y : ref.y;
  }
  if (tense === 'future') {
    const future = candidates.filter((c) => compareDays(endOf(c, day), ref) >= 0);
    return future.length ? future[0]!.y : ref.y;
  }
  let best = ref.y, dist = Infinity;
  for (const c of candidates) {
    const dd = Math.abs(compareDays(c, ref));
    if (sameMonth(c)) return c.y;
    if (dd < dist) { dist = dd; best = c.y; }
  }
  return best;
}

// For a month without a day, the month counts as "on or after" the reference until it ends.
function endOf(c: Day, day: number | null): Day {
  return day === null ? { y: c.y, m: c.m, d: 28 } : c;
}
