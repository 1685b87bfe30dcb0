// Who "the two heads of government", "the two heads of state" are: the two of that office told last, not the two
// people named last. Sentences of their own, with their negative cases. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiplomaticEvent } from '../../../src/core/types.js';
import { eventsOf, names } from './whole-pipeline.js';

const signing = (events: DiplomaticEvent[]): DiplomaticEvent | undefined => events.find((e) => e.kind === 'signing');

const TEXT = 'Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba held their annual summit in Tokyo on Friday.\n\n'
  + 'Modi said that in May, President Droupadi Murmu and President Joe Biden had talked trade in Washington.\n\n'
  + 'After the talks, the two OFFICE signed a vision statement on economic security.';

test('"the two heads of government" are the premiers of the talks, not the presidents recalled since', () => {
  assert.deepEqual(names(signing(eventsOf(TEXT.replace('OFFICE', 'heads of government'), '2025-08-30'))), ['Narendra Modi', 'Shigeru Ishiba']);
  // "the two heads of state" are not the prime ministers.
  assert.ok(!names(signing(eventsOf(TEXT.replace('OFFICE', 'heads of state'), '2025-08-30'))).includes('Shigeru Ishiba'));
});

test('two states\' talks on a day are their leaders\' talks of that month, reported as one', () => {
  const text = 'NEW DELHI (Reuters) - India and Kenya failed to launch free trade negotiations on Tuesday, officials said.\n\n'
    + 'Ruto, who arrived in New Delhi on Monday for a three-day state visit, held talks with Prime Minister Narendra Modi at Hyderabad House.';
  const meetings = eventsOf(text, '2023-12-05').filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map(names)));
  assert.deepEqual(names(meetings[0]), ['Narendra Modi', 'William Ruto']);
  assert.equal(meetings[0]?.date?.value, '2023-12-05');
  // Ministers' talks do not stand for the states'.
  const ministers = eventsOf(text.replace('held talks with Prime Minister Narendra Modi', 'held talks with Foreign Minister Subrahmanyam Jaishankar').replace('Ruto, who', 'Kenyan Foreign Minister Musalia Mudavadi, who'), '2023-12-05').filter((e) => e.kind === 'meeting');
  assert.equal(ministers.length, 2, JSON.stringify(ministers.map(names)));
});

test('"In Australia, the King met Albanese": the king named before, not the story\'s main person; whoever heckled him is no party', () => {
  const text = 'British Prime Minister Keir Starmer flew to Apia. King Charles III arrived in Samoa on Wednesday. Starmer said he would not apologise. Starmer spoke again.\n\n'
    + 'In Australia, the King met Prime Minister Anthony Albanese in Canberra on Monday and was heckled by independent senator Lidia Thorpe in Parliament House.';
  const [meeting] = eventsOf(text, '2024-10-25').filter((e) => e.kind === 'meeting');
  assert.deepEqual(names(meeting), ['Anthony Albanese', 'Charles III']);
  // "the prime minister" is the prime minister named before.
  const pm = eventsOf(text.replace('the King met Prime Minister Anthony Albanese', 'the prime minister met King Charles III'), '2024-10-25').filter((e) => e.kind === 'meeting');
  assert.deepEqual(names(pm[0]), ['Charles III', 'Keir Starmer']);
});

test('"they" opening a sentence is the two of the last talks, also past people it names later ("they travelled with Macron ..., and they met again")', () => {
  const text = 'Keir Starmer and Friedrich Merz held talks in London on Thursday.\n\n'
    + 'In May they travelled to Kyiv together with Emmanuel Macron for talks with Volodymyr Zelensky, and they met again at the NATO summit in The Hague last month.';
  const events = eventsOf(text, '2025-07-17');
  const kyiv = events.find((e) => e.kind === 'visit' && e.location?.name === 'Kyiv');
  assert.ok(kyiv && names(kyiv).includes('Keir Starmer') && names(kyiv).includes('Friedrich Merz'), JSON.stringify(events.map((e) => [e.kind, names(e), e.location?.name])));
  const hague = events.find((e) => e.kind === 'meeting' && e.location?.name === 'The Hague' && names(e).includes('Keir Starmer'));
  assert.ok(hague, JSON.stringify(events.map((e) => [e.kind, names(e), e.location?.name])));
  // "Macron met Tusk, and they discussed Ukraine": "they" are the two just named.
  const own = eventsOf('Emmanuel Macron met Donald Tusk in Warsaw on Friday, and they discussed Ukraine.', '2025-07-17').filter((e) => e.kind === 'meeting');
  assert.ok(own.every((e) => !names(e).includes('Keir Starmer')));
});

test('the chairman of a presidential council heads his state: three states\' talks are their leaders\' talks that day', () => {
  const text = 'The leaders of Tunisia, Algeria and Libya held their first consultative meeting in Tunis on Monday.\n\n'
    + 'Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune and Mohamed al-Menfi, head of Libya\'s Presidential Council, at Carthage Palace on Monday.';
  const meetings = eventsOf(text, '2024-04-23').filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map(names)));
  assert.deepEqual(names(meetings[0]), ['Abdelmadjid Tebboune', 'Kais Saied', 'Mohamed al-Menfi']);
});

