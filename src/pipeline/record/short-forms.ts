import { aliasesOf, canonicalName, foldName, type MentionGroup } from './group-mentions.js';

/** Words that turn a place name into its surrounding area: "Donetsk region" is reported as "Donetsk" too. */
const AREA_WORDS = /\s(region|province|oblast|governorate|district|state|county|prefecture)$/;

/**
 * Joins a group the knowledge base did not resolve to another group of the
 * same article that it is a short form of: "Foreign Ministry" after "Russian
 * Foreign Ministry", "Security Council" after "Russia's Security Council",
 * "Donetsk region" beside "Donetsk". The longer (or resolved) group keeps its name.
 */
export function mergeShortForms(groups: MentionGroup[]): MentionGroup[] {
  const names = (g: MentionGroup): string[] => [...new Set([canonicalName(g), ...aliasesOf(g)].map(foldName).filter(Boolean))];
  const out: MentionGroup[] = [];
  const absorbed = new Set<MentionGroup>();
  for (const short of groups) {
    if (short.mentions.some((m) => m.entityId)) continue;
    const own = names(short);
    const target = groups.find((g) => g !== short && !absorbed.has(g) && isLongFormOf(names(g), own, g.mentions.some((m) => m.entityId)));
    if (!target) continue;
    target.mentions.push(...short.mentions);
    target.mentions.sort((a, b) => a.range.start - b.range.start);
    absorbed.add(short);
  }
  for (const g of groups) if (!absorbed.has(g)) out.push(g);
  return out;
}

function isLongFormOf(long: string[], short: string[], resolved: boolean): boolean {
  return short.some((s) => {
    if (s.length < 4) return false;
    const area = s.replace(AREA_WORDS, '');
    return long.some((l) => (l !== s && l.endsWith(` ${s}`) && s.includes(' ')) || (resolved && area !== s && l === area));
  });
}
