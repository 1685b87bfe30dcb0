/**
 * What the words before a title say about the office holder: whose office it is
 * ("Kenyan Defence Minister", "Chile s special envoy", "White House spokeswoman").
 */
import type { MentionIndex } from './mention-index.js';

/** The country of the nearest country, organization or person mention that qualifies a title starting at `titleStart`. */
export function countryBeforeTitle(text: string, known: MentionIndex, titleStart: number): string | undefined {
  let best: ReturnType<MentionIndex['endingIn']>[number] | undefined;
  for (const m of known.endingIn(titleStart - 40, titleStart)) {
    if (!m.country) continue;
    const between = text.slice(m.range.end, titleStart);
    // Only words that can stand inside one noun phrase: possessive, adjectives, "former"...
    if (!/^(?:['’]?s)?(?:\s+[\p{L}-]+){0,3}\s*$/u.test(between) || /[,;:.()]/.test(between)) continue;
    if (/\b(?:and|or|with|to|of|in|for|on|at)\b/i.test(between)) continue;
    if (!best || m.range.end > best.range.end) best = m;
  }
  return best?.country;
}


/**
 * Whether known mentions rule out a name run: any place, organization or
 * country inside it does, and a person only when the person covers the whole
 * run ("Gabriel" known for someone else does not block "Gabriel Okafor").
 */
export function blocksName(known: MentionIndex, r: { start: number; end: number }): boolean {
  return known.overlapping(r.start, r.end).some((k) =>
    (k.type !== 'person' || (k.range.start <= r.start && k.range.end >= r.end)));
}
