import type { Range } from '../../core/span.js';
import type { DateHow, IsoDate } from '../../core/types.js';
import { isoDay, readWrittenDate } from './written-date.js';

export interface FoundDate {
  value: IsoDate;
  how: DateHow;
  /** Where the date is written (offsets of the text searched). */
  range: Range;
  /** Lower is better: a labelled publication date beats a bare timestamp, which beats an "updated" date. */
  rank: number;
}

/** A date and time alone on its line: "2023-11-14 09:21:40", "2023-11-14T09:21Z". */
const TIMESTAMP_LINE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i;
/** "Published: July 8, 2024", "Jane Doe | Posted on 8 July 2024 10:00", "Last updated 2024-07-08". */
const LABEL = /(?:^|[\s|·•,(])((?:first\s+)?published|posted|(?:last\s+)?updated|modified|date|scraped|retrieved|captured)(?:\s+(?:on|at))?\s*:?\s*/gi;
/** Whatever may follow a bare date on a timestamp line: a time, a zone, "| 3 min read". */
const AFTER_DATE = /^\s*(?:(?:at|,|-|–|—|\||·)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?)?\s*(?:[|·].{0,40})?$/i;

/** A clock time right after a date, then a few words of place or zone: "15:06, UK", "13:40   The Kremlin, Moscow". */
const CLOCK_THEN_TAIL = /^\s*(?:,|at|-|–|—)?\s*\d{1,2}:\d{2}\b(?:\s*(?:am|pm))?(?![^.!?]*[.!?]\s*\S)[,\s]*(?:[\p{L}'’-]+,?\s*){0,5}$/iu;

const TIME_FIRST = /^\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4}\b)?\s*,?\s*(?=\S)/i;

const BRIEFING_ON = /\b(?:press conference|press briefing|news conference|briefing)\s+(?:on|of)\s+/i;

const COPYRIGHT_DATE = /(?:copyright|©)\s*(?:©\s*)?(?:[\p{L}.&'’-]+\s+){0,4}(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\b/iu;

/** "18/04/2024" (day first, as outside the US) or "2024-04-18"; a day and month that could swap ("04/05/2024") give nothing. */
function slashedDay(s: string): IsoDate | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [a, b, y] = s.split(/[/.]/).map(Number) as [number, number, number];
  if (a > 12 && b <= 12) return isoDay(y, b, a);
  if (b > 12 && a <= 12) return isoDay(y, a, b);
  return null;
}

/** How many lines at the top and at the bottom of an article may hold its publication date. */
const TOP_LINES = 6;
const BOTTOM_LINES = 5;
/** How far down a page's header (menus, banners, a byline) may reach before its first paragraph. */
const HEADER_LINES = 30;
/** A line longer than this is article text, not a date line. */
const MAX_WORDS = 25;

/**
 * The publication date written in the article itself: a trailing timestamp
 * line, a labelled "Published ..." line (also inside a byline), or a date line
 * near the top. `lines` are the non-blank lines of `text`, which is read before
 * noise is dropped so that a date inside a dropped byline still counts.
 */
export function findPublishedInText(text: string, lines: readonly Range[]): FoundDate | null {
  const candidates: FoundDate[] = [];
  // ("Skip to main content", menus and a cookie banner above "Posted Mon 6 Nov 2023": a page's header runs to its
  // first paragraph of text, and a labelled date anywhere in it is the page's.)
  const words = (r: Range): number => (text.slice(r.start, r.end).match(/\S+/g) ?? []).length;
  const firstParagraph = lines.findIndex((r) => words(r) > MAX_WORDS);
  const headerEnd = Math.min(firstParagraph < 0 ? lines.length : firstParagraph, HEADER_LINES);
  lines.forEach((line, i) => {
    const inHeader = i >= TOP_LINES && i < headerEnd;
    if (i >= TOP_LINES && i < lines.length - BOTTOM_LINES && !inHeader) return;
    const content = text.slice(line.start, line.end);
    if (words(line) > MAX_WORDS) return;
    for (const found of datesOfLine(content)) {
      if (inHeader && i < lines.length - BOTTOM_LINES && found.rank !== 0) continue;
      candidates.push({ value: found.value, how: 'timestamp', rank: found.rank, range: { start: line.start + found.start, end: line.start + found.end } });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0] ?? null;
}

function datesOfLine(line: string): { value: IsoDate; rank: number; start: number; end: number }[] {
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trim();
  if (TIMESTAMP_LINE.test(trimmed)) {
    const value = isoDay(Number(trimmed.slice(0, 4)), Number(trimmed.slice(5, 7)), Number(trimmed.slice(8, 10)));
    return value ? [{ value, rank: 1, start: lead, end: lead + trimmed.length }] : [];
  }
  // "Source: Xinhua | 2025-03-04 09:12:03 | Editor: huaxia": a timestamp as one field of a credits line.
  if (line.includes('|')) {
    let at = 0;
    for (const field of line.split('|')) {
      const f = field.trim();
      const start = at + field.indexOf(f);
      at += field.length + 1;
      // ("MercoPress | Sunday, November 9th 2025 - 08:31 UTC": a written date with its time as one field too.)
      const written = f ? readWrittenDate(f) : null;
      if (written && written.value.length === 10 && AFTER_DATE.test(f.slice(written.length).replace(/^\s*-\s*/, ' '))) return [{ value: written.value, rank: 2, start, end: start + written.length }];
      if (!f || !TIMESTAMP_LINE.test(f)) continue;
      const value = isoDay(Number(f.slice(0, 4)), Number(f.slice(5, 7)), Number(f.slice(8, 10)));
      if (value) return [{ value, rank: 1, start, end: start + f.length }];
    }
  }
  const out: { value: IsoDate; rank: number; start: number; end: number }[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) {
    // ("Updated 9:47 PM ET, Tue September 15, 2020": the time may come before the date.)
    const from = m.index + m[0].length + (TIME_FIRST.exec(line.slice(m.index + m[0].length))?.[0].length ?? 0);
    // ("Date 02/14/2026": a slashed date whose order the day's size makes plain.)
    const slashed = /^(\d{1,2}\/\d{1,2}\/\d{4})\b/.exec(line.slice(from));
    const slashedValue = slashed ? slashedDay(slashed[1]!) : null;
    const date = readWrittenDate(line.slice(from)) ?? (slashedValue ? { value: slashedValue, length: slashed![1]!.length } : null);
    if (!date) continue;
    const label = m[1]!.toLowerCase();
    // (A page's capture time comes after its publication: it ranks with an update.)
    const rank = /updated|modified|scraped|retrieved|captured/.test(label) ? 3 : label === 'date' ? 2 : 0;
    out.push({ value: date.value, rank, start: from, end: from + date.length });
  }
  if (out.length) return out;
  // "(Juche113.11.2.)": the North Korean calendar counts years from 1912.
  const juche = /\bJuche\s?(\d{2,3})\.(\d{1,2})\.(\d{1,2})\b/.exec(line);
  if (juche) {
    const value = isoDay(1911 + Number(juche[1]), Number(juche[2]), Number(juche[3]));
    if (value) return [{ value, rank: 1, start: juche.index, end: juche.index + juche[0].length }];
  }
  // "Copyright © africanews 18/04/2024": a full date in the copyright line is the page's own.
  const copy = COPYRIGHT_DATE.exec(line);
  if (copy) {
    const value = slashedDay(copy[1]!);
    if (value) return [{ value, rank: 2, start: copy.index + copy[0].length - copy[1]!.length, end: copy.index + copy[0].length }];
  }
  // "Foreign Ministry Spokesperson's Regular Press Conference on November 29, 2024": a briefing's title dates its page.
  const briefing = BRIEFING_ON.exec(line);
  if (briefing) {
    const from = briefing.index + briefing[0].length;
    const date = readWrittenDate(line.slice(from));
    if (date && date.value.length === 10 && !line.slice(from + date.length).trim()) return [{ value: date.value, rank: 2, start: from, end: from + date.length }];
  }
  // ("05/10/2025May 10, 2025": a scraped header glues a slashed date, whose order is unknown, to the same date written out.)
  const glued = /^\d{1,2}\/\d{1,2}\/\d{4}(?=\p{L})/u.exec(trimmed);
  if (glued) {
    const written = readWrittenDate(trimmed.slice(glued[0].length));
    if (written && AFTER_DATE.test(trimmed.slice(glued[0].length + written.length))) return [{ value: written.value, rank: 2, start: lead + glued[0].length, end: lead + glued[0].length + written.length }];
  }
  const bare = readWrittenDate(trimmed);
  // (A date with its clock time is a page's stamp even when the place of the story follows on the same line.)
  if (bare && (AFTER_DATE.test(trimmed.slice(bare.length)) || CLOCK_THEN_TAIL.test(trimmed.slice(bare.length)))) out.push({ value: bare.value, rank: 2, start: lead, end: lead + bare.length });
  return out;
}
