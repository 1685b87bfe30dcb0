/**
 * Rule: "Title Name" for people the base does not know — "ASEAN Secretary-General
 * Lena Hoang", "Kenyan Defence Minister Peter Kamau", "Chilean
 * Ambassador to Peru Tomas Ruiz". Country comes from the words before the title.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { TITLE_ALTERNATION, TITLE_MODIFIERS, normaliseTitle } from './lexicon.js';
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';
import { nameRunAt } from './name-tokens.js';
import { blocksName, countryBeforeTitle } from './title-context.js';

const RULE = 'mentions/title-name';
const MODIFIER_ALT = [...TITLE_MODIFIERS].join('|');

// A title, optionally with modifiers and "to/of/for X" ("Ambassador to Peru", "Minister of Foreign Affairs"),
// then a space and (checked in code) a capitalised name.
const TITLE_THEN_NAME = new RegExp(
  `\\b((?:(?:${MODIFIER_ALT})\\s+)*(?:${TITLE_ALTERNATION}))` +
    `(\\s+(?:to|of|for)\\s+(?:the\\s+)?)?` +
    `\\s*(?=\\S)`,
  'giu',
);

export function findTitleNameMentions(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const known = new MentionIndex(mentions);
  for (const m of doc.text.matchAll(TITLE_THEN_NAME)) {
    const titleText = m[1]!;
    // "foreign minister" in lower case counts; a lower-case "general" or "head" before a name is too loose.
    const qualified = countryBeforeTitle(doc.text, known, m.index) !== undefined ||
      known.endingIn(m.index - 6, m.index).some((k) => k.type === 'organization' && /^(?:['’]?s)?\s+$/.test(doc.text.slice(k.range.end, m.index))) || /^(?:ex-|former\s)/i.test(doc.text.slice(Math.max(0, m.index - 7), m.index).trim().slice(-7));
    if (titleText === titleText.toLowerCase() && !qualified && /^(general|head|justice|father|chair|speaker|official|leader|deputy|fellow|prince|representative|executive|expert|secretary|minister|chief)$/i.test(titleText)) continue;
    let nameStart = m.index + m[0].length;
    if (m[2]) {
      // "Ambassador to Peru Tomas Ruiz": skip the known country or organization after "to".
      const target = known.startingIn(nameStart, nameStart + 1).find((k) => k.type !== 'person');
      if (!target) continue;
      nameStart = target.range.end;
    } else if (!/\s$/.test(m[0])) continue;
    const run = nameRunAt(doc.text, nameStart);
    if (!run || run.words.length < 2) continue;
    // The run must not be a known place, organization or country ("President of Russia Vladimir").
    if (known.overlapping(run.start, run.end).some((k) => k.type !== 'person')) continue;
    if (blocksName(known, run)) continue;
    const title = normaliseTitle(titleText);
    const country = countryBeforeTitle(doc.text, known, m.index);
    out.push(makeMention(doc, {
      type: 'person', range: { start: run.start, end: run.end }, name: run.text, country,
      role: title || undefined, via: 'title-name', rule: RULE, confidence: 0.8,
    }));
  }
  return out;
}
