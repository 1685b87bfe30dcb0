import type { IsoDate } from '../core/types.js';

/** Days since 1970-01-01 of a full ISO date. */
function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The days a possibly partial date covers, as day numbers: "2022" is the whole
 * year, "2022-07" the month, "2022-07-28" one day. Null for anything unreadable.
 */
export function dateInterval(date: IsoDate | null | undefined, end?: IsoDate | null): [number, number] | null {
  if (!date) return null;
  const m = DATE_SHAPE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  const lo = dayNumber(y, mo ?? 1, d ?? 1);
  let hi = d != null ? lo : mo != null ? dayNumber(y, mo + 1, 1) - 1 : dayNumber(y + 1, 1, 1) - 1;
  if (end) {
    const e = dateInterval(end);
    if (e && e[1] > hi) hi = e[1];
  }
  return [lo, hi];
}

/** How precise a date is: 0 none, 1 year, 2 month, 3 day. */
export function datePrecision(date: IsoDate | null | undefined): number {
  if (!date || !DATE_SHAPE.test(date)) return 0;
  return date.split('-').length;
}

/** Whether two day intervals overlap, allowing `slackDays` between them. */
export function intervalsMeet(a: [number, number], b: [number, number], slackDays = 0): boolean {
  return a[0] <= b[1] + slackDays && b[0] <= a[1] + slackDays;
}

/** Whether two partial dates agree: "2022" agrees with "2022-07-28", "2022-07" does not agree with "2022-08-01". */
export function datesAgree(a: IsoDate | null | undefined, b: IsoDate | null | undefined): boolean {
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  return !!ia && !!ib && intervalsMeet(ia, ib);
}

/** ISO date of a day number. */
export function isoOfDay(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
