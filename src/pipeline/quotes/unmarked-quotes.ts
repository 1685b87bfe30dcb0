/**
 * Rule: quotations whose marks were stripped to spaces (the ISOT Reuters corpus
 * and others like it): `support.  We would like ... resolutions,  the official said.`
 * Each lost mark left a double space (or a space before punctuation: `issue .`);
 * the marks are paired in order within a paragraph. A double space between a
 * plural and a lower-case word is a lost apostrophe (`the Philippines  fight`), not a mark.
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
import type { QuoteSpan } from './marked-quotes.js';

/** Texts with fewer lost marks than this are not treated as mark-stripped. */
const MIN_MARKS = 2;
/** A pairing longer than this is a mismatch, not a quotation. */
const MAX_QUOTE = 1500;

export function findUnmarkedQuotes(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  // Text that keeps its quote marks does not need this rule.
  if (/["“”«»]/.test(text)) return [];
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteSpan[] = [];
  for (const p of paragraphs) {
    const marks = lostMarks(text, p);
    if (marks.length < MIN_MARKS) continue;
    for (let k = 0; k + 1 < marks.length; k += 2) {
      const open = marks[k]!, close = marks[k + 1]!;
      if (close.at - open.at > MAX_QUOTE) { k -= 1; continue; } // resync: treat the later mark as an opener
      const inner = trimSpaces(text, { start: open.at + open.len, end: close.at });
      if (inner.end > inner.start) out.push({ inner, outer: { start: open.at, end: close.at + close.len } });
    }
    // An odd mark out at the end: a quotation that closes with the paragraph (the final mark was trimmed away).
    const last = marks[marks.length - 1]!;
    if (marks.length % 2 === 1 && p.end - last.at < 400) {
      const inner = trimSpaces(text, { start: last.at + last.len, end: p.end });
      if (inner.end > inner.start) out.push({ inner, outer: { start: last.at, end: p.end } });
    }
  }
  return out;
}

interface LostMark { at: number; len: number }

function lostMarks(text: string, p: Range): LostMark[] {
  const out: LostMark[] = [];
  const slice = text.slice(p.start, p.end);
  for (const m of slice.matchAll(/(?<! ) {2}(?! )| (?=[.,;:?!](?:\s|$))|^ (?=\S)| $/g)) {
    const at = p.start + m.index;
    const before = text.slice(Math.max(p.start, at - 12), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    if (m[0].length === 2 && /\p{L}s$/u.test(before) && /^\p{Ll}/u.test(after)) continue; // lost apostrophe
    out.push({ at, len: m[0].length });
  }
  return out;
}

function trimSpaces(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
