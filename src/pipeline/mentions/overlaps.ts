/**
 * Refiner: overlapping mentions. The longer span wins, then the surer one;
 * a knowledge-base match wins a tie over a pattern.
 */
import type { Mention } from '../../core/types.js';
import { Coverage } from './mention-index.js';

const priority = (m: Mention): number => (m.via === 'alias' && m.rule === 'mentions/kb-alias' ? 1 : 0);

export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) =>
    (b.range.end - b.range.start) - (a.range.end - a.range.start) || priority(b) - priority(a) || b.confidence - a.confidence);
  const kept: Mention[] = [];
  const end = Math.max(0, ...mentions.map((m) => m.range.end));
  const coverage = new Coverage(end);
  for (const m of ranked) {
    if (!coverage.isFree(m.range.start, m.range.end)) continue;
    coverage.add(m.range.start, m.range.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}
