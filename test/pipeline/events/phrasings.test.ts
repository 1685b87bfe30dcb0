// Phrasings of visits and summits, read by the whole pipeline with the real knowledge base on new sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { DiplomaticEvent } from '../../../src/core/types.js';

const kb = loadKnowledgeBase();
const eventsOf = (text: string, published: string): DiplomaticEvent[] => runPipeline({ id: 't', text, published }, { kb }).events;
const visitsTo = (events: DiplomaticEvent[], city: string): DiplomaticEvent[] => events.filter((e) => e.kind === 'visit' && e.location?.name === city);

test('"will stop off in <city> to hold talks" is a planned visit as well as planned talks', () => {
  const events = eventsOf('Indian Prime Minister Narendra Modi will leave for Washington on Tuesday. Modi will first stop off in Paris on Sunday to hold talks with President Emmanuel Macron.', '2023-07-07');
  const [visit] = visitsTo(events, 'Paris');
  assert.ok(visit, 'a visit to Paris');
  assert.equal(visit.status, 'planned');
  assert.equal(visit.date?.value, '2023-07-09');
  assert.ok(events.some((e) => e.kind === 'meeting' && e.location?.name === 'Paris'));
  // A bus that stops in a town is no visit.
  assert.equal(visitsTo(eventsOf('The bus from Lyon stops in Paris every morning, the operator said.', '2023-07-07'), 'Paris').length, 0);
});

test('"<person>, who is in <city> for talks" is a visit under way', () => {
  const events = eventsOf('Japanese Foreign Minister Yoko Kamikawa, who is in Canberra for talks with her Australian counterpart, said the two sides agreed to share more intelligence.', '2024-09-05');
  const [visit] = visitsTo(events, 'Canberra');
  assert.ok(visit, 'a visit to Canberra');
  assert.equal(visit.status, 'occurred');
  assert.deepEqual(visit.participants.map((p) => p.name), ['Yoko Kamikawa']);
  // Being in one's own capital for talks is no visit.
  assert.equal(visitsTo(eventsOf('Australian Foreign Minister Penny Wong is in Canberra for talks with opposition leaders.', '2024-09-05'), 'Canberra').length, 0);
});

// Past the lead, where the lead's own defaults no longer apply.
const FILLER = 'The fighting has displaced thousands. Aid groups warned of hunger. Prices of maize have doubled.';

test('a summit held in the dateline city and dated by nothing else is on the story day', () => {
  const events = eventsOf(`NAIROBI (Reuters) - Kenyan President William Ruto said on Saturday that regional leaders had agreed to send more troops. ${FILLER} The talks between Ruto and Ugandan President Yoweri Museveni were the most closely watched at the summit of East African leaders in Nairobi.`, '2023-11-25');
  const summit = events.find((e) => e.kind === 'summit');
  assert.ok(summit, 'a summit');
  assert.equal(summit.location?.name, 'Nairobi');
  assert.equal(summit.date?.value, '2023-11-25');
  // Held elsewhere than the dateline: no day is borrowed from the story.
  const away = eventsOf(`NAIROBI (Reuters) - Kenyan President William Ruto said on Saturday that regional leaders had agreed to send more troops. ${FILLER} The talks between Ruto and Ugandan President Yoweri Museveni were the most closely watched at the summit of East African leaders in Arusha.`, '2023-11-25');
  const other = away.find((e) => e.kind === 'summit');
  assert.notEqual(other?.date?.value, '2023-11-25');
});

test('"hosted <name> at <place>" is a meeting, dated by its own clause rather than an earlier coordinated one', () => {
  const events = eventsOf('Japanese Prime Minister Fumio Kishida agreed to the plan in January and then hosted Biden at his Hiroshima residence earlier this month.', '2023-05-28');
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.ok(meeting, 'a meeting');
  assert.deepEqual(meeting.participants.map((p) => p.name).sort(), ['Fumio Kishida', 'Joe Biden']);
  assert.equal(meeting.date?.value, '2023-05');
  // A host of a show is no meeting: "hosted" needs a person after it.
  assert.ok(!eventsOf('Kishida hosted Tuesday at noon a dinner for reporters.', '2023-05-28').some((e) => e.kind === 'meeting'));
});

test('a rebuffed suggestion of a call is no call that happened', () => {
  const events = eventsOf('U.S. President Joe Biden on Thursday spurned the Philippine president’s suggestion that the two leaders hold another phone call.', '2023-05-28');
  assert.ok(!events.some((e) => e.kind === 'call' && e.status === 'occurred'), JSON.stringify(events.map((e) => [e.kind, e.status])));
});

test('talks "scheduled for" a day are dated by it, and stay apart from talks already held', () => {
  const events = eventsOf('Indian Foreign Secretary Vikram Misri met Pakistani officials in Dubai last week. The meetings set the stage for a second round of talks between India and Pakistan, scheduled for March 3, 2025, in Doha.', '2025-02-20');
  const planned = events.find((e) => e.kind === 'meeting' && e.status === 'planned');
  assert.ok(planned, 'planned talks');
  assert.equal(planned.date?.value, '2025-03-03');
  assert.equal(planned.location?.name, 'Doha');
  assert.ok(events.some((e) => e.kind === 'meeting' && e.status === 'occurred'), 'the talks held stay an event of their own');
});

