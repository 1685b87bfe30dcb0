import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsOf, partiesOf } from './helpers.js';

const REF = '2021-02-02';

test('"X also took part in the meeting" joins the meeting reported before', () => {
  const text = 'Wang Yi had a meeting with ambassadors in Beijing. Secretary-General Vladimir Norov also took part in the meeting.';
  const doc = eventsOf(text, REF, [
    { surface: 'Wang Yi', type: 'person', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
    { surface: 'Vladimir Norov', type: 'person', country: 'UZ' },
  ]);
  assert.equal(doc.events.length, 1);
  assert.deepEqual(partiesOf(doc), ['Wang Yi', 'Vladimir Norov']);
});

test('a meeting nobody joins stays unreported when only one party is named', () => {
  const doc = eventsOf('Wang Yi had a meeting with ambassadors.', REF, [{ surface: 'Wang Yi', type: 'person', country: 'CN' }]);
  assert.equal(doc.events.length, 0);
});

test('a refused meeting is no event', () => {
  const text = 'Palestinian President Mahmoud Abbas also refused a meeting with Pence.';
  const doc = eventsOf(text, '2017-12-18', [
    { surface: 'Mahmoud Abbas', type: 'person', country: 'PS' },
    { surface: 'Pence', type: 'person', name: 'Mike Pence', country: 'US' },
  ]);
  assert.equal(doc.events.length, 0);
});

test('a postponed trip is still planned', () => {
  const text = 'Pence is postponing his trip to Egypt this week.';
  const doc = eventsOf(text, '2017-12-18', [
    { surface: 'Pence', type: 'person', name: 'Mike Pence', country: 'US' },
    { surface: 'his', type: 'person', name: 'Mike Pence', country: 'US', via: 'pronoun' },
    { surface: 'Egypt', type: 'country', country: 'EG' },
  ]);
  const visit = doc.events.find((e) => e.kind === 'visit');
  assert.equal(visit?.status, 'planned');
  assert.equal(visit?.host, 'EG');
});

test('"spoke with X" is a call; "spoke to reporters" is none', () => {
  const text = 'Tillerson spoke with Turkish Foreign Minister Mevlut Cavusoglu on Wednesday.';
  const doc = eventsOf(text, '2017-10-12', [
    { surface: 'Tillerson', type: 'person', name: 'Rex Tillerson', country: 'US' },
    { surface: 'Mevlut Cavusoglu', type: 'person', country: 'TR' },
  ]);
  assert.equal(doc.events[0]?.kind, 'call');
  assert.equal(doc.events[0]?.date?.value, '2017-10-11');
  const none = eventsOf('Tillerson spoke to reporters on Wednesday.', '2017-10-12', [{ surface: 'Tillerson', type: 'person', country: 'US' }]);
  assert.equal(none.events.length, 0);
});

test('meeting his Egyptian and Turkish counterparts gives one meeting with each', () => {
  const text = 'Putin will also be meeting his Egyptian and Turkish counterparts.';
  const doc = eventsOf(text, '2017-12-11', [
    { surface: 'Putin', type: 'person', name: 'Vladimir Putin', country: 'RU' },
    { surface: 'his', type: 'person', name: 'Vladimir Putin', country: 'RU', via: 'pronoun' },
    { surface: 'Egyptian', type: 'country', country: 'EG', via: 'demonym' },
    { surface: 'Turkish', type: 'country', country: 'TR', via: 'demonym' },
  ]);
  const meetings = doc.events.filter((e) => e.kind === 'meeting');
  assert.deepEqual(meetings.map((m) => m.participants.map((p) => p.name ?? p.country)), [['Vladimir Putin', 'EG'], ['Vladimir Putin', 'TR']]);
  assert.ok(meetings.every((m) => m.status === 'planned'));
});

test('a day that names one leg of a longer visit gives the month', () => {
  const text = 'Erdogan met children on the final leg of a visit to Greece on Friday.';
  const doc = eventsOf(text, '2017-12-08', [
    { surface: 'Erdogan', type: 'person', name: 'Tayyip Erdogan', country: 'TR' },
    { surface: 'Greece', type: 'country', country: 'GR' },
  ]);
  const visit = doc.events.find((e) => e.kind === 'visit');
  assert.equal(visit?.date?.value, '2017-12');
});

test('a one-day visit keeps its day', () => {
  const text = 'Johnson arrived in Russia on Friday.';
  const doc = eventsOf(text, '2017-12-22', [
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB' },
    { surface: 'Russia', type: 'country', country: 'RU' },
  ]);
  assert.equal(doc.events.find((e) => e.kind === 'visit')?.date?.value, '2017-12-22');
});

test('"American-led negotiations with Russia" are talks between the two countries', () => {
  const text = 'American-led negotiations with Russia have produced no agreement.';
  const doc = eventsOf(text, '2026-02-17', [
    { surface: 'American', type: 'country', country: 'US', via: 'demonym' },
    { surface: 'Russia', type: 'country', country: 'RU' },
  ]);
  assert.deepEqual(partiesOf(doc), ['US', 'RU']);
});

test('talks named only by day and place date and place the story talks between countries', () => {
  const text = 'Ukraine is frustrated with its peace talks with Russia this week. Before Wednesday’s talks in Geneva had begun, officials spoke.';
  const doc = eventsOf(text, '2026-02-20', [
    { surface: 'Ukraine', type: 'country', country: 'UA' },
    { surface: 'Russia', type: 'country', country: 'RU' },
    { surface: 'Geneva', type: 'place', country: 'CH' },
  ], { cities: [{ id: 'city:geneva', name: 'Geneva', aliases: [], country: 'CH', lat: 46.2, lon: 6.14 }] });
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]?.date?.value, '2026-02-18');
  assert.equal(doc.events[0]?.location?.name, 'Geneva');
});

