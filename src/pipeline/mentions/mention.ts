import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';

/** A mention's id is its range and type: stable across runs and unique after overlaps are resolved. */
export const mentionId = (type: Mention['type'], start: number, end: number): string => `${type[0]}${start}-${end}`;

/** Builds a mention whose surface is the doc text of its range. */
export function makeMention(doc: Doc, m: Omit<Mention, 'id' | 'surface'> & { surface?: string }): Mention {
  return { ...m, id: mentionId(m.type, m.range.start, m.range.end), surface: m.surface ?? doc.text.slice(m.range.start, m.range.end) };
}

/** Mentions that name someone (not descriptions or pronouns). */
export const isNaming = (m: Mention): boolean => m.via !== 'description' && m.via !== 'pronoun';