test('"called on <person>" is a courtesy meeting, "called on <someone> to act" is an appeal', () => {
  const met = eventsOf('Singapore Foreign Minister Vivian Balakrishnan also called on Indian Prime Minister Narendra Modi on Thursday.', '2026-02-12');
  assert.ok(met.some((e) => e.kind === 'meeting' && e.participants.length === 2), JSON.stringify(met.map((e) => e.kind)));
  const appeal = eventsOf('Singapore Foreign Minister Vivian Balakrishnan called on Indian Prime Minister Narendra Modi to cut tariffs.', '2026-02-12');
  assert.ok(!appeal.some((e) => e.kind === 'meeting' || e.kind === 'call'), JSON.stringify(appeal.map((e) => e.kind)));
});

test('"did not hold talks" and "will not travel to" report no engagement', () => {
  assert.ok(!eventsOf('Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif shook hands but did not hold talks.', '2024-07-04').some((e) => e.kind === 'meeting'));
  assert.ok(!eventsOf('Indian Prime Minister Narendra Modi will not travel to Pakistan this year, his office said.', '2024-07-04').some((e) => e.kind === 'visit'));
  assert.ok(eventsOf('Indian Prime Minister Narendra Modi will travel to Japan next week, his office said.', '2024-07-04').some((e) => e.kind === 'visit'));
});

test('"the <demonym> capital" is that country\'s capital, and a city-state\'s name is a city', () => {
  const summit = eventsOf('On October 10, Putin will take part in the summit of the Commonwealth of Independent States (CIS) in the Tajik capital.', '2025-10-03').find((e) => e.kind === 'summit');
  assert.equal(summit?.location?.name, 'Dushanbe');
  const met = eventsOf('Indian Foreign Minister Subrahmanyam Jaishankar met Singapore Foreign Minister Vivian Balakrishnan in Singapore on Monday.', '2025-10-08').find((e) => e.kind === 'meeting');
  assert.equal(met?.location?.name, 'Singapore');
  // A country that is not a city-state gives no city.
  const inIndia = eventsOf('Jaishankar met Balakrishnan in India on Monday.', '2025-10-08').find((e) => e.kind === 'meeting');
  assert.equal(inIndia?.location ?? null, null);
});

test('"The Hague" keeps its article as a meeting place', () => {
  const met = eventsOf('Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in The Hague on Monday.', '2025-03-04').find((e) => e.kind === 'meeting');
  assert.equal(met?.location?.name, 'The Hague');
});

