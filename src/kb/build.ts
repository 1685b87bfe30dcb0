import ambiguousWords from '../../data/kb/ambiguous.json' with { type: 'json' };
import type { CountryCode, IsoDate } from '../core/types.js';
import { AliasIndex, type AliasEntry } from './alias-index.js';
import { periodCovers } from './date-span.js';
import { CityNames } from './city-names.js';
import { RecentMatches } from './recent-matches.js';
import { nameKey } from './name-key.js';
import { articleVariants, familyFirstVariants, initialVariants, particleSurnameVariants } from './name-variants.js';
import { personSalience, SALIENCE } from './salience.js';
import { makeTitleCanon } from './titles.js';
import { findAnniversary } from './anniversaries.js';
import type {
  Anniversary, City, Country, Gathering, KbMatch, KbStats, KnowledgeBase, Organization, Person, Role,
} from './types.js';

/** The records a knowledge base is built from (what the loader reads from data/). */
export interface KbData {
  people?: Person[];
  organizations?: Organization[];
  countries?: Country[];
  cities?: City[];
  gatherings?: Gathering[];
  anniversaries?: Anniversary[];
  /** Title synonyms (data/kb/title-synonyms.json by default). */
  titleSynonyms?: Record<string, unknown>;
  /** Ambiguous-name lists (data/kb/ambiguous.json by default). */
  ambiguous?: { commonWords?: string[]; firstNames?: string[]; notPlaces?: string[] };
}

