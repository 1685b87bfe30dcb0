/**
 * Rule: short forms of people already named — "Lavrov" after "Sergey Lavrov",
 * "Wang" after "Wang Yi", "Kamau s remarks". A short form that fits two
 * different people is left alone.
 */
import { articleVariants } from '../../kb/name-variants.js';
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { makeMention } from './mention.js';
import { Coverage } from './mention-index.js';
import { isNameWord } from './name-tokens.js';

const RULE = 'mentions/surname';

const MONTH_SURNAMES = new Set(['May', 'March', 'June', 'April', 'August']);
/** "in May", "May 5", "since May", "last May": the month, not the person. */
const MONTH_CONTEXT = (text: string, start: number, end: number): boolean =>
  /^\s*(?:\d|of\s+(?:this|last|next|that)\s+year|this\s+year|last\s+year|next\s+year|\d{4})/i.test(text.slice(end, end + 20))
  || /\b(?:in|on|of|since|until|till|by|from|during|through|last|next|this|early|late|mid|mid-|between|and|or|before|after)\s*-?\s*$/i.test(text.slice(Math.max(0, start - 10), start))
  || /^[,.]?\s*(?:\d{4}|and\s+\p{Lu}\p{Ll}+\s+\d)/u.test(text.slice(end, end + 20));

/** The words of a name without a generational suffix ("Jr.", "Sr.", "II", "III"). */
export const withoutSuffix = (words: string[]): string[] =>
  words.length > 2 && /^(?:Jr\.?|Sr\.?|I{2,3}|IV)$/.test(words[words.length - 1]!) ? words.slice(0, -1) : words;

const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu)-(?=\p{Lu})/iu;

/** Name words of a full name that may stand alone: the last one, and the first one (family names that come first: "Wang Yi", "Kim Jong Un"). */
function shortForms(name: string): string[] {
  // "al-Harthi" is written "Harthi" alone.
  // ("Ferdinand Marcos Jr." is "Marcos": a generational suffix is no name of its own.)
  const all = withoutSuffix(name.split(/\s+/)).map((w) => w.replace(ARTICLE_PREFIX, ''));
  // (A name of two words stays one of two even when a word is no name word alone: "Dong Jun", whose "Jun" is a month.)
  if (all.filter((w) => !/^\p{Lu}\.$/u.test(w)).length < 2) return [];
  // ("Theresa May" is "May": a surname that is also a month, read as the person outside a date, see MONTH_CONTEXT.)
  const lastWord = all[all.length - 1]!;
  const words = all.filter((w) => (isNameWord(w) || (w === lastWord && MONTH_SURNAMES.has(w))) && !/^\p{Lu}\.$/u.test(w));
  if (!words.length) return [];
  const forms = new Set<string>([words[words.length - 1]!]);
  // ("President al-Sharaa", "al-Hariri said": the surname with its article stands alone too.)
  const rawLast = withoutSuffix(name.split(/\s+/)).pop()!;
  if (ARTICLE_PREFIX.test(rawLast) && rawLast.replace(ARTICLE_PREFIX, '') === words[words.length - 1]) forms.add(rawLast);
  // Given names are rarely used alone in news copy; family-name-first names are (Chinese, Korean, Vietnamese).
  forms.add(words[0]!);
  // ("He Lifeng", "Ma Zhaoxu": a family name that is also an English word stands alone too, read only mid-sentence.)
  if (all.length >= 2 && all.length <= 3 && isWordLikeFamilyName(all[0]!)) forms.add(all[0]!);
  return [...forms].filter((w) => w.length >= 2);
}

const isWordLikeFamilyName = (w: string): boolean => w.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(w) && !isNameWord(w) && !MONTH_SURNAMES.has(w);
/** A family name that is also an English word ("He", "Ma"): the person only mid-sentence, after "and", a comma or "with". */
const WORD_LIKE_FAMILY_CONTEXT = /(?:\band|\bor|,|\bwith|\bby|\bbetween|\bfor|\bto)\s+$/;

/** The people the article names, by each word that may stand alone for them ("Lavrov", "Wang", "al-Hariri"). */
export function shortFormsOfNamed(named: readonly Mention[]): Map<string, Mention[]> {
  const byForm = new Map<string, Mention[]>();
  for (const m of named) {
    if (m.type !== 'person') continue;
    // ("Saad Hariri" named, "al-Hariri said": the other spelling of an Arabic surname.)
    for (const f of new Set([...shortForms(m.name), ...shortForms(m.surface), ...articleVariants(m.name, m.country).flatMap(shortForms)])) {
      const list = byForm.get(f) ?? [];
      if (!list.some((x) => x.name === m.name)) list.push(m);
      byForm.set(f, list);
    }
  }
  return byForm;
}

export function findSurnameMentions(doc: Doc, named: readonly Mention[]): Mention[] {
  const byForm = new Map<string, Mention | null>();
  for (const [f, people] of shortFormsOfNamed(named)) {
    // ("Kim" in a story naming Kim Jong Un and his late father Kim Jong Il: the one who holds an office on the
    // article's date.)
    const inOffice = people.filter((m) => m.role);
    byForm.set(f, people.length === 1 ? people[0]! : inOffice.length === 1 ? inOffice[0]! : null);
  }
  const out: Mention[] = [];
  // "when Santos hosted Moreno": a city of the same spelling (Santos, Brazil) yields to a person the article named,
  // unless the word stands as a place ("in Santos", "to Santos").
  const coverage = new Coverage(doc.text.length, named.filter((m) => !isPlaceReadAsName(doc.text, m, byForm)));
  const taken = (s: number, e: number): boolean => !coverage.isFree(s, e);
  const text = doc.text;
  // One pass over the words of the text, looking each up among the short forms.
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?![\p{L}\p{M}-])/gu)) {
    const form = m[0];
    const target = byForm.get(form);
    if (!target) continue;
    const start = m.index, end = start + form.length;
    if (taken(start, end)) continue;
    if (MONTH_SURNAMES.has(form) && MONTH_CONTEXT(text, start, end)) continue;
    if (isWordLikeFamilyName(form) && !WORD_LIKE_FAMILY_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "Wang Yi" written again with another given name is someone else: skip a short form followed by another name word.
    const next = /^ (\p{Lu}[\p{Ll}]+)/u.exec(text.slice(end, end + 30));
    if (next && isNameWord(next[1]!) && !/^ (?:s|said|says)\b/.test(text.slice(end))) continue;
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: target.name, entityId: target.entityId, country: target.country,
      role: target.role, via: 'surname', refersTo: target.id, rule: RULE, confidence: 0.75,
    }));
  }
  return out;
}

const LOCATIVE = /\b(?:in|to|from|at|near|outside|into|via|of|visit|visited|visiting|toward|towards|around)\s+$/i;

/** A place mention whose word is the short form of a person the article named, in no place context. */
export function isPlaceReadAsName(text: string, m: Mention, byForm: Map<string, Mention | null>): boolean {
  if (m.type !== 'place' || m.via !== 'alias' || !byForm.get(m.surface)) return false;
  return !LOCATIVE.test(text.slice(Math.max(0, m.range.start - 16), m.range.start));
}