test('"a treaty signed by X and Y" is a signing by both', () => {
  const events = eventsOf('The treaty was signed by Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev in Tashkent on Monday.', '2025-03-04');
  const signing = events.find((e) => e.kind === 'signing');
  assert.ok(signing, JSON.stringify(events.map((e) => e.kind)));
  assert.deepEqual(signing.participants.map((p) => p.name).sort(), ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
});

test('"at the invitation of" is no plan: a visit under way stays occurred', () => {
  const visit = eventsOf('Vietnamese President Luong Cuong visited Jakarta on Monday at the invitation of Indonesian President Prabowo Subianto.', '2025-03-11').find((e) => e.kind === 'visit');
  assert.equal(visit?.status, 'occurred');
  const invited = eventsOf('Indonesian President Prabowo Subianto has accepted an invitation to visit Hanoi next month.', '2025-03-11').find((e) => e.kind === 'visit');
  assert.equal(invited?.status, 'planned');
});

test('a visit to a country takes the one city of it named in the same clause', () => {
  const visit = eventsOf('Japanese Prime Minister Shigeru Ishiba is expected to travel to Brazil in November to attend the G20 summit in Rio de Janeiro.', '2024-10-01').find((e) => e.kind === 'visit');
  assert.equal(visit?.location?.name, 'Rio de Janeiro');
  // A city in another clause is not the visit's.
  const other = eventsOf('Japanese Prime Minister Shigeru Ishiba made a trip to Brazil this week, coming as floods hit towns near Porto Alegre.', '2024-10-01').find((e) => e.kind === 'visit');
  assert.equal(other?.location ?? null, null);
});

test('"the two countries signed" is a signing between the states of the two people named last', () => {
  const events = eventsOf('Egyptian President Abdel Fattah al-Sisi held talks with Kenyan President William Ruto in Cairo on Monday, and the two countries signed five agreements.', '2025-03-04');
  const signing = events.find((e) => e.kind === 'signing');
  assert.ok(signing, JSON.stringify(events.map((e) => e.kind)));
  assert.deepEqual(signing.participants.map((p) => p.country).sort(), ['EG', 'KE']);
  // "the two leaders signed" keeps the people.
  const leaders = eventsOf('Egyptian President Abdel Fattah al-Sisi held talks with Kenyan President William Ruto in Cairo on Monday. The two leaders signed five agreements.', '2025-03-04').find((e) => e.kind === 'signing');
  assert.ok(leaders?.participants.every((p) => p.kind === 'person'), JSON.stringify(leaders?.participants));
});

test('talks "on the sidelines of the summit" take the summit named in an earlier sentence', () => {
  const text = 'Leaders of the Group of 20 will meet in Rio de Janeiro on Monday for the G20 summit. Indian Prime Minister Narendra Modi is expected to meet Chinese President Xi Jinping on the sidelines of the summit, officials said.';
  const meeting = eventsOf(text, '2024-11-15').find((e) => e.kind === 'meeting');
  assert.ok(meeting);
  assert.match(meeting.occasion?.name ?? '', /G20/);
  assert.equal(meeting.location?.name, 'Rio de Janeiro');
  assert.equal(meeting.date?.value, '2024-11-18');
  // Talks with no bare "the summit" stay as they are.
  const alone = eventsOf('Leaders of the Group of 20 will meet in Rio de Janeiro on Monday for the G20 summit. Modi is expected to meet Xi Jinping in New Delhi next year.', '2024-11-15').find((e) => e.kind === 'meeting');
  assert.equal(alone?.occasion ?? null, null);
});

test('a host receiving a foreign guest at home reports the guest\'s visit too', () => {
  const events = eventsOf('Polish Prime Minister Donald Tusk hosted Ukrainian President Volodymyr Zelenskiy in Warsaw on Wednesday for talks on reconstruction.', '2025-01-15');
  const visit = events.find((e) => e.kind === 'visit');
  assert.ok(visit, JSON.stringify(events.map((e) => e.kind)));
  assert.equal(visit.host, 'PL');
  assert.equal(visit.participants[0]?.name, 'Volodymyr Zelensky');
  // Hosting talks abroad is no visit to the host's country.
  const abroad = eventsOf('Polish Prime Minister Donald Tusk hosted Ukrainian President Volodymyr Zelenskiy in Brussels on Wednesday for talks.', '2025-01-15');
  assert.ok(!abroad.some((e) => e.kind === 'visit' && e.host === 'PL'));
});

test('a trip under way: its venue, "the first leg of a trip that will take him on" and "during his visit" are the one visit made', () => {
  const text = 'DOHA (Reuters) - German Foreign Minister Annalena Baerbock arrived in Doha on Sunday for talks on Gaza. Baerbock flew into Al Udeid Air Base a day after the ceasefire collapsed. She was stopping in Qatar on the first leg of a four-day trip that will also take her to Egypt and Jordan. During her visit Baerbock is also expected to meet Qatar s emir.';
  const visits = eventsOf(text, '2024-03-24').filter((e) => e.kind === 'visit');
  const toQatar = visits.filter((e) => e.host === 'QA');
  assert.equal(toQatar.length, 1, JSON.stringify(visits.map((e) => [e.status, e.host, e.location?.name])));
  assert.equal(toQatar[0]!.status, 'occurred');
  assert.equal(toQatar[0]!.location?.name, 'Doha');
  // The stops still to come stay planned visits of their own.
  assert.deepEqual(visits.filter((e) => e.status === 'planned').map((e) => e.host).sort(), ['EG', 'JO']);
});

test('a meeting word inside a gathering\'s name is no second meeting', () => {
  const events = eventsOf('Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met for the first time on Friday at an Asia-Pacific Economic Cooperation (APEC) group meeting in Peru.', '2024-11-17');
  const meetings = events.filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map((e) => [e.date?.value, e.occasion?.name])));
  assert.equal(meetings[0]!.date?.value, '2024-11-15');
});

test('"X told his U.S. and Japanese counterparts in talks": X is a party beside their countries', () => {
  const met = eventsOf('South Korean Defence Minister Shin Won-sik told his U.S. and Japanese counterparts in talks on Sunday that the threat was growing.', '2024-06-03').find((e) => e.kind === 'meeting');
  assert.ok(met);
  assert.deepEqual(met.participants.map((p) => p.name ?? p.country).sort(), ['JP', 'Shin Won-sik', 'US']);
});

test('talks between sides take the heads the article names for them ("led by", "as its chief negotiator")', () => {
  const text = 'Azerbaijani and Armenian negotiators met on Tuesday in Abu Dhabi to resume peace talks. Armenia’s delegation was led by Foreign Minister Ararat Mirzoyan, who said the talks would continue. Baku named Foreign Minister Jeyhun Bayramov as its chief negotiator.';
  const met = eventsOf(text, '2025-03-12').find((e) => e.kind === 'meeting');
  assert.ok(met);
  assert.deepEqual(met.participants.map((p) => p.name ?? p.country).sort(), ['Ararat Mirzoyan', 'Jeyhun Bayramov']);
  // Without a named head a side stays a country.
  const plain = eventsOf('Azerbaijani and Armenian negotiators met on Tuesday in Abu Dhabi to resume peace talks. Foreign Minister Ararat Mirzoyan said the talks would continue.', '2025-03-12').find((e) => e.kind === 'meeting');
  assert.deepEqual(plain?.participants.map((p) => p.name ?? p.country).sort(), ['AM', 'AZ']);
});

test('a visit takes one host from the talks held during it', () => {
  const events = eventsOf('KABUL (Reuters) - German Foreign Minister Annalena Baerbock arrived in Kabul on Monday for a brief, unannounced visit. Baerbock spent three hours in talks with President Ashraf Ghani and Chief Executive Abdullah Abdullah.', '2021-04-12');
  const visit = events.find((e) => e.kind === 'visit');
  assert.ok(visit);
  assert.equal(visit.participants.filter((p) => p.country === 'AF').length, 1, JSON.stringify(visit.participants));
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.equal(meeting?.participants.filter((p) => p.country === 'AF').length, 2);
});

