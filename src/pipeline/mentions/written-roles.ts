import { makeTitleCanon } from '../../kb/titles.js';
import type { Role } from '../../kb/types.js';

/**
 * The roles of a person the text names by title, written right before the name ("Chinese President Xi Jinping",
 * "President of Laos Thongloun Sisoulith") or in an apposition after it ("Kim Jong Un, chairman of the State Affairs
 * Commission of the DPRK,"). A title met in full wins over roles that merely end in it: "Kenyan President William
 * Ruto" is not his years as deputy president.
 */
export function writtenRoles(text: string, name: { start: number; end: number }, roles: readonly Role[], clauseStart = 0): Role[] {
  if (!roles.length) return [];
  const before = text.slice(Math.max(clauseStart, name.start - TITLE_BEFORE), name.start);
  const after = /^,\s+(?:the\s+)?([^,;()]{3,90})[,;)]/.exec(text.slice(name.end, name.end + 120))?.[1];
  const written = [...titlesEnding(before), ...(after ? after.split(/\s+and\s+/).map((t) => t.replace(OF_COUNTRY, '')) : [])];
  const exact = roles.filter((r) => written.some((w) => canon(w) === canon(r.title)));
  return exact.length ? exact : roles.filter((r) => written.some((w) => sameOffice(w, r.title)));
}

const canon = makeTitleCanon();

/** How far before a name its title may start ("Chairman of the State Affairs Commission of the DPRK Kim Jong-un"). */
const TITLE_BEFORE = 70;
// "former President", "then-Prime Minister", "the late King": an office not held on the story's day.
const NOT_HELD = /\b(?:former|ex|then|late|outgoing|erstwhile|one-time|retired)\b[\s-]*(?:[\p{L}.'’-]+\s+){0,4}$/iu;
// "President of Laos", "Chairman of the State Affairs Commission of the DPRK": the country closing a title.
const OF_COUNTRY = /\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’.-]*$/u;

/**
 * Whether a title as written names the role with its qualifier left out
 * ("special envoy" for "special envoy to the middle east", "spokesman" for "presidential spokesperson").
 */
function sameOffice(written: string, title: string): boolean {
  const w = canon(written), t = canon(title);
  return w.length >= 6 && (t.startsWith(`${w} `) || t.endsWith(` ${w}`));
}

/** The word runs ending right before a name that could be its title: "Prime Minister", "Russian Prime Minister", .... */
function titlesEnding(before: string): string[] {
  if (!/\s$/.test(before) || NOT_HELD.test(before)) return [];
  const words = before.trim().replace(OF_COUNTRY, '').split(/\s+/);
  const out: string[] = [];
  for (let n = 1; n <= Math.min(8, words.length); n++) out.push(words.slice(words.length - n).join(' '));
  return out;
}
