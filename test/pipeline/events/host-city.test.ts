import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cities, eventsOf } from './helpers.js';

const withShanghai = { cities: [...cities, { id: 'city:shanghai', name: 'Shanghai', aliases: [], country: 'CN', lat: 31.2, lon: 121.5 }] };

const visitTo = (doc: ReturnType<typeof eventsOf>) => doc.events.find((e) => e.kind === 'visit');

test('a visit to a country is placed in the one city of it the article names twice, once as a place', () => {
  const text = 'Trump will visit China next month. An official in Beijing said more was needed. Beijing has not replied.';
  const doc = eventsOf(text, '2017-10-23', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN', nth: 1 },
  ]);
  assert.equal(visitTo(doc)?.host, 'CN');
  assert.equal(visitTo(doc)?.location?.name, 'Beijing');
});

test('no city is chosen when the article names two of the host country, or names its one city only once', () => {
  const two = 'Trump will visit China next month. Beijing and Shanghai were named. Beijing has not replied.';
  const doc = eventsOf(two, '2017-10-23', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
    { surface: 'Shanghai', type: 'place', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN', nth: 1 },
  ], withShanghai);
  assert.equal(visitTo(doc)?.host, 'CN');
  assert.equal(visitTo(doc)?.location, null);
  const once = 'Trump will visit China next month. The official said Beijing must do more.';
  const doc2 = eventsOf(once, '2017-10-23', [
    { surface: 'Trump', type: 'person', name: 'Donald Trump', country: 'US' },
    { surface: 'China', type: 'country', country: 'CN' },
    { surface: 'Beijing', type: 'place', country: 'CN' },
  ]);
  assert.equal(visitTo(doc2)?.location, null);
});


test('"In Alaska on Friday, Trump welcomed Putin ... in Anchorage": a region yields to a city of the sentence; the Oval Office is in Washington', async () => {
  const { eventsOf } = await import('./whole-pipeline.js');
  const alaska = eventsOf('In Alaska on Friday, Trump welcomed Putin on a red carpet at Joint Base Elmendorf-Richardson in Anchorage.', '2025-08-18');
  assert.deepEqual(alaska.map((e) => e.location?.name), ['Anchorage', 'Anchorage']);
  const oval = eventsOf('Zelenskyy will sit down with Trump in the Oval Office on Monday, three days after Trump met Putin in Alaska.', '2025-08-18');
  assert.equal(oval.find((e) => e.status === 'planned')?.location?.name, 'Washington');
  // A region alone stays the place: "talks in Xinjiang".
  const region = eventsOf('Wang Yi held talks with Kazakh Foreign Minister Murat Nurtleu in Xinjiang on Friday.', '2024-06-01');
  assert.equal(region[0]?.location?.name, 'Xinjiang');
});

test('a venue is in the town it stands in ("Mar-a-Lago" is Palm Beach\'s), unless a city of a million is around it (the UN headquarters are New York\'s); "Palm Beach, Florida" is the American one', async () => {
  const { eventsOf } = await import('./whole-pipeline.js');
  assert.equal(eventsOf('Trump hosted Abe at Mar-a-Lago on Tuesday.', '2018-04-18')[0]?.location?.name, 'Palm Beach');
  const named = eventsOf('Trump welcomed Abe at his resort in Palm Beach, Florida on Tuesday.', '2018-04-18')[0]?.location;
  assert.deepEqual([named?.name, named?.country], ['Palm Beach', 'US']);
  assert.equal(eventsOf('Guterres met Luxon at UN headquarters on Monday.', '2025-09-23')[0]?.location?.name, 'New York City');
});
