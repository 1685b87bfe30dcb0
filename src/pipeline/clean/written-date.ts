import type { IsoDate } from '../../core/types.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** "July 8, 2024", "8 July 2024", "2024-07-08", "2024/07/08", "08.07.2024" (day first, as Russian and European sites
 * write it), with an optional weekday before; "7 May، 2025" with the Arabic comma of Arabic sites' English pages. */
const WRITTEN_DATE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?[,،]?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}[,،]?\\s+(\\d{4})|(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))`,
  'i',
);

export const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)];

/** The calendar date a written date starts with, and how many characters it took; null when not a valid date. */
export function readWrittenDate(s: string): { value: IsoDate; length: number } | null {
  const m = WRITTEN_DATE.exec(s.trim());
  if (!m) return null;
  const lead = s.length - s.trimStart().length;
  let y: number, mo: number | undefined, d: number;
  if (m[1]) [mo, d, y] = [monthNumber(m[1]), Number(m[2]), Number(m[3])];
  else if (m[5]) [d, mo, y] = [Number(m[4]), monthNumber(m[5]), Number(m[6])];
  else if (m[7]) [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  else [d, mo, y] = [Number(m[10]), Number(m[11]), Number(m[12])];
  const value = isoDay(y, mo, d);
  return value ? { value, length: lead + m[0].length } : null;
}

/** A valid ISO day, or null ("2024-02-30" is not one). */
export function isoDay(y: number, mo: number | undefined, d: number): IsoDate | null {
  if (!mo || y < 1900 || y > 2200 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
