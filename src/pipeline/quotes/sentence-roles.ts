/**
 * What a sentence or a speech act is, for the quotes stage: an embedded
 * quotation, an attribution that closes its sentence, a headline, a news
 * medium passing on words.
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
import type { Actor } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { wordCount, type QuoteSpan } from './marked-quotes.js';
import type { SpeakerHit } from './speakers.js';
import { PRE_NAME } from './speaker-phrases.js';
import { COGNITION } from './lexicon.js';

/** A quotation with its own sentence around it, neither introduced ("said:") nor standing at the sentence's start. */
export function isEmbedded(text: string, q: QuoteSpan, sentence: Range): boolean {
  if (q.inner.end > sentence.end) return false;
  const before = text.slice(sentence.start, q.outer.start).trimEnd();
  return wordCount(before) >= 3 && !/(?:[:,]|\b(?:said|says|added|told\s+\p{L}+|declared|stated))$/u.test(before);
}

/** A speech act right after a quotation's closing mark ("…,” Varga said in an interview"): it names the quotation's speaker. */
export function attributesQuotation(text: string, act: { speaker: SpeakerHit; cue: Range }, quotations: readonly QuoteSpan[], minWords: number): boolean {
  // "…,” Trump said, adding that ...": a participle brings a statement of its own.
  if (/ing$/.test(text.slice(act.cue.start, act.cue.end))) return false;
  const at = Math.min(act.speaker.range.start, act.cue.start);
  return quotations.some((q) => q.inner.end <= at && /^[\s,.!?]*["”’»]?\s*$/u.test(text.slice(q.inner.end, at)) &&
    wordCount(text.slice(q.inner.start, q.inner.end)) >= minWords);
}

export const isNewsMedium = (ctx: PipelineContext, a: Actor): boolean => {
  const kind = a.entityId ? ctx.kb.organization(a.entityId)?.kind : undefined;
  return kind === 'news-agency' || kind === 'media';
};

/** A speech act whose speaker and verb end the sentence, with nothing but time or place words after them. */
export function closesSentence(text: string, act: { speaker: SpeakerHit; cue: Range }, sentence: Range): boolean {
  if (act.speaker.range.start > act.cue.start) return /^\s*[.!?]?["”’]?\s*$/.test(text.slice(act.speaker.range.end, sentence.end));
  const tail = text.slice(act.cue.end, sentence.end);
  return /^(?:\s+(?:on|in|at|last|this|late|early|earlier|later|during|after|before|to|at|by)\b[^,;]{0,60})?\s*[.!?]?["”’]?\s*$/.test(tail)
    // ", Chief Cabinet Secretary Yoshihide Suga said.": titles may stand between the comma and the name.
    && /[,;]\s*$/.test(text.slice(sentence.start, act.speaker.range.start).replace(PRE_NAME, ''));
}

/**
 * The one speech act that speaks for a whole sentence because its attribution closes it ("..., Ruto believes ...,
 * officials said last week."), if any. Not a news medium passing on another's words ("The Kremlin said ..., Xinhua said"),
 * and not when a person's own words are passed on by another person ("Kamau called on ..., Halvorsen said") or by the
 * other side ("Ruto praised Modi as ..., Modi's office said"); what someone thinks, or what their own government's
 * readout says they said, is the source's.
 */
export function closingSource<T extends { a: { speaker: SpeakerHit; cue: Range }; actor: Actor }>(text: string, resolved: readonly T[], sentence: Range,
  isMedium: (a: Actor) => boolean): T | undefined {
  const closing = resolved.find((x) => closesSentence(text, x.a, sentence) && !(resolved.length > 1 && isMedium(x.actor)));
  if (!closing) return undefined;
  const ownWords = (x: T): boolean => x !== closing && x.actor.kind === 'person' && !x.a.speaker.anaphoric &&
    !COGNITION.test(text.slice(x.a.cue.start, x.a.cue.end)) &&
    (closing.actor.kind === 'person' || (!!x.actor.country && x.actor.country !== closing.actor.country));
  return resolved.some(ownWords) ? undefined : closing;
}

/** The article's title line: a first short paragraph without a closing full stop. */
export function isHeadline(doc: Doc, sentence: { range: Range; paragraph: number }, i: number): boolean {
  if (i !== 0 && sentence.paragraph !== 0) return false;
  const t = doc.text.slice(sentence.range.start, sentence.range.end).trim();
  return sentence.paragraph === 0 && !/[.!?]["”’]?$/.test(t) && wordCount(t) <= 20;
}

export const actorKey = (a: Actor): string => `${a.kind}:${a.name ?? ''}:${a.country ?? ''}`;
