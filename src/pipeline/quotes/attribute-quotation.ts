/**
 * Rule: the speaker of a quotation — named after it (", he said", ", said
 * Ruto"), before it ("Ruto, for his part, declared: “...”"), else the speaker of the
 * speech just before it.
 */
import type { Range } from '../../core/span.js';
import { STRONG_VERB } from './lexicon.js';
import type { QuoteSpan } from './marked-quotes.js';
import { sentenceSubject, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerHit } from './speakers.js';

const STRONG = new RegExp(`(?<![\\p{L}-])(?:${STRONG_VERB})(?![\\p{L}-])`, 'gu');

export interface Attribution {
  speaker: SpeakerHit;
  cue: Range;
}

/** Speaker named around the quotation, within its sentence. */
export function attributeQuotation(ctx: SpeakerContext, q: QuoteSpan, sentence: Range, endSentence: Range, others: readonly QuoteSpan[]): Attribution | undefined {
  const text = ctx.doc.text;
  // After: the words between the closing mark and the sentence end (or the next quotation).
  const nextOpen = Math.min(Math.max(endSentence.end, q.outer.end), ...others.filter((o) => o.outer.start >= q.outer.end).map((o) => o.outer.start));
  const afterEnd = Math.max(q.outer.end, Math.min(nextOpen, q.outer.end + 160));
  const after = text.slice(q.outer.end, afterEnd);
  {
    for (const v of after.matchAll(STRONG)) {
      const vs = q.outer.end + v.index, ve = vs + v[0].length;
      // the verb must come early: ", he said", ", the Russian president said", ", said Xi"
      if (v.index > 90) break;
      const hit = speakerBefore(ctx, q.outer.end, vs) ?? speakerAfter(ctx, ve, afterEnd);
      if (hit) return { speaker: hit, cue: { start: vs, end: ve } };
    }
  }
  // Before: "Ruto declared: “", "the official said:  We", "Trump replied:"
  const prevClose = Math.max(sentence.start, ...others.filter((o) => o.outer.end <= q.outer.start).map((o) => o.outer.end));
  const beforeStart = Math.max(prevClose, q.outer.start - 200);
  const before = text.slice(beforeStart, q.outer.start);
  const verbs = [...before.matchAll(STRONG)];
  for (const v of verbs.reverse()) {
    const vs = beforeStart + v.index, ve = vs + v[0].length;
    // Only words that lead into the quotation may follow the verb ("said on Monday:", "told reporters:").
    if (!/^[^.;!?]{0,60}[:,]?\s*$/.test(text.slice(ve, q.outer.start))) break;
    // "..., saying: “...”": the participle speaks for the sentence's subject.
    const hit = (/ing$/.test(v[0]) ? sentenceSubject(ctx, sentence) : undefined) ?? speakerBefore(ctx, beforeStart, vs) ?? speakerAfter(ctx, ve, q.outer.start);
    if (hit) return { speaker: hit, cue: { start: vs, end: ve } };
  }
  return undefined;
}
