import { OffsetMap, type OffsetPiece } from '../../core/offset-map.js';
import type { Range } from '../../core/span.js';

/** A change to the raw text: a deletion (`to` empty) or a replacement. Ranges are raw offsets. */
export interface Edit extends Range {
  to: string;
}

/**
 * The cleaned text and its offset map: raw text with the edits applied.
 * Overlapping edits keep the first (by start, longest first). Kept runs map
 * character by character; a replacement maps as one piece of unequal lengths.
 */
export function applyEdits(raw: string, edits: readonly Edit[]): { text: string; offsets: OffsetMap } {
  const sorted = [...edits].filter((e) => e.end > e.start || e.to).sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: OffsetPiece[] = [];
  const parts: string[] = [];
  let clean = 0;
  let at = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push({ clean, raw: from, cleanLength: to - from, rawLength: to - from });
    parts.push(raw.slice(from, to));
    clean += to - from;
  };
  for (const e of sorted) {
    if (e.start < at) continue; // overlaps an edit already applied
    keep(at, e.start);
    if (e.to) {
      pieces.push({ clean, raw: e.start, cleanLength: e.to.length, rawLength: e.end - e.start });
      parts.push(e.to);
      clean += e.to.length;
    }
    at = e.end;
  }
  keep(at, raw.length);
  if (!pieces.length) pieces.push({ clean: 0, raw: 0, cleanLength: 0, rawLength: 0 });
  return { text: parts.join(''), offsets: new OffsetMap(mergeAdjacent(pieces)) };
}

/** Joins equal-length pieces that continue each other in both texts (fewer pieces, same map). */
function mergeAdjacent(pieces: OffsetPiece[]): OffsetPiece[] {
  const out: OffsetPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.cleanLength === last.rawLength && p.cleanLength === p.rawLength
      && last.clean + last.cleanLength === p.clean && last.raw + last.rawLength === p.raw) {
      out[out.length - 1] = { ...last, cleanLength: last.cleanLength + p.cleanLength, rawLength: last.rawLength + p.rawLength };
    } else out.push(p);
  }
  return out;
}

/** The cleaned-text range of a raw range, when all of it was kept unchanged (else undefined). */
export function cleanRangeOf(offsets: OffsetMap, raw: Range): Range | undefined {
  for (const p of offsets.pieces) {
    if (p.cleanLength !== p.rawLength) continue;
    if (p.raw <= raw.start && raw.end <= p.raw + p.rawLength) {
      return { start: p.clean + raw.start - p.raw, end: p.clean + raw.end - p.raw };
    }
  }
  return undefined;
}
