import titlesData from '../../../data/lexicon/titles.json' with { type: 'json' };
import pronounsData from '../../../data/lexicon/pronouns.json' with { type: 'json' };

/** Lower-case title surface → normalised title ("defense minister" → "defence minister"). */
export const TITLES: ReadonlyMap<string, string> = new Map(Object.entries(titlesData.titles));
/** Titles a description ("the Russian president") may use, normalised. */
export const LEADER_TITLES: ReadonlyMap<string, string> = new Map(Object.entries(titlesData.leaderTitles));
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(titlesData.modifiers);
export const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map(
  Object.entries(pronounsData.pronouns) as [string, 'm' | 'f'][],
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of the title surfaces, longest first, for use inside a regex. */
export const TITLE_ALTERNATION = [...TITLES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((t) => escape(t).replace(/ /g, '\\s+'))
  .join('|');

/** Normalises a title as written ("Defense  Minister") to its canonical form, or undefined. */
export function normaliseTitle(surface: string): string | undefined {
  const key = surface.toLowerCase().replace(/\s+/g, ' ').trim();
  if (TITLES.has(key)) return TITLES.get(key);
  // "Deputy Foreign Minister": keep the head title, the modifiers do not change who it points to.
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    if (TITLES.has(rest) && words.slice(0, i).every((w) => TITLE_MODIFIERS.has(w))) {
      return `${words.slice(0, i).join(' ')} ${TITLES.get(rest)}`.trim();
    }
  }
  return undefined;
}
