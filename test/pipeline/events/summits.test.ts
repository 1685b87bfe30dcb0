import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsOf } from './helpers.js';
import { eventsOf as wholeEvents } from './whole-pipeline.js';

const organizations = [
  { id: 'org:sco', name: 'Shanghai Cooperation Organisation', acronym: 'SCO', aliases: ['Shanghai Cooperation Organization'], kind: 'igo' },
  { id: 'org:brics', name: 'BRICS', aliases: [], kind: 'igo' },
];
const gatherings = [
  { id: 'g:sco-2024', org: 'org:sco', series: 'SCO summit', name: 'SCO summit 2024', level: 'summit' as const, city: 'Astana', country: 'KZ', start: '2024-07-03', end: '2024-07-04', year: 2024 },
  { id: 'g:brics-2024', org: 'org:brics', series: 'BRICS summit', name: 'BRICS summit 2024', level: 'summit' as const, city: 'Kazan', country: 'RU', start: '2024-10-22', end: '2024-10-24', year: 2024 },
];

test('a named summit is an event with its place, date and organization', () => {
  const text = 'Putin said he hopes Xi will attend the BRICS summit to be held in Kazan in October this year.';
  const doc = eventsOf(text, '2024-07-08', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'Xi', type: 'person', name: 'Xi Jinping', country: 'CN' },
  ], { organizations, gatherings });
  const summit = doc.events.find((e) => e.kind === 'summit');
  assert.ok(summit);
  assert.equal(summit.status, 'planned');
  assert.equal(summit.date?.value, '2024-10');
  assert.equal(summit.location?.name, 'Kazan');
  assert.match(summit.occasion?.name ?? '', /BRICS/);
  assert.deepEqual(summit.participants, []);
});

test('a meeting on the sidelines of a summit takes the summit as occasion and the summit stays apart', () => {
  const text = 'Putin met Xi on the sidelines of the SCO summit in Astana on July 3.';
  const doc = eventsOf(text, '2024-07-08', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'Xi', type: 'person', name: 'Xi Jinping', country: 'CN' },
  ], { organizations, gatherings });
  const meeting = doc.events.find((e) => e.kind === 'meeting');
  const summit = doc.events.find((e) => e.kind === 'summit');
  assert.match(meeting?.occasion?.name ?? '', /SCO/);
  assert.equal(meeting?.date?.value, '2024-07-03');
  assert.equal(summit?.location?.name, 'Astana');
  assert.equal(summit?.status, 'occurred');
});

test('an organization named without a gathering noun is no summit', () => {
  const text = 'Putin said Russia will support the SCO presidency of China.';
  const doc = eventsOf(text, '2024-07-08', [{ surface: 'Putin', type: 'person', country: 'RU' }], { organizations, gatherings });
  assert.equal(doc.events.filter((e) => e.kind === 'summit').length, 0);
});

test('a gathering named in a title ("chairman of the BRICS summit") is no summit event; the same gathering held is', () => {
  const title = 'Ivanov, chairman of the BRICS summit in Kazan, told reporters on Monday.';
  const t = eventsOf(title, '2024-07-08', [{ surface: 'Ivanov', type: 'person', name: 'Ivan Ivanov', country: 'RU' }], { organizations, gatherings });
  assert.equal(t.events.filter((e) => e.kind === 'summit').length, 0);
  const held = 'Leaders gathered for the BRICS summit in Kazan in October.';
  const h = eventsOf(held, '2024-07-08', [], { organizations, gatherings });
  assert.equal(h.events.filter((e) => e.kind === 'summit').length, 1);
});

test('a city in a gathering s own name places it when its editions are held there; the SCO s "Shanghai" does not', () => {
  const cities = [
    { id: 'city:munich', name: 'Munich', aliases: [], country: 'DE', lat: 48.1, lon: 11.6 },
    { id: 'city:brussels', name: 'Brussels', aliases: [], country: 'BE', lat: 50.8, lon: 4.35 },
    { id: 'city:shanghai', name: 'Shanghai', aliases: [], country: 'CN', lat: 31.2, lon: 121.5 },
    { id: 'city:astana', name: 'Astana', aliases: [], country: 'KZ', lat: 51.17, lon: 71.45 },
  ];
  const orgs = [...organizations, { id: 'org:msc', name: 'Munich Security Conference', aliases: [], kind: 'forum' }];
  const msc = [...gatherings, { id: 'g:msc-2017', org: 'org:msc', series: 'Munich Security Conference', name: 'Munich Security Conference 2017', level: 'summit' as const, city: 'Munich', country: 'DE', start: '2017-02-17', end: '2017-02-19', year: 2017 }];
  const doc = eventsOf('Pence will attend the Munich Security Conference this weekend and will visit Brussels.', '2017-02-15', [
    { surface: 'Pence', type: 'person', name: 'Mike Pence', country: 'US' },
    { surface: 'Brussels', type: 'place', country: 'BE' },
  ], { cities, organizations: orgs, gatherings: msc });
  assert.equal(doc.events.find((e) => e.kind === 'summit')?.location?.name, 'Munich');
  const sco = eventsOf('Leaders will meet at the Shanghai Cooperation Organisation summit next week.', '2024-06-26', [], { cities, organizations, gatherings });
  const summit = sco.events.find((e) => e.kind === 'summit');
  assert.notEqual(summit?.location?.name, 'Shanghai');
});

