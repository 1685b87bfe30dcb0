import { buildKnowledgeBase } from '../../../src/kb/build.js';
import type { KnowledgeBase } from '../../../src/kb/types.js';

/** A few countries, cities and people, enough for the clean and record tests (independent of data/). */
export const smallKb = (): KnowledgeBase => buildKnowledgeBase({
  countries: [
    { code: 'RU', name: 'Russia', aliases: [], adjectives: ['Russian'], capital: 'Moscow' },
    { code: 'UZ', name: 'Uzbekistan', aliases: [], adjectives: ['Uzbek'], capital: 'Tashkent' },
    { code: 'US', name: 'United States', aliases: ['U.S.'], adjectives: ['American'], capital: 'Washington' },
    { code: 'UA', name: 'Ukraine', aliases: [], adjectives: ['Ukrainian'], capital: 'Kyiv' },
  ],
  cities: [
    { id: 'city:uz-tashkent', name: 'Tashkent', aliases: [], country: 'UZ', lat: 41.26, lon: 69.22 },
    { id: 'city:ru-moscow', name: 'Moscow', aliases: [], country: 'RU', lat: 55.75, lon: 37.62, population: 12_000_000 },
    { id: 'city:us-washington', name: 'Washington', aliases: [], country: 'US', lat: 38.9, lon: -77.04 },
    { id: 'city:ua-kyiv', name: 'Kyiv', aliases: ['Kiev'], country: 'UA', lat: 50.45, lon: 30.52 },
  ],
  organizations: [],
  people: [
    { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'], gender: 'm', country: 'RU', roles: [] },
  ],
  gatherings: [],
  anniversaries: [],
});
