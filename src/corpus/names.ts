/** Folds case, accents and punctuation so that spellings of one name compare equal. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable, stable key piece of a name: "Sergey Lavrov" → "sergey-lavrov". */
export function slugOf(name: string): string {
  return normalizeName(name).replace(/ /g, '-') || '-';
}
