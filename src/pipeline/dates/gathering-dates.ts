import type { Doc } from '../../core/doc.js';
import type { Gathering, KnowledgeBase } from '../../kb/types.js';
import type { DateCandidate } from './candidate.js';
import { findGatheringPhrases } from './gathering-phrases.js';
import type { SentenceView } from './sentences-of.js';

/**
 * Dates of a named gathering the knowledge base knows ("the ASEAN summit in
 * Hanoi" → its dates). A one-day gathering gives its day; a longer one its
 * month, which is true of every day of it.
 */
export function findGatheringDates(doc: Doc, s: SentenceView, kb: KnowledgeBase, year: number | null, sentenceDays: string[] = []): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const p of findGatheringPhrases(doc, s, kb, year, sentenceDays)) {
    if (p.editions.length !== 1) continue;
    const value = gatheringDateValue(p.editions[0]!);
    if (!value) continue;
    out.push({ from: p.from, to: p.to, ...value, how: 'gathering', rule: 'dates/gathering', confidence: 0.7 });
  }
  return out;
}

/** The most specific date true of the whole gathering. */
export function gatheringDateValue(g: Gathering): { value: string; end?: string } | null {
  if (!g.start) return g.year ? { value: String(g.year) } : null;
  const end = g.end ?? g.start;
  if (end === g.start) return { value: g.start };
  if (end.slice(0, 7) === g.start.slice(0, 7)) return { value: g.start.slice(0, 7) };
  return { value: g.start.slice(0, 4) };
}
