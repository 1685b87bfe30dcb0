import type { Range, Span } from './span.js';

/**
 * One run of the cleaned text and the raw text it came from. Equal lengths map
 * character by character; unequal lengths (a mended translation slip) map as a whole.
 */
export interface OffsetPiece {
  clean: number;
  raw: number;
  cleanLength: number;
  rawLength: number;
}

/** Maps offsets of the cleaned view back to the raw text. Pieces are sorted by `clean` and do not overlap. */
export class OffsetMap {
  constructor(readonly pieces: readonly OffsetPiece[]) {}

  /** The identity map of a text that cleaning left unchanged. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ clean: 0, raw: 0, cleanLength: length, rawLength: length }]);
  }

  private pieceAt(offset: number): number {
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.clean <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Raw offset of a clean offset; `edge` says whether it starts or ends a range (matters at piece borders). */
  toRaw(offset: number, edge: 'start' | 'end' = 'start'): number {
    if (this.pieces.length === 0) return 0;
    const i = this.pieceAt(edge === 'end' && offset > 0 ? offset - 1 : offset);
    const p = this.pieces[i]!;
    const into = offset - p.clean;
    if (p.cleanLength === p.rawLength) return p.raw + Math.max(0, Math.min(into, p.rawLength));
    // a replaced run: its start maps to the raw start, anything after to the raw end
    if (edge === 'start') return into <= 0 ? p.raw : p.raw + p.rawLength;
    return into <= 0 ? p.raw : p.raw + p.rawLength;
  }

  /** Raw span of a range of the cleaned text. */
  rangeToRaw(range: Range): Span {
    const start = this.toRaw(range.start, 'start');
    const end = Math.max(start, this.toRaw(range.end, 'end'));
    return { start, end };
  }
}