test('"arrived on Saturday to attend a meeting": the arrival\'s day does not date the meeting', () => {
  const events = eventsOf('Indian Foreign Minister Subrahmanyam Jaishankar arrived in Riyadh on Saturday to attend a meeting between officials from Saudi Arabia and the United Arab Emirates.', '2024-09-07');
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.ok(meeting);
  assert.notEqual(meeting.date?.value, '2024-09-07');
  assert.equal(events.find((e) => e.kind === 'visit')?.date?.value, '2024-09-07');
});

test('a summit reported on a sideline meeting\'s day is dated by the day it opened', () => {
  const text = 'Brazilian President Luiz Inacio Lula da Silva met South African President Cyril Ramaphosa on the sidelines of the BRICS summit in Kazan on Wednesday. The three-day summit, which opened on Tuesday, was hosted by Russia.';
  const summit = eventsOf(text, '2024-10-24').find((e) => e.kind === 'summit');
  assert.equal(summit?.date?.value, '2024-10-22');
  // With no opening day given, the summit keeps the day it was reported on.
  const plain = eventsOf('Brazilian President Luiz Inacio Lula da Silva met South African President Cyril Ramaphosa on the sidelines of the BRICS summit in Kazan on Wednesday.', '2024-10-24').find((e) => e.kind === 'summit');
  assert.equal(plain?.date?.value, '2024-10-23');
});

test('departures, stays and first trips abroad are visits; present-tense departures with a weekday are plans', () => {
  const ref = '2025-03-10'; // a Monday
  const leaves = eventsOf('Indonesian President Prabowo Subianto leaves for Canberra on Thursday.', ref).find((e) => e.kind === 'visit');
  assert.deepEqual([leaves?.status, leaves?.date?.value, leaves?.location?.name], ['planned', '2025-03-13', 'Canberra']);
  const heads = eventsOf('Indonesian President Prabowo Subianto heads to Australia on Thursday for talks.', ref).find((e) => e.kind === 'visit');
  assert.deepEqual([heads?.status, heads?.date?.value], ['planned', '2025-03-13']);
  const stay = eventsOf('Indonesian President Prabowo Subianto is in Australia this week for talks with Prime Minister Anthony Albanese.', ref).find((e) => e.kind === 'visit');
  assert.equal(stay?.host, 'AU');
  const first = eventsOf('Indonesian President Prabowo Subianto made his first foreign trip to Beijing.', ref).find((e) => e.kind === 'visit');
  assert.equal(first?.location?.name, 'Beijing');
  // "left for home" names no destination: no visit.
  assert.ok(!eventsOf('Prabowo left for home after the talks.', ref).some((e) => e.kind === 'visit'));
});

test('"from March 12 to 14" dates a visit, "later in the day" is the reference day', () => {
  const span = eventsOf('Prabowo Subianto will pay an official visit to Australia from March 12 to 14.', '2025-03-10').find((e) => e.kind === 'visit');
  assert.equal(span?.date?.value, '2025-03-12');
  const later = eventsOf('Indonesian President Prabowo Subianto will fly to Canberra later in the day.', '2025-03-10').find((e) => e.kind === 'visit');
  assert.equal(later?.date?.value, '2025-03-10');
  // "since March 12" measures a span: no date for the event.
  const since = eventsOf('Prabowo Subianto has visited Australia twice since March 2023.', '2025-03-10').find((e) => e.kind === 'visit');
  assert.notEqual(since?.date?.value, '2023-03');
});

test('"X and Y agreed on Monday" is talks between them, unless the article reports those talks itself', () => {
  const agreed = eventsOf('Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Monday to deepen defence ties.', '2025-03-10');
  assert.deepEqual(agreed.filter((e) => e.kind === 'meeting').map((e) => e.participants.map((p) => p.name).sort()), [['Anthony Albanese', 'Prabowo Subianto']]);
  // Countries, or one person, agreeing are no talks of their own.
  assert.ok(!eventsOf('Indonesia and Australia agreed to cooperate.', '2025-03-10').some((e) => e.kind === 'meeting'));
  assert.ok(!eventsOf('Prabowo agreed to the plan, Albanese said.', '2025-03-10').some((e) => e.kind === 'meeting'));
  // After a reported call, the agreement is that call's outcome.
  const call = eventsOf('Indonesian President Prabowo Subianto spoke by phone with Australian Prime Minister Anthony Albanese on Monday. Prabowo and Albanese agreed to deepen defence ties.', '2025-03-10');
  assert.deepEqual(call.map((e) => e.kind), ['call']);
});

test('"the summit was held in <city>" is a summit there', () => {
  const summit = eventsOf('The EU-China summit was held in Beijing on Monday.', '2025-03-10').find((e) => e.kind === 'summit');
  assert.deepEqual([summit?.location?.name, summit?.date?.value], ['Beijing', '2025-03-10']);
});

