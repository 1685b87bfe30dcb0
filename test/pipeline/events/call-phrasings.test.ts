// Calls told with the words of talks: "met by video link", "had a conversation ... via videoconference", and what the
// two "also discussed" in an aide's account of the call. Sentences of their own, with their negative cases. Whole
// pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiplomaticEvent } from '../../../src/core/types.js';
import { eventsOf, names, ofKind } from './whole-pipeline.js';

const kinds = (events: DiplomaticEvent[]): string[] => events.map((e) => e.kind).sort();

test('talks held by video link or videoconference are a call, not a meeting', () => {
  assert.deepEqual(kinds(eventsOf('Narendra Modi met Anthony Albanese on Monday via video link to discuss minerals.', '2023-03-21')), ['call']);
  assert.deepEqual(kinds(eventsOf('Emmanuel Macron had a conversation with Chancellor of Germany Olaf Scholz via videoconference on Tuesday.', '2023-03-22')), ['call']);
  // Talks by a lake are talks.
  assert.deepEqual(kinds(eventsOf('Narendra Modi met Anthony Albanese by the lake on Monday to discuss minerals.', '2023-03-21')), ['meeting']);
});

test('"the two leaders also discussed" in an account of a call is the call; the aide the account is "according to" is no party', () => {
  const text = 'Emmanuel Macron had a telephone conversation with Olaf Scholz on Tuesday.\n\n'
    + 'Diplomatic adviser Emmanuel Bonne told journalists the conversation lasted an hour. According to him, the two leaders also discussed the European budget.';
  const events = eventsOf(text, '2023-03-22');
  assert.deepEqual(kinds(events), ['call']);
  assert.deepEqual(names(events[0]), ['Emmanuel Macron', 'Olaf Scholz']);
  // After talks in person, what they also discussed is the talks.
  const inPerson = eventsOf(text.replace('had a telephone conversation with', 'held talks in Paris with'), '2023-03-22');
  assert.deepEqual(kinds(inPerson), ['meeting']);
});

test('a conversation held at a dinner in a city is talks in person; a conversation with no place is a call', () => {
  assert.deepEqual(kinds(eventsOf('Emmanuel Macron had a brief conversation with Olaf Scholz at a gala dinner in Brussels on Thursday night.', '2023-03-24')), ['meeting']);
  assert.deepEqual(kinds(eventsOf('Emmanuel Macron had a long conversation with Olaf Scholz on Thursday night.', '2023-03-24')), ['call']);
});

test('"X had called al-Sharaa in February and invited him to visit" is a call made; "the so-called Normandy format" is none', () => {
  const text = 'PARIS - Ahmed al-Sharaa arrived in Paris on Wednesday. Macron had called al-Sharaa in February and invited him to visit France.';
  const call = eventsOf(text, '2025-05-07').find((e) => e.kind === 'call');
  assert.deepEqual(names(call), ['Ahmed al-Sharaa', 'Emmanuel Macron']);
  assert.equal(call?.status, 'occurred');
  assert.equal(call?.date?.value, '2025-02');
  const normandy = eventsOf('PARIS - Le Drian said Paris wanted to revive the so-called Normandy format talks with Russia and Germany.', '2017-05-22');
  assert.ok(!normandy.some((e) => e.kind === 'call'), JSON.stringify(normandy.map((e) => e.kind)));
});

test('the Persian honorific "Seyed" is no part of a name: "Seyed Abbas Araghchi" is Abbas Araghchi', () => {
  const call = eventsOf('BEIJING - Wang Yi held a phone call with Iranian Foreign Minister Seyed Abbas Araghchi on Sunday.', '2026-01-12').find((e) => e.kind === 'call');
  assert.deepEqual(names(call), ['Abbas Araghchi', 'Wang Yi']);
});

