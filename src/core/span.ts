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
