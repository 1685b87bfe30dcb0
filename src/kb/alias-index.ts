import type { EntityKind, KbMatch } from './types.js';
import { hyphensAsSpaces, letterCount, nameKey, stripDiacritics, tokenize, type TokenList } from './name-key.js';

/** One alias of one entity, with what is needed to rank and check it. */
export interface AliasEntry {
  kind: EntityKind;
  id: string;
  alias: string;
  form?: KbMatch['form'];
  country?: string;
  /** Higher wins when several entities share a surface. */
  salience: number;
  /** The surface is also a common word or first name ("Chad", "Nice", "Jordan"). */
  ambiguous?: boolean;
  /** A common word that is a place only mid-sentence ("Police said..." is not the Polish town). */
  notAtSentenceStart?: boolean;
  /** Not matched next to another capitalised word: "Murphy" in "Chris Murphy" is not the town. */
  notBesideName?: boolean;
}

/** A key whose entries are made on its first lookup, after any `held` there before. */
class Deferred {
  constructor(readonly held: AliasEntry | AliasEntry[] | undefined) {}
}
const DEFERRED = new Deferred(undefined);

/** Makes the entries of a deferred key, in the order they would have been added. */
export type DeferredEntries = (key: string) => AliasEntry[];

/**
 * The multi-pattern matcher: every alias is keyed by its folded tokens, and
 * the text is scanned token by token, extending a candidate while its key is
 * a known prefix. Building is a Map insert per alias, so ~200k city names
 * load in tens of milliseconds (an Aho-Corasick automaton over the same names
 * took seconds to build); a scan costs a few Map lookups per token.
 * Matches fall on token edges, so they are word-bounded by construction.
 * Keys added with `defer` (the ~28k city names, most never met in a text)
 * get their entries from `deferred` on first lookup, which keeps loading cheap.
 */
export class AliasIndex {
  /** Most keys name one entity: the entry itself is stored then, an array only when shared. */
  private readonly entries = new Map<string, AliasEntry | AliasEntry[] | Deferred>();
  private readonly prefixes = new Set<string>();
  /**
   * First tokens of the keys that have an alias not starting with a capital
   * A-Z ("the Kremlin", "al-Bab", "9/11"). An alias starting with A-Z never
   * passes the case rules where the text starts with a small letter or other
   * ASCII sign, so a scan looks words like "the" and "said" up only here.
   */
  private readonly uncappedHeads = new Set<string>();
  private maxTokens = 1;

  constructor(private readonly deferred?: DeferredEntries) {}

  /** Adds an alias; `key` may be passed when the caller has already computed `nameKey(entry.alias)`. */
  add(entry: AliasEntry, key = nameKey(entry.alias)): void {
    if (!key) return;
    let held = this.entries.get(key);
    if (held instanceof Deferred) held = this.resolve(key, held);
    if (!held) {
      this.entries.set(key, entry);
    } else if (Array.isArray(held)) {
      if (held.some((e) => e.id === entry.id && e.alias === entry.alias)) return;
      held.push(entry);
    } else {
      if (held.id === entry.id && held.alias === entry.alias) return;
      this.entries.set(key, [held, entry]);
    }
    this.addPrefixes(key);
    if (!startsCapitalAZ(entry.alias)) this.uncappedHeads.add(headOf(key));
  }

  /**
   * Marks a key whose entries the `deferred` function makes when the key is
   * first looked up; `uncapped` when one of their aliases may not start with A-Z.
   */
  defer(key: string, uncapped: boolean): void {
    if (!key || !this.deferred) return;
    if (uncapped) this.uncappedHeads.add(headOf(key));
    const held = this.entries.get(key);
    if (held instanceof Deferred) return;
    this.entries.set(key, held === undefined ? DEFERRED : new Deferred(held));
    this.addPrefixes(key);
  }

