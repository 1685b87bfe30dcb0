/**
 * The shapes of speaker phrases: what may stand between a speaker and the
 * verb, the heads of unnamed speakers ("officials", "the ministry"), where a
 * clause opens, and which verbs take their speaker after them.
 */
import { SPEECH_VERB } from './lexicon.js';
import { TITLES, TITLE_MODIFIERS } from '../mentions/lexicon.js';

// Words that may stand between a speaker and the verb: "Ruto, for his part, declared", "Varga — a leading critic of the treaty — shot back" (dashes
// stripped to three spaces in some copy), "Trump also said", "The official, speaking on condition of anonymity, said"; not
// ", and eventually African delegates," which joins a second subject.
export const GAP = /^(?:\s*,(?!\s*(?:and|or|but)\s)[^,.;:]{1,140}(?:,[^,.;:]{1,40})?,|\s*(?:[—–]|\s{3})\s*[^,.;:—–]{1,80}?\s*(?:[—–]|\s{3}))?(?:\s+(?:\p{L}+ly|also|then|later|earlier|previously|once|again|long|further|repeatedly|separately|reportedly|recently|publicly|privately|personally|bluntly|quickly|subsequently|has|have|had|was|were|is|would|will|had|himself|herself|itself|on\s+\p{L}+|last\s+\p{L}+|this\s+\p{L}+|in\s+(?:a|an|his|her|its|their|the)\s+\p{L}+(?:\s+\p{L}+)?|who\s+\p{L}+\s+\p{L}+))*\s*,?\s*$/u;

// (not ", and reiterated": a verb coordinated with the clause's own subject, after an aside naming someone else)
export const OPEN_APPOSITION = /^\s*,\s*(?!(?:and|but|or|then)\s)(?:the\s+|a\s+|an\s+)?\p{Ll}[^,.;:]{1,80}?\s$/u;
// (the dots of "U.S." do not end the clause: "Ana Lagos dismissed U.S. worries ... and noted")
export const COORDINATED = /^\s+(?:[^,.;:]|(?<=(?:^|[\s.])\p{Lu})\.){0,80}\b(?:and|but)\s+(?:also\s+|then\s+|has\s+|have\s+|had\s+)?$/u;
// "people familiar with the matter" are unnamed sources; "people" alone are not.
export const COUNTRY_HEADS = '(?:people|person)(?=\\s+(?:familiar|briefed|close|with\\s+knowledge))|officials?|spokes(?:man|woman|person)|sources?|executives?|advis[eo]rs?|diplomats?|aides?|government|administration|authorities|officers?|leadership|negotiators?|envoys?|representatives?|delegation|presidency|cabinet|lawmakers?|commanders?|(?:military\\s+|army\\s+|ranger\\s+|special\\s+forces\\s+)?(?:units?|brigades?|battalions?|regiments?)|state media|state television|media';
export const ORG_HEADS = 'military|army|navy|(?:foreign|defen[cs]e|interior|finance|trade|commerce|state|justice)?\\s*(?:ministry|department)|police|embassy|mission|press\\s+(?:service|office)|office|party|kremlin|white house|pentagon';
export const NP_BEFORE = new RegExp(`(?:^|[,;:(]\\s*|\\b(?:a|an|the|his|her|its|their|one|two|three|several|some|many|other|another)\\s+)((?:[\\p{L}.'’-]+\\s+){0,6}?)(${COUNTRY_HEADS}|${ORG_HEADS})((?:\\s+(?:who|which|with|from|of|for|to|at|in|familiar|close|briefed|\\p{L}+ing)\\b[^,.;:]{0,120}?)?)$`, 'iu');
export const IT_PRONOUN = /\b(?:it|It)$/;

