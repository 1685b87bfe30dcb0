/**
 * Finding capitalised name sequences ("Liu Jianmin", "Abu Salem al-Harthi",
 * "Donald J. Trump") for people the knowledge base does not know.
 */
import type { Range } from '../../core/span.js';
import { TITLES } from './lexicon.js';

/** Lower-case particles that may sit inside a name when a capitalised word follows. */
const PARTICLES = new Set(['al', 'al-', 'el', 'el-', 'bin', 'ibn', 'bint', 'de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'di', 'ter', 'ben', 'abu', 'y']);

/** Capitalised words that never belong to a person's name. */
export const NOT_NAME_WORDS = new Set(
  ('the a an and or but if on in at of for to by with from as this that these those there here he she it they we i you his her its their our my ' +
    'mr mrs ms dr sir madam lord lady dame ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'president prime minister foreign secretary state ambassador envoy special spokesman spokeswoman spokesperson deputy vice senior chief ' +
    'general minister ministry department office affairs defence defense interior security finance trade justice economy energy ' +
    'general minister ministry department office council committee commission party government army navy force forces union ' +
    'national international republic kingdom federation united north south east west northern southern eastern western central ' +
    'news reporting editing writing photo video reuters associated press agence france presse afp ap image getty images ' +
    'read more related after before during while when where what who why how under over since until about against between ' +
    'also still even only just both all some many most other another new old first last next no not yes ' +
    'according asked speaking said says told added noted however meanwhile moreover thus likewise despite although though ' +
    'earlier later today yesterday tomorrow tonight week month year morning evening afternoon night ' +
    'summit talks meeting conference forum treaty agreement accord declaration initiative plan war peace ' +
    'street avenue road square palace hall house building airport base island sea ocean river mountain').split(/\s+/),
);

// Capitalised one-word titles ("Admiral", "Secretary-General") open a name, they are not part of it.
for (const t of TITLES.keys()) if (!t.includes(' ')) NOT_NAME_WORDS.add(t.replace(/\.$/, ''));

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*-?\.?/uy;

const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]/u;
const CAPITAL_PREFIXED = /^(Mc|Mac|O')\p{Lu}/u;

/** A capitalised name word: "Liu", "Jong-un", "O'Brien", "McConnell", or an initial "J.". */
export function isNameWord(w: string): boolean {
  // Called for most words of an article: an ASCII first letter is decided on char codes, other scripts by the regexes.
  const c0 = w.charCodeAt(0);
  if (c0 < 0x80) {
    if (!(c0 >= 65 && c0 <= 90)) return false; // no capital: neither an initial, a capitalised word nor Mc/Mac/O'
    if (w.length === 2 && w.charCodeAt(1) === 46) return true; // initial "J."
    const c1 = w.charCodeAt(1);
    if (!(c1 >= 97 && c1 <= 122) && (c1 < 0x80 || !CAPITALISED.test(w)) && !CAPITAL_PREFIXED.test(w)) return false;
  } else {
    if (INITIAL.test(w)) return true;
    if (!CAPITALISED.test(w) && !CAPITAL_PREFIXED.test(w)) return false;
  }
  return !NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, ''));
}

export interface NameRun extends Range {
  text: string;
  words: string[];
}

/**
 * The capitalised name run that starts exactly at `from` (after skipping spaces), or undefined.
 * Runs hold 1..maxWords name words, may include particles between name words, and stop at punctuation.
 */
export function nameRunAt(text: string, from: number, maxWords = 4): NameRun | undefined {
  let i = from;
  while (text[i] === ' ') i++;
  const start = i;
  const words: string[] = [];
  let end = start;
  let nameWords = 0;
  while (nameWords < maxWords) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) break;
    let w = m[0];
    // A trailing period ends a sentence unless the word is an initial ("J.").
    if (w.endsWith('.') && !/^\p{Lu}\.$/u.test(w)) w = w.slice(0, -1);
    const possessive = /['’]s$/.test(w);
    if (possessive) w = w.slice(0, -2);
    const lower = w.toLowerCase();
    const isParticle = PARTICLES.has(lower);
    if (isNameWord(w) || /^(al|el|bin|ibn)-\p{Lu}/u.test(w)) {
      words.push(w);
      nameWords++;
      end = i + w.length;
    } else if (isParticle && nameWords > 0) {
      // keep only when a name word follows
      const after = i + w.length + (text[i + w.length] === ' ' ? 1 : 0);
      WORD.lastIndex = after;
      const next = WORD.exec(text);
      if (!next || !isNameWord(next[0].replace(/\.$/, ''))) break;
      words.push(w);
    } else break;
    i += w.length;
    if (possessive) break;
    // Possessive " s" (quotes stripped) or "'s" ends the name.
    if (/^['’]s\b/.test(text.slice(i, i + 3))) break;
    if (text[i] === ' ' && text[i + 1] !== ' ' && !/^ s\b/.test(text.slice(i, i + 3))) i++;
    else if (text[i] === '-' ) i++;
    else break;
  }
  if (!nameWords) return undefined;
  // Drop trailing particles
  while (words.length && !isNameWord(words[words.length - 1]!) && !/^(al|el|bin|ibn)-/.test(words[words.length - 1]!)) words.pop();
  const joined = text.slice(start, end);
  return { start, end, text: joined, words };
}

/** Name run that ends exactly at `to` (spaces before `to` skipped), scanning back. */
export function nameRunEndingAt(text: string, to: number, maxWords = 4): NameRun | undefined {
  let j = to;
  while (j > 0 && text[j - 1] === ' ') j--;
  // Walk back over up to maxWords+2 words and try each start.
  let k = j;
  const starts: number[] = [];
  for (let n = 0; n < maxWords + 2 && k > 0; n++) {
    let s = k;
    while (s > 0 && /[\p{L}\p{M}'’.-]/u.test(text[s - 1]!)) s--;
    if (s === k) break;
    starts.push(s);
    if (text[s - 1] !== ' ' || text[s - 2] === ' ') break;
    k = s - 1;
  }
  for (const s of starts.reverse()) {
    const run = nameRunAt(text, s, maxWords);
    if (run && run.end === j) return run;
  }
  return undefined;
}
