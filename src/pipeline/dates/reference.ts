import type { Doc } from '../../core/doc.js';
import type { IsoDate } from '../../core/types.js';

/** The date relative expressions count from: the reference date, else the publication date found in the text. */
export const referenceDateOf = (doc: Doc): IsoDate | null => doc.referenceDate ?? doc.published?.value ?? null;
