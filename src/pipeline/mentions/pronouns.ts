/**
 * Rule: personal pronouns ("he", "she", "his") resolved to the subject of the
 * nearest sentence that names a fitting person: the first person named in the
 * pronoun's own sentence before it, else in the sentences before. The base's
 * gender wins over the pronoun's when no one nearby fits: translated copy
 * writes "she said" of a man.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { PRONOUN_GENDER } from './lexicon.js';
import { makeMention } from './mention.js';
import { MentionIndex, lowerBound } from './mention-index.js';
import { anchoredReferent, closesWithSpeech, participleOpening, speaksNext } from './pronoun-anchors.js';

const RULE = 'mentions/pronoun';
const PRONOUN = new RegExp(`\\b(?:${[...PRONOUN_GENDER.keys()].join('|')})\\b`, 'giu');
/** How far back (characters) a pronoun looks for its person. */
const WINDOW = 1200;

export function findPronounMentions(doc: Doc, kb: KnowledgeBase, persons: readonly Mention[]): Mention[] {
  const sorted = persons.filter((m) => m.type === 'person').sort((a, b) => a.range.start - b.range.start);
  const out: Mention[] = [];
  const sentenceStart = (at: number): number => {
    const k = lowerBound(doc.sentences, at + 1, (x) => x.range.start) - 1;
    const s = k >= 0 ? doc.sentences[k] : undefined;
    return s && at < s.range.end ? s.range.start : Math.max(0, doc.text.lastIndexOf('.', at) + 1);
  };
  const sentenceAround = (at: number): { start: number; end: number } => {
    const k = lowerBound(doc.sentences, at + 1, (x) => x.range.start) - 1;
    const s = k >= 0 ? doc.sentences[k] : undefined;
    return s && at < s.range.end ? s.range : { start: sentenceStart(at), end: Math.min(doc.text.length, at + 300) };
  };
  const index = new MentionIndex(sorted);
  const genderOf = (m: Mention): 'm' | 'f' | undefined => (m.entityId ? kb.person(m.entityId)?.gender : undefined);
  for (const p of doc.text.matchAll(PRONOUN)) {
    const start = p.index, end = start + p[0].length;
    if (index.overlapping(start, end).some((m) => m.range.start <= start && end <= m.range.end)) continue; // inside "his Chinese counterpart"
    const gender = PRONOUN_GENDER.get(p[0].toLowerCase())!;
    const recentPronouns = out.slice(lowerBound(out, start - WINDOW, (m) => m.range.end));
    const before = [...index.endingIn(start - WINDOW, start), ...recentPronouns].sort((a, b) => a.range.start - b.range.start);
    // "Li held talks with him": an object pronoun is never the subject of its own clause.
    const objectPronoun = /^(?:him|them)$/i.test(p[0]) || (/^her$/i.test(p[0]) && /^\s*(?:[.,;:)]|on|in|at|to|for|with|and|after|before|during|about|by|$)/i.test(doc.text.slice(end, end + 8)));
    const ownSubject = (m: Mention): boolean => objectPronoun && m.range.end <= start && m.range.start >= sentenceStart(start)
      && !/[,;:]|\b(?:that|who|whom|which|and|but|said|says|told|when|after|before|while)\b/i.test(doc.text.slice(m.range.end, start));
    const fits = (m: Mention): boolean => { const g = genderOf(m); return (!g || g === gender) && !ownSubject(m); };
    // The grammar may name the person: "Kamau said he ...", "Speaking after his talks, Kamau said".
    const own = sentenceAround(start);
    const nearby = [...before.filter((m) => m.range.start >= own.start), ...index.startingIn(end, own.end).filter((m) => m.via !== 'pronoun')];
    let target: Mention | undefined = anchoredReferent(doc.text, { start, end }, own, nearby, fits);
    if (!target && !before.length) continue;
    // Walk back sentence by sentence; in each, the first fitting person is its subject.
    const opening = participleOpening(doc.text, { start }, own);
    const walkBack = (accepts: (m: Mention) => boolean): Mention | undefined => {
      let found: Mention | undefined;
      let cursor = start;
      while (!found && cursor > 0 && cursor > start - WINDOW) {
        const from = sentenceStart(Math.max(0, cursor - 1));
        // In each sentence: a person the base knows to have the pronoun's gender, then one in subject position, then the first.
        const inSentence = before.filter((m) => m.range.start >= from && m.range.end <= cursor && accepts(m) &&
          !(opening && opening.start <= m.range.start && m.range.end <= opening.end));
        // ... and among those, one who speaks ("Ruiz and Santos, Kamau said": Kamau), best one closing the sentence
        // ("Kamau called on ..., Halvorsen said. 'We think ...,' he told reporters": Halvorsen).
        // The base's gender decides for "she"; for "he" it only breaks ties, since most people it does not know are men in this news.
        const score = (m: Mention): number => (genderOf(m) === gender ? (gender === 'f' ? 16 : 1) : 0) + (opensClause(doc.text, from, m.range.start) ? 8 : 0) +
          (speaksNext(doc.text, m) ? 4 : 0) + (closesWithSpeech(doc.text, m) ? 2 : 0);
        found = inSentence.reduce<Mention | undefined>((best, m) => (!best || score(m) > score(best) ? m : best), undefined);
        if (from >= cursor) break;
        cursor = from;
      }
      return found;
    };
    target ??= walkBack(fits);
    // No one nearby has the pronoun's gender: a slip of translation ("she said" of Lula), so the nearest subject whatever the gender.
    const resolved = target ?? walkBack(() => true) ?? before[before.length - 1]!;
    const referent = resolved.via === 'pronoun' && resolved.refersTo ? before.find((m) => m.id === resolved.refersTo) ?? resolved : resolved;
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: referent.name, entityId: referent.entityId, country: referent.country,
      role: referent.role, via: 'pronoun', refersTo: resolved.refersTo ?? resolved.id, rule: RULE, confidence: target ? 0.6 : 0.4,
    }));
  }
  return out;
}

/** Whether a name stands at the start of a clause (after the sentence start, a comma or a conjunction), not inside an aside. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at).replace(/(?:(?:\p{Lu}[\p{L}.'’-]*|the|[’']s|s)\s+)*$/u, '');
  return before.trim() === '' || /(?:,|\band|\bbut|\bwhile)\s*$/.test(before);
}
