/**
 * "H.E. Dr. William Samoei Ruto", "Joseph Robinette Biden": a full name with a middle name the base does not list is
 * the person the base knows by the first and last names, when it knows exactly one.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';

export function knownWithoutMiddleNames(doc: Doc, kb: KnowledgeBase, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'person' || m.entityId || !m.name) return m;
    const words = m.name.split(/\s+/);
    if (words.length < 3) return m;
    const ids = new Set(kb.entitiesNamed(`${words[0]} ${words.at(-1)}`).filter((e) => e.kind === 'person').map((e) => e.id));
    if (ids.size !== 1) return m;
    const p = kb.person([...ids][0]!);
    if (!p) return m;
    const role = kb.roleOn(p.id, doc.referenceDate)[0];
    return { ...m, name: p.name, entityId: p.id, country: p.country, role: role?.title ?? m.role };
  });
}