test('"Greek, Turkish foreign ministers meet": the two ministers the story names, not the two states', () => {
  const text = 'Greek, Turkish foreign ministers meet in Antalya\n\nGreek Foreign Minister George Gerapetritis and his Turkish counterpart Hakan Fidan held a meeting on Thursday in Antalya.';
  const meetings = eventsOf(text, '2025-05-16').filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map(names)));
  assert.deepEqual(names(meetings[0]), ['Giorgos Gerapetritis', 'Hakan Fidan']);
  // Ministers the story does not name are their states.
  const unnamed = eventsOf('Greek, Turkish foreign ministers meet in Antalya\n\nThe talks covered the Aegean.', '2025-05-16').filter((e) => e.kind === 'meeting');
  assert.deepEqual(names(unnamed[0]), ['GR', 'TR']);
});

test('"the royal couple" met by a guest are the monarch and consort named before, however long ago; a king alone is no couple', () => {
  const text = 'TOKYO (Reuters) - Emperor Naruhito and Empress Masako welcomed Indonesian President Joko Widodo to the Imperial Palace on Monday.\n\n'
    + 'Widodo later held talks with Prime Minister Fumio Kishida, who briefed reporters on trade, energy and fisheries. Kishida said the two leaders discussed nickel supply. '
    + 'Kishida also spoke of the tsunami warning system, which Japan has offered to share with Jakarta.\n\n'
    + 'Australian Prime Minister Anthony Albanese met the royal couple in 2023, a year after his election.';
  const albanese = eventsOf(text, '2023-06-20').find((e) => names(e).includes('Anthony Albanese'));
  assert.deepEqual(names(albanese), ['Anthony Albanese', 'Masako', 'Naruhito']);
  // Only one royal named: no couple to stand for.
  const single = eventsOf(text.replace('Emperor Naruhito and Empress Masako welcomed', 'Emperor Naruhito welcomed'), '2023-06-20')
    .find((e) => names(e).includes('Anthony Albanese'));
  assert.ok(!names(single).includes('Naruhito'), JSON.stringify(names(single)));
});

test('"they" after a group named by a plural noun ("EU leaders") is that group, not the subject nor two people named last', () => {
  const text = 'BRUSSELS (Reuters) - Michel Barnier said on Thursday that talks were deadlocked. Dutch Prime Minister Mark Rutte urged EU leaders to open trade talks after they meet Prime Minister Theresa May at a summit next week.';
  const withRutte = eventsOf(text, '2017-10-12').filter((e) => e.kind === 'meeting' && names(e).includes('Mark Rutte'));
  assert.equal(withRutte.length, 0, JSON.stringify(withRutte.map(names)));
  // "The two leaders ... when they met": a definite description of the people named is them.
  const two = 'TUNIS - Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune on Monday. '
    + 'The two leaders agreed to meet regularly when they met in Algiers on 2 March.';
  const march = eventsOf(two, '2024-04-22').find((e) => e.kind === 'meeting' && e.date?.value === '2024-03-02');
  assert.deepEqual(names(march), ['Abdelmadjid Tebboune', 'Kais Saied']);
});

test('"the top U.S. diplomat held talks with Wang Yi": the diplomat is the party, not the country inside his description', () => {
  const text = 'BEIJING - Xi Jinping received Antony Blinken on Monday, hours after the top U.S. diplomat held three hours of talks with Wang Yi.';
  const talks = eventsOf(text, '2023-06-19').find((e) => e.kind === 'meeting' && names(e).includes('Wang Yi'));
  assert.deepEqual(names(talks), ['Antony Blinken', 'Wang Yi']);
  // A country standing on its own is a party: "the United States held talks with Wang Yi".
  const state = eventsOf('BEIJING - Xi Jinping received Antony Blinken on Monday, hours after the United States held talks with Wang Yi.', '2023-06-19')
    .find((e) => e.kind === 'meeting' && names(e).includes('Wang Yi'));
  assert.deepEqual(names(state), ['US', 'Wang Yi']);
});

test('"the two presidents" after talks with a leader the text titles "President" once and names "Xi" since are those two', () => {
  const text = 'Chinese President Xi Jinping arrived in Rome on Thursday. Italian President Sergio Mattarella received Xi on Friday. '
    + 'On Sunday Xi flew to Paris, where French President Emmanuel Macron hosted him for dinner. On Monday the two presidents held formal talks in Paris.';
  const talks = eventsOf(text, '2019-03-26').filter((e) => e.kind === 'meeting' && e.date?.value === '2019-03-25');
  assert.deepEqual(talks.map(names), [['Emmanuel Macron', 'Xi Jinping']]);
});

test('"as the two leaders held their first talks in person and X promised ...": the clause ends before the new subject\'s verb', () => {
  const events = eventsOf('TOKYO, Oct 28 (Reuters) - U.S. President Donald Trump and Japanese Prime Minister Sanae Takaichi signed agreements on Tuesday, as the two leaders held their first talks in person and Takaichi promised a golden age of the alliance.', '2025-10-28');
  assert.deepEqual(events.filter((e) => e.kind === 'meeting').map(names), [['Donald Trump', 'Sanae Takaichi']]);
});

test('"On Sunday, before his meeting with X ..., Trump called Putin": "his" in a fronted phrase is the main clause\'s subject', () => {
  const text = 'Ushakov said this was the second conversation in two days. On Sunday, before his meeting with Volodymyr Zelensky at his residence in Florida, Trump called Putin.';
  const meeting = eventsOf(text, '2025-12-29').find((e) => e.kind === 'meeting');
  assert.deepEqual(names(meeting), ['Donald Trump', 'Volodymyr Zelensky']);
});