test('a body\'s summit "in Kazan", told a year later, is the edition held in Kazan; the dateline\'s city picks no other year', () => {
  const kazan = wholeEvents('MOSCOW - Masoud Pezeshkian took part in the BRICS summit in Kazan and met Putin there.', '2025-01-17').find((e) => e.kind === 'summit');
  assert.equal(kazan?.date?.value, '2024-10');
  assert.equal(kazan?.status, 'occurred');
  const apec = wholeEvents('MANILA (Reuters) - Trump and Duterte first met on Saturday at an Asia-Pacific Economic Cooperation (APEC) meeting in Vietnam.', '2017-11-13').find((e) => e.kind === 'summit');
  assert.notEqual(apec?.date?.value.slice(0, 4), '2015');
});

test('talks "on the margins of the event" after a named conference are held at it', () => {
  const text = 'BERLIN - The Munich Security Conference opened on Friday with a speech by German Chancellor Friedrich Merz. '
    + 'Merz later met Marco Rubio for talks on the margins of the event.';
  const talks = wholeEvents(text, '2026-02-13').find((e) => e.kind === 'meeting');
  assert.equal(talks?.location?.name, 'Munich');
  // "the event" with no gathering named before places nothing.
  const none = wholeEvents('BERLIN - Merz later met Marco Rubio for talks on the margins of the event.', '2026-02-13').find((e) => e.kind === 'meeting');
  assert.notEqual(none?.location?.name, 'Munich');
});

test('a bare month a year off the one edition held in that city then takes the edition\'s year ("hosts in Hamburg in July", read in January)', () => {
  const events = wholeEvents('Merkel invited Trump to the summit of the Group of 20 major economies that Germany hosts in Hamburg in July, a spokesman said.', '2017-01-28');
  const summit = events.find((e) => e.kind === 'summit');
  assert.equal(summit?.location?.name, 'Hamburg');
  assert.equal(summit?.date?.value, '2017-07');
  // An edition held there in the month of the year read stays: the African Union meets in Addis Ababa every January.
  const au = wholeEvents('Rwanda will back Morocco at the African Union summit in Addis Ababa in January, the minister said.', '2016-10-19');
  assert.equal(au.find((e) => e.kind === 'summit')?.date?.value, '2017-01');
});

test('talks "on the sidelines of" the one gathering of their sentence are in its city, whatever other country\'s city the sentence names', () => {
  const events = wholeEvents('Modi has kept up ties with Beijing despite misgivings in Washington, and has met Xi several times, most recently on the sidelines of a BRICS summit in Kazan last month.', '2024-11-20');
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.equal(meeting?.location?.name, 'Kazan');
  // Talks of another month stay where the sentence puts them: "in Vladivostok in September and ... in Lima last month".
  const two = wholeEvents('Putin and Abe met in Nagato on Thursday. The two men held talks again in Vladivostok in September and on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima last month.', '2016-12-15');
  assert.ok(two.some((e) => e.kind === 'meeting' && e.location?.name === 'Vladivostok'), JSON.stringify(two.map((e) => [e.kind, e.location?.name, e.date?.value])));
});

test('a summit of two sides ("the Anchorage summit" of a bilateral series, "after Trump-Putin summit in Alaska") is their talks, no multilateral summit event', () => {
  const kbSeries = wholeEvents('The Anchorage summit was arranged at short notice after US envoy Steve Witkoff met Putin in Moscow on 6 August.', '2025-08-18');
  assert.ok(!kbSeries.some((e) => e.kind === 'summit'), JSON.stringify(kbSeries.map((e) => e.kind)));
  const pair = wholeEvents('Zelenskyy and European leaders head to the White House after the Trump-Putin summit in Alaska.', '2025-08-18');
  assert.ok(!pair.some((e) => e.kind === 'summit'));
  // A bloc on one side is a gathering: "the ASEAN-Japan summit in Tokyo".
  assert.ok(wholeEvents('Leaders gathered for the ASEAN-Japan summit in Tokyo on Monday.', '2023-12-18').some((e) => e.kind === 'summit'));
});
