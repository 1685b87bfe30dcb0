import type { IsoDate } from '../../core/types.js';

/** A calendar day, month 1-12. Plain numbers keep the arithmetic free of time zones. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Parses a full ISO day (`2024-07-08`, or a timestamp starting with one); partial dates give null. */
export function parseDay(iso: IsoDate | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** The year of any ISO date, partial or full. */
export function yearOf(iso: IsoDate | null | undefined): number | null {
  const m = /^(\d{4})/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const isoYear = (y: number): IsoDate => pad(y, 4);
export const isoMonth = (y: number, m: number): IsoDate => `${pad(y, 4)}-${pad(m)}`;
export const isoDay = (day: Day): IsoDate => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

const toUtc = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d);
const fromUtc = (t: number): Day => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

export const addDays = (day: Day, n: number): Day => fromUtc(toUtc(day) + n * 86_400_000);

/** An ISO day n days later (earlier for negative n); a value that is no full day comes back as it was. */
export function shiftIsoDay(iso: IsoDate, n: number): IsoDate {
  const day = parseDay(iso.slice(0, 10));
  return day && iso.length >= 10 ? isoDay(addDays(day, n)) : iso;
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (day: Day): number => new Date(toUtc(day)).getUTCDay();

export const compareDays = (a: Day, b: Day): number => toUtc(a) - toUtc(b);

/** Shifts a month by n (negative for earlier), returning year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Whether a date string is a real calendar day (rejects Feb 30). */
export function isValidDay(day: Day): boolean {
  const back = fromUtc(toUtc(day));
  return back.y === day.y && back.m === day.m && back.d === day.d;
}