// Words that may stand before a subject's name inside its noun phrase: titles, adjectives, capitalised qualifiers.
const TITLE_WORDS = [...new Set([...TITLES.keys(), ...TITLE_MODIFIERS].flatMap((t) => t.split(/\s+/)))]
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
// ... and the body a title belongs to, written in lower case ("Peru s foreign ministry spokesman Tomas Ruiz"); "to" for
// "Ambassador to the US Vinay Kwatra".
// ... or the kind of body a name is ("international charity Oxfam", "rights group Human Rights Watch").
const BODY_WORDS = 'ministry|department|office|embassy|government|party|military|army|council|commission|committee|agency|administration|mission|parliament|cabinet|presidential|state|news|media|television|broadcaster|newspaper|charity|group|watchdog|foundation|institute|think\\s+tank';
// (capitalised words may hold digits: a subhead "F-16 SALE" glued before the name)
export const PRE_NAME = new RegExp(`(?:(?:\\p{Lu}[\\p{L}\\p{N}.'’-]*|the|a|an|of|for|to|and|[’']s|s|${TITLE_WORDS}|${BODY_WORDS})\\s+)*$`, 'u');
export const PRE_NAME_WHOLE = new RegExp(`^\\s*${PRE_NAME.source}`, 'u');
// (a closing quotation mark may stand after the punctuation: "“Who gains from this?” he asked")
export const CLAUSE_OPENING = new RegExp(`(?:^|[,;:()—–-]["”’»]?\\s*|[.!?]["”’»]?\\s+|\\b(?:and|but|while|as|that|because|when|where|after|before|although|though|so|whereas|since|which|who|whom|${SPEECH_VERB})\\s+)$`, 'u');

/** Whether a subject starting at `at` opens a clause (possibly after its titles: "Kenyan Defence Minister Peter Kamau"). */
export function startsClause(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const np = PRE_NAME.exec(before);
  const rest = np ? before.slice(0, before.length - np[0].length) : before;
  return CLAUSE_OPENING.test(rest) || rest.trim() === '';
}

/** The regex finds the leftmost (longest) phrase; the speaker's phrase starts after the last clause word in it. */
export function trimToClause(np: RegExpExecArray | null): RegExpExecArray | null {
  if (!np) return np;
  let cut = -1;
  for (const m of np[0].matchAll(/(?:^|[\s,;:(])(?:while|but|that|as|when|whereas|although|though|because|after|before|since|if|and(?=\s+(?:a|an|the)\s))\s+/gi)) cut = m.index + m[0].length;
  if (cut <= 0 || cut >= np[0].length - np[2]!.length) return np;
  const trimmed = Object.assign([...np], { index: np.index + cut, input: np.input, groups: np.groups }) as unknown as RegExpExecArray;
  trimmed[0] = np[0].slice(cut);
  return trimmed;
}

// Trailing words between a noun phrase and its verb, removed before reading the phrase.
export const GAP_TAIL = /(?:\s+(?:also|then|later|earlier|previously|once|again|long|has|have|had|was|were|on\s+\p{L}+|last\s+\p{L}+))+$/u;

export const INVERTING = new Set(['reported', 'estimated', 'warned', 'confirmed', 'said', 'says', 'added', 'adds', 'noted', 'stressed', 'explained', 'declared', 'wrote', 'writes', 'continued', 'replied', 'retorted', 'quipped', 'recalled', 'insisted', 'argued', 'asked', 'remarked', 'concluded', 'observed', 'announced', 'emphasized', 'emphasised', 'tweeted', 'posted', 'commented', 'acknowledged', 'admitted', 'affirmed', 'to', 'of', 'by', 'quoting', 'citing']);

/** Where a sentence's own words start after a dateline ("WASHINGTON (Reuters) - ", "NAIROBI, Feb 10 (Reuters) -"). */
export function afterDateline(text: string, start: number): number {
  const m = /^[\p{Lu}][\p{Lu}\s.,'’-]*(?:,\s*[\p{L}]+\.?\s+\d{1,2})?\s*\([^)]{1,40}\)\s*[-–—]+\s*/u.exec(text.slice(start, start + 80));
  return m ? start + m[0].length : start;
}
