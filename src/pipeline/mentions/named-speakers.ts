/**
 * Rule: a full name that speaks — "Ingrid Lindqvist said", ", said Ingrid Lindqvist",
 * "Ana Lagos told" — is a person even without a title. Two or more name words.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import speech from '../../../data/lexicon/speech-verbs.json' with { type: 'json' };
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';
import { blocksName } from './title-context.js';
import { nameRunAt, nameRunEndingAt } from './name-tokens.js';

const RULE = 'mentions/named-speaker';
const VERBS = [...speech.strong].sort((a, b) => b.length - a.length).join('|');
const VERB_AFTER = new RegExp(`^\\s+(?:(?:also|then|later|earlier|previously|has|had|have|once)\\s+)?(?:${VERBS})\\b`);

export function findNamedSpeakerMentions(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const known = new MentionIndex(mentions);
  const text = doc.text;
  const out: Mention[] = [];
  const overlaps = (s: number, e: number): boolean => blocksName(known, { start: s, end: e });
  for (const v of text.matchAll(new RegExp(`\\s(?:${VERBS})\\b`, 'g'))) {
    const run = nameRunEndingAt(text, v.index);
    if (run && run.words.length >= 2 && !overlaps(run.start, run.end) && VERB_AFTER.test(text.slice(run.end, run.end + 40))) {
      out.push(makeMention(doc, { type: 'person', range: { start: run.start, end: run.end }, name: run.text, via: 'title-name', rule: RULE, confidence: 0.6 }));
    }
    const after = v.index + v[0].length;
    if (text[after] !== ' ') continue;
    const next = nameRunAt(text, after + 1);
    if (next && next.words.length >= 2 && !overlaps(next.start, next.end) && /^\s*[,.;]/.test(text.slice(next.end, next.end + 2))) {
      out.push(makeMention(doc, { type: 'person', range: { start: next.start, end: next.end }, name: next.text, via: 'title-name', rule: RULE, confidence: 0.6 }));
    }
  }
  return out;
}
