import type { IsoDate } from '../core/types.js';

/**
 * Partial ISO dates ("2022", "2022-07", "2022-07-28") as day ranges, so a
 * role held "from 2004" and a question about "2004-03" can be compared.
 * Day strings compare correctly as strings; "-31" stands for any month's end.
 */
export function firstDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * Whether a period [from, to) covers any day of `date`. A full `to` date is
 * the day the holder left (a successor's first day), so it is excluded; a
 * partial `to` ("2022") covers the whole period it names.
 */
export function periodCovers(from: IsoDate | undefined, to: IsoDate | undefined, date: IsoDate): boolean {
  if (from && firstDay(from) > lastDay(date)) return false;
  if (!to) return true;
  const start = firstDay(date);
  return to.length === 10 ? start < to : start <= lastDay(to);
}
