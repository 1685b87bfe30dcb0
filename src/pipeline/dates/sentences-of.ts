import type { Doc } from '../../core/doc.js';

/** A sentence's text with its start offset in the cleaned text. */
export interface SentenceView {
  start: number;
  end: number;
  text: string;
}

/**
 * The document's sentences as text views. Uses the segment stage's sentences;
 * when there are none (a Doc built by hand, or segmenting failed) falls back
 * to a plain split at sentence-final punctuation and line breaks so the date
 * and event rules still see the text.
 */
export function sentencesOf(doc: Doc): SentenceView[] {
  if (doc.sentences.length) {
    return doc.sentences.map((s) => ({ start: s.range.start, end: s.range.end, text: doc.text.slice(s.range.start, s.range.end) }));
  }
  const out: SentenceView[] = [];
  // Split at ". " followed by an upper-case letter or a quote, or at a line break.
  const splitter = /(?<=[.!?])["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n+/g;
  let last = 0;
  const push = (a: number, b: number): void => {
    const raw = doc.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: a + lead, end: a + lead + text.length, text });
  };
  for (let m = splitter.exec(doc.text); m; m = splitter.exec(doc.text)) {
    if (isAbbreviationBefore(doc.text, m.index)) continue;
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, doc.text.length);
  return out;
}

// "U.S. President", "Mr. Putin", "Nov. 3": a period that does not end a sentence.
function isAbbreviationBefore(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 6), at);
  return /(?:\b[A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|No|Jr|Sr)\.)$/.test(head);
}
