import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import type { Gathering } from '../../src/kb/types.js';

// The built-in base knows the recurring regional summits of 2016-2026 (AU, TICAD, GCC, Arab League, OIC, CIS, EAEU,
// Mercosur, CELAC, Ibero-American, PIF, OTS, Francophonie, NAM, ECOWAS, SADC, BIMSTEC, ASEM...), each held where and
// when it was. Load once (memoised).
const kb = loadKnowledgeBase();
const where = (g: Gathering | undefined) => g && `${g.id} ${g.city ?? '-'} ${g.country ?? '-'} ${g.start ?? '-'}..${g.end ?? '-'}`;
const only = (list: Gathering[]): Gathering | undefined => {
  assert.equal(list.length, 1, list.map((g) => g.id).join(', '));
  return list[0];
};
const named = (text: string) => kb.match(text).filter((m) => m.kind === 'gathering').map((m) => m.id);

test('TICAD editions: by year, by city and by their numbered names', () => {
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:ticad', year: 2016 }))), 'gathering:ticad-2016 Nairobi KE 2016-08-27..2016-08-28');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:ticad', year: 2022 }))), 'gathering:ticad-2022 Tunis TN 2022-08-27..2022-08-28');
  assert.deepEqual(kb.gatheringsAt({ org: 'org:ticad', city: 'Yokohama' }).map((g) => g.year), [2019, 2025]);
  assert.deepEqual(named('Leaders met at TICAD 9 in Yokohama.'), ['gathering:ticad-2025']);
  assert.deepEqual(named('the Seventh Tokyo International Conference on African Development'), ['gathering:ticad-2019']);
});

test('African Union: February sessions in Addis Ababa, mid-year meetings elsewhere', () => {
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:au', city: 'Nouakchott' }))), 'gathering:au-assembly-2018-07 Nouakchott MR 2018-07-01..2018-07-02');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:au', city: 'Addis Ababa', year: 2020 }))), 'gathering:au-assembly-2020-02 Addis Ababa ET 2020-02-09..2020-02-10');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:au', city: 'Lusaka' }))), 'gathering:au-mycm-2022 Lusaka ZM 2022-07-17..2022-07-17');
  assert.deepEqual(named('the 33rd AU summit'), ['gathering:au-assembly-2020-02']);
});

test('Gulf, Arab and Islamic summits', () => {
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:gcc', city: 'Doha' }))), 'gathering:gcc-summit-2023 Doha QA 2023-12-05..2023-12-05');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:arab-league', city: 'Dhahran' }))), 'gathering:arab-league-summit-2018 Dhahran SA 2018-04-15..2018-04-15');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:oic', city: 'Banjul' }))), 'gathering:oic-summit-2024 Banjul GM 2024-05-04..2024-05-05');
  // The city is found by any of its names: the base writes "Mecca", GeoNames "Makkah".
  assert.deepEqual(kb.gatheringsAt({ city: 'Makkah', year: 2019 }).map((g) => g.org).sort(), ['org:arab-league', 'org:gcc', 'org:oic']);
  assert.deepEqual(named('at the 38th GCC summit'), ['gathering:gcc-summit-2017']);
});

test('Eurasian, Latin American and other regional summits', () => {
  // Astana was Nur-Sultan in 2019: either name finds the Supreme Eurasian Economic Council held there.
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:eaeu', city: 'Nur-Sultan', year: 2019 }))), 'gathering:seec-2019-05 Astana KZ 2019-05-29..2019-05-29');
  assert.deepEqual(kb.gatheringsAt({ org: 'org:mercosur', city: 'Montevideo' }).map((g) => g.start), ['2022-12-06', '2024-12-06']);
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:celac', year: 2024 }))), 'gathering:celac-summit-2024 Kingstown VC 2024-03-01..2024-03-01');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:nam', year: 2024 }))), 'gathering:nam-summit-2024 Kampala UG 2024-01-19..2024-01-20');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:turkic-states', city: 'Samarkand' }))), 'gathering:ots-summit-2022 Samarkand UZ 2022-11-11..2022-11-11');
  assert.equal(where(only(kb.gatheringsAt({ org: 'org:asem', year: 2016 }))), 'gathering:asem-summit-2016 Ulaanbaatar MN 2016-07-15..2016-07-16');
  assert.deepEqual(named('the U.S.-Africa Leaders Summit in Washington'), ['gathering:us-africa-leaders-summit-2022']);
});

test('G20 foreign ministers: ministerial editions apart from the summits', () => {
  const fmm = kb.gatheringsAt({ org: 'org:g20', year: 2024, level: 'ministerial' });
  assert.deepEqual(fmm.map((g) => g.city), ['Rio de Janeiro', 'New York']);
  assert.equal(only(kb.gatheringsAt({ org: 'org:g20', year: 2020, level: 'ministerial' }))?.start, '2020-09-03');
});

test('no edition where none was held; a plain "AU summit" names the body, not one edition', () => {
  assert.deepEqual(kb.gatheringsAt({ org: 'org:ticad', year: 2020 }), []);
  assert.deepEqual(kb.gatheringsAt({ org: 'org:arab-league', year: 2020 }), []); // no Arab League summit in 2020 or 2021
  assert.deepEqual(kb.gatheringsAt({ org: 'org:gcc', year: 2020 }), []); // the 41st was held in January 2021
  assert.deepEqual(kb.gatheringsAt({ org: 'org:mercosur', city: 'Lima' }), []);
  assert.deepEqual(named('the AU summit'), []);
  assert.deepEqual(kb.match('the AU summit').map((m) => m.id), ['org:au']);
  // Announced, not dated: the 2026 Commonwealth meeting is planned in Antigua and Barbuda.
  const chogm = only(kb.gatheringsAt({ org: 'org:commonwealth', year: 2026 }));
  assert.equal(chogm?.planned, true);
  assert.equal(chogm?.start, undefined);
});
