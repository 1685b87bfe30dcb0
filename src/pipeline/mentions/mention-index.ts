/**
 * Position lookups over a set of mentions, so that rules stay linear on long
 * articles: which mentions end in a window, and which text is already taken.
 */
import type { Mention } from '../../core/types.js';

export class MentionIndex {
  private readonly byEnd: readonly Mention[];
  private readonly byStart: readonly Mention[];

  constructor(mentions: readonly Mention[]) {
    this.byEnd = [...mentions].sort((a, b) => a.range.end - b.range.end);
    this.byStart = [...mentions].sort((a, b) => a.range.start - b.range.start);
  }

  /** Mentions whose end lies in [from, to]. */
  endingIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = lowerBound(this.byEnd, from, (m) => m.range.end); i < this.byEnd.length && this.byEnd[i]!.range.end <= to; i++) out.push(this.byEnd[i]!);
    return out;
  }

  /** Mentions whose start lies in [from, to). */
  startingIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = lowerBound(this.byStart, from, (m) => m.range.start); i < this.byStart.length && this.byStart[i]!.range.start < to; i++) out.push(this.byStart[i]!);
    return out;
  }

  /** Mentions that overlap [start, end) (mentions are short: look back a bounded distance). */
  overlapping(start: number, end: number, maxLength = 200): Mention[] {
    return this.startingIn(Math.max(0, start - maxLength), end).filter((m) => m.range.end > start);
  }
}

/** First index whose key is >= value. */
export function lowerBound<T>(list: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which characters of a text are covered by mentions. */
export class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number, mentions: readonly Mention[] = []) {
    this.taken = new Uint8Array(length + 1);
    for (const m of mentions) this.add(m.range.start, m.range.end);
  }
  add(start: number, end: number): void { this.taken.fill(1, start, end); }
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
}
