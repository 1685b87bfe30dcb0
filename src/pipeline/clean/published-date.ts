import type { Range } from '../../core/span.js';
import type { DateHow, IsoDate } from '../../core/types.js';
import { isoDay, readWrittenDate } from './written-date.js';

export interface FoundDate {
  value: IsoDate;
  how: DateHow;
  range: Range;
  /** Lower is better: a labelled publication date beats a bare timestamp, which beats an "updated" date. */
  rank: number;
}

/** A date and time alone on its line: "2024-07-08 04:55:57", "2024-07-08T04:55Z". */
const TIMESTAMP_LINE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i;
/** "Published: July 8, 2024", "Posted on 8 July 2024 10:00", "Updated 2024-07-08". */
const LABELLED = /^(published|posted|first published|date|updated|last updated|modified)(?:\s+(?:on|at))?\s*:?\s*/i;
/** Whatever may follow a date on a timestamp line: a time, a zone, "| 3 min read". */
const AFTER_DATE = /^\s*(?:(?:at|,|-|–|—|\||·)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?)?\s*(?:[|·].{0,40})?$/i;

/** How many lines at the top and at the bottom of an article may hold its publication date. */
const TOP_LINES = 6;
const BOTTOM_LINES = 5;

/**
 * The publication date written in the article itself: a trailing timestamp
 * line, a labelled "Published ..." line, or a date line near the top. Lines are
 * ranges of the cleaned text.
 */
export function findPublishedInText(text: string, lines: readonly Range[]): FoundDate | null {
  const candidates: FoundDate[] = [];
  lines.forEach((line, i) => {
    const nearTop = i < TOP_LINES;
    const nearBottom = i >= lines.length - BOTTOM_LINES;
    if (!nearTop && !nearBottom) return;
    const found = dateOfLine(text.slice(line.start, line.end));
    if (found) candidates.push({ ...found, range: { start: line.start + found.offset, end: line.start + found.end } });
  });
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0] ?? null;
}

function dateOfLine(line: string): (Omit<FoundDate, 'range'> & { offset: number; end: number }) | null {
  if (TIMESTAMP_LINE.test(line)) {
    const value = isoDay(Number(line.slice(0, 4)), Number(line.slice(5, 7)), Number(line.slice(8, 10)));
    return value ? { value, how: 'timestamp', rank: 1, offset: 0, end: line.length } : null;
  }
  const label = LABELLED.exec(line);
  const from = label ? label[0].length : 0;
  const date = readWrittenDate(line.slice(from));
  if (!date || !AFTER_DATE.test(line.slice(from + date.length))) return null;
  const updated = label ? /updated|modified/i.test(label[1]!) : false;
  const rank = label ? (updated ? 3 : 0) : 2;
  return { value: date.value, how: 'timestamp', rank, offset: from, end: line.length };
}