test('undated talks in the present perfect get only the year', () => {
  const text = 'Later on, U.S. efforts have included calls by Trump to the leaders of Thailand and Singapore.';
  const doc = eventsOf(text, '2017-05-04', [
    { surface: 'U.S.', type: 'country', country: 'US' },
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'Thailand', type: 'country', country: 'TH' },
    { surface: 'Singapore', type: 'country', country: 'SG' },
  ]);
  const calls = doc.events.filter((e) => e.kind === 'call');
  assert.deepEqual(calls.map((c) => c.participants.map((p) => p.name ?? p.country)), [['Donald Trump', 'TH'], ['Donald Trump', 'SG']]);
  assert.ok(calls.every((c) => c.date?.value === '2017'));
});

test('a modal past or a perfect about something else leaves undated talks in the reference month', () => {
  const modal = 'The U.S. could have had a role, Drian said of Tillerson, who is in Paris for talks after visiting Beijing.';
  const doc = eventsOf(modal, '2017-12-08', [
    { surface: 'U.S.', type: 'country', country: 'US' },
    { surface: 'Tillerson', type: 'person', name: 'Rex Tillerson', country: 'US' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
  ]);
  const visit = doc.events.find((e) => e.kind === 'visit' && e.location?.name === 'Beijing');
  assert.equal(visit?.date?.value, '2017-12');
  const other = 'A paper has published an account of the reactions of Juncker after a dinner meeting with May.';
  const doc2 = eventsOf(other, '2017-10-23', [
    { surface: 'Juncker', type: 'person', name: 'Jean-Claude Juncker', country: 'LU' },
    { surface: 'May', type: 'person', name: 'Theresa May', country: 'GB' },
  ]);
  assert.equal(doc2.events.find((e) => e.kind === 'meeting')?.date?.value, '2017-10');
});

test('a cancelled trip and a new planned trip to the same place stay two events; two plans of one trip merge', () => {
  const cities = [{ id: 'city:moscow', name: 'Moscow', aliases: [], country: 'RU', lat: 55.75, lon: 37.6 }];
  const text = 'Johnson will visit Moscow later this year. Johnson canceled a visit to Moscow in April.';
  const doc = eventsOf(text, '2017-10-13', [
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB' },
    { surface: 'Moscow', type: 'place', country: 'RU' },
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB', nth: 1 },
    { surface: 'Moscow', type: 'place', country: 'RU', nth: 1 },
  ], { cities });
  const planned = doc.events.filter((e) => e.kind === 'visit' && e.status === 'planned');
  assert.equal(planned.length, 1);
  assert.equal(planned[0]?.date?.value, '2017');
  assert.ok(doc.events.some((e) => e.kind === 'visit' && e.status === 'cancelled'));
  const twice = eventsOf('Johnson will visit Moscow later this year. Johnson will visit Moscow to discuss Syria.', '2017-10-13', [
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB' },
    { surface: 'Moscow', type: 'place', country: 'RU' },
    { surface: 'Johnson', type: 'person', name: 'Boris Johnson', country: 'GB', nth: 1 },
    { surface: 'Moscow', type: 'place', country: 'RU', nth: 1 },
  ], { cities });
  assert.equal(twice.events.filter((e) => e.kind === 'visit').length, 1);
});
