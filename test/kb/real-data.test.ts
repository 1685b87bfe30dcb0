import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DATA_DIR, loadKnowledgeBase } from '../../src/kb/load.js';

// Against the built-in data/: every file must validate, and a few facts the
// pipeline leans on must hold. Load once (memoised).
const kb = loadKnowledgeBase();
const found = (text: string) => kb.match(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);

test('the built-in base loads with every country and the GeoNames cities', () => {
  const stats = kb.stats();
  assert.equal(stats.countries, 250);
  assert.ok(stats.cities > 20000, `cities: ${stats.cities}`);
  assert.ok(stats.people > 100 && stats.roles >= stats.people, JSON.stringify(stats));
});

test('foreign ministers of China and Russia across dates', () => {
  const fm = (of: string, date: string) => kb.holderOf('foreign minister', of, date).map((p) => p.id);
  assert.deepEqual(fm('RU', '2020-06-01'), ['person:sergey-lavrov']);
  assert.deepEqual(fm('CN', '2020-06-01'), ['person:wang-yi']);
  assert.deepEqual(fm('CN', '2023-03-01'), ['person:qin-gang']);
  assert.deepEqual(fm('CN', '2024-07-03'), ['person:wang-yi']);
  assert.deepEqual(kb.holderOf('Minister of Foreign Affairs', 'CN', '2023-03-01').map((p) => p.id), ['person:qin-gang']);
});

test('country names, short forms, demonyms, seats and native names', () => {
  const cases: [string, string][] = [
    ['Americans', 'US'], ['U.S.', 'US'], ['America', 'US'], ['the White House', 'US'], ['Britain', 'GB'], ['UK', 'GB'],
    ['Soviet', 'RU'], ['the Kremlin', 'RU'], ['Россия', 'RU'], ['中国', 'CN'], ['Sino', 'CN'], ['Zhongnanhai', 'CN'],
    ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Burma', 'MM'], ['Emirati', 'AE'], ['French', 'FR'], ['Dutch', 'NL'], ['Korean', 'KR'],
  ];
  for (const [name, code] of cases) assert.equal(kb.countryByName(name)?.code, code, name);
  assert.equal(kb.countryByName('Island'), undefined); // Iceland's native "Ísland" is not an English word's country
});

test('cities by current, former and native names', () => {
  const cases: [string, string][] = [
    ['Astana', 'city:kz-astana'], ['Nur-Sultan', 'city:kz-astana'], ['Peking', 'city:cn-beijing'], ['Kiev', 'city:ua-kyiv'],
    ['Bombay', 'city:in-mumbai'], ['Москва', 'city:ru-moscow'], ['Washington', 'city:us-washington'], ['Tashkent', 'city:uz-tashkent'],
  ];
  for (const [name, id] of cases) assert.equal(kb.cityByName(name)?.id, id, name);
  assert.equal(kb.cityByName('Xinjiang')?.kind, 'region');
});

test('in text: capitals as capitals, words and person names not taken for towns', () => {
  const moscow = kb.match('MOSCOW, July 3 - talks in Moscow')[0]!;
  assert.equal(moscow.form, 'capital');
  assert.deepEqual(found('We met. Police said. Nice to see you. Senator Chris Murphy spoke. editing by Vladimir Soldatkin'), []);
  const reading = kb.match('He spoke in Reading on Monday.')[0];
  assert.equal(reading?.id, 'city:gb-reading');
  assert.equal(reading?.ambiguous, true);
  assert.deepEqual(found('Sino-Russian ties'), ['Sino=CN', 'Russian=RU']);
});

test('anniversaries from the built-in data', () => {
  assert.equal(
    kb.anniversaryOf('the 75th anniversary of the establishment of diplomatic relations between China and Russia')?.id,
    'anniv:cn-ru-diplomatic-relations',
  );
  assert.equal(kb.anniversaryOf('the 20th anniversary of the SCO Charter')?.id, 'anniv:sco-charter');
  assert.equal(kb.anniversaryOf('the anniversary of his wedding'), undefined);
});

test('first-level regions and Arabic spellings from the generated city table', () => {
  assert.equal(kb.cityByName('Arunachal Pradesh')?.kind, 'region');
  assert.equal(kb.cityByName('Raqqa')?.country, 'SY');
  assert.equal(kb.cityByName('Hama')?.kind, undefined); // the city, not the governorate of the same name
  const blueNile = kb.match('fighting in the Blue Nile State')[0];
  assert.equal(blueNile?.id, 'city:sd-blue-nile');
  assert.equal(kb.match('talks in Manchester')[0]?.id, 'city:gb-manchester'); // not the Jamaican parish
  assert.equal(kb.match('talks in New York')[0]?.id, 'city:us-new-york-city'); // not the state: the city has the name
  assert.equal(kb.match('talks in Odesa')[0]?.id, 'city:ua-odessa');
  assert.deepEqual(found('the Delta variant in the Central region'), []);
});

test('towns named like words: not at a sentence start, not in lower case, flagged when matched', () => {
  assert.deepEqual(found('Mobile phones. Split decision. Bath time. Male voters. Sale of arms. Of course. Police said. Reading the note.'), []);
  assert.deepEqual(found('at the Mobile World Congress; mobile, split, nice, bath'), []);
  const split = kb.match('He spoke in Split on Monday.')[0];
  assert.equal(split?.id, 'city:hr-split');
  assert.equal(split?.ambiguous, true);
  assert.equal(kb.match('He flew to Male, the capital.')[0]?.form, 'capital');
});

test('the built-in data defines each id once (a second record would silently replace the first)', () => {
  for (const folder of ['people', 'organizations', 'gatherings', 'anniversaries']) {
    const dir = join(BUILTIN_DATA_DIR, folder);
    const seen = new Map<string, string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim() || line.trim().startsWith('//')) return;
        const id = (JSON.parse(line) as { id: string }).id;
        assert.ok(!seen.has(id), `${id} in ${seen.get(id)} and ${folder}/${file} line ${i + 1}`);
        seen.set(id, `${folder}/${file} line ${i + 1}`);
      });
    }
  }
});

test('an alias led by "the" gives way to a longer name that starts at its next word', () => {
  const kb = loadKnowledgeBase();
  const ids = (text: string): string[] => kb.match(text).filter((m) => m.kind === 'organization').map((m) => m.id);
  assert.deepEqual(ids('the summit of the Commonwealth of Independent States in Dushanbe'), ['org:cis']);
  assert.deepEqual(ids('leaders of the Commonwealth met in Samoa'), ['org:commonwealth']);
});
