import type { DateCandidate } from './candidate.js';
import type { SentenceView } from './sentences-of.js';

// A four-digit year standing alone: not a count ("2,000", "1500 troops"), money or part of a longer number.
const YEAR_RE = /(?<![\d$€£,.\-/])\b(1[89]\d{2}|20\d{2})\b(?!\d|,\d|\s*(?:%|percent|troops|people|soldiers|km|kilometers|miles|tons|tonnes|dollars|hours|feet|meters)\b)/g;

// Later years are counts or codes, not dates of diplomacy ("2082 people").
const LATEST_YEAR = new Date().getUTCFullYear() + 10;

/**
 * Years that chrono leaves alone: "in 2022", "since 2000", "the 2024-25
 * presidency". Only the year is certain.
 */
export function findYears(s: SentenceView, taken: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(s.text); m; m = YEAR_RE.exec(s.text)) {
    const from = s.start + m.index, to = from + m[0].length;
    if (Number(m[1]) > LATEST_YEAR) continue;
    if (taken.some((t) => t.from <= from && to <= t.to)) continue;
    out.push({ from, to, value: m[1]!, how: 'explicit', rule: 'dates/year', confidence: 0.75 });
  }
  return out;
}