test('venues: a seat of government is its capital, an unknown venue its city, a subordinate "since" clause is no place', () => {
  const elysee = eventsOf('French President Emmanuel Macron received Indian Prime Minister Narendra Modi at the Elysee Palace on Monday.', '2025-03-10').find((e) => e.kind === 'meeting');
  assert.equal(elysee?.location?.name, 'Paris');
  const palace = eventsOf('JAKARTA (Reuters) - Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese at the Merdeka Palace on Monday.', '2025-03-10').find((e) => e.kind === 'meeting');
  assert.equal(palace?.location?.name, 'Jakarta');
  // A venue abroad keeps its name rather than take the dateline's city of another country.
  const abroad = eventsOf('WASHINGTON (Reuters) - U.S. Secretary of Defense Lloyd Austin met Iraqi Prime Minister Mohammed Shia al-Sudani at the Ain al-Asad air base in Iraq on Monday.', '2023-03-07').find((e) => e.kind === 'meeting');
  assert.notEqual(abroad?.location?.name, 'Washington');
  const since = eventsOf('Prabowo Subianto met Anthony Albanese on Monday. It was their first meeting since they last met in Lima in November.', '2025-03-10');
  assert.equal(since.find((e) => e.date?.value === '2025-03-10')?.location ?? null, null);
});

test('the day of a report that something "had" happened does not date the story\'s engagements', () => {
  const text = 'BEIRUT (Reuters) - A Qatari minister has visited northern Syria with a U.S. envoy. Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani visited Raqqa with Brett McGurk, an adviser said. Al Jazeera also reported on Thursday that the minister had visited the city.';
  const visit = eventsOf(text, '2017-10-19').find((e) => e.kind === 'visit');
  assert.equal(visit?.date?.value, '2017-10');
  // A report of the day itself still dates the lead.
  const today = eventsOf('BEIRUT (Reuters) - Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani visited Raqqa on Thursday, an adviser said.', '2017-10-19').find((e) => e.kind === 'visit');
  assert.equal(today?.date?.value, '2017-10-19');
});

test('"the foreign ministers of A and B" are the ministers the article names, else their countries', () => {
  const named = 'Chinese Foreign Minister Wang Yi arrived in Vientiane on Thursday. Russian Foreign Minister Sergey Lavrov also attended. The foreign ministers of Russia and China met in Vientiane on Friday.';
  const met = eventsOf(named, '2024-07-27').find((e) => e.kind === 'meeting');
  assert.deepEqual(met?.participants.map((p) => p.name ?? p.country).sort(), ['Sergey Lavrov', 'Wang Yi']);
  const unnamed = eventsOf('The foreign ministers of Russia and China met in Vientiane on Friday.', '2024-07-27').find((e) => e.kind === 'meeting');
  assert.deepEqual(unnamed?.participants.map((p) => p.name ?? p.country).sort(), ['CN', 'RU']);
});

test('"exchanged views by telephone" is a call', () => {
  const call = eventsOf('Xi Jinping and Vladimir Putin exchanged views by telephone on Monday.', '2024-05-16').find((e) => e.kind === 'call');
  assert.deepEqual(call?.participants.map((p) => p.name).sort(), ['Vladimir Putin', 'Xi Jinping']);
});

test('"a suggestion that they hold a call" is a plan; "talks have produced proposal after proposal" are talks held', () => {
  const suggested = eventsOf('Brazilian President Luiz Inacio Lula da Silva made a suggestion that the two leaders hold a phone call with Chinese President Xi Jinping.', '2025-03-10').find((e) => e.kind === 'call');
  assert.equal(suggested?.status, 'planned');
  const held = eventsOf('Qatari-led negotiations with Israel have yielded proposal after proposal but no deal.', '2025-02-17').find((e) => e.kind === 'meeting');
  assert.equal(held?.status, 'occurred');
});

test('"in his conversation on Tuesday with X" is the call of the one whose conversation it is, and dates it', () => {
  const events = eventsOf('A State Department spokeswoman said Antony Blinken had spoken to Wang Yi. In his conversation on Tuesday with Wang, she said, Blinken urged restraint.', '2024-04-04');
  const calls = events.filter((e) => e.kind === 'call');
  assert.equal(calls.length, 1, JSON.stringify(calls.map((e) => e.participants.map((p) => p.name))));
  assert.deepEqual([calls[0]!.participants.map((p) => p.name).sort(), calls[0]!.date?.value], [['Antony Blinken', 'Wang Yi'], '2024-04-02']);
  // A conversation with reporters is no engagement.
  assert.ok(!eventsOf('Tillerson had a brief conversation with reporters on Tuesday.', '2017-11-09').some((e) => e.kind === 'call'));
});

test('a trip to an international body is a visit with that body as occasion; a city before another subject\'s clause is not its place', () => {
  const events = eventsOf('Blinken is also in Europe this week, meeting with G7 nations in Rome, and Lloyd Austin traveled to NATO, urging allies to spend more.', '2024-02-14');
  const visit = events.find((e) => e.kind === 'visit');
  assert.ok(visit, JSON.stringify(events.map((e) => e.kind)));
  assert.deepEqual([visit.participants.map((p) => p.name), visit.location, visit.occasion?.name], [['Lloyd Austin'], null, 'NATO']);
  assert.ok(!events.some((e) => e.location?.name === 'Rome' && e.participants.some((p) => p.name === 'Lloyd Austin')));
  // "came to power" is no trip.
  assert.equal(eventsOf('Putin came to power in 2000.', '2017-02-15').length, 0);
});

