import synonyms from '../../data/kb/title-synonyms.json' with { type: 'json' };

/** Maps a written title to the canonical one of data/kb/title-synonyms.json. */
export type TitleCanon = (title: string) => string;

const tidy = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();

/** Builds the title normaliser from a synonym table (the built-in one by default). */
export function makeTitleCanon(table: Record<string, unknown> = synonyms): TitleCanon {
  const canon = new Map<string, string>();
  for (const [main, others] of Object.entries(table)) {
    if (main.startsWith('_') || !Array.isArray(others)) continue;
    canon.set(tidy(main), tidy(main));
    for (const o of others) if (typeof o === 'string') canon.set(tidy(o), tidy(main));
  }
  return (title) => {
    const t = tidy(title);
    return canon.get(t) ?? t;
  };
}
