/**
 * Rule: an unnamed office holder ("a State Department spokeswoman", "a
 * spokesman for Ruto", "the commander of the largest rebel group") is the
 * one person the story names in that office elsewhere ("State Department
 * spokeswoman Ingrid Lindqvist later said", "Tomas Ruiz, the commander of the
 * ELN"). News copy often names in the third paragraph the official its lead
 * left unnamed. Only a single such person counts, of no other country, and of
 * the institution the phrase names when it names one.
 */
import type { Range } from '../../core/span.js';
import type { Mention } from '../../core/types.js';
import type { SpeakerContext, SpeakerHit } from './speakers.js';

/** What a speaker phrase's head word says of the office, as found in a role or beside a name. */
export const OFFICE_OF_HEAD: Record<string, RegExp> = {
  envoy: /envoy|ambassador|representative/i, envoys: /envoy|ambassador/i, ambassador: /ambassador|envoy/i,
  spokesman: /spokes/i, spokeswoman: /spokes/i, spokesperson: /spokes/i, negotiator: /negotiator|envoy/i,
  adviser: /advis/i, advisor: /advis/i, commander: /commander|general|chief/i,
};

/** How far from the phrase (characters) the named holder may stand. */
const BEFORE = 3000;
const AFTER = 2500;

const holderActor = (m: Mention): SpeakerHit['actor'] =>
  ({ kind: 'person', name: m.name, country: m.country, entityId: m.entityId, role: m.role, mention: m.refersTo ?? m.id });

/** The words that give a named person's office: a title right before the name, or an apposition right after it. */
function officeWords(text: string, m: Mention): string {
  const lead = text.slice(Math.max(0, m.range.start - 60), m.range.start);
  const title = /[^.;:!?]*$/.exec(lead)?.[0] ?? '';
  const apposition = /^\s*,\s*(?:the\s+|a\s+|an\s+)?[^,.;:]{0,80}/.exec(text.slice(m.range.end, m.range.end + 90))?.[0] ?? '';
  return `${title} ${apposition}`;
}

/** The one person named elsewhere in the story with the office of a singular unnamed speaker phrase. */
export function namedOfficeHolder(ctx: SpeakerContext, head: string, np: Range, inside: readonly Mention[]): SpeakerHit | undefined {
  const office = OFFICE_OF_HEAD[head];
  if (!office || /s$/.test(head) && head !== 'spokesman') return undefined;
  const text = ctx.doc.text;
  const country = inside.find((m) => m.country)?.country;
  // "a Pentagon spokesman" is not the State Department's: an institution the phrase names must be the holder's too.
  const body = inside.find((m) => m.type === 'organization');
  const bodyWord = body ? new RegExp(body.name.replace(/^(?:the\s+)?(?:U\.?S\.?|US|United States)\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : undefined;
  // An indefinite "a spokesman" is one of several unless the base knows the holder of the office; "the commander",
  // "a spokesman for Ruto" (one person's) name a single office.
  const single = /^\W*the\s/i.test(text.slice(np.start, np.end)) || inside.some((m) => m.type === 'person' && m.via !== 'pronoun');
  const served = new Set(inside.filter((m) => m.type === 'person').map((m) => m.entityId ?? m.name));
  const sentenceIndex = ctx.doc.sentences.findIndex((x) => x.range.start <= np.start && np.start < x.range.end);
  const nextSentenceEnd = ctx.doc.sentences[sentenceIndex + 1]?.range.end ?? np.end;
  const holders = new Map<string, Mention>();
  for (const m of [...ctx.index.endingIn(np.start - BEFORE, np.start), ...ctx.index.startingIn(np.end, np.end + AFTER)]) {
    if (m.type !== 'person' || m.via === 'pronoun' || (country && m.country && m.country !== country)) continue;
    // Not the person the office serves: "a spokesman for Ruto", "Ruto s spokesman, Ana Lagos".
    if (served.has(m.entityId ?? m.name) || /^(?:['’]s|\ss)\b/.test(text.slice(m.range.end, m.range.end + 3))) continue;
    const words = `${m.role ?? ''} ${officeWords(text, m)}`;
    if (!office.test(words) || (bodyWord && !bodyWord.test(words))) continue;
    // "a spokesman" is not the spokeswoman named later, nor a woman the base knows.
    const gender = m.entityId ? ctx.kb.person(m.entityId)?.gender : undefined;
    if (head === 'spokesman' && (/spokeswoman/i.test(words) || gender === 'f')) continue;
    if (head === 'spokeswoman' && (/spokesman/i.test(words) || gender === 'm')) continue;
    // ... and the phrase must say whose: "a U.S. State Department spokeswoman", not "a government spokesman"; or the very next
    // sentence names the holder in the same words ("an adviser to the rebels said. ... said Tomas Ruiz, an adviser to the ELN").
    const knownHolder = (country || bodyWord) && m.entityId && office.test(ctx.kb.person(m.entityId)?.roles.map((r) => r.title).join(' ') ?? '');
    const namedNext = m.range.start > np.end && m.range.start < nextSentenceEnd && new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu').test(words);
    if (!single && !knownHolder && !namedNext) continue;
    holders.set(m.entityId ?? m.name, m);
  }
  if (holders.size !== 1) return undefined;
  return { actor: holderActor([...holders.values()][0]!), range: np };
}
