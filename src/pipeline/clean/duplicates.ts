import type { Range } from '../../core/span.js';

/** Shortest paragraph or sentence treated as a duplicate when repeated ("No." and "Thank you." may repeat). */
const MIN_DUPLICATE = 30;

const normal = (s: string): string => s.toLowerCase().replace(/[\s"“”'‘’]+/g, ' ').replace(/^[\s\p{P}]+/u, '').replace(/[\s\p{P}]{1,8}$/u, '');

export type DuplicateFinding =
  | { kind: 'paragraph'; line: Range }
  | { kind: 'sentence'; line: Range }
  | { kind: 'repeated-sentence'; span: Range };

/**
 * Remembers the kept lines of an article and says which repeat earlier text:
 * a paragraph repeated verbatim, a one-sentence paragraph that repeats a
 * sentence of an earlier paragraph, or a sentence repeated right after itself.
 * The first occurrence is kept.
 */
export class DuplicateFinder {
  private readonly paragraphs = new Set<string>();
  private readonly sentences = new Set<string>();

  /** Findings for a kept line (content range into `text`); remembers the line when it stays. */
  check(text: string, line: Range): DuplicateFinding[] {
    const whole = normal(text.slice(line.start, line.end));
    if (whole.length >= MIN_DUPLICATE && this.paragraphs.has(whole)) return [{ kind: 'paragraph', line }];
    const sentences = roughSentences(text, line);
    const keys = sentences.map((s) => normal(text.slice(s.start, s.end)));
    if (sentences.length === 1 && keys[0]!.length >= MIN_DUPLICATE && this.sentences.has(keys[0]!)) {
      return [{ kind: 'sentence', line }];
    }
    const out: DuplicateFinding[] = [];
    for (let i = 1; i < sentences.length; i++) {
      if (keys[i]!.length >= MIN_DUPLICATE && keys[i] === keys[i - 1]) {
        out.push({ kind: 'repeated-sentence', span: { start: sentences[i - 1]!.end, end: sentences[i]!.end } });
      }
    }
    this.paragraphs.add(whole);
    for (const k of keys) if (k.length >= MIN_DUPLICATE) this.sentences.add(k);
    return out;
  }
}

/**
 * Sentences cut after a full stop, question or exclamation mark followed by a
 * capital: rough, but a repeat is a repeat whatever the cut, and it spares a
 * second Intl.Segmenter pass (the segment stage makes the real one).
 */
function roughSentences(text: string, line: Range): Range[] {
  const out: Range[] = [];
  const part = text.slice(line.start, line.end);
  const re = /[.!?]["”’]?\s+(?=["“‘']?\p{Lu})/gu;
  let start = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: line.start + start, end: line.start + end });
    start = m.index + m[0].length;
  }
  if (start < part.length) out.push({ start: line.start + start, end: line.end });
  return out;
}
