// Generalization cases for the mentions stage: new articles about other country pairs and actors than the evaluation
// set (India-Japan, US-China, France-Germany, ASEAN, Turkey-Iran, Brazil-South Africa, the African Union...), read by
// the whole pipeline with the real knowledge base, checked on the record's persons, organizations, places, countries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { toRecord } from '../../../src/pipeline/record/index.js';
import type { ArticleRecord } from '../../../src/core/record.js';
import { ARTICLES, type Article } from './generalization-articles.js';

const kb = loadKnowledgeBase();
const records = new Map<string, ArticleRecord>();
function recordOf(a: Article): ArticleRecord {
  let r = records.get(a.name);
  if (!r) {
    const ctx = { kb };
    r = toRecord(runPipeline({ id: a.name, text: a.text, published: a.published }, ctx), ctx, 'test');
    records.set(a.name, r);
  }
  return r;
}
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const named = (list: readonly { name: string; aliases?: string[] }[], name: string): boolean =>
  list.some((x) => [x.name, ...(x.aliases ?? [])].some((n) => fold(n) === fold(name)));

interface Case {
  article: keyof typeof ARTICLES;
  /** Persons that must be listed, with their country where given ("Name/CC"). */
  persons?: string[];
  /** Names that must NOT be listed as persons. */
  notPersons?: string[];
  organizations?: string[];
  notOrganizations?: string[];
  places?: string[];
  notPlaces?: string[];
  countries?: string[];
}

