import type { Range } from '../../core/span.js';
import type { Place } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { monthNumber } from './written-date.js';

/**
 * "HANOI:", "WASHINGTON (Reuters) -", "MOSCOW, July 3 (Reuters) -",
 * "BEIJING, Jan. 5 (Xinhua) --", "KYIV, Ukraine (AP) —", "GOMA (Radio Okapi) —", "MOSCOW, April 24. /TASS/.".
 * Groups: 1 place in capitals, 2 region or country, 3 month and day, 4 agency.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+)*)(?:\/\p{Lu}[\p{Lu}.'’ -]+)*(?:,\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?(?:,?\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}))?\s*(?:\(([^)]{2,40})\)\s*)?(?:(?::|-{1,2}|—|–)\s|\.?\s*\/[A-Za-z -]{2,20}\/\.?\s)/u;

// "Dar es Salaam. Tanzania and Mozambique have signed ...", "Nairobi — Kenya's president ...": a known city written in
// title case, then a full stop or a dash and a new sentence.
const TITLE_DATELINE = /^(\p{Lu}\p{Ll}+(?:\s(?:es|de|el|al|da|do|\p{Lu}\p{Ll}+)){0,3})(?:,\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?\s*(?:\.|—|–|-{1,2})\s+(?=\p{Lu}\p{Ll})/u;

// "Pyongyang, September 19 (KCNA) --": a known city in title case with the day and the agency, groups as DATELINE's.
const TITLE_DAY_DATELINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)()?,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})\s*(?:\(([^)]{2,40})\)\s*)?(?:-{1,2}|—|–|:)\s/u;

/** The title-case dateline, shaped as the capitals pattern's match, when the base knows its city. */
function titleCaseDateline(line: string, kb: KnowledgeBase): RegExpExecArray | null {
  const m = TITLE_DATELINE.exec(line) ?? TITLE_DAY_DATELINE.exec(line);
  if (!m) return null;
  const country = m[2] ? kb.countryByName(m[2])?.code : undefined;
  return kb.cityByName(m[1]!, country) ? m : null;
}

/** How many body lines at the top may open with the dateline. */
const DATELINE_LINES = 8;
/** How far down a page's menus (Events, Transcripts, Trips, ...) its day-and-place header block may come. */
const HEADER_BLOCK_LINES = 30;

export interface FoundDateline {
  place: Place & { range: Range };
  /** Month and day written in the dateline, if any. */
  monthDay?: { month: number; day: number };
}

// A page's header of its own lines: "September 3, 2024", then "14:35", then "Ulaanbaatar" (presidential sites); the
// place line must be a place and nothing else, so a date line over a headline or a body paragraph is no header.
const HEADER_DAY = /^(?:(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2}),\s+\d{4}|(\d{1,2})\s+(\p{Lu}\p{Ll}{2,8})\s+\d{4})$/u;
const HEADER_TIME = /^\d{1,2}:\d{2}$/;
const HEADER_PLACE = /^\p{Lu}[\p{L}'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}'’ -]{1,40})?$/u;

/** The city of a header block (a day line, a time line, a place line), with the header's day. */
function headerDateline(text: string, lines: readonly Range[], kb: KnowledgeBase): FoundDateline | null {
  const content = (r: Range | undefined): string => (r ? text.slice(r.start, r.end).trim() : '');
  for (let i = 0; i + 1 < lines.length && i < HEADER_BLOCK_LINES; i++) {
    const day = HEADER_DAY.exec(content(lines[i]));
    if (!day) continue;
    // (The time line may be gone already: cleaning drops lines of bare numbers.)
    const line = HEADER_TIME.test(content(lines[i + 1])) ? lines[i + 2] : lines[i + 1];
    if (!line) return null;
    const written = content(line);
    if (!HEADER_PLACE.test(written)) return null;
    // ("The Kremlin, Moscow", "Novo-Ogaryovo, Moscow Region": the city is one of the parts.)
    // (Of "The Kremlin, Moscow", the city, not the venue.)
    const parts = written.split(/,\s*/).map((part) => kb.cityByName(part)).filter((c) => c !== undefined);
    const city = parts.find((c) => c.kind !== 'venue') ?? parts[0];
    if (!city) return null;
    const month = monthNumber(day[1] ?? day[4]!);
    const start = line.start + text.slice(line.start, line.end).indexOf(written);
    return {
      place: { name: city.name, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon, range: { start, end: start + written.length } },
      ...(month ? { monthDay: { month, day: Number(day[2] ?? day[3]) } } : {}),
    };
  }
  return null;
}

/** The dateline of the first body lines, when its place is a city the knowledge base knows or is followed by a known country. */
export function findDateline(text: string, bodyLines: readonly Range[], kb: KnowledgeBase): FoundDateline | null {
  const header = headerDateline(text, bodyLines, kb);
  if (header) return header;
  for (const line of bodyLines.slice(0, DATELINE_LINES)) {
    const content = text.slice(line.start, line.end);
    const lead = content.length - content.trimStart().length;
    const m = DATELINE.exec(content.slice(lead)) ?? titleCaseDateline(content.slice(lead), kb);
    if (!m) continue;
    const written = m[1]!;
    const country = m[2] ? kb.countryByName(m[2])?.code : undefined;
    const city = kb.cityByName(titleCase(written), country) ?? (m[2] ? undefined : kb.cityByName(titleCase(written)));
    const range = { start: line.start + lead, end: line.start + lead + written.length };
    // "KISUMU, Kenya (Reuters) -": a place the base does not know, in a country it does
    const place: Place | undefined = city
      ? { name: city.name, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon }
      : country ? { name: titleCase(written), country } : undefined;
    if (!place) continue;
    const md = m[3] ? /^(\S+?)\.?\s+(\d{1,2})$/.exec(m[3]) : null;
    const month = md ? monthNumber(md[1]!) : undefined;
    return {
      place: { ...place, range },
      ...(month && md ? { monthDay: { month, day: Number(md[2]) } } : {}),
    };
  }
  return null;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