test('"X continued, we consider it a first visit": the speaker of an indefinite visit did not make it', () => {
  const events = eventsOf('Kenyan President William Ruto visited Mogadishu on Monday. While no plans were set, Ruto continued,  we consider it a first visit, a first step .', '2025-03-10');
  assert.equal(events.filter((e) => e.kind === 'visit').length, 1, JSON.stringify(events.map((e) => [e.kind, e.location?.name])));
});

test('"receiving both X and Y" is a bilateral meeting with each, and a date past a new subject\'s clause is not theirs', () => {
  const events = eventsOf('As well as receiving both Modi and Sharif at the Kremlin, Putin visited the region last month.', '2024-07-21');
  const meetings = events.filter((e) => e.kind === 'meeting');
  assert.deepEqual(meetings.map((e) => e.participants.map((p) => p.name).sort()), [['Narendra Modi', 'Vladimir Putin'], ['Shehbaz Sharif', 'Vladimir Putin']]);
  assert.ok(meetings.every((e) => e.location?.name === 'Moscow' && e.date?.value !== '2024-06'), JSON.stringify(meetings.map((e) => e.date)));
  // Without "both" or "separately", one meeting of three.
  assert.equal(eventsOf('Xi met Modi and Sharif on Friday.', '2017-06-10').filter((e) => e.kind === 'meeting').length, 1);
});

test('"officials from A and B met" is talks between A and B', () => {
  const met = eventsOf('Officials from Mexico and Canada met in Ottawa on Tuesday.', '2025-03-10').find((e) => e.kind === 'meeting');
  assert.deepEqual(met?.participants.map((p) => p.country).sort(), ['CA', 'MX']);
  assert.ok(!eventsOf('He flew from Mexico and Canada to Peru.', '2025-03-10').some((e) => e.kind === 'meeting'));
});

test('the UN General Assembly in session is a summit, in the article\'s spelling of its city; the assembly voting is none', () => {
  const summit = eventsOf('World leaders gathered in New York for the UN General Assembly on Tuesday.', '2025-09-25').find((e) => e.kind === 'summit');
  assert.deepEqual([summit?.location?.name, summit?.date?.value], ['New York', '2025-09-23']);
  assert.equal(eventsOf('The UN General Assembly adopted a resolution on Gaza.', '2025-09-25').length, 0);
});

test('a signing with no place of its own took place at the same people\'s talks that day', () => {
  const events = eventsOf('Egyptian President Abdel Fattah al-Sisi held talks with Kenyan President William Ruto in Cairo on Monday. The two leaders signed five agreements on Monday.', '2025-03-10');
  assert.equal(events.find((e) => e.kind === 'signing')?.location?.name, 'Cairo');
  // Talks on another day lend nothing.
  const apart = eventsOf('Egyptian President Abdel Fattah al-Sisi held talks with Kenyan President William Ruto in Cairo in January. The two leaders signed five agreements on Monday.', '2025-03-10');
  assert.equal(apart.find((e) => e.kind === 'signing')?.location ?? null, null);
});

test('"the two-day talks ended on Tuesday" began the day before; "began a three-day visit on Tuesday" on Tuesday', () => {
  const ref = '2025-03-12'; // a Wednesday
  const talks = eventsOf('The two-day talks between Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi ended on Tuesday.', ref).find((e) => e.kind === 'meeting');
  assert.equal(talks?.date?.value, '2025-03-10');
  const wrapped = eventsOf('Jaishankar wrapped up a three-day visit to China on Tuesday.', ref).find((e) => e.kind === 'visit');
  assert.equal(wrapped?.date?.value, '2025-03-09');
  const began = eventsOf('Jaishankar began a three-day visit to China on Tuesday.', ref).find((e) => e.kind === 'visit');
  assert.equal(began?.date?.value, '2025-03-11');
});

test('speculation ("may visit", "could meet") is no plan unless a day is set', () => {
  assert.ok(!eventsOf('Canadian Prime Minister Mark Carney may visit Mexico later this year, officials said.', '2025-03-10').some((e) => e.kind === 'visit'));
  assert.ok(!eventsOf('Carney and Sheinbaum could meet at the G20 summit in November.', '2025-03-10').some((e) => e.kind === 'meeting'));
  assert.ok(eventsOf('Canadian Prime Minister Mark Carney will visit Mexico later this year.', '2025-03-10').some((e) => e.kind === 'visit' && e.status === 'planned'));
  assert.ok(eventsOf('Canadian Prime Minister Mark Carney may visit Mexico on March 14.', '2025-03-10').some((e) => e.kind === 'visit'));
});

test('people who "joined the meeting" with no talks reported before did not meet each other', () => {
  assert.equal(eventsOf('Leaders including Narendra Modi and Xi Jinping joined the meeting in Kazan.', '2024-10-24').filter((e) => e.kind === 'meeting').length, 0);
  const joined = eventsOf('Modi met Xi in Kazan on Wednesday. Putin also joined the meeting.', '2024-10-24').filter((e) => e.kind === 'meeting');
  assert.deepEqual(joined.map((e) => e.participants.length), [3]);
});

