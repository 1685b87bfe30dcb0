/**
 * Folding of names into lookup keys. Keys ignore case, diacritics and the
 * kind of apostrophe, so "Élysée", "Elysee" and "ELYSEE" meet; the case rules
 * are applied afterwards on the text as written.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/**
 * A token is one CJK character (those scripts put no spaces between words, so
 * each character is a token and an alias is a run of them), a run of other
 * letters, digits and marks, or one other non-space character.
 */
const TOKEN = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}\\p{M}]--[${CJK}]]+|\\S`, 'gv');
const MARKS = /\p{M}/gu;
const PLAIN = /^[a-z0-9]*$/;
const SPACES = / +/g;
const NOT_LETTER = /[^\p{L}]/gu;
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Hyphens and en dashes inside names are skipped, so "Nur-Sultan" meets
 * "Nur Sultan" and "EU–China" meets "EU-China". Em dashes still separate.
 */
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);

export interface Token {
  start: number;
  end: number;
  /** Folded form used for lookup. */
  key: string;
}

/** Lower case, no diacritics, one apostrophe. */
export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/[’‘`´]/g, "'");
}

/** Hyphens and en dashes as spaces, for comparing names word by word. */
export function hyphensAsSpaces(s: string): string {
  return s.replace(/[-\u2010\u2011\u2013]/g, ' ');
}

/** Removes diacritics but keeps case, for comparisons where case matters. */
export function stripDiacritics(s: string): string {
  return ASCII.test(s) ? s : s.normalize('NFD').replace(MARKS, '');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (HYPHENS.has(m[0])) continue;
    const start = m.index;
    out.push({ start, end: start + m[0].length, key: foldToken(m[0]) });
  }
  return out;
}

/** The lookup key of a whole name: its folded tokens joined by one space. */
export function nameKey(name: string): string {
  // Most names are plain ASCII words; they skip the tokenizer.
  const plain = plainNameKey(name);
  if (plain !== undefined) return plain;
  let key = '';
  for (const m of name.matchAll(TOKEN)) if (!HYPHENS.has(m[0])) key += (key ? ' ' : '') + foldToken(m[0]);
  return key;
}

/**
 * The key of a name of ASCII letters and digits in words parted by spaces
 * (what SIMPLE_NAME matched: no space at either end), else undefined. A loop
 * over char codes: nameKey runs for each of ~35k names on every load.
 */
function plainNameKey(name: string): string | undefined {
  let collapse = false;
  let afterSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) {
        if (i === 0) return undefined;
        collapse = true;
      }
      afterSpace = true;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      afterSpace = false;
    } else {
      return undefined;
    }
  }
  if (afterSpace) return undefined; // empty, or a space at the end
  const lower = name.toLowerCase();
  return collapse ? lower.replace(SPACES, ' ') : lower;
}

/** Number of letters, to tell short aliases ("Xi", "UN") that need their exact case. */
export function letterCount(s: string): number {
  return s.replace(NOT_LETTER, '').length;
}
