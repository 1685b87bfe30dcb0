/**
 * Whether a mention before a speech verb is that verb's subject: right before
 * it (with the words `GAP` allows between), or linked to it across a clause —
 * a coordinated verb ("Ruto called the rebels terrorists and said"), an
 * apposition the writer did not close ("Lindqvist, chairman of the Oslo
 * Forum told"), a relative clause that reports a statement
 * ("Tomas Ruiz, who confirmed that ...").
 */
import type { Mention } from '../../core/types.js';
import { COORDINATED, GAP, OPEN_APPOSITION, PRE_NAME, startsClause } from './speaker-phrases.js';

// Verbs whose person after them is their object, never the subject of a verb coordinated later.
const OBJECT_VERB_BEFORE = /\b(?:praised|praises|welcomed|welcomes|hailed|hails|thanked|thanks|congratulated|congratulates|urged|urges|accused|accuses|critici[sz]ed|criticises|criticizes|condemned|condemns|told|tells|asked|asks|informed|assured|briefed|called\s+on|met|meets|invited|invites|received|receives|visited|visits)\s+$/;
// "Critics of Lula s policy", "China s military": a possessor owns the subject, is not it.
const possessor = (text: string, m: Mention): boolean => /^(?:['’]s|\ss)\b/.test(text.slice(m.range.end, m.range.end + 3));
// An aside between commas before the verb ("The Daily Nation, a widely read paper, called ... and said"); not ", and X,".
const LEADING_ASIDE = /^\s*,(?!\s*(?:and|or|but)\s)[^,.;:]{1,100},/;

/** Whether mention `m` (starting at or after `from`) is the subject of the speech verb starting at `verbStart`. */
export function isSubjectOf(text: string, from: number, m: Mention, verbStart: number): boolean {
  const between = text.slice(m.range.end, verbStart);
  const opens = startsClause(text, from, m.range.start);
  // "Lula praised Ramaphosa as a brother and promised ...": Ramaphosa is the object.
  const personSubject = m.type === 'person' && m.via !== 'pronoun' && opens &&
    !OBJECT_VERB_BEFORE.test(text.slice(from, m.range.start).replace(PRE_NAME, '')) && !possessor(text, m);
  // "Ruto, who has complained about Uganda's tariffs" reports no statement: only "who <verb> that ...".
  const relative = m.type === 'person' && m.via !== 'pronoun' && /^\s*,\s*who\s+(?:(?:also|later|earlier|then|has|had)\s+)*$/.test(between) &&
    /^\p{L}+\s+that\b/u.test(text.slice(verbStart, verbStart + 40));
  if (relative) return true;
  // A body may coordinate too; a country so coordinated mostly acts ("Angola hosted the talks and said little").
  const bodySubject = m.type === 'organization' && opens && !possessor(text, m);
  const coordinated = (personSubject || bodySubject) && COORDINATED.test(between.replace(LEADING_ASIDE, ''));
  if (!GAP.test(between) && !coordinated && !(personSubject && OPEN_APPOSITION.test(between))) return false;
  if (m.type === 'country' && possessor(text, m)) return false;
  // "accused Uganda, along with Tanzania, criticized": an object, not the subject.
  return opens;
}
