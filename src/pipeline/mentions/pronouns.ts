/**
 * Rule: personal pronouns ("he", "she", "his") resolved to the nearest earlier
 * person that fits. The base's gender wins over the pronoun's when the only
 * candidate nearby is of the other gender: translated copy writes "she said" of Putin.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { PRONOUN_GENDER } from './lexicon.js';
import { makeMention } from './mention.js';

const RULE = 'mentions/pronoun';
const PRONOUN = new RegExp(`\\b(?:${[...PRONOUN_GENDER.keys()].join('|')})\\b`, 'giu');
/** How far back (characters) a pronoun looks for its person. */
const WINDOW = 1200;

export function findPronounMentions(doc: Doc, kb: KnowledgeBase, persons: readonly Mention[]): Mention[] {
  const sorted = persons.filter((m) => m.type === 'person').sort((a, b) => a.range.start - b.range.start);
  const out: Mention[] = [];
  for (const p of doc.text.matchAll(PRONOUN)) {
    const start = p.index, end = start + p[0].length;
    if (sorted.some((m) => m.range.start <= start && end <= m.range.end)) continue; // inside "his Chinese counterpart"
    const gender = PRONOUN_GENDER.get(p[0].toLowerCase())!;
    const before = sorted.filter((m) => m.range.end <= start && m.range.end >= start - WINDOW);
    if (!before.length) continue;
    const genderOf = (m: Mention): 'm' | 'f' | undefined => (m.entityId ? kb.person(m.entityId)?.gender : undefined);
    const fits = [...before].reverse().find((m) => { const g = genderOf(m); return !g || g === gender; });
    const target = fits ?? before[before.length - 1]!;
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: target.name, entityId: target.entityId, country: target.country,
      role: target.role, via: 'pronoun', refersTo: target.refersTo ?? target.id, rule: RULE, confidence: fits ? 0.6 : 0.4,
    }));
  }
  return out;
}
