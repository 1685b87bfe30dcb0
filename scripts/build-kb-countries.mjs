#!/usr/bin/env node
// Generates data/countries/countries.json from the npm packages world-countries
// and i18n-iso-countries, plus the hand-kept data/countries/sources/overlay.json.
// Run after upgrading either package: `node scripts/build-kb-countries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const worldCountries = require('world-countries/countries.json');
const isoCountries = require('i18n-iso-countries');
const english = require('i18n-iso-countries/langs/en.json');
const lexicon = require('compromise').world().model.one.lexicon;
const overlay = JSON.parse(readFileSync(join(root, 'data/countries/sources/overlay.json'), 'utf8'));

/** Short all-capital codes ("IN", "IT", "NO", "TO") are ordinary words in capitals: only the overlay adds such aliases. */
const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const isBareCode = (s) => /^[A-Z]{2,3}$/.test(s);
/** Inverted ("Korea, Republic of") and annotated ("Holy See (Vatican City State)") forms do not occur in news text. */
const isCatalogueForm = (s) => /[,()]/.test(s);
const PLACE_TAGS = new Set(['Country', 'Place', 'City', 'Region', 'Demonym', 'ProperNoun']);
/** A native or alternative name that is an English word or first name ("Island" for Iceland, "Mann", "Maurice") misleads. */
const isEnglishWord = (s) => {
  const tags = lexicon[fold(s)];
  return tags !== undefined && ![tags].flat().some((t) => PLACE_TAGS.has(t));
};
/** Plural demonyms: "Russians", "Pakistanis"; not "Chinese", "British", "Swiss", "Dutch". */
const plural = (adj) => (/(ese|sh|ch|ss|s|x|z)$/.test(adj) ? undefined : `${adj}s`);

function uniq(list, exclude = []) {
  const seen = new Set(exclude.map((s) => s.toLowerCase()));
  const out = [];
  for (const raw of list) {
    const s = raw?.trim();
    if (!s || seen.has(s.toLowerCase())) continue;
    seen.add(s.toLowerCase());
    out.push(s);
  }
  return out;
}

// A demonym several countries share ("American": US and the Northern Mariana
// Islands; "French": France and its southern lands) stays with the UN members.
const demonymHolders = new Map();
for (const wc of worldCountries) {
  for (const d of new Set([wc.demonyms?.eng?.m, wc.demonyms?.eng?.f].filter(Boolean))) {
    if (!demonymHolders.has(d)) demonymHolders.set(d, []);
    demonymHolders.get(d).push(wc);
  }
}
const keepsDemonym = (wc, d) => wc.unMember || !demonymHolders.get(d).some((other) => other.unMember);

isoCountries.registerLocale(english);
const isoNames = isoCountries.getNames('en', { select: 'all' });
const countries = [];
for (const wc of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const code = wc.cca2;
  const extra = overlay[code] ?? {};
  const name = wc.name.common;
  const native = Object.values(wc.name.native ?? {}).flatMap((n) => [n.common, n.official]);
  const translated = ['rus', 'zho'].flatMap((lang) => [wc.translations?.[lang]?.common, wc.translations?.[lang]?.official]);
  const fromPackages = [wc.name.official, ...(isoNames[code] ?? []), ...wc.altSpellings, ...native, ...translated]
    .filter((s) => s && !isBareCode(s) && !isCatalogueForm(s) && !isEnglishWord(s));
  // Removals compare without diacritics: "Island" removes "Ísland", which the matcher would read as "Island".
  const removeAliases = new Set((extra.removeAliases ?? []).map(fold));
  const aliases = uniq([...fromPackages, ...(extra.aliases ?? [])], [name]).filter((a) => !removeAliases.has(fold(a)));
  const demonyms = [wc.demonyms?.eng?.m, wc.demonyms?.eng?.f].filter((d) => d && keepsDemonym(wc, d));
  const removeAdjectives = new Set(extra.removeAdjectives ?? []);
  const adjectives = uniq([...demonyms, ...demonyms.map(plural), ...(extra.adjectives ?? [])]).filter((a) => !removeAdjectives.has(a));
  const record = { code, name, aliases, adjectives };
  const capital = extra.capital ?? wc.capital?.[0];
  if (capital) record.capital = capital;
  if (extra.seats?.length) record.seats = uniq(extra.seats);
  countries.push(record);
}

const out = join(root, 'data/countries/countries.json');
writeFileSync(out, '[\n' + countries.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
console.log(`wrote ${countries.length} countries to data/countries/countries.json`);