  /** Every proper prefix of a multi-token key, so a scan knows when to stop extending. */
  private addPrefixes(key: string): void {
    let tokens = 1;
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
      this.prefixes.add(key.slice(0, at));
      tokens++;
    }
    if (tokens > this.maxTokens) this.maxTokens = tokens;
  }

  /** The deferred entries of a key appended to those held before, as `add` would have done. */
  private resolve(key: string, d: Deferred): AliasEntry | AliasEntry[] | undefined {
    const list = d.held === undefined ? [] : Array.isArray(d.held) ? d.held : [d.held];
    for (const entry of this.deferred!(key)) {
      if (!list.some((e) => e.id === entry.id && e.alias === entry.alias)) list.push(entry);
    }
    const value = list.length > 1 ? list : list[0];
    if (value === undefined) this.entries.delete(key);
    else this.entries.set(key, value);
    return value;
  }

  /** Entries whose alias folds to the same key as `name`. */
  lookup(name: string): AliasEntry[] {
    return this.entriesAt(nameKey(name)) ?? [];
  }

  private entriesAt(key: string): AliasEntry[] | undefined {
    let held = this.entries.get(key);
    if (held instanceof Deferred) held = this.resolve(key, held);
    return held === undefined || Array.isArray(held) ? held : [held];
  }

  /** Longest-leftmost, non-overlapping matches that pass the case rules. */
  match(text: string): KbMatch[] {
    const tokens = tokenize(text);
    const out: KbMatch[] = [];
    let i = 0;
    while (i < tokens.count) {
      const found = this.longestAt(text, tokens, i);
      if (!found) {
        i++;
        continue;
      }
      // "the Commonwealth of Independent States": an alias led by "the" gives way to a longer name starting at its next word.
      if (found.next - i > 1 && /^the\s/i.test(text.slice(found.match.start, found.match.start + 4))) {
        const inner = this.longestAt(text, tokens, i + 1);
        if (inner && inner.next > found.next) {
          i++;
          continue;
        }
      }
      out.push(found.match);
      i = found.next;
    }
    return out;
  }

  private longestAt(text: string, tokens: TokenList, i: number): { match: KbMatch; next: number } | undefined {
    const { keys, starts, ends, count } = tokens;
    let key = keys[i]!;
    const c = text.charCodeAt(starts[i]!);
    if (c < 0x80 && !(c >= 65 && c <= 90) && !this.uncappedHeads.has(key)) return undefined;
    // Most words start no alias: one lookup each, nothing allocated.
    const first = this.entriesAt(key);
    if (!first && !this.prefixes.has(key)) return undefined;
    const spans: { j: number; list: AliasEntry[] }[] = [];
    if (first) spans.push({ j: i, list: first });
    if (this.prefixes.has(key)) {
      for (let j = i + 1; j < count && j < i + this.maxTokens; j++) {
        key = `${key} ${keys[j]!}`;
        const list = this.entriesAt(key);
        if (list) spans.push({ j, list });
        if (!this.prefixes.has(key)) break;
      }
    }
    for (let s = spans.length - 1; s >= 0; s--) {
      const { j, list } = spans[s]!;
      const start = starts[i]!;
      const end = ends[j]!;
      const surface = text.slice(start, end);
      // The context checks only for entries that carry them (towns named like words or people), and then once.
      let atSentenceStart: boolean | undefined;
      let besideName: boolean | undefined;
      const ok: AliasEntry[] = [];
      for (const e of list) {
        if (e.notAtSentenceStart && (atSentenceStart ??= isSentenceStart(text, start))) continue;
        if (e.notBesideName && (besideName ??= (i > 0 && isNameWord(text, starts[i - 1]!, keys[i - 1]!)) || (j + 1 < count && isNameWord(text, starts[j + 1]!, keys[j + 1]!)))) continue;
        if (casePasses(e.alias, surface)) ok.push(e);
      }
      if (!ok.length) continue;
      if (ok.length > 1) ok.sort((a, b) => b.salience - a.salience);
      const best = ok[0]!;
      const match: KbMatch = { start, end, kind: best.kind, id: best.id, alias: best.alias };
      if (best.form) match.form = best.form;
      if (best.country) match.country = best.country;
      if (ok.some((e) => e.ambiguous)) match.ambiguous = true;
      if (ok.length > 1) {
        const ids = [...new Set(ok.map((e) => e.id))];
        if (ids.length > 1) match.candidates = ids;
      }
      return { match, next: j + 1 };
    }
    return undefined;
  }
}

