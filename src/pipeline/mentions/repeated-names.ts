/**
 * Rule: a full name the article later shortens — "criticism from Lena Varga
 * ... Varga, who resigned ..." — is a person even without a title: two or
 * three name words, nothing the base knows, and the last word standing alone
 * elsewhere in the text.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { makeMention } from './mention.js';
import { Coverage } from './mention-index.js';
import { isNameWord, nameRunAt } from './name-tokens.js';

const RULE = 'mentions/repeated-name';
const PEOPLE_WORD = /^(?:Muslims?|Christians?|Catholics?|Jews?|Jewish|Sunnis?|Shias?|Shiites?|Arabs?|Islamic|Islamist|Orthodox|Buddhists?|Hindus?|Kurds?|\p{Lu}\p{Ll}+(?:ian|ish|ese|ans))$/u;

export function findRepeatedNameMentions(doc: Doc, known: readonly Mention[]): Mention[] {
  const text = doc.text;
  const coverage = new Coverage(text.length, known);
  // Capitalised words standing alone (not next to another name word), by spelling.
  const alone = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’.-]\s?)\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}'’-])(?!\s\p{Lu})/gu)) {
    if (/\p{Lu}[\p{Ll}]+\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    alone.set(m[0], (alone.get(m[0]) ?? 0) + 1);
  }
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{Ll}\p{M}]+\s\p{Lu}/gu)) {
    const run = nameRunAt(text, m.index, 3);
    if (!run || run.words.length < 2 || !run.words.every(isNameWord)) continue;
    // Faiths and peoples ("Catholic Croats", "Kurdish Peshmerga") are no given names.
    if (run.words.some((w) => PEOPLE_WORD.test(w))) continue;
    if (!coverage.isFree(run.start, run.end)) continue;
    const last = run.words[run.words.length - 1]!;
    if (!alone.get(last)) continue;
    // A sentence's first word may be an ordinary capitalised word ("Still Kamau"): the run must not open a sentence.
    if (/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, run.start - 3), run.start)) && !seen.has(run.text)) continue;
    seen.add(run.text);
    out.push(makeMention(doc, { type: 'person', range: { start: run.start, end: run.end }, name: run.text, via: 'title-name', rule: RULE, confidence: 0.5 }));
  }
  return out;
}
