/**
 * Refiner: overlapping mentions. The longer span wins, then the surer one;
 * a knowledge-base match wins a tie over a pattern.
 */
import type { Mention } from '../../core/types.js';

const priority = (m: Mention): number => (m.via === 'alias' && m.rule === 'mentions/kb-alias' ? 1 : 0);

export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) =>
    (b.range.end - b.range.start) - (a.range.end - a.range.start) || priority(b) - priority(a) || b.confidence - a.confidence);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (kept.some((k) => k.range.start < m.range.end && m.range.start < k.range.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}
