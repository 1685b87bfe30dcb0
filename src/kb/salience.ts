import type { City, Person } from './types.js';

/**
 * How salient an entity is when several share a surface ("Georgia" the
 * country or the city; "Washington" the capital or a surname). Countries
 * first, then gatherings and organizations, capitals, people who held a high
 * office, other people, then cities by size.
 */
export const SALIENCE = {
  countryName: 100,
  countrySeat: 79, // below organizations: "State Department" is the ministry itself when the base has it
  countryAdjective: 90,
  gathering: 88,
  organization: 80,
  capital: 78,
  highOfficePerson: 75,
  region: 70,
  /** A city of about a million people. */
  bigCity: 61,
  person: 55,
  city: 40,
} as const;

const HIGH_OFFICES = new Set([
  'president', 'prime minister', 'foreign minister', 'king', 'queen', 'emperor', 'chancellor', 'supreme leader',
  'secretary-general', 'general secretary', 'acting president', 'crown prince', 'emir', 'sultan', 'vice president',
  'defence minister', 'premier', 'chairman', 'high representative',
]);

export function personSalience(person: Person, canon: (t: string) => string): number {
  return person.roles.some((r) => HIGH_OFFICES.has(canon(r.title))) ? SALIENCE.highOfficePerson : SALIENCE.person;
}

/** Cities gain with population (log scale): a town under ~100,000 people ranks below any person in the base, a city of millions above most. */
export function citySalience(city: City, isCapital: boolean): number {
  if (isCapital) return SALIENCE.capital;
  // Hand-picked regions and venues carry no population; generated regions rank by the people in their cities.
  if ((city.kind === 'region' || city.kind === 'venue') && !city.population) return SALIENCE.region;
  const pop = city.population ?? 0;
  return SALIENCE.city + (pop > 0 ? Math.min(34, Math.max(0, (Math.log10(pop) - 3) * 7)) : 0);
}
