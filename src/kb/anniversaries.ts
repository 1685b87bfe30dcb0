import type { CountryCode } from '../core/types.js';
import type { Anniversary, KnowledgeBase } from './types.js';

/** Lower case, no diacritics, punctuation as spaces, padded: keys are then found whole-word with includes(). */
const fold = (s: string) => ` ${s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The folded keys of each anniversary, worked out once per knowledge base (the pipeline asks per sentence). */
const foldedKeysMemo = new WeakMap<readonly Anniversary[], string[][]>();
function foldedKeys(anniversaries: readonly Anniversary[]): string[][] {
  let keys = foldedKeysMemo.get(anniversaries);
  if (!keys || keys.length !== anniversaries.length) foldedKeysMemo.set(anniversaries, (keys = anniversaries.map((a) => a.keys.map(fold))));
  return keys;
}

/**
 * The anniversary a phrase counts from. A candidate needs one of its key
 * phrases in the text; its countries must all be named (in the text or the
 * hint) and its organization must be named in the text. The longest key and
 * the most named parties win.
 */
export function findAnniversary(kb: KnowledgeBase, text: string, hint: CountryCode[] = []): Anniversary | undefined {
  const folded = fold(text);
  const matches = kb.match(text);
  const named = new Set<string>(hint);
  for (const m of matches) {
    if (m.kind === 'country' || m.kind === 'organization') named.add(m.id);
  }
  let best: { a: Anniversary; score: number } | undefined;
  const keysOf = foldedKeys(kb.anniversaries);
  for (let n = 0; n < kb.anniversaries.length; n++) {
    const a = kb.anniversaries[n]!;
    const key = keysOf[n]!.filter((k) => folded.includes(k)).sort((x, y) => y.length - x.length)[0];
    if (!key) continue;
    const countries = a.countries ?? [];
    if (!countries.every((c) => named.has(c))) continue;
    if (a.org && !named.has(a.org)) continue;
    const score = key.length + 20 * countries.length + (a.org ? 20 : 0);
    if (!best || score > best.score) best = { a, score };
  }
  return best?.a;
}
