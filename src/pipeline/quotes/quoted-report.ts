/**
 * Rule: a readout quoted word for word often reports its leader itself
 * ("“President Lula said that Brazil is a friend ...,” the statement added"):
 * the words are the named person's, passed on by the statement. Only when the
 * quotation has no person of its own speaking it, or is a statement, readout
 * or office speaking: “Lula said he would come, but ...,” Milei said is Milei's.
 */
import type { Range } from '../../core/span.js';
import { STRONG_VERB } from './lexicon.js';
import type { QuoteSpan } from './marked-quotes.js';
import { PRE_NAME_WHOLE } from './speaker-phrases.js';
import type { SpeakerContext, SpeakerHit } from './speakers.js';

const OPENS_WITH_REPORT = new RegExp(`^\\s+(?:also\\s+|then\\s+|further\\s+)?(?:${STRONG_VERB})\\b`, 'u');
const DOCUMENT = /\b(?:statement|readout|read-out|release|communiqu[eé]|transcript|office|note)\b/i;

/** The person a quotation opens by reporting ("President X (also) said ..."), when the quotation passes on their words. */
export function reportedInsideQuotation(ctx: SpeakerContext, q: QuoteSpan, att: { speaker: SpeakerHit; cue: Range } | undefined): SpeakerHit | undefined {
  const text = ctx.doc.text;
  if (att) {
    const from = Math.min(att.cue.start, att.speaker.range.start), to = Math.max(att.cue.end, att.speaker.range.end);
    if (att.speaker.actor.kind === 'person' && !DOCUMENT.test(text.slice(from, to))) return undefined;
  }
  const person = ctx.index.startingIn(q.inner.start, Math.min(q.inner.end, q.inner.start + 60))
    .find((m) => m.type === 'person' && m.via !== 'pronoun' && PRE_NAME_WHOLE.test(text.slice(q.inner.start, m.range.start)));
  if (!person || !OPENS_WITH_REPORT.test(text.slice(person.range.end, q.inner.end))) return undefined;
  // "... said that A, but B": a comment on the words, not the words passed on.
  if (/\b(?:but|yet|however)\b/i.test(text.slice(person.range.end, q.inner.end))) return undefined;
  return { actor: { kind: 'person', name: person.name, country: person.country, entityId: person.entityId, role: person.role, mention: person.refersTo ?? person.id }, range: person.range };
}