test('"had telephone conversations with A, B and C" is one call with each; "a telephone conversation with A and B" stays one', () => {
  const text = 'SOCHI - Putin said that on Tuesday he had telephone conversations on Syria with President of the United States Donald Trump, King of Saudi Arabia Salman bin Abdulaziz Al Saud and Emir of Qatar Tamim bin Hamad Al Thani.';
  const calls = eventsOf(text, '2017-11-22').filter((e) => e.kind === 'call').map(names);
  assert.deepEqual(calls, [['Donald Trump', 'Vladimir Putin'], ['King Salman', 'Vladimir Putin'], ['Tamim bin Hamad Al Thani', 'Vladimir Putin']]);
  const one = eventsOf('SOCHI - Putin held a telephone conversation with Trump and Macron on Tuesday.', '2017-11-22').filter((e) => e.kind === 'call');
  assert.equal(one.length, 1);
});

test('in a transcript, "I" in a speaker\'s turn is that speaker: "Yesterday I had telephone conversations with A and B"', () => {
  const text = 'Meeting with the President of Iran\n\nNovember 22, 2017\n\nVladimir Putin held talks with Hassan Rouhani in Sochi.\n\n'
    + 'President of Russia Vladimir Putin: Mr President, ladies and gentlemen,\n\n'
    + 'Yesterday I had telephone conversations on Syria with President of the United States Donald Trump and Emir of Qatar Tamim bin Hamad Al Thani.\n\n'
    + 'President of Iran Hassan Rouhani (retranslated): Thank you. I had a telephone conversation with Recep Tayyip Erdogan on Monday.';
  const calls = eventsOf(text, null).filter((e) => e.kind === 'call').map(names);
  assert.deepEqual(calls, [['Donald Trump', 'Vladimir Putin'], ['Tamim bin Hamad Al Thani', 'Vladimir Putin'], ['Hassan Rouhani', 'Recep Tayyip Erdogan']]);
  // Without a speaker's label, "I" is nobody the article names.
  const plain = eventsOf('Vladimir Putin held talks with Hassan Rouhani in Sochi on Wednesday. "Yesterday I had a telephone conversation with Donald Trump," a diplomat said.', '2017-11-22')
    .filter((e) => e.kind === 'call');
  assert.ok(!plain.some((e) => names(e).includes('Vladimir Putin')), JSON.stringify(plain.map(names)));
});

test('in a story of phone calls, "spoke earlier in the day with A, and later with B and C" is one call with each', () => {
  const text = 'Macron spent much of Monday on the phone with European leaders. He spoke earlier in the day with German Chancellor Olaf Scholz, and later with Italian Prime Minister Giorgia Meloni and Polish Prime Minister Donald Tusk.';
  const calls = ofKind(eventsOf(text, '2024-03-04'), 'call');
  assert.deepEqual(calls.map(names), [['Emmanuel Macron', 'Olaf Scholz'], ['Emmanuel Macron', 'Giorgia Meloni'], ['Donald Tusk', 'Emmanuel Macron']]);
  // With no phone in the story, "spoke in the morning with" says nothing of a call.
  const inPerson = eventsOf('Macron arrived in Berlin on Monday. He spoke in the morning with German Chancellor Olaf Scholz at the chancellery.', '2024-03-04');
  assert.equal(ofKind(inPerson, 'call').length, 0);
});

test('a call or talks offered on a condition ("would gladly speak with X as soon as ...") or only asked for is no event', () => {
  const events = eventsOf('Ortega has asked to speak with Biden by phone, but the White House said on Friday that Biden would gladly speak with the leader of Nicaragua as soon as political prisoners are freed.', '2022-06-03');
  assert.equal(events.filter((e) => e.kind !== 'summit').length, 0, JSON.stringify(events.map(names)));
  assert.equal(eventsOf('Erdogan said he would meet Assad if Damascus took concrete steps on the border.', '2022-11-24').filter((e) => e.kind === 'meeting').length, 0);
  // A plan stated plainly stays: "will meet Assad on Friday".
  const plan = ofKind(eventsOf('Erdogan will meet Assad in Moscow on Friday, officials said.', '2022-11-24'), 'meeting');
  assert.equal(plan[0]?.status, 'planned');
});
