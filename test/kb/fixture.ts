import type { KbData } from '../../src/kb/build.js';

/** A small knowledge base written for the tests, independent of data/. */
export const FIXTURE: KbData = {
  countries: [
    { code: 'RU', name: 'Russia', aliases: ['Russian Federation', 'Россия'], adjectives: ['Russian', 'Russians'], capital: 'Moscow', seats: ['the Kremlin'] },
    { code: 'CN', name: 'China', aliases: ["People's Republic of China", 'PRC', '中国'], adjectives: ['Chinese', 'Sino'], capital: 'Beijing', seats: ['Zhongnanhai'] },
    { code: 'US', name: 'United States', aliases: ['U.S.', 'US', 'USA', 'America'], adjectives: ['American', 'Americans'], capital: 'Washington', seats: ['the White House'] },
    { code: 'TD', name: 'Chad', aliases: [], adjectives: ['Chadian'], capital: "N'Djamena" },
    { code: 'UZ', name: 'Uzbekistan', aliases: [], adjectives: ['Uzbek'], capital: 'Tashkent' },
    { code: 'FR', name: 'France', aliases: [], adjectives: ['French'], capital: 'Paris', seats: ['the Elysee'] },
  ],
  cities: [
    { id: 'city:ru-moscow', name: 'Moscow', aliases: ['Москва'], country: 'RU', lat: 55.75, lon: 37.62, population: 12_000_000 },
    { id: 'city:us-moscow', name: 'Moscow', aliases: [], country: 'US', lat: 46.73, lon: -117.0, population: 25_000 },
    { id: 'city:cn-beijing', name: 'Beijing', aliases: ['Peking', '北京'], country: 'CN', lat: 39.9, lon: 116.4, population: 18_000_000 },
    { id: 'city:uz-tashkent', name: 'Tashkent', aliases: [], country: 'UZ', lat: 41.26, lon: 69.22 },
    { id: 'city:fr-nice', name: 'Nice', aliases: [], country: 'FR', lat: 43.7, lon: 7.27, population: 340_000 },
    { id: 'city:us-washington', name: 'Washington', aliases: ['Washington, D.C.'], country: 'US', lat: 38.9, lon: -77.04 },
    { id: 'city:xx-lavrov', name: 'Lavrov', aliases: [], country: 'RU', lat: 50, lon: 40, population: 2000 },
  ],
  organizations: [
    { id: 'org:sco', name: 'Shanghai Cooperation Organisation', acronym: 'SCO', aliases: ['Shanghai Cooperation Organization'], kind: 'igo', members: [{ country: 'CN', from: '2001-06-15' }] },
  ],
  people: [
    {
      id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Сергей Лавров', 'Lavrov'], gender: 'm', country: 'RU',
      roles: [{ title: 'foreign minister', of: 'RU', from: '2004-03-09' }],
    },
    {
      id: 'person:wang-yi', name: 'Wang Yi', aliases: ['王毅'], gender: 'm', country: 'CN',
      roles: [
        { title: 'foreign minister', of: 'CN', from: '2013-03-16', to: '2022-12-30' },
        { title: 'foreign minister', of: 'CN', from: '2023-07-25' },
      ],
    },
    {
      id: 'person:qin-gang', name: 'Qin Gang', aliases: ['秦刚', 'Qin'], gender: 'm', country: 'CN',
      roles: [{ title: 'minister of foreign affairs', of: 'CN', from: '2022-12-30', to: '2023-07-25' }],
    },
    {
      id: 'person:xi-jinping', name: 'Xi Jinping', aliases: ['Xi', '习近平'], gender: 'm', country: 'CN',
      roles: [{ title: 'president', of: 'CN', from: '2013-03-14' }],
    },
  ],
  gatherings: [
    {
      id: 'gathering:sco-cfm-2022', org: 'org:sco', series: 'SCO Council of Foreign Ministers', name: 'SCO Council of Foreign Ministers meeting 2022',
      level: 'ministerial', city: 'Tashkent', country: 'UZ', start: '2022-07-28', end: '2022-07-29', year: 2022, aliases: ['SCO foreign ministers meeting in Tashkent'],
    },
  ],
  anniversaries: [
    { id: 'anniv:cn-ru-diplomatic-relations', what: 'establishment of diplomatic relations between China and Russia', keys: ['diplomatic relations'], date: '1949-10-02', countries: ['CN', 'RU'] },
    { id: 'anniv:cn-us-diplomatic-relations', what: 'establishment of diplomatic relations between China and the United States', keys: ['diplomatic relations'], date: '1979-01-01', countries: ['CN', 'US'] },
    { id: 'anniv:sco-founding', what: 'founding of the Shanghai Cooperation Organisation', keys: ['founding', 'establishment'], date: '2001-06-15', org: 'org:sco' },
  ],
};
