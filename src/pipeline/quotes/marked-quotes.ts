/**
 * Rule: quotations between marks — “curly”, "straight", «guillemets», and
 * ‘single’ when they hold a clause. A paragraph that opens a quote and does not
 * close it goes on into the next paragraph that opens with a mark, or that
 * closes it before opening another.
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';

export interface QuoteSpan {
  /** The words inside the marks. */
  inner: Range;
  /** Including the marks. */
  outer: Range;
}

const PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['‘', '’']];

export function findMarkedQuotes(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteSpan[] = [];
  for (const [open, close] of PAIRS) out.push(...pairedMarks(text, paragraphs, open, close));
  out.push(...straightMarks(text, paragraphs));
  // Nested or overlapping spans: keep the outer one.
  out.sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const kept: QuoteSpan[] = [];
  for (const q of out) if (!kept.some((k) => k.outer.start <= q.outer.start && q.outer.end <= k.outer.end)) kept.push(q);
  return kept;
}

function pairedMarks(text: string, paragraphs: readonly Range[], open: string, close: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const single = open === '‘';
  let pending: number | undefined; // an open mark carried over from an earlier paragraph
  for (const p of paragraphs) {
    let i = p.start;
    let openAt: number | undefined;
    // A quote carried from the paragraph before goes on only if this one opens with a mark, or closes it before opening
    // another (copy that drops the reopening mark: “A ... / B,” X said.).
    if (pending !== undefined && text[p.start] === open) { openAt = p.start; i = p.start + 1; }
    else if (pending !== undefined && !single) {
      const firstClose = text.indexOf(close, p.start), firstOpen = text.indexOf(open, p.start);
      if (firstClose >= 0 && firstClose < p.end && (firstOpen < 0 || firstClose < firstOpen)) {
        out.push({ inner: { start: p.start, end: firstClose }, outer: { start: p.start, end: firstClose + 1 } });
        i = firstClose + 1;
      }
    }
    pending = undefined;
    for (; i < p.end; i++) {
      const ch = text[i];
      if (openAt === undefined && ch === open) {
        if (single && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) continue; // "o‘clock"-like
        openAt = i;
      } else if (openAt !== undefined && ch === close) {
        if (single && /\p{L}/u.test(text[i + 1] ?? ' ')) continue; // apostrophe: "Russia’s"
        const inner = { start: openAt + 1, end: i };
        if (!single || wordCount(text.slice(inner.start, inner.end)) >= 5) out.push({ inner, outer: { start: openAt, end: i + 1 } });
        openAt = undefined;
      }
    }
    if (openAt !== undefined && !single) {
      // Unclosed: the quote runs to the paragraph's end and may go on in the next one.
      out.push({ inner: { start: openAt + 1, end: p.end }, outer: { start: openAt, end: p.end } });
      pending = openAt;
    }
  }
  return out;
}

function straightMarks(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried = false; // the paragraph before left a quotation open
  for (const p of paragraphs) {
    let openAt: number | undefined;
    let first = true;
    for (let i = p.start; i < p.end; i++) {
      if (text[i] !== '"') continue;
      // The first mark of a paragraph after an open quotation, shaped as a closing one ('power," X said'), ends it here.
      if (first && carried && /[,.!?;]$/.test(text.slice(p.start, i)) && /^\s/.test(text.slice(i + 1, i + 2))) {
        out.push({ inner: { start: p.start, end: i }, outer: { start: p.start, end: i + 1 } });
        first = false;
        continue;
      }
      first = false;
      if (openAt === undefined) openAt = i;
      else {
        out.push({ inner: { start: openAt + 1, end: i }, outer: { start: openAt, end: i + 1 } });
        openAt = undefined;
      }
    }
    carried = openAt !== undefined && p.end - openAt > 20;
    if (carried) out.push({ inner: { start: openAt! + 1, end: p.end }, outer: { start: openAt!, end: p.end } });
  }
  return out;
}

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
