/** A half-open range of UTF-16 offsets. Which text it points into is said by the field that holds it. */
export interface Range {
  start: number;
  end: number;
}

/** Evidence: a range into the RAW text of an article (never the cleaned view). */
export type Span = Range;

export const rangeLength = (r: Range): number => r.end - r.start;
export const rangesOverlap = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const rangeContains = (outer: Range, inner: Range): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** The items wholly inside [from, to) of a list sorted by range start (binary search to the first, then a scan). */
export function itemsWithin<T extends { range: Range }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.range.start < from) lo = mid + 1; else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.range.start < to; i++) if (sorted[i]!.range.end <= to) out.push(sorted[i]!);
  return out;
}