test('"since taking office in March" dates the taking of office, not the trip', () => {
  const visit = eventsOf('It is Canadian Prime Minister Mark Carney\'s first trip to Mexico since taking office in March.', '2025-06-10').find((e) => e.kind === 'visit');
  assert.ok(visit);
  assert.notEqual(visit.date?.value, '2025-03');
});

test('"the leaders agreed" are the leaders named, not an aide named last; a summit keeps no dateline capitals as spelling', () => {
  const text = 'Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Tuesday. Kremlin aide Yuri Ushakov told reporters after the call that the leaders agreed to keep in regular contact.';
  const events = eventsOf(text, '2025-02-05');
  assert.ok(!events.some((e) => e.participants.some((p) => p.name === 'Yuri Ushakov')), JSON.stringify(events.map((e) => [e.kind, e.participants.map((p) => p.name)])));
  const astana = eventsOf('ASTANA, May 20 (Readout Wire) - Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on Monday on the sidelines of the meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation (SCO).', '2024-05-20');
  assert.ok(astana.filter((e) => e.location).every((e) => e.location!.name === 'Astana'), JSON.stringify(astana.map((e) => e.location?.name)));
});

test('a city named beside a venue is the place: "Hyderabad House in New Delhi", "Mexico City\'s National Palace", the Great Hall', () => {
  const place = (text: string): string | undefined => eventsOf(text, '2025-03-10').find((e) => e.kind === 'meeting')?.location?.name;
  assert.equal(place('Modi met Albanese at Hyderabad House in New Delhi on Monday.'), 'New Delhi');
  assert.equal(place('Sheinbaum met Carney in Mexico City\'s National Palace on Monday.'), 'Mexico City');
  assert.equal(place('Xi met Lula at the Great Hall of the People in Beijing on Monday.'), 'Beijing');
  assert.equal(place('BEIJING (Reuters) - Xi met Lula at the Great Hall of the People on Monday.'), 'Beijing');
});

test('a known site with no city named anywhere is reported by the largest city around it', () => {
  const met = eventsOf('On the afternoon of May 16, President Xi Jinping held talks with President Vladimir Putin at the Great Hall of the People.', '2024-05-17').find((e) => e.kind === 'meeting');
  assert.equal(met?.location?.name, 'Beijing');
});

test('"X and Y discuss Ukraine by phone": a call between them, the country discussed is no party', () => {
  const call = eventsOf('Sergey Lavrov and Wang Yi discuss Ukraine by phone', '2025-03-10').find((e) => e.kind === 'call');
  assert.deepEqual(call?.participants.map((p) => p.name ?? p.country).sort(), ['Sergey Lavrov', 'Wang Yi']);
});

test('"held talks ... and signed seven agreements": the second verb has the first one\'s parties', () => {
  const events = eventsOf('Indian Prime Minister Narendra Modi held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday and signed seven agreements.', '2017-07-06');
  const signing = events.find((e) => e.kind === 'signing');
  assert.deepEqual(signing?.participants.map((p) => p.name).sort(), ['Benjamin Netanyahu', 'Narendra Modi']);
  // A new subject after a comma keeps its own parties.
  const other = eventsOf('Modi held talks with Netanyahu in Jerusalem on Wednesday, and Israeli officials signed seven agreements.', '2017-07-06');
  assert.ok(!other.some((e) => e.kind === 'signing' && e.participants.some((p) => p.name === 'Benjamin Netanyahu')));
});

test('"the ministers signed a plan of consultations" after their talks is their signing, at the talks\' place', () => {
  const events = eventsOf('On April 18, Russian Foreign Minister Sergey Lavrov held talks in Moscow with Iranian Foreign Minister Abbas Araghchi. Following the talks, the ministers signed a plan of consultations for 2025-2027.', '2025-04-18');
  const signing = events.find((e) => e.kind === 'signing');
  assert.deepEqual([signing?.participants.map((p) => p.name).sort(), signing?.location?.name], [['Abbas Araghchi', 'Sergey Lavrov'], 'Moscow']);
});

test('"will visit on December 4 and 5 and will hold talks ... on December 5": each verb its own date', () => {
  const events = eventsOf('Russian President Vladimir Putin will pay a state visit to India on December 4 and 5 and will hold talks with Prime Minister Narendra Modi in New Delhi on December 5.', '2025-11-28');
  assert.equal(events.find((e) => e.kind === 'visit')?.date?.value, '2025-12-04');
  assert.equal(events.find((e) => e.kind === 'meeting')?.date?.value, '2025-12-05');
});

test('"is paying a state visit from Sunday to Tuesday" is a visit under way from Sunday; a dateline\'s capitals are no spelling', () => {
  const text = 'BEIJING, Aug. 19 (Xinhua) -- Chinese President Xi Jinping held talks with To Lam in Beijing on Monday. The weather was hot. Trade rose. To Lam is paying a state visit to China from Sunday to Tuesday at the invitation of Xi.';
  const events = eventsOf(text, '2024-08-19');
  const visit = events.find((e) => e.kind === 'visit');
  assert.deepEqual([visit?.status, visit?.date?.value], ['occurred', '2024-08-18']);
  assert.ok(events.every((e) => !e.location || e.location.name !== e.location.name.toUpperCase()), JSON.stringify(events.map((e) => e.location?.name)));
});

