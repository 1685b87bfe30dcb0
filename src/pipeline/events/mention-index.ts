import { itemsWithin } from '../../core/span.js';
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';

interface MentionIndex {
  sorted: Mention[];
  byId: Map<string, Mention>;
}

// One index per Doc: the events stage asks for the mentions of every sentence, which must not rescan the whole article.
const cache = new WeakMap<Doc, { source: Mention[]; index: MentionIndex }>();

function indexOf(doc: Doc): MentionIndex {
  const hit = cache.get(doc);
  if (hit && hit.source === doc.mentions) return hit.index;
  const index = {
    sorted: [...doc.mentions].sort((a, b) => a.range.start - b.range.start),
    byId: new Map(doc.mentions.map((m) => [m.id, m])),
  };
  cache.set(doc, { source: doc.mentions, index });
  return index;
}

/** Mentions wholly inside [from, to), in text order. */
export function mentionsWithin(doc: Doc, from: number, to: number): Mention[] {
  return itemsWithin(indexOf(doc).sorted, from, to);
}

/** A mention by id. */
export const mentionById = (doc: Doc, id: string): Mention | undefined => indexOf(doc).byId.get(id);
