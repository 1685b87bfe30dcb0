import type { Doc } from '../../core/doc.js';
import type { CountryCode } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { isoYear, yearOf } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import { ORDINAL_SOURCE, ordinalValue } from './ordinal.js';
import { sentencesOf, type SentenceView } from './sentences-of.js';

const ANNIVERSARY_RE = new RegExp(String.raw`\b(?:the\s+)?(${ORDINAL_SOURCE})\s+anniversary\s+of\s+(?:the\s+)?([^.;:!?]{3,160})`, 'gi');

/**
 * "the 70th anniversary of diplomatic relations between China and Romania":
 * the knowledge base knows when the counting started, so the year is
 * origin + N. Countries named in the sentence (else the article) pick among
 * pairs; the phrase itself is cut at the next clause so it names one thing.
 */
export function findAnniversaryYears(doc: Doc, s: SentenceView, kb: KnowledgeBase): DateCandidate[] {
  const out: DateCandidate[] = [];
  ANNIVERSARY_RE.lastIndex = 0;
  for (let m = ANNIVERSARY_RE.exec(s.text); m; m = ANNIVERSARY_RE.exec(s.text)) {
    const n = ordinalValue(m[1]!);
    if (n === null) continue;
    const phrase = cutPhrase(m[2]!);
    const from = s.start + m.index, to = from + (m[0].length - m[2]!.length) + phrase.length;
    // ("the 80th anniversary of the victory at Khalkhin Gol ... This year we mark the 85th anniversary of this
    // victory": "this victory" counts from the origin the article last named.)
    const origin = ANAPHORIC.test(phrase) ? lastOrigin(doc, kb, s.start) : yearOf(originOf(doc, s, kb, phrase)?.date);
    if (origin === null) continue;
    out.push({ from, to, value: isoYear(origin + n), how: 'anniversary', rule: 'dates/anniversary', confidence: 0.85 });
  }
  return out;
}

const ANAPHORIC = /^(?:this|that|these|those|the same)\s+\p{L}/iu;

function originOf(doc: Doc, s: SentenceView, kb: KnowledgeBase, phrase: string) {
  return kb.anniversaryOf(phrase, countriesNear(doc, s)) ?? kb.anniversaryOf(phrase);
}

/** The origin year of the last anniversary named before `before`, if any. */
function lastOrigin(doc: Doc, kb: KnowledgeBase, before: number): number | null {
  let origin: number | null = null;
  const re = new RegExp(ANNIVERSARY_RE.source, 'gi');
  const text = doc.text.slice(0, before);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = cutPhrase(m[2]!);
    if (ANAPHORIC.test(phrase)) continue;
    const s = sentencesOf(doc).find((x) => x.start <= m!.index && m!.index < x.end);
    if (s) origin = yearOf(originOf(doc, s, kb, phrase)?.date) ?? origin;
  }
  return origin;
}

// "... of the OAS Charter and the 20th anniversary of ..." → "OAS Charter".
function cutPhrase(p: string): string {
  const cut = p.search(/,|\s+and\s+the\s+|\s+(?:which|that|when|is|was|were|are)\s+/i);
  return (cut > 0 ? p.slice(0, cut) : p).trim();
}

function countriesNear(doc: Doc, s: SentenceView): CountryCode[] {
  const inSentence = new Set<CountryCode>();
  const all = new Set<CountryCode>();
  for (const m of doc.mentions) {
    if (m.type !== 'country' || !m.country) continue;
    all.add(m.country);
    if (m.range.start >= s.start && m.range.end <= s.end) inSentence.add(m.country);
  }
  return [...(inSentence.size ? inSentence : all)];
}