/** True when a name's first character is a capital A-Z (what the case rules then require of the text). */
export function startsCapitalAZ(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const headOf = (key: string): string => {
  const space = key.indexOf(' ');
  return space === -1 ? key : key.slice(0, space);
};

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * Case rules. An alias that is all capitals ("SCO"), short ("Xi", "U.S.") or
 * one capitalised word ("Lavrov", "Chad") must be written as in the data
 * (a capitalised word of four letters or more may also be all capitals, as in
 * headlines and datelines). In longer aliases each capitalised word must start
 * with a capital; lower-case words ("the", "of") may take any case.
 */
export function casePasses(alias: string, surface: string): boolean {
  if (alias === surface) return true;
  const a = hyphensAsSpaces(stripDiacritics(alias).replace(/[’‘`´]/g, "'")).trim();
  const s = hyphensAsSpaces(stripDiacritics(surface).replace(/[’‘`´]/g, "'")).trim();
  if (!HAS_UPPER.test(a)) return true; // lower-case aliases and scripts without case
  const aWords = a.split(/\s+/);
  const sWords = s.split(/\s+/);
  const letters = letterCount(a);
  const strict = !HAS_LOWER.test(a) || letters <= 3 || aWords.length === 1;
  if (strict) {
    if (s.replace(/\s+/g, ' ') === a.replace(/\s+/g, ' ')) return true;
    return letters >= 4 && HAS_LOWER.test(a) && s === s.toUpperCase() && s.toLowerCase() === a.toLowerCase();
  }
  // Multi-word: compare word by word where the spacing agrees, else letter by letter at word starts.
  if (aWords.length !== sWords.length) return s.toLowerCase().replace(/\s+/g, ' ') === a.toLowerCase().replace(/\s+/g, ' ') && UPPER.test(s) === UPPER.test(a);
  for (let k = 0; k < aWords.length; k++) {
    const aw = aWords[k]!;
    const sw = sWords[k]!;
    if (!HAS_UPPER.test(aw)) continue;
    if (!HAS_LOWER.test(aw) && letterCount(aw) >= 2) {
      if (sw !== aw) return false;
    } else if (!UPPER.test(sw)) {
      return false;
    }
  }
  return true;
}

/** True when only spaces and sentence-ending punctuation (or nothing) stand before `pos` on its paragraph. */
function isSentenceStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === ':';
  }
  return true;
}

/** Capitalised words that start phrases, not names: "In Komotini" is still the town. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'before', 'after', 'between', 'but', 'by', 'during', 'for', 'from', 'if', 'in', 'inside',
  'into', 'near', 'of', 'on', 'or', 'outside', 'over', 'since', 'the', 'then', 'to', 'under', 'via', 'when', 'while', 'with',
]);

/** Words that follow a place name as part of it ("Blue Nile State", "Moscow Region"). */
const PLACE_WORDS = new Set([
  'city', 'county', 'district', 'governorate', 'island', 'islands', 'krai', 'oblast', 'prefecture', 'province', 'region', 'republic', 'state',
]);

const LETTER = /\p{L}/u;

function isNameWord(text: string, start: number, key: string): boolean {
  if (FUNCTION_WORDS.has(key) || PLACE_WORDS.has(key)) return false;
  return UPPER.test(text[start]!) && LETTER.test(key);
}
