/**
 * Rule: a bare surname the article never spells out in full ("President
 * Ramaphosa", "Lavrov said") resolves to the one person in the base with that
 * surname who held an office on the article's date. Ambiguous surnames stay unresolved.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase, Person } from '../../kb/types.js';
import { makeMention } from './mention.js';
import { Coverage } from './mention-index.js';
import { isNameWord } from './name-tokens.js';
import { PRONOUN_GENDER } from './lexicon.js';

import { shortFormsOfNamed, withoutSuffix } from './surnames.js';

const RULE = 'mentions/kb-surname';
const SPEAKS_AFTER = /^\s+(?:(?:herself|himself|also|then|later)\s+)?(?:said|says|told|added|noted|stressed|insisted|argued|warned|wrote)\b|^(?:['’]s|\ss)\s+(?:spokesman|spokeswoman|spokesperson|office|government|aides?)\b/;
const bySurnameCache = new WeakMap<KnowledgeBase, Map<string, Person[]>>();

function surnameIndex(kb: KnowledgeBase): Map<string, Person[]> {
  let index = bySurnameCache.get(kb);
  if (!index) {
    index = new Map();
    for (const p of kb.people) {
      const words = withoutSuffix(p.name.split(/\s+/));
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      index.set(last, [...(index.get(last) ?? []), p]);
    }
    bySurnameCache.set(kb, index);
  }
  return index;
}

export function findKbSurnameMentions(doc: Doc, kb: KnowledgeBase, named: readonly Mention[]): Mention[] {
  if (!doc.referenceDate) return [];
  const index = surnameIndex(kb);
  const text = doc.text;
  const out: Mention[] = [];
  const coverage = new Coverage(text.length, named);
  // (A word that stands for people the article names, even ambiguously, is none of the base's others: "Kim" beside
  // Kim Jong Un and Kim Jong Il is not Jim Yong Kim.)
  const namedForms = shortFormsOfNamed(named);
  const taken = (s: number, e: number): boolean => !coverage.isFree(s, e);
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}-])/gu)) {
    const word = m[0];
    const start = m.index, end = start + word.length;
    // A surname that is also a common word ("May") counts only where it plainly names someone: before a speech verb or "herself".
    if (taken(start, end) || namedForms.has(word)) continue;
    // "He told Wong ...": a surname that is also a pronoun names someone only after a title ("Vice Premier He").
    if (PRONOUN_GENDER.has(word.toLowerCase()) && !/(?:\p{Lu}\p{L}*|\b(?:Mr|Ms|Mrs|Dr|Gen)\.)\s$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (!isNameWord(word) && !SPEAKS_AFTER.test(text.slice(end, end + 30))) continue;
    // Part of a longer name ("Gabriel Okafor", "Melania Trump"): someone else.
    if (/\p{Lu}[\p{Ll}\p{M}]+\s$/u.test(text.slice(Math.max(0, start - 20), start)) && isNameWord(/(\p{L}+)\s$/u.exec(text.slice(Math.max(0, start - 20), start))![1]!)) continue;
    const next = /^\s(\p{Lu}[\p{Ll}\p{M}]+)/u.exec(text.slice(end, end + 30));
    if (next && isNameWord(next[1]!)) continue;
    const candidates = (index.get(word) ?? []).filter((p) => kb.roleOn(p.id, doc.referenceDate).length > 0);
    if (candidates.length !== 1) continue;
    const p = candidates[0]!;
    const role = kb.roleOn(p.id, doc.referenceDate)[0];
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: p.name, entityId: p.id, country: p.country, role: role?.title,
      via: 'surname', rule: RULE, confidence: 0.6,
    }));
  }
  return out;
}
