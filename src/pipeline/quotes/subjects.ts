/**
 * Who the story is about between two points: a pronoun after a quotation
 * means the last speaker, unless another person has since become the subject
 * of a sentence ("On Tuesday, Ruto kept to his script ... , he said").
 */
import type { Range } from '../../core/span.js';
import type { Actor, Sentence } from '../../core/types.js';
import { PRONOUN_GENDER } from '../mentions/lexicon.js';
import type { SpeakerContext } from './speakers.js';

export const pronounGender = (word: string): 'm' | 'f' | undefined => PRONOUN_GENDER.get(word.toLowerCase());

const samePerson = (a: { name?: string; entityId?: string }, b: Actor): boolean =>
  (!!a.entityId && a.entityId === b.entityId) || (!!a.name && a.name === b.name);

/** Whether a sentence after `fromSentence` and before `before` opens with a named person other than `speaker`. */
export function otherSubjectSince(ctx: SpeakerContext, sentences: readonly Sentence[], fromSentence: number, before: number, speaker: Actor,
  quotations: readonly Range[] = []): boolean {
  for (let k = fromSentence + 1; k < sentences.length; k++) {
    const r = sentences[k]!.range;
    if (r.start >= before) break;
    // The sentence's subject: the first person named within its first words.
    // (a name inside a quotation is what the speaker talks about: “After the vote, Varga does this,” he tweeted)
    const first = ctx.index.startingIn(r.start, Math.min(r.end, before))
      .find((m) => m.type === 'person' && !quotations.some((q) => q.start <= m.range.start && m.range.end <= q.end));
    if (!first || first.via === 'pronoun' || first.range.start - r.start > 60) continue;
    if (!samePerson(first, speaker)) return true;
  }
  return false;
}
