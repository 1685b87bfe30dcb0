/**
 * Rule: a leader's office speaks as the body the base knows ("Modi's office",
 * "the Indian leader's office" → Prime Minister's Office of India), else
 * under a name that says whose office it is ("the Spanish prime minister s
 * office" → Spanish Prime Minister's Office), not a bare "Spanish Office".
 */
import type { Actor, Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';

const PM_OFFICE = /prime minister'?s office/i;
const PRESIDENT_OFFICE = /office of the president|presidential office|president'?s office/i;

/** Which leader a phrase's office serves, from its words or from the person who holds it. */
function whoseOffice(words: string, holder: Mention | undefined): 'pm' | 'president' | 'leader' | undefined {
  if (/\b(?:prime\s+minister|premier)\b/i.test(words) || /prime minister|premier/i.test(holder?.role ?? '')) return 'pm';
  if (/\bpresident(?:ial)?\b/i.test(words) || /^president/i.test(holder?.role ?? '')) return 'president';
  // (a minister's office is not the leader's: "Jaishankar's office")
  if (/\bleader\b/i.test(words) && !holder) return 'leader';
  return undefined;
}

/** The office of a country's leader that a speaker phrase names, as an organization actor, if the phrase names one. */
export function leaderOffice(kb: KnowledgeBase, words: string, country: string, inside: readonly Mention[]): Actor | undefined {
  // (a description's guess at who "the Indian leader" is does not decide whose office it is)
  const holder = inside.find((m) => m.type === 'person' && m.via !== 'description');
  const whose = whoseOffice(words, holder);
  if (!whose) return undefined;
  const offices = kb.organizations.filter((o) => o.country === country && (PM_OFFICE.test(o.name) || PRESIDENT_OFFICE.test(o.name)));
  const fitting = offices.filter((o) => whose === 'leader' || (whose === 'pm' ? PM_OFFICE : PRESIDENT_OFFICE).test(o.name));
  // "the Indian leader's office": the one leader's office the base knows for that country.
  if (fitting.length === 1) return { kind: 'organization', name: fitting[0]!.name, country, entityId: fitting[0]!.id };
  const adjective = kb.country(country)?.adjectives[0];
  if (!adjective || whose === 'leader') return undefined;
  return { kind: 'organization', name: `${adjective} ${whose === 'pm' ? "Prime Minister's Office" : 'Presidential Office'}`, country };
}
