/**
 * Two places where the grammar, not the nearest sentence subject, names a
 * pronoun's person:
 *   - the subject of the reporting verb right before it: "Tillerson said he
 *     would fly to Pakistan", even when the sentence named others first
 *     ("after his meeting with Ghani and Abdullah, Tillerson said he ...");
 *   - the subject of the main clause after an opening phrase that holds it:
 *     "Speaking after his meeting with Ghani, Tillerson said ...".
 */
import type { Mention } from '../../core/types.js';
import speech from '../../../data/lexicon/speech-verbs.json' with { type: 'json' };

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

// "<Name> (also|on Monday) said (on Tuesday) (that)", "<Name> told reporters (that)", "<Name>, the Russian leader, said".
const REPORTED_BY = new RegExp(
  `^(?:\\s*,[^,.;:]{1,80},)?\\s+(?:(?:\\p{L}+ly|also|then|later|again|has|had|on\\s+\\p{Lu}\\p{L}+)\\s+)*(?:${alternation(speech.verbs)})` +
  `(?:\\s+(?:reporters|journalists|lawmakers|parliament|(?:on|last|this)\\s+\\p{L}+))*\\s*,?\\s*(?:that\\s+)?$`, 'u');

// Opening phrases whose pronoun points forward to the main clause's subject.
const OPENING_PHRASE = /^(?:Speaking|Asked|After|Before|During|While|When|Following|Upon|On|At|In|Addressing|Arriving|Returning|Visiting|Meeting|Writing|Responding)\b[^,;:]*$/;
// What may stand between that comma and the subject's name: titles and capitalised qualifiers ("U.S. Secretary of State").
const NAME_LEAD = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+)*$/u;

const SPEAKS_NEXT = new RegExp(`^(?:\\s*,[^,.;:]{1,80},)?\\s+(?:(?:\\p{L}+ly|also|then|later|again|has|had)\\s+)*(?:${alternation(speech.verbs)})\\b`, 'u');

/** Whether a person is the subject of a speech verb right after their name ("Tillerson said", "Abe, the prime minister, told"). */
export const speaksNext = (text: string, m: Mention): boolean => SPEAKS_NEXT.test(text.slice(m.range.end, m.range.end + 160));

/** The person a pronoun's grammar points to, if it does. `fits` says whether a person may be the pronoun's. */
export function anchoredReferent(text: string, pronoun: { start: number; end: number }, sentence: { start: number; end: number },
  persons: readonly Mention[], fits: (m: Mention) => boolean): Mention | undefined {
  // The last fitting person before the pronoun in its sentence who is the subject of a reporting verb that leads to it.
  const before = persons.filter((m) => m.range.start >= sentence.start && m.range.end <= pronoun.start && fits(m));
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (REPORTED_BY.test(text.slice(m.range.end, pronoun.start))) return m;
  }
  // Cataphora: the pronoun sits in an opening phrase ending at the sentence's first comma, and the main clause opens on a name.
  const lead = text.slice(sentence.start, pronoun.start);
  const comma = text.indexOf(',', pronoun.end);
  if (!OPENING_PHRASE.test(lead) || comma < 0 || comma >= sentence.end || /[;:]/.test(text.slice(pronoun.end, comma))) return undefined;
  const subject = persons.find((m) => m.range.start > comma && m.range.start < comma + 80 && m.via !== 'pronoun');
  if (subject && fits(subject) && NAME_LEAD.test(text.slice(comma + 1, subject.range.start))) return subject;
  return undefined;
}
