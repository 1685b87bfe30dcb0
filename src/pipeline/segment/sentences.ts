import type { Range } from '../../core/span.js';
import {
  NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import { trimRange } from './paragraphs.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Intl.Segmenter is quadratic on long strings: a longer paragraph is fed in windows cut after a full stop. */
const WINDOW = 8000;

/** Sentence ranges (into `text`) of one paragraph range. Never crosses the paragraph. */
export function splitSentences(text: string, paragraph: Range): Range[] {
  const breaks = new Set<number>();
  for (const w of windows(text, paragraph)) {
    for (const b of segmenterBreaks(text, w)) breaks.add(b);
  }
  for (const b of gluedSentenceBreaks(text, paragraph)) breaks.add(b);
  const kept = [...breaks].filter((b) => b > paragraph.start && b < paragraph.end && !isFalseBreak(text, b, paragraph.end));
  kept.sort((a, b) => a - b);
  const out: Range[] = [];
  let start = paragraph.start;
  for (const b of [...kept, paragraph.end]) {
    const r = trimRange(text, { start, end: b });
    if (r.end > r.start) out.push(r);
    start = b;
  }
  return out;
}

function windows(text: string, p: Range): Range[] {
  const out: Range[] = [];
  let start = p.start;
  while (p.end - start > WINDOW) {
    const slice = text.slice(start, start + WINDOW);
    const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'));
    const end = cut > WINDOW / 4 ? start + cut + 1 : start + WINDOW;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: p.end });
  return out;
}

function segmenterBreaks(text: string, w: Range): number[] {
  const out: number[] = [];
  for (const s of segmenter.segment(text.slice(w.start, w.end))) {
    if (s.index > 0) out.push(w.start + s.index);
  }
  out.push(w.end);
  return out;
}

/** "development.Russia and China": scraped text that lost the space between two sentences. */
function gluedSentenceBreaks(text: string, p: Range): number[] {
  const out: number[] = [];
  const part = text.slice(p.start, p.end);
  if (!/[.!?]["”’]?\p{Lu}/u.test(part)) return out;
  const re = /\p{Ll}{2}[.!?]["”’]?(?=\p{Lu}\p{Ll})/gu;
  for (let m = re.exec(part); m; m = re.exec(part)) out.push(p.start + m.index + m[0].length);
  return out;
}

/**
 * A break before a lower-case word, or one the segmenter made after an abbreviation: a title ("Mr.", "Gen.",
 * "St."), a month before a number ("Nov. 3-14"), an initial ("H. R.") or a
 * dotted acronym ("U.S.", "H.R.") not followed by a usual sentence opener.
 * Two or more spaces after a full stop mark where a quotation mark was removed
 * (the Reuters research copies): there the break stands.
 */
function isFalseBreak(text: string, at: number, end: number): boolean {
  // no sentence opens in lower case ('“Are you ready?” he asked.') or with a comma ('summit. , which is held')
  if (/^\s*(?:[“"‘'(]?\p{Ll}|[,;:)\]])/u.test(text.slice(at, Math.min(end, at + 4)))) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /(\S+)(\s*)$/.exec(before);
  if (!m) return false;
  const token = m[1]!.replace(/^[("'“‘[]+/, '');
  if (!token.endsWith('.')) return false;
  const gap = m[2]!;
  const next = /^\s*(\S+)/.exec(text.slice(at, Math.min(end, at + 40)))?.[1] ?? '';
  const nextWord = next.replace(/^[("'“‘[]+/, '').replace(/[^\p{L}\p{N}].*$/u, '').toLowerCase();
  const word = token.slice(0, -1).toLowerCase();
  // "... met Hun Sen. Prayuth said": "Sen" closing a name (a capitalised word before it that is no party or office
  // adjective) ends the sentence; "Republican Sen. John McCain" does not.
  if (word === 'sen' && /(?:^|\s)\p{Lu}\p{Ll}+\s+$/u.test(before.slice(0, before.length - m[0].length) + ' ')
    && !/\b(?:Republican|Democratic|Democrat|Independent|State|Former|Veteran|Senior|Junior|Freshman)\s+$/.test(before.slice(0, before.length - m[0].length) + ' ')) return false;
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (NUMBER_ABBREVIATIONS.has(word)) return /^\d/.test(next);
  if (OTHER_ABBREVIATIONS.has(word) || /^(\p{L}\.)+$/u.test(token)) {
    if (/ {2,}/.test(gap)) return false;
    return !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}
