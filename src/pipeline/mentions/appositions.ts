/**
 * Rule: appositions naming people the base does not know.
 *   after:  "Ilse Kamara, the Kenyan presidential advisor" / "Liu Jianmin, Singapore's special envoy"
 *   before: "the Kenyan presidential advisor, Ilse Kamara," / "Boric s spokesman, Ana Lagos, told"
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { TITLE_ALTERNATION, normaliseTitle } from './lexicon.js';
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';
import { nameRunAt, nameRunEndingAt, type NameRun } from './name-tokens.js';
import { blocksName, countryBeforeTitle } from './title-context.js';

const RULE = 'mentions/apposition';

// ", the Kenyan presidential advisor" — up to five words, then a title, within one clause.
const TITLE_AFTER_COMMA = new RegExp(
  `^,\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?((?:[\\p{L}.'’-]+\\s+){0,5}?)(${TITLE_ALTERNATION})\\b`,
  'iu',
);
// "..., Ilse Kamara," — the title phrase ends right before ", Name".
const TITLE_BEFORE_COMMA = new RegExp(
  `\\b(${TITLE_ALTERNATION})((?:\\s+(?:for|to|of|on|in)\\s+[^,.;:]{1,60}?)?),\\s+(?=\\p{Lu})`,
  'giu',
);

export function findAppositionMentions(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const known = new MentionIndex(mentions);
  const text = doc.text;
  const out: Mention[] = [];
  // A person found by a weaker rule on the very same words ("said Kanat Bozumbayev, the Kazakh deputy energy minister")
  // does not block the apposition, which knows the country and office.
  const overlapsOther = (r: NameRun): boolean => blocksName(known, r) &&
    !known.overlapping(r.start, r.end).every((k) => k.type === 'person' && !k.entityId && !k.country && k.range.start === r.start && k.range.end === r.end);

  // after: Name, the ... title
  for (const comma of text.matchAll(/,/g)) {
    const run = nameRunEndingAt(text, comma.index);
    if (!run || run.words.length < 2 || overlapsOther(run)) continue;
    const m = TITLE_AFTER_COMMA.exec(text.slice(comma.index, comma.index + 120));
    if (!m || /[,;:]|\.\s+\p{Lu}\p{Ll}/u.test(m[1] ?? '')) continue;
    const titleStart = comma.index + m[0].length - m[2]!.length;
    const country = countryBeforeTitle(text, known, titleStart);
    out.push(makeMention(doc, {
      type: 'person', range: { start: run.start, end: run.end }, name: run.text, country,
      role: normaliseTitle(m[2]!) || undefined, via: 'apposition', rule: `${RULE}/after`, confidence: 0.75,
    }));
  }

  // before: the ... title, Name,
  for (const m of text.matchAll(TITLE_BEFORE_COMMA)) {
    const run = nameRunAt(text, m.index + m[0].length);
    if (!run || run.words.length < 2 || overlapsOther(run)) continue;
    // The name must end its clause: a comma, a period or a verb follows ("Ana Lagos, told", "Ilse Kamara announced").
    if (!/^\s*(?:[,.;:(]|\s[a-z])/.test(text.slice(run.end, run.end + 3))) continue;
    const country = countryBeforeTitle(text, known, m.index);
    out.push(makeMention(doc, {
      type: 'person', range: { start: run.start, end: run.end }, name: run.text, country,
      role: normaliseTitle(m[1]!) || undefined, via: 'apposition', rule: `${RULE}/before`, confidence: 0.75,
    }));
  }
  return out;
}