/** Builds the in-memory knowledge base: id maps, the alias matcher and role indexes. Pure. */
export function buildKnowledgeBase(data: KbData): KnowledgeBase {
  const people = data.people ?? [];
  const organizations = data.organizations ?? [];
  const countries = data.countries ?? [];
  const cities = data.cities ?? [];
  const gatherings = data.gatherings ?? [];
  const anniversaries = data.anniversaries ?? [];
  const canon = makeTitleCanon(data.titleSynonyms);
  const lists = data.ambiguous ?? ambiguousWords;
  const commonWords = new Set((lists.commonWords ?? []).map(nameKey));
  const ambiguousKeys = new Set([...commonWords, ...(lists.firstNames ?? []).map(nameKey)]);
  const notPlaces = new Set((lists.notPlaces ?? []).map(nameKey));

  const personById = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const gatheringById = new Map(gatherings.map((g) => [g.id, g]));

  const cityNames = new CityNames(cities, countries, { notPlaces, commonWords, ambiguousKeys });
  const index = new AliasIndex((key) => cityNames.entries(key));
  const add = (entry: AliasEntry, key = nameKey(entry.alias)) => {
    if (key.length < 2) return; // one letter ("X") names too many things
    if (ambiguousKeys.has(key)) entry.ambiguous = true;
    index.add(entry, key);
  };

  const countryKeys = new Map<string, Country>();
  for (const c of countries) {
    const named = (alias: string, form: AliasEntry['form'], salience: number) => {
      add({ kind: 'country', id: c.code, alias, form, country: c.code, salience });
      const key = nameKey(alias);
      if (!countryKeys.has(key)) countryKeys.set(key, c);
    };
    for (const a of [c.name, ...c.aliases]) named(a, 'name', SALIENCE.countryName);
    for (const a of c.seats ?? []) named(a, 'seat', SALIENCE.countrySeat);
    for (const a of c.adjectives) named(a, 'adjective', SALIENCE.countryAdjective);
  }
  for (const o of organizations) {
    for (const a of [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases]) {
      add({ kind: 'organization', id: o.id, alias: a, country: o.country, salience: SALIENCE.organization });
    }
  }
  for (const p of people) {
    const salience = personSalience(p, canon);
    const written = [p.name, ...p.aliases];
    const variants = written.flatMap((a) => [...articleVariants(a, p.country), ...initialVariants(a), ...familyFirstVariants(a, p.country), ...particleSurnameVariants(a)])
      .filter((v) => !written.includes(v));
    for (const a of [...written, ...variants]) add({ kind: 'person', id: p.id, alias: a, country: p.country, salience });
  }
  for (const g of gatherings) {
    for (const a of g.aliases ?? []) add({ kind: 'gathering', id: g.id, alias: a, country: g.country, salience: SALIENCE.gathering });
  }

  // Cities are most of the aliases: their entries are made per name on first lookup.
  for (const [key, uncapped] of cityNames.matchableKeys()) index.defer(key, uncapped);

  const gatheringsByOrg = groupBy(gatherings, (g) => g.org);
  const gatheringsByYear = groupBy(gatherings, (g) => g.year);

  const holders = new Map<string, { person: Person; role: Role }[]>();
  for (const p of people) {
    for (const role of p.roles) {
      const key = `${canon(role.title)}|${role.of}`;
      const list = holders.get(key);
      if (list) list.push({ person: p, role });
      else holders.set(key, [{ person: p, role }]);
    }
  }

  // Stages ask again about the same sentence (dates reads each sentence twice): recent texts are answered from memory.
  const recentMatches = new RecentMatches((text) => index.match(text));

  const kb: KnowledgeBase = {
    people, organizations, countries, cities, gatherings, anniversaries,
    match: (text) => recentMatches.get(text),
    entitiesNamed(name: string) {
      const entries = [...index.lookup(name)].sort((a, b) => b.salience - a.salience);
      return entries.map((e) => {
        const m: KbMatch = { start: 0, end: name.length, kind: e.kind, id: e.id, alias: e.alias };
        if (e.form) m.form = e.form;
        if (e.country) m.country = e.country;
        if (e.ambiguous) m.ambiguous = true;
        return m;
      });
    },
    person: (id) => personById.get(id),
    organization: (id) => orgById.get(id),
    country: (code) => countryByCode.get(code.toUpperCase()),
    city: (id) => cityById.get(id),
    cityByName(name: string, country?: CountryCode) {
      const list = cityNames.ranked(nameKey(name));
      return country ? list.find((c) => c.country === country) : list[0];
    },
    countryByName(name: string) {
      const trimmed = name.trim();
      if (/^[A-Z]{2}$/.test(trimmed) && countryByCode.has(trimmed)) return countryByCode.get(trimmed);
      return countryKeys.get(nameKey(trimmed.replace(/^the\s+/i, ''))) ?? countryKeys.get(nameKey(trimmed));
    },
    roleOn(personId: string, date: IsoDate | null): Role[] {
      const roles = personById.get(personId)?.roles ?? [];
      return date ? roles.filter((r) => periodCovers(r.from, r.to, date)) : [...roles];
    },
    holderOf(title: string, of: string, date: IsoDate | null): Person[] {
      const list = holders.get(`${canon(title)}|${of}`) ?? [];
      const out = list.filter(({ role }) => !date || periodCovers(role.from, role.to, date)).map((h) => h.person);
      return [...new Set(out)];
    },
    gathering: (id) => gatheringById.get(id),
    gatheringsAt(query) {
      // A city given by id or by any of its names ("Nur-Sultan" finds gatherings held in "Astana").
      const wanted = query.city ? (cityById.get(query.city) ?? kb.cityByName(query.city)) : undefined;
      const wantedKey = query.city ? nameKey(wanted?.name ?? query.city) : undefined;
      const heldIn = (g: Gathering) => {
        if (!g.city) return false;
        if (nameKey(g.city) === wantedKey) return true;
        return wanted !== undefined && kb.cityByName(g.city, g.country)?.id === wanted.id;
      };
      // Most asks name an organization or a year: start from those few editions, in base order.
      const from = query.org ? (gatheringsByOrg.get(query.org) ?? []) : query.year !== undefined ? (gatheringsByYear.get(query.year) ?? []) : gatherings;
      return from.filter(
        (g) =>
          (!query.org || g.org === query.org) &&
          (!query.city || heldIn(g)) &&
          (!query.country || g.country === query.country) &&
          (query.year === undefined || g.year === query.year) &&
          (!query.level || g.level === query.level),
      );
    },
    anniversaryOf: (text, countriesHint) => findAnniversary(kb, text, countriesHint),
    stats(): KbStats {
      return {
        people: people.length,
        roles: people.reduce((n, p) => n + p.roles.length, 0),
        organizations: organizations.length,
        countries: countries.length,
        cities: cities.length,
        gatherings: gatherings.length,
        anniversaries: anniversaries.length,
      };
    },
  };
  return kb;
}

/** Items grouped by a key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