const cases: Case[] = [
  {
    article: 'r-india-japan',
    persons: ['Shinzo Abe/JP', 'Narendra Modi/IN', 'Kenji Harada'],
    notPersons: ['Foreign Minister', 'Indo-Pacific'],
    places: ['Tokyo', 'New Delhi'], countries: ['JP', 'IN', 'CN', 'KP'],
  },
  {
    article: 'x-us-china-call',
    persons: ['Donald Trump/US', 'Xi Jinping/CN', 'Scott Bessent/US'],
    notPersons: ['Jane Doe', 'Skip', 'Subscribe'],
    organizations: ['White House', 'Xinhua'], places: ['London'], countries: ['US', 'CN'],
  },
  {
    article: 'x-france-germany',
    persons: ['Emmanuel Macron/FR', 'Friedrich Merz/DE', 'Jean-Noel Barrot/FR', 'Johann Wadephul/DE'],
    places: ['Paris', 'Berlin'], countries: ['FR', 'DE'],
  },
  {
    article: 'x-asean-vientiane',
    persons: ['Saleumxay Kommasith/LA', 'Enrique Manalo/PH', 'Yoko Kamikawa/JP', 'Joe Biden/US'],
    organizations: ['ASEAN'], places: ['Vientiane', 'South China Sea', 'Manila'], countries: ['MM', 'JP', 'TL'],
  },
  {
    article: 'r-turkey-iran',
    persons: ['Mevlut Cavusoglu/TR', 'Mohammad Javad Zarif/IR', 'Recep Tayyip Erdogan/TR', 'Ibrahim Kalin/TR'],
    places: ['Ankara', 'Tehran'], countries: ['TR', 'IR', 'IQ'],
  },
  {
    article: 'x-brazil-sa',
    persons: ['Mauro Vieira/BR', 'Ronald Lamola/ZA'],
    notPersons: ['Global South'],
    organizations: ['BRICS', 'G20'], places: ['Rio de Janeiro', 'Johannesburg'], countries: ['BR', 'ZA'],
  },
  {
    article: 'x-au-addis',
    persons: ['Mahmoud Ali Youssouf/DJ', 'Abiy Ahmed/ET', 'Joao Lourenco/AO'],
    notPersons: ['John Smith'],
    organizations: ['African Union'], places: ['Addis Ababa'], countries: ['DJ', 'ET', 'AO', 'SD'],
  },
  {
    article: 'x-china-russia',
    persons: ['Wang Yi/CN', 'Sergey Lavrov/RU', 'Xi Jinping/CN', 'Vladimir Putin/RU'],
    places: ['Moscow'], countries: ['CN', 'RU'],
  },
  {
    article: 'r-us-china',
    persons: ['Donald Trump/US', 'Xi Jinping/CN', 'Lu Kang/CN', 'Heather Nauert/US'],
    organizations: ['Kremlin', 'State Department'], countries: ['US', 'CN', 'KP'],
  },
  {
    article: 'x-india-japan',
    persons: ['Narendra Modi/IN', 'Shigeru Ishiba/JP', 'Vikram Misri/IN', 'Masakazu Tokura'],
    // "10:42 pm IST" is a clock time, not an organization.
    notOrganizations: ['IST'],
    places: ['Tokyo', 'New Delhi'], countries: ['IN', 'JP'],
  },
  {
    article: 'x-russia-china-copy',
    persons: ['Xi Jinping/CN', 'Dmitry Peskov/RU', 'Vladimir Putin/RU', 'Sergey Lavrov/RU'],
    organizations: ['Xinhua', 'Kremlin'], places: ['Moscow'], countries: ['CN', 'RU'],
  },
  {
    article: 'r-germany-france',
    persons: ['Angela Merkel/DE', 'Emmanuel Macron/FR', 'Wolfgang Schaeuble/DE', 'Sigmar Gabriel/DE'],
    organizations: ['European Union', 'Der Spiegel'], places: ['Berlin'], countries: ['DE', 'FR'],
  },
  {
    article: 'x-turkey-iran-web',
    persons: ['Abbas Araghchi/IR', 'Hakan Fidan/TR', 'Ahmet Yilmaz', 'Hossein Rahimi/IR', 'Masoud Pezeshkian/IR'],
    // "Our region cannot afford another war": a common noun, no place.
    notPlaces: ['Our region', 'region'],
    places: ['Ankara'], countries: ['TR', 'IR', 'SY'],
  },
  {
    article: 'r-brics-sa',
    persons: ['Jacob Zuma/ZA', 'Michel Temer/BR', 'Li Keqiang/CN', 'Narendra Modi/IN'],
    organizations: ['BRICS'], places: ['Xiamen'], countries: ['CN', 'ZA', 'BR', 'IN', 'PK'],
  },
  {
    article: 'x-au-web2',
    persons: ['Moussa Faki Mahamat', 'William Ruto/KE', 'Antonio Guterres', 'Mohamed Ould Ghazouani/MR'],
    notPersons: ['Tiksa Negeri', 'Staff Reporter'],
    organizations: ['African Union', 'United Nations'], places: ['Addis Ababa', 'Khartoum'], countries: ['ET', 'SD', 'KE', 'MR'],
  },
  {
    article: 'x-indonesia-australia',
    persons: ['Anthony Albanese/AU', 'Prabowo Subianto/ID', 'Sugiono/ID'],
    places: ['Jakarta'], countries: ['AU', 'ID'],
  },
  {
    article: 'x-mfa-copy',
    persons: ['Sergey Lavrov/RU', 'Wang Yi/CN'],
    organizations: ['United Nations', 'BRICS', 'SCO'], places: ['Moscow'], countries: ['RU', 'CN'],
  },
  {
    article: 'r-japan-korea',
    persons: ['Yoshihide Suga/JP', 'Yasumasa Nagamine/JP'],
    notPersons: ['Mr. Suga', 'Ms'],
    places: ['Tokyo', 'Seoul', 'Busan'], countries: ['JP', 'KR'],
  },
  {
    article: 'x-india-us',
    persons: ['Narendra Modi/IN', 'Donald Trump/US', 'Vikram Misri/IN', 'Vinay Mohan Kwatra/IN'],
    notPersons: ['Our Correspondent'],
    notOrganizations: ['IST'],
    organizations: ['White House'], places: ['Washington'], countries: ['IN', 'US'],
  },
  {
    article: 'x-japan-philippines-she',
    persons: ['Yoko Kamikawa/JP', 'Minoru Kihara/JP', 'Gilberto Teodoro/PH'],
    places: ['Manila'], countries: ['JP'],
  },
  {
    article: 'x-guardian-uk-china',
    persons: ['Rachel Reeves/GB', 'He Lifeng/CN', 'Priti Patel', 'Tomas Novak'],
    notPersons: ['First Edition', 'Charles University'],
    places: ['Beijing', 'Prague'], countries: ['GB', 'CN'],
  },
  {
    article: 'r-iran-turkey2',
    persons: ['Mohammad Baqeri', 'Recep Tayyip Erdogan/TR', 'Mohammad Ebrahim Taherian Fard/IR'],
    notPersons: ['Major General'],
    organizations: ['TRT'], places: ['Ankara'], countries: ['IR', 'TR', 'IQ', 'SY'],
  },
  {
    article: 'x-eu-japan',
    persons: ['Ursula von der Leyen', 'Antonio Costa', 'Shigeru Ishiba/JP'],
    organizations: ['European Commission', 'European Council'], places: ['Tokyo'], countries: ['JP'],
  },
  {
    // Landmarks, initiatives and anniversaries are no persons.
    article: 'x-fp-persons',
    persons: ['Vladimir Putin/RU', 'Xi Jinping/CN', 'Lin Jian/CN', 'Igor Morgulov/RU'],
    notPersons: ['Great Hall', 'Red Square', 'Victory Day', 'Cold War', 'Belt and Road Initiative', 'Hong Kong', 'New Delhi', 'Global News Network'],
    organizations: ['Asian Development Bank'], places: ['Beijing', 'Harbin', 'Great Hall of the People'], countries: ['RU', 'CN'],
  },
  {
    article: 'r-stripped-hard',
    persons: ['Xi Jinping/CN', 'Donald Trump/US', 'Shinzo Abe/JP', 'Le Thi Thu Hang/VN'],
    notPersons: ['Openness'],
    places: ['Da Nang', 'Tokyo'], countries: ['VN', 'CN', 'US', 'JP'],
  },
  {
    article: 'x-tass-style',
    persons: ['Dmitry Peskov/RU', 'Vladimir Putin/RU', 'Xi Jinping/CN', 'Andrei Rudenko/RU'],
    organizations: ['TASS', 'Kremlin'], places: ['Beijing'], countries: ['RU', 'CN', 'UA'],
  },
  {
    article: 'x-unknown-people',
    persons: ['Nguyen Minh Vu/VN', 'Kanat Bozumbayev', 'Yerlan Baudarbek-Kozhatayev', 'Chris Van Hollen', 'Recep Tayyip Erdogan/TR',
      'Luiz Inacio Lula da Silva/BR', 'Tran Thi Lan'],
    notPersons: ['Central Asia', 'Senator', 'Ambassador', 'Dr'],
    organizations: ['Vietnam Academy of Social Sciences'], places: ['Hanoi', 'Astana'], countries: ['VN', 'KZ', 'TR', 'BR'],
  },
  {
    article: 'r-institutions',
    persons: ['Moon Jae-in/KR', 'Shinzo Abe/JP', 'Park Soo-hyun', 'Xi Jinping/CN'],
    organizations: ['KCNA', 'Pentagon', 'Xinhua'], places: ['Seoul', 'Beijing', 'Moscow'], countries: ['KP', 'US', 'CN', 'RU', 'KR', 'JP'],
  },
  {
    article: 'r-isot-block',
    persons: ['Fumio Kishida/JP', 'Narendra Modi/IN', 'Sushma Swaraj/IN', 'Hua Chunying/CN'],
    organizations: ['Nuclear Suppliers Group'], places: ['New Delhi', 'Beijing', 'Tokyo'], countries: ['JP', 'IN', 'CN'],
  },
  {
    // Bylines, photo credits and editing credits name no one in the story.
    article: 'x-bylines',
    persons: ['Marco Rubio/US', 'Wang Yi/CN'],
    notPersons: ['Humeyra Pamuk', 'David Brunnstrom', 'Mark Schiefelbein', 'Don Durfee'],
    places: ['Kuala Lumpur'], countries: ['US', 'CN'],
  },
  {
    // Headline-case lines, bare titles, month names and timestamps name no one.
    article: 'x-negatives',
    persons: ['Pham Minh Chinh/VN'],
    notPersons: ['Meets Delegation', 'Foreign Minister', 'President', 'Monday March', 'March', 'May'],
    notPlaces: ['region', 'province'],
    countries: ['VN'],
  },
];

