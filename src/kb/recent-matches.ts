import type { KbMatch } from './types.js';

/**
 * The matches of the last few texts matched. A pipeline run asks about the
 * same sentence more than once; each answer is a fresh copy, so a caller
 * that changes what it got changes nothing here. Only texts up to a few
 * thousand characters (sentences, names) are kept, so memory stays small.
 */
export class RecentMatches {
  private readonly memo = new Map<string, readonly KbMatch[]>();

  constructor(
    private readonly compute: (text: string) => KbMatch[],
    private readonly capacity = 256,
    private readonly longest = 4000,
  ) {}

  get(text: string): KbMatch[] {
    if (text.length > this.longest) return this.compute(text);
    let found = this.memo.get(text);
    if (found === undefined) {
      found = this.compute(text);
      // Oldest first out: a Map iterates in insertion order.
      if (this.memo.size >= this.capacity) this.memo.delete(this.memo.keys().next().value!);
      this.memo.set(text, found);
    }
    return found.map(copyMatch);
  }
}

function copyMatch(m: KbMatch): KbMatch {
  const copy = { ...m };
  if (m.candidates) copy.candidates = [...m.candidates];
  return copy;
}
