/**
 * Rule: in a transcript ("President of Russia Vladimir Putin: Mr President, ..."), "I", "me" and "my" in what a
 * speaker says are that speaker, until the next speaker's label ("Yesterday I had telephone conversations with ...").
 * A label is a paragraph opening on a named person and a colon, as transcripts from presidential sites print them.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { makeMention } from './mention.js';

const RULE = 'mentions/transcript-speaker';
const FIRST_PERSON = /\b(?:I|me|my|myself)\b/g;
// What may stand between the speaker's name and the colon: "(retranslated)", "(via interpreter)".
const LABEL_END = /^\s*(?:\([^()]{1,30}\))?:\s/;

export function findTranscriptFirstPerson(doc: Doc, named: readonly Mention[]): Mention[] {
  const persons = named.filter((m) => m.type === 'person' && m.via !== 'pronoun' && m.via !== 'description');
  const labels: { at: number; speaker: Mention }[] = [];
  for (const m of persons) {
    const lineStart = doc.text.lastIndexOf('\n', m.range.start - 1) + 1;
    // The name closes the label and the label opens its paragraph: "President of Iran Hassan Rouhani (retranslated): ".
    if (m.range.start - lineStart > 80 || /[.:;!?]/.test(doc.text.slice(lineStart, m.range.start))) continue;
    const end = LABEL_END.exec(doc.text.slice(m.range.end, m.range.end + 40));
    if (end) labels.push({ at: m.range.end + end[0].length, speaker: m });
  }
  if (!labels.length) return [];
  labels.sort((a, b) => a.at - b.at);
  const out: Mention[] = [];
  const push = (start: number, end: number, s: Mention): void => {
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: s.name, entityId: s.entityId, country: s.country,
      role: s.role, via: 'pronoun', refersTo: s.id, rule: RULE, confidence: 0.6,
    }));
  };
  labels.forEach((label, i) => {
    const until = Math.min(labels[i + 1]?.speaker.range.start ?? doc.text.length, sectionBreak(doc.text, label.at));
    const turn = doc.text.slice(label.at, until);
    for (const p of turn.matchAll(FIRST_PERSON)) push(label.at + p.index!, label.at + p.index! + p[0].length, label.speaker);
  });
  return out;
}

// ("* * *" or a new heading line ends a speaker's turn.)
function sectionBreak(text: string, from: number): number {
  const m = /\n\s*\*\s*\*\s*\*|\n[^\n.:]{3,80}\n/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
