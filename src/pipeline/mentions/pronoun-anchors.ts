/**
 * Two places where the grammar, not the nearest sentence subject, names a
 * pronoun's person:
 *   - the subject of the reporting verb right before it: "Kamau said he
 *     would fly to Lima", even when the sentence named others first
 *     ("after his meeting with Ruiz and Santos, Kamau said he ...");
 *   - the subject of the main clause after an opening phrase that holds it:
 *     "Speaking after his meeting with Ruiz, Kamau said ...".
 */
import type { Mention } from '../../core/types.js';
import speech from '../../../data/lexicon/speech-verbs.json' with { type: 'json' };

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

// "<Name> (also|on Monday) said (on Tuesday) (that)", "<Name> told reporters (that)", "<Name>, the Russian leader, said".
const REPORTED_BY = new RegExp(
  `^(?:\\s*,[^,.;:]{1,80},)?\\s+(?:(?:\\p{L}+ly|also|then|later|again|has|had|himself|herself|on\\s+\\p{Lu}\\p{L}+)\\s+)*(?:${alternation(speech.verbs)})` +
  `(?:\\s+(?:reporters|journalists|lawmakers|parliament|(?:on|last|this)\\s+\\p{L}+))*\\s*,?\\s*(?:that\\s+)?$`, 'u');

// Opening phrases whose pronoun points forward to the main clause's subject.
// ("On Sunday, before his meeting with Zelensky ..., Trump called Putin": a time adverbial may come first.)
const OPENING_PHRASE = /^(?:(?:On|In|At|Later|Earlier|Late|Early)\s+[^,;:]{1,30},\s+)?(?:Speaking|Asked|After|Before|During|While|When|Following|Upon|On|At|In|Addressing|Arriving|Returning|Visiting|Meeting|Writing|Responding|after|before|during|while|following|ahead of|Ahead of)\b[^,;:]*$/;
// What may stand between that comma and the subject's name: titles and capitalised qualifiers ("U.S. Secretary of State").
const NAME_LEAD = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+)*$/u;

// (the comma that closes an apposition may stand before the verb: "the presidential adviser, Ilse Kamara, announced")
const SPEAKS_NEXT = new RegExp(`^(?:\\s*,[^,.;:]{1,80},|\\s*,)?\\s+(?:(?:\\p{L}+ly|also|then|later|again|has|had)\\s+)*(?:${alternation(speech.verbs)})\\b`, 'u');

// "..., Halvorsen said.": a speaker who closes the sentence.
const CLOSES_SENTENCE = new RegExp(`^\\s+(?:${alternation(speech.verbs)})(?:\\s+(?:on|last|this)\\s+\\p{L}+)?\\s*[.!?]`, 'u');
export const closesWithSpeech = (text: string, m: Mention): boolean => CLOSES_SENTENCE.test(text.slice(m.range.end, m.range.end + 60));

// A participial opening phrase has no subject of its own: the people in it are its objects, never the pronoun that follows it
// ("As well as receiving Ruto and Boric in the Elysee, he visited ..."), unlike a clause ("When Ramaphosa met Ruto, he said").
const PARTICIPLE_OPENING = /^(?:(?:As\s+well\s+as|After|Before|While|When|Since|Upon|Besides|On|In)\s+)?\p{L}+ing\b[^,;:]*,\s*$/u;

/** The opening participial phrase a subject pronoun follows ("Receiving X, he"), as a range, if any. */
export function participleOpening(text: string, pronoun: { start: number }, sentence: { start: number }): { start: number; end: number } | undefined {
  return PARTICIPLE_OPENING.test(text.slice(sentence.start, pronoun.start)) ? { start: sentence.start, end: pronoun.start } : undefined;
}

/** Whether a person is the subject of a speech verb right after their name ("Kamau said", "Halvorsen, the prime minister, told"). */
export const speaksNext = (text: string, m: Mention): boolean => SPEAKS_NEXT.test(text.slice(m.range.end, m.range.end + 160));

/** The person a pronoun's grammar points to, if it does. `fits` says whether a person may be the pronoun's. */
export function anchoredReferent(text: string, pronoun: { start: number; end: number }, sentence: { start: number; end: number },
  persons: readonly Mention[], fits: (m: Mention) => boolean): Mention | undefined {
  // "Varga himself": a reflexive right after a name is that name's.
  const lastBefore = persons.filter((m) => m.range.end <= pronoun.start && m.range.start >= sentence.start).pop();
  if (lastBefore && /sel(?:f|ves)$/i.test(text.slice(pronoun.start, pronoun.end)) && /^\s*$/.test(text.slice(lastBefore.range.end, pronoun.start)) && fits(lastBefore)) return lastBefore;
  // ("To Lam said the side welcomes Xi's visit, and recalled his own state visit to China": "his own" is the subject's.)
  if (/^\s+own\b/i.test(text.slice(pronoun.end, pronoun.end + 6))) {
    const subject = persons.find((m) => m.range.start >= sentence.start && m.range.end <= pronoun.start && m.via !== 'pronoun');
    if (subject && fits(subject) && /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and)\s+)*$/u.test(text.slice(sentence.start, subject.range.start))) return subject;
  }
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
  // ("In his call with Ruiz, Kamau's spokeswoman said, Halvorsen urged ...": a reporting aside is not the main clause.)
  const aside = REPORTING_ASIDE.exec(text.slice(comma + 1, comma + 120));
  const opens = aside ? comma + 1 + aside[0].length - 1 : comma;
  const subject = persons.find((m) => m.range.start > opens && m.range.start < opens + 80 && m.via !== 'pronoun');
  if (subject && fits(subject) && NAME_LEAD.test(text.slice(opens + 1, subject.range.start))) return subject;
  return undefined;
}

// ", Nauert said, Tillerson urged": a speaker's aside between the opening phrase and the main clause's subject.
const REPORTING_ASIDE = new RegExp(`^\\s*(?:(?:\\p{Lu}[\\p{L}.'’-]*|the|a|an|of|[’']s|spokes(?:wo)?man|spokesperson|officials?|diplomats?|sources?|government|ministry|senior|presidential|foreign|press|secretary)\\s+){1,6}(?:${alternation(speech.verbs)}),`, 'u');