for (const c of cases) {
  test(`generalization mentions: ${c.article}`, () => {
    const r = recordOf(ARTICLES[c.article]!);
    for (const p of c.persons ?? []) {
      const [name, country] = p.split('/');
      const found = r.persons.find((x) => named([x], name!));
      assert.ok(found, `person ${name} missing; got ${r.persons.map((x) => x.name).join(', ')}`);
      if (country) assert.equal(found.country, country, `country of ${name}`);
    }
    for (const n of c.notPersons ?? []) assert.ok(!named(r.persons, n), `${n} must not be a person`);
    for (const o of c.organizations ?? []) assert.ok(named(r.organizations, o), `organization ${o} missing; got ${r.organizations.map((x) => x.name).join(', ')}`);
    for (const o of c.notOrganizations ?? []) assert.ok(!named(r.organizations, o), `${o} must not be an organization`);
    for (const p of c.places ?? []) assert.ok(named(r.places, p), `place ${p} missing; got ${r.places.map((x) => x.name).join(', ')}`);
    for (const p of c.notPlaces ?? []) assert.ok(!named(r.places, p), `${p} must not be a place`);
    for (const cc of c.countries ?? []) assert.ok(r.countries.includes(cc), `country ${cc} missing; got ${r.countries.join(' ')}`);
  });
}

test('generalization mentions: descriptions resolve to the named office holder, not the base default', () => {
  const doc = runPipeline({ id: 'd', text: ARTICLES['r-india-japan']!.text, published: ARTICLES['r-india-japan']!.published }, { kb });
  // "the Indian leader" after "his Indian counterpart Narendra Modi": the prime minister named, not the president.
  const leader = doc.mentions.find((m) => m.surface === 'the Indian leader');
  assert.equal(leader?.name, 'Narendra Modi');
  const tr = runPipeline({ id: 'd', text: ARTICLES['r-turkey-iran']!.text, published: ARTICLES['r-turkey-iran']!.published }, { kb });
  assert.equal(tr.mentions.find((m) => m.surface === 'the Iranian minister')?.name, 'Mohammad Javad Zarif');
  const au = runPipeline({ id: 'd', text: ARTICLES['x-au-web2']!.text, published: ARTICLES['x-au-web2']!.published }, { kb });
  assert.equal(au.mentions.find((m) => m.surface === 'The UN chief')?.name, 'Antonio Guterres');
  // Negative: a bare "the minister" with no one of that office named before resolves to no one.
  const none = runPipeline({ id: 'd', text: 'The Iranian minister arrived late. Talks went on.', published: '2017-10-05' }, { kb });
  assert.equal(none.mentions.find((m) => m.surface === 'The Iranian minister'), undefined);
});

test('generalization mentions: "Philippine" and "Lao" adjectives name their countries', () => {
  const r = recordOf(ARTICLES['x-asean-vientiane']!);
  assert.ok(r.countries.includes('PH') && r.countries.includes('LA'));
});
