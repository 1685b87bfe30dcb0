import { startsCapitalAZ, type AliasEntry } from './alias-index.js';
import { letterCount, nameKey } from './name-key.js';
import { citySalience, SALIENCE } from './salience.js';
import type { City, Country } from './types.js';

/** The name lists that decide how a city name is matched. */
export interface CityNameRules {
  /** Keys that are never places ("Police", "Of"). */
  notPlaces: ReadonlySet<string>;
  /** Keys that are also common words: not a place at a sentence start. */
  commonWords: ReadonlySet<string>;
  /** Keys that are also common words or first names: matches are flagged ambiguous. */
  ambiguousKeys: ReadonlySet<string>;
}

/**
 * The cities by the lookup keys of their names. The built-in base has ~28k
 * cities, and a text meets only a few of their names, so the alias entries
 * and the ranked lists of a key are made on its first use: a load computes
 * only the keys.
 */
export class CityNames {
  /** Keys of each city's names, its name first then its aliases (by position in `cities`); most have only a name. */
  private readonly keys: (string | string[])[];
  /** The positions of the cities bearing each key, in order (a city twice when two of its names share the key). */
  private readonly byKey = new Map<string, number | number[]>();
  private readonly rankedByKey = new Map<string, City[]>();
  /** Keys with a name not starting with a capital A-Z ("al-Bab", "’s-Hertogenbosch"). */
  private readonly uncapped = new Set<string>();
  /** Each country's capital city. */
  readonly capitals: ReadonlySet<City>;

  constructor(
    private readonly cities: readonly City[],
    countries: readonly Country[],
    private readonly rules: CityNameRules,
  ) {
    this.keys = new Array(cities.length);
    for (let n = 0; n < cities.length; n++) {
      const city = cities[n]!;
      const key = nameKey(city.name);
      this.addPosition(key, n);
      if (!startsCapitalAZ(city.name)) this.uncapped.add(key);
      if (!city.aliases.length) {
        this.keys[n] = key;
        continue;
      }
      const keys = [key];
      for (const a of city.aliases) {
        const aliasKey = nameKey(a);
        keys.push(aliasKey);
        this.addPosition(aliasKey, n);
        if (!startsCapitalAZ(a)) this.uncapped.add(aliasKey);
      }
      this.keys[n] = keys;
    }
    this.capitals = this.findCapitals(countries);
  }

  /** The keys that may name a place (each once), for the alias index to defer, and whether a name of the key starts other than with A-Z. */
  *matchableKeys(): Generator<[key: string, uncapped: boolean]> {
    for (const key of this.byKey.keys()) {
      if (key.length >= 2 && !this.rules.notPlaces.has(key)) yield [key, this.uncapped.has(key)]; // one letter ("X") names too many things
    }
  }

  /** The cities bearing a key, the capital first, then cities before regions and venues, then by population. */
  ranked(key: string): readonly City[] {
    let list = this.rankedByKey.get(key);
    if (!list) {
      list = this.positions(key).map((n) => this.cities[n]!);
      const rank = (c: City) => (this.capitals.has(c) ? 1e12 : 0) + (c.kind && c.kind !== 'city' ? -1 : 0) + (c.population ?? 0);
      list.sort((a, b) => rank(b) - rank(a));
      this.rankedByKey.set(key, list);
    }
    return list;
  }

  /** The alias entries of a key, in city order and, within a city, in name order. */
  entries(key: string): AliasEntry[] {
    const out: AliasEntry[] = [];
    if (key.length < 2 || this.rules.notPlaces.has(key)) return out;
    let previous = -1;
    for (const n of this.positions(key)) {
      if (n === previous) continue; // all of a city's names with this key were read the first time
      previous = n;
      const held = this.keys[n]!;
      const keys = typeof held === 'string' ? [held] : held;
      for (let k = 0; k < keys.length; k++) {
        if (keys[k] !== key) continue;
        const entry = this.entry(this.cities[n]!, k === 0 ? this.cities[n]!.name : this.cities[n]!.aliases[k - 1]!, key);
        if (entry) out.push(entry);
      }
    }
    return out;
  }

  private entry(city: City, alias: string, key: string): AliasEntry | undefined {
    const capital = this.capitals.has(city);
    const salience = citySalience(city, capital);
    // Short names ("We", "Bo", "San") are words or name parts far more often than small towns.
    if ((salience < SALIENCE.bigCity || city.kind === 'region') && !capital && alias.length <= 4 && letterCount(alias) <= 3) return undefined;
    const entry: AliasEntry = { kind: 'city', id: city.id, alias, country: city.country, salience };
    if (capital) entry.form = 'capital';
    if (city.ambiguous) entry.ambiguous = true;
    if (city.ambiguous || this.rules.commonWords.has(key)) entry.notAtSentenceStart = true;
    // A town named like a person ("Murphy", "Vladimir") beside another capitalised word is part of a name.
    if (city.ambiguous || salience < SALIENCE.bigCity) entry.notBesideName = true;
    if (this.rules.ambiguousKeys.has(key)) entry.ambiguous = true;
    return entry;
  }

  private addPosition(key: string, n: number): void {
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, n);
    else if (typeof held === 'number') this.byKey.set(key, [held, n]);
    else held.push(n);
  }

  private positions(key: string): number[] {
    const held = this.byKey.get(key);
    return held === undefined ? [] : typeof held === 'number' ? [held] : held;
  }

  /** The city that is each country's capital: the most populous of those bearing the capital's name there. */
  private findCapitals(countries: readonly Country[]): Set<City> {
    const out = new Set<City>();
    for (const country of countries) {
      if (!country.capital) continue;
      let best: City | undefined;
      for (const n of this.positions(nameKey(country.capital))) {
        const city = this.cities[n]!;
        if (city.country !== country.code || (city.kind && city.kind !== 'city')) continue;
        if (!best || (city.population ?? 0) > (best.population ?? 0)) best = city;
      }
      if (best) out.add(best);
    }
    return out;
  }
}
