import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
/** "a two-day visit", "the three-day talks", "a week-long tour": how many days a stay or a meeting lasted, or null. */
export function daysLong(text: string): number | null {
  const m = DAYS_LONG.exec(text);
  if (!m) return null;
  if (!m[1]) return 7;
  return WORD_COUNT[m[1].toLowerCase()] ?? Number(m[1]);
}

const DAYS_LONG = /\b(?:(two|three|four|five|six|seven|\d+)-day|week-long)\b/i;
const WORD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** Whether a sentence's "three-day visit to Cuba" is a trip to another country than `host` ("flew into Buenos Aires
 * late on Tuesday after a historic three-day visit to Cuba"): its days say nothing of this visit. */
export function daysOfAnotherTrip(doc: Doc, sentence: Range, host: string | undefined): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = /\b(?:(?:two|three|four|five|six|seven|\d+)-day|week-long)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay)\s+(?:to|in)\s+/i.exec(text);
  if (!m || !host) return false;
  const at = sentence.start + m.index + m[0].length;
  const place = doc.mentions.find((x) => (x.type === 'country' || x.type === 'place') && x.range.start >= at && x.range.start <= at + 4);
  return Boolean(place?.country) && place!.country !== host;
}
