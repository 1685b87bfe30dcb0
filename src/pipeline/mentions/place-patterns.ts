/**
 * Rule: places the base does not know, by the shape of their names.
 *   venues and features: "Ramstein Air Base", "Jomo Kenyatta International Airport",
 *     "Caspian Sea", "Palais du Luxembourg", "Blue House", "Serena Hotel"
 *   regions: "Kherson region", "Incirlik air base", "Idlib Province", "Western Cape"
 *   towns after a preposition of place: "in Kisumu", "near Tartu" (one capitalised
 *     word that is nothing else the article knows)
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';
import { isNameWord } from './name-tokens.js';

const RULE = 'mentions/place-pattern';
const HEAD = 'Air Base|Air Force Base|Naval Base|Base|International Airport|Airport|Province|Region|Oblast|Governorate|District|Sea|Gulf|Strait|Straits|Strip|Street|Palace|Hotel|Square|Hall|House|Islands?|Peninsula|Valley|Mountains|Desert|Lake|River|Bay|Canal|Office|Garden|Plaza|Stadium|Heights|Coast|Ocean';
// A capitalised word, not a possessive: "Mexico City's National Palace" is the palace of a city, not one name.
const CAP = `\\p{Lu}[\\p{L}\\p{M}-]*(?:['’](?![sS]\\b)[\\p{L}\\p{M}-]+)?`;
const FEATURE = new RegExp(`(?<![\\p{L}])((?:\\d+\\s+)?${CAP}(?:\\s+(?:${CAP}|de|des|al-\\p{L}+))*?\\s+(?:${HEAD}))(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
const FEATURE_FIRST = new RegExp(`(?<![\\p{L}])((?:Palais\\s+(?:des|du|de)|Palace\\s+of|Gulf\\s+of|Sea\\s+of|Lake|Mount|Port|Fort|Camp)\\s+${CAP}(?:\\s+${CAP})?)`, 'gu');
const LOWER_HEAD = new RegExp(`(?<![\\p{L}])(${CAP}(?:\\s+${CAP})?\\s+(?:region|province|oblast|governorate|district|air base|naval base|airbase))(?![\\p{L}])`, 'gu');
const DIRECTIONAL = new RegExp(`(?<![\\p{L}])((?:Western|Eastern|Northern|Southern|Central)\\s+${CAP})(?![\\p{L}])`, 'gu');
const AFTER_PREPOSITION = new RegExp(`\\b(?:in|near|outside|at|to|from)\\s+(${CAP})(?=\\s*(?:[,.;)]|\\s(?:on|in|and|last|this|city|town|where|after|before|province|region)\\b))`, 'gu');
const NOT_PLACE_HEAD = /^(?:The|A|An|In|On|At|This|That|These|Those|But|And|As|For|By|With|From|To|If|When|While|After|Before|His|Her|Their|Its|Our|My|Your|Every|Each|Whole|Entire)\s/;

export function findPlacePatternMentions(doc: Doc, kb: KnowledgeBase, mentions: readonly Mention[]): Mention[] {
  const known = new MentionIndex(mentions);
  const knownWords = new Set(mentions.flatMap((k) => k.surface.split(/\s+/)));
  const text = doc.text;
  const out: Mention[] = [];
  // A known name inside the pattern does not block it ("Oslo International Airport", "Prince Sultan Air Base"); one across its edge does.
  // ("Biden White House": an institution's name inside, "the White House", makes it no place name.)
  const overlaps = (s: number, e: number): boolean =>
    known.overlapping(s, e).some((k) => k.type !== 'country' && (k.type === 'organization' || !(k.range.start >= s && k.range.end <= e && k.range.end - k.range.start < e - s)));
  const containsCountry = (s: number, e: number): Mention | undefined => known.startingIn(s, e).find((k) => k.type === 'country' && k.range.end <= e);
  const push = (start: number, end: number, rule: string, confidence: number): void => {
    let surface = text.slice(start, end);
    const opener = NOT_PLACE_HEAD.exec(surface);
    if (opener) { start += opener[0].length; surface = surface.slice(opener[0].length); }
    // "The region", "Our region": a common noun once the determiner is gone, no name.
    if (!/^(?:\d+\s+)?\p{Lu}/u.test(surface) || overlaps(start, end)) return;
    const country = containsCountry(start, end)?.country ?? kb.cityByName(surface.split(/\s+/)[0]!)?.country;
    out.push(makeMention(doc, { type: 'place', range: { start, end }, name: surface, country, via: 'alias', rule: `${RULE}/${rule}`, confidence }));
  };
  for (const m of text.matchAll(FEATURE)) push(m.index, m.index + m[1]!.length, 'feature', 0.6);
  for (const m of text.matchAll(FEATURE_FIRST)) push(m.index, m.index + m[1]!.length, 'feature', 0.6);
  for (const m of text.matchAll(LOWER_HEAD)) {
    const end = m.index + m[1]!.length;
    if (known.startingIn(m.index, end).some((k) => k.type === 'organization' && k.range.end <= end)) continue; // "SCO region"
    push(m.index, end, 'region', 0.6);
  }
  for (const m of text.matchAll(DIRECTIONAL)) {
    // "Western Cape", not "Western diplomats" or "Central Committee"
    const end = m.index + m[1]!.length;
    if (containsCountry(m.index, end) || /^\s+(?:of|for|and)\b/.test(text.slice(end, end + 5))) continue;
    if (/(?:Committee|Command|Bank|Europe|Asia|Africa|European|Asian|African|Powers?|Allies|Front|Union|Province|Region)$/.test(m[1]!)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(m[1]!.split(/\s+/)[1]!)) continue;
    push(m.index, end, 'region', 0.5);
  }
  for (const m of text.matchAll(AFTER_PREPOSITION)) {
    const start = m.index + m[0].length - m[1]!.length, end = start + m[1]!.length;
    // Languages and nationalities ("in English", "to Turkish") are no towns.
    if (!isNameWord(m[1]!) || m[1]!.length < 4 || kb.countryByName(m[1]!) || /(?:ish|ese|ian)$/.test(m[1]!)) continue;
    // The word must name nothing else in the article (a person's surname, an organization).
    if (knownWords.has(m[1]!)) continue;
    push(start, end, 'town', 0.45);
  }
  return out;
}
