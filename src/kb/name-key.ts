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

/**
 * The tokens of a text, as TOKEN would find them, for the matcher's scan.
 * A loop over char codes (ASCII decided inline, other characters classified
 * once each by the regexes below) into arrays reused from call to call: the
 * pipeline scans every article and many of its sentences.
 */
export interface TokenList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  keys: string[];
}

const WORD = 1;
const CJK_CHAR = 2;
const SPACE = 3;
const OTHER = 4;
const CJK_ONE = new RegExp(`^[${CJK}]$`, 'v');
const WORD_ONE = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_ONE = /^\s$/u;
/** Kinds of BMP characters above ASCII, filled as they are met (0: not yet). */
const bmpKinds = new Uint8Array(0x10000);

function kindOf(codePoint: number): number {
  if (codePoint < 0x80) {
    if ((codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122)) return WORD;
    return codePoint === 32 || (codePoint >= 9 && codePoint <= 13) ? SPACE : OTHER;
  }
  if (codePoint < 0x10000 && bmpKinds[codePoint]) return bmpKinds[codePoint]!;
  const ch = String.fromCodePoint(codePoint);
  const kind = CJK_ONE.test(ch) ? CJK_CHAR : WORD_ONE.test(ch) ? WORD : SPACE_ONE.test(ch) ? SPACE : OTHER;
  if (codePoint < 0x10000) bmpKinds[codePoint] = kind;
  return kind;
}

const scan: TokenList = { count: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), keys: [] };

/** The tokens of `text`. The list is reused by the next call: read it before tokenizing again. */
export function tokenize(text: string): TokenList {
  const n = text.length;
  if (scan.starts.length < n) {
    scan.starts = new Int32Array(n);
    scan.ends = new Int32Array(n);
  }
  const { starts, ends, keys } = scan;
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === SPACE) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    let key: string;
    if (kind === WORD) {
      let ascii = code < 0x80;
      while (i < n) {
        const next = text.codePointAt(i)!;
        if (kindOf(next) !== WORD) break;
        if (next >= 0x80) ascii = false;
        i += next > 0xffff ? 2 : 1;
      }
      const word = text.slice(start, i);
      key = ascii ? word.toLowerCase() : foldToken(word);
    } else if (kind === OTHER && code < 0x80) {
      if (code === 45) continue; // "-"
      key = code === 96 ? "'" : text[start]!;
    } else {
      const ch = text.slice(start, i);
      if (HYPHENS.has(ch)) continue;
      key = foldToken(ch);
    }
    starts[count] = start;
    ends[count] = i;
    keys[count] = key;
    count++;
  }
  scan.count = count;
  return scan;
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
