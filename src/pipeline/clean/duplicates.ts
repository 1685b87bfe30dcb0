import type { Range } from '../../core/span.js';
import { splitSentences } from '../segment/sentences.js';

/** Shortest paragraph or sentence treated as a duplicate when repeated ("No." and "Thank you." may repeat). */
const MIN_DUPLICATE = 30;

const normal = (s: string): string => s.toLowerCase().replace(/[\s"“”'‘’]+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

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
    const sentences = splitSentences(text, line);
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
