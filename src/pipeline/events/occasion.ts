import type { Range } from '../../core/span.js';
import type { Occasion } from '../../core/types.js';
import type { GatheringPhrase } from '../dates/gathering-phrases.js';

/**
 * The name an occasion is reported under: the organization's short name
 * first (so "SCO" and "SCO Council of Foreign Ministers" both read as SCO),
 * then the edition's name when the knowledge base pinned one down.
 */
export function occasionOf(p: GatheringPhrase): Occasion & { range: Range } {
  const edition = p.editions.length === 1 ? p.editions[0] : undefined;
  const parts = [p.orgFullName && p.orgFullName !== p.orgName ? `${p.orgName} (${p.orgFullName})` : p.orgName];
  const series = edition?.series ?? edition?.name;
  if (series) parts.push(series);
  return { name: parts.join(' — '), ...(edition ? { entityId: edition.id } : { entityId: p.orgId }), range: { start: p.from, end: p.to } };
}

// "on the sidelines of", "at the", "during the", "ahead of the", "within the": how an engagement sits in a gathering.
const TIES = /\b(?:on the sidelines? of|sidelines|at|during|ahead of|before|after|within|for|in the framework of|as part of|while attending|attending|attend|join|joining|in)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,6}$/i;

/** The gathering an engagement in this sentence was held under, when the sentence ties the two. */
export function occasionFor(text: string, sentence: { start: number; end: number }, trigger: { from: number; to: number }, phrases: GatheringPhrase[]): GatheringPhrase | null {
  let best: GatheringPhrase | null = null, bestGap = Infinity;
  for (const p of phrases) {
    if (p.from < sentence.start || p.to > sentence.end) continue;
    const before = text.slice(Math.max(sentence.start, p.from - 80), p.from);
    if (!TIES.test(before) && !(p.from <= trigger.from && p.to >= trigger.to)) continue;
    const gap = p.from >= trigger.to ? p.from - trigger.to : trigger.from - p.to;
    // ("met Dmitriev on the sidelines of the forum in Davos and will travel to Moscow for talks with Putin": a gathering
    // named before a coordinated verb of its own is the first clause's occasion.)
    if (p.to <= trigger.from && /\b(?:and|but)\s+(?:will|would|is\s+to|are\s+to|then|later|also)\b/i.test(text.slice(p.to, trigger.from))) continue;
    if (gap < bestGap) { bestGap = gap; best = p; }
  }
  return best;
}
