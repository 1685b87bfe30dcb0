/**
 * Spellings of a person's name the data need not list. Initials are written "K. P.", "K.P." or "KP" by different
 * outlets ("K.P. Sharma Oli", "KP Sharma Oli"), so each form finds the others. Arabic surnames carry the article or not depending on the
 * outlet ("Saad al-Hariri" in wire copy, "Saad Hariri" in the base; "Haider Abadi" for "Haider al-Abadi"), so a
 * person of an Arabic-speaking country is also found under the other form.
 */
import type { CountryCode } from '../core/types.js';

const ARABIC_SPEAKING = new Set<CountryCode>([
  'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE',
]);
const ARTICLE = /^(?:al|el)[-\s]/i;

/** The name with its last word's article added or removed, for a person of an Arabic-speaking country. */
export function articleVariants(name: string, country: CountryCode | undefined): string[] {
  if (!country || !ARABIC_SPEAKING.has(country)) return [];
  const words = name.split(' ');
  if (words.length < 2) return [];
  const last = words.at(-1)!;
  const head = words.slice(0, -1);
  const article = head.at(-1);
  if (article && /^(?:al|el)$/i.test(article)) return head.length > 1 ? [[...head.slice(0, -1), last].join(' ')] : [];
  if (ARTICLE.test(last)) return [[...head, last.replace(ARTICLE, '')].join(' ')];
  if (!/^\p{Lu}/u.test(last)) return [];
  return [[...head, `al-${last}`].join(' ')];
}

/** The name with its initials written the other ways: "K. P. Sharma Oli" → "K.P. Sharma Oli", "KP Sharma Oli". */
export function initialVariants(name: string): string[] {
  const spaced = /^((?:\p{Lu}\.\s?){2,3})\s*(?=\p{Lu}\p{Ll})/u.exec(name);
  const letters = spaced ? spaced[1]!.replace(/[.\s]/g, '') : /^(\p{Lu}{2,3})\s+(?=\p{Lu}\p{Ll})/u.exec(name)?.[1];
  if (!letters) return [];
  const rest = name.slice(spaced ? spaced[0].length : letters.length + 1);
  const forms = [`${[...letters].join('. ')}. ${rest}`, `${[...letters].join('.')}. ${rest}`, `${letters} ${rest}`];
  return forms.filter((f) => f !== name);
}

/**
 * A Japanese name in the order Japan's own ministry writes it, family name first and often in capitals ("MOTEGI
 * Toshimitsu", "Ishiba Shigeru"), for a person of Japan listed given name first.
 */
export function familyFirstVariants(name: string, country: CountryCode | undefined): string[] {
  if (country !== 'JP') return [];
  const words = name.split(' ');
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return [];
  const [given, family] = words as [string, string];
  return [`${family} ${given}`, `${family.toUpperCase()} ${given}`];
}

const PARTICLE_SURNAME = /\s((?:de|del|der|di|du|van|von|la|le|dos|das|ter|ten)(?:\s(?:de|der|la|den|los|las))?\s\p{Lu}[\p{L}'’-]+)$/iu;

/** A surname with its particle, as news copy writes it alone: "Bart De Wever" is "De Wever", "Ursula von der Leyen" "von der Leyen". */
export function particleSurnameVariants(name: string): string[] {
  const m = PARTICLE_SURNAME.exec(name);
  return m && name.split(' ').length >= 3 ? [m[1]!] : [];
}
