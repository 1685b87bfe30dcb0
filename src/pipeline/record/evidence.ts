import type { Doc } from '../../core/doc.js';
import type { Range, Span } from '../../core/span.js';

/** Raw spans of cleaned-text ranges, sorted, without duplicates. */
export function rawSpans(doc: Doc, ranges: readonly (Range | undefined | null)[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const r of ranges) {
    if (!r) continue;
    const s = doc.offsets.rangeToRaw(r);
    const key = `${s.start}:${s.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
