/** Finding the sentence that holds an offset, and the sentence's paragraph. */
import type { Doc } from '../../core/doc.js';
import type { Sentence } from '../../core/types.js';

export interface SentenceIndex {
  list: readonly Sentence[];
  /** Index of the sentence that holds `at`, or -1. */
  at(at: number): number;
}

export function indexSentences(doc: Doc): SentenceIndex {
  const list = doc.sentences.length
    ? doc.sentences
    : [{ range: { start: 0, end: doc.text.length }, paragraph: 0 }];
  const at = (pos: number): number => {
    let lo = 0, hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = list[mid]!.range;
      if (pos < r.start) hi = mid - 1;
      else if (pos >= r.end) lo = mid + 1;
      else return mid;
    }
    // Between sentences (spaces): the next one.
    return lo < list.length ? lo : -1;
  };
  return { list, at };
}