test('a visit to a place of no known country reached past the verb\'s object is no trip abroad', () => {
  assert.ok(!eventsOf('British Prime Minister Keir Starmer visited flood-hit towns in Yorkshire on Monday.', '2025-06-10').some((e) => e.kind === 'visit'));
  assert.ok(eventsOf('British Prime Minister Keir Starmer visited troops in Estonia on Monday.', '2025-06-10').some((e) => e.kind === 'visit' && e.host === 'EE'));
});

test('"when X visited Delhi and the two governments signed" is a signing between the two states', () => {
  const events = eventsOf('Bangladeshi Prime Minister Sheikh Hasina held talks with Indian Foreign Minister Sushma Swaraj in Dhaka on Sunday, six months after Hasina visited New Delhi and the two governments signed 22 agreements.', '2017-10-23');
  const signing = events.find((e) => e.kind === 'signing');
  assert.deepEqual(signing?.participants.map((p) => p.country).sort(), ['BD', 'IN']);
});

test('a body that holds summits meeting as itself ("EU foreign ministers met in Brussels") is a summit of that body', () => {
  const eu = eventsOf('EU foreign ministers met in Brussels on Monday.', '2025-05-28');
  assert.deepEqual(eu.map((e) => [e.kind, e.occasion?.name, e.location?.name]), [['summit', 'EU', 'Brussels']]);
  // A council that only sits, or a body meeting someone, is no summit.
  assert.equal(eventsOf('The U.N. Security Council will meet on Friday to discuss the launch.', '2025-05-28').length, 0);
  assert.ok(!eventsOf('The World Bank met reporters on Monday.', '2025-05-28').some((e) => e.kind === 'summit'));
});

test('a file photo\'s caption names people but reports no event; the story\'s own photo caption may', () => {
  const file = 'ANKARA (Reuters) - Turkey said on Monday it was ready for talks.\nTurkish President Tayyip Erdogan and Russian President Vladimir Putin hold a meeting at the SCO summit in Samarkand, Uzbekistan September 16, 2022. REUTERS/Jane Example/File Photo\nThe ministry said nothing more.';
  const events = eventsOf(file, '2025-02-10');
  assert.ok(!events.some((e) => e.date?.value === '2022-09-16'), JSON.stringify(events.map((e) => [e.kind, e.date?.value])));
  const own = 'MOSCOW (Reuters) - Russia said on Monday it was ready for talks.\nRussian President Vladimir Putin meets Chinese President Xi Jinping in Moscow, May 8, 2025. REUTERS/Evgenia Novozhenina\nThe Kremlin said nothing more.';
  assert.ok(eventsOf(own, '2025-05-09').some((e) => e.kind === 'meeting' && e.date?.value === '2025-05-08'));
});

test('"the Iranian top official" is the Iranian named last in an office; a bare "the official" is no one', () => {
  const events = eventsOf('Iranian Foreign Minister Abbas Araghchi arrived in Geneva on Sunday. The Iranian top official met on Monday morning with Rafael Grossi, head of the UN nuclear watchdog.', '2026-02-16');
  assert.deepEqual(events.find((e) => e.kind === 'meeting')?.participants.map((p) => p.name).sort(), ['Abbas Araghchi', 'Rafael Grossi']);
  const unnamed = eventsOf('Iranian Foreign Minister Abbas Araghchi arrived in Geneva on Sunday. An Iranian official met on Monday morning with Rafael Grossi.', '2026-02-16');
  assert.ok(!unnamed.some((e) => e.kind === 'meeting' && e.participants.some((p) => p.name === 'Abbas Araghchi')));
});

test('capitals acting for their governments ("Moscow and Beijing signed") are the two states; a list of stops is places', () => {
  const signing = eventsOf('Moscow and Beijing signed a gas deal on Monday.', '2025-03-10').find((e) => e.kind === 'signing');
  assert.deepEqual(signing?.participants.map((p) => p.country).sort(), ['CN', 'RU']);
  const trip = eventsOf('Baerbock was to have spent three days in the region with stops in Amman and Baghdad, the first official to visit after the decision.', '2024-03-18');
  assert.ok(!trip.some((e) => e.participants.some((p) => p.kind === 'country' && p.country === 'IQ')), JSON.stringify(trip.map((e) => e.participants)));
});

test('a headline\'s present tense reports what happened; "to meet" there is a plan', () => {
  const text = 'Lavrov and Wang Yi meet in Astana ahead of SCO ministerial\n\nASTANA, May 20 - Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on Monday in Astana.';
  const meetings = eventsOf(text, '2024-05-20').filter((e) => e.kind === 'meeting');
  assert.deepEqual(meetings.map((e) => e.status), ['occurred']);
  const plan = eventsOf('Lavrov to meet Wang Yi in Astana\n\nASTANA, May 20 - Russian Foreign Minister Sergey Lavrov will meet Chinese Foreign Minister Wang Yi next week.', '2024-05-20');
  assert.ok(plan.filter((e) => e.kind === 'meeting').every((e) => e.status === 'planned'));
});
