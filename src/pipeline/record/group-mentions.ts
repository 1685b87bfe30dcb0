import type { Doc } from '../../core/doc.js';
import type { Mention, MentionType } from '../../core/types.js';

/** Mentions of one entity in an article, in text order. */
export interface MentionGroup {
  key: string;
  mentions: Mention[];
}

/** Descriptions and pronouns point at someone but are not names: evidence, never aliases. */
export const isNameMention = (m: Mention): boolean => m.via !== 'pronoun' && m.via !== 'description';

/** Folded form used to merge unresolved names: case, accents and punctuation ignored. */
export const foldName = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Groups the mentions of one type by entity: the knowledge-base id when
 * resolved, else the mention a description or pronoun refers to, else the
 * folded name. Groups come in order of first mention.
 */
export function groupMentions(doc: Doc, type: MentionType): MentionGroup[] {
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const keyOf = (m: Mention, depth = 0): string => {
    if (m.entityId) return `id:${m.entityId}`;
    const target = m.refersTo ? byId.get(m.refersTo) : undefined;
    if (target && target !== m && depth < 8) return keyOf(target, depth + 1);
    return `name:${foldName(m.name || m.surface)}`;
  };
  const groups = new Map<string, MentionGroup>();
  const ordered = doc.mentions.filter((m) => m.type === type && !misreadDateline(doc, m)).sort((a, b) => a.range.start - b.range.start);
  for (const m of ordered) {
    const key = keyOf(m);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, mentions: [] }));
    g.mentions.push(m);
  }
  return [...groups.values()];
}

/** The canonical name of a group: a resolved mention's name, else the longest name used. */
export function canonicalName(g: MentionGroup): string {
  const named = g.mentions.filter(isNameMention);
  const resolved = named.find((m) => m.entityId) ?? g.mentions.find((m) => m.entityId);
  if (resolved) return resolved.name;
  return named.map((m) => m.name || m.surface).sort((a, b) => b.length - a.length)[0] ?? g.mentions[0]!.name;
}

/** Every distinct spelling the article used for the entity (names only), in order of use. */
export function aliasesOf(g: MentionGroup): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of g.mentions) {
    if (!isNameMention(m)) continue;
    const s = m.surface.trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/** The first defined value of a field over a group's mentions. */
export function firstOf<K extends keyof Mention>(g: MentionGroup, key: K): Mention[K] | undefined {
  for (const m of g.mentions) if (m[key] !== undefined && m[key] !== '') return m[key];
  return undefined;
}

/** A dateline ("ERBIL (Kurdistan24) -") names a place: a person or organization read inside it is a misreading. */
function misreadDateline(doc: Doc, m: Mention): boolean {
  const d = doc.dateline?.range;
  return !!d && (m.type === 'person' || m.type === 'organization') && m.range.start < d.end && d.start < m.range.end;
}
