// One trip told several ways: hosts named apart, the city named two ways, talks named with their parts, what the
// leaders witnessed after them. Sentences of their own, with their negative cases. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, names, ofKind } from './whole-pipeline.js';


const TRIP = 'Indonesia\'s Prabowo visits Delhi for Republic Day\n\n'
  + 'NEW DELHI: Indonesian President Prabowo Subianto was received by Prime Minister Narendra Modi on Saturday.\n\n'
  + 'Prabowo arrived in New Delhi on Friday.\n\n'
  + 'At Hyderabad House, the two leaders held restricted and delegation-level talks, and witnessed the exchange of five agreements on health and maritime security.\n\n'
  + 'Earlier on Saturday Prabowo called on President Droupadi Murmu at Rashtrapati Bhavan.';

test('reports of one trip naming different hosts, and its city named two ways (Delhi, New Delhi), are one visit', () => {
  const visits = ofKind(eventsOf(TRIP, '2025-01-25'), 'visit');
  assert.equal(visits.length, 1, JSON.stringify(visits.map((v) => [names(v), v.location?.name, v.date?.value])));
  assert.ok(names(visits[0]).includes('Prabowo Subianto'));
  // Trips of two visitors stay two.
  const two = ofKind(eventsOf('President Prabowo Subianto arrived in New Delhi on Friday.\n\nPresident Ferdinand Marcos Jr. arrived in Delhi on Friday.', '2025-01-25'), 'visit');
  assert.equal(two.length, 2);
});

test('"held restricted and delegation-level talks, and witnessed the exchange of five agreements": talks and a signing of the two', () => {
  const events = eventsOf(TRIP, '2025-01-25');
  assert.ok(ofKind(events, 'meeting').some((m) => names(m).join() === 'Narendra Modi,Prabowo Subianto'), JSON.stringify(ofKind(events, 'meeting').map(names)));
  assert.deepEqual(names(ofKind(events, 'signing')[0]), ['Narendra Modi', 'Prabowo Subianto']);
});

test('"Marcos" alone is Ferdinand Marcos Jr.: a generational suffix is no surname', () => {
  const events = eventsOf('President Ferdinand Marcos Jr. flew to Tokyo on Monday.\n\nMarcos met Prime Minister Shigeru Ishiba on Tuesday.', '2025-02-05');
  assert.deepEqual(names(ofKind(events, 'meeting')[0]), ['Ferdinand Marcos Jr.', 'Shigeru Ishiba']);
  // "Jr." alone names nobody.
  assert.equal(ofKind(eventsOf('President Ferdinand Marcos Jr. flew to Tokyo on Monday.\n\nJr. met Prime Minister Shigeru Ishiba on Tuesday.', '2025-02-05'), 'meeting').filter((m) => names(m).includes('Ferdinand Marcos Jr.')).length, 0);
});

test('what recalled talks agreed ("last met in Vientiane in October, where they agreed to step up ties") is those talks, and the summit was held', () => {
  const events = eventsOf('Modi and Marcos last met in October on the sidelines of the ASEAN-India Summit in Vientiane, where they agreed to step up defence ties.', '2025-08-05');
  assert.equal(ofKind(events, 'meeting').length, 1, JSON.stringify(ofKind(events, 'meeting').map((m) => [names(m), m.status])));
  assert.ok(ofKind(events, 'summit').every((e) => e.status === 'occurred'));
  // An agreement to meet at another time is a plan of its own.
  const plan = eventsOf('Modi and Marcos last met in October in Vientiane, where they agreed to meet again in March.', '2025-01-05');
  assert.ok(ofKind(plan, 'meeting').some((m) => m.status === 'planned'), JSON.stringify(ofKind(plan, 'meeting').map((m) => [names(m), m.status])));
});

test('a summit is held where the text says, not in the city it is about ("the Arab summit on Gaza to be held in Cairo"); "CHOGM" is the Commonwealth\'s', () => {
  const [arab] = ofKind(eventsOf('The Syrian president is expected to attend the emergency Arab summit on Gaza to be held in Cairo on March 4.', '2025-02-20'), 'summit');
  assert.equal(arab?.location?.name, 'Cairo');
  assert.match(arab?.occasion?.name ?? '', /Arab/);
  const [chogm] = ofKind(eventsOf('APIA (Reuters) - Commonwealth leaders opened the CHOGM summit in Samoa on Friday.', '2024-10-25'), 'summit');
  assert.match(chogm?.occasion?.name ?? '', /Commonwealth/);
});

test('the Commonwealth Heads of Government Meeting is a summit, and talks "on the sidelines of the summit on Friday" are held at it', () => {
  const text = 'Commonwealth leaders gathered in Apia on Friday for the Commonwealth Heads of Government Meeting.\n\n'
    + 'British Prime Minister Keir Starmer said he would not apologise. On the sidelines of the summit on Friday he held talks with Canadian Prime Minister Justin Trudeau.\n\n'
    + 'The next CHOGM will be held in Antigua and Barbuda in 2026.';
  const events = eventsOf(text, '2024-10-25');
  const summits = ofKind(events, 'summit');
  assert.ok(summits.some((s) => s.location?.name === 'Apia' && s.status === 'occurred'), JSON.stringify(summits.map((s) => [s.location?.name, s.status])));
  assert.ok(summits.some((s) => s.status === 'planned' && s.date?.value === '2026'), JSON.stringify(summits.map((s) => [s.date?.value, s.status])));
  const [talks] = ofKind(events, 'meeting');
  assert.equal(talks?.location?.name, 'Apia');
  // "the summit on Gaza" names a topic: talks "on the sidelines of the summit on Gaza" are not placed by an earlier summit.
  const topic = ofKind(eventsOf(text.replace('the summit on Friday', 'the summit on Gaza'), '2024-10-25'), 'meeting');
  assert.notEqual(topic[0]?.occasion?.name ?? '', summits[0]?.occasion?.name);
});

const SIDELINES = 'Anwar meets Thai PM, Myanmar junta chief on BIMSTEC sidelines\n\n'
  + 'Malaysian Prime Minister Anwar Ibrahim today held a bilateral meeting with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on the sidelines of the BIMSTEC summit.\n\n'
  + 'During the meeting, the two leaders discussed trade and tourism.\n\n'
  + 'Anwar also met Myanmar\'s military government chief Senior General Min Aung Hlaing and urged him to end the violence.';

test('talks a person "also" held, dated and placed by nothing of their own, are of the day and place of that person\'s talks before', () => {
  const events = eventsOf(SIDELINES, '2025-04-04');
  const mah = ofKind(events, 'meeting').find((m) => names(m).includes('Min Aung Hlaing'));
  assert.equal(mah?.date?.value, '2025-04-04');
  assert.equal(mah?.location?.name, 'Bangkok');
  // Without "also", nothing says they met there.
  const plain = ofKind(eventsOf(SIDELINES.replace('Anwar also met', 'Last year Anwar met'), '2025-04-04'), 'meeting').find((m) => names(m).includes('Min Aung Hlaing'));
  assert.notEqual(plain?.location?.name, 'Bangkok');
});

test('a headline listing the people one person met is the story\'s several talks, not one more', () => {
  const meetings = ofKind(eventsOf(SIDELINES, '2025-04-04'), 'meeting');
  assert.equal(meetings.length, 2, JSON.stringify(meetings.map(names)));
  // A headline naming talks the story does not tell stays.
  const alone = ofKind(eventsOf('Anwar meets Thai PM, Myanmar junta chief on BIMSTEC sidelines\n\nThe summit closed on Friday.', '2025-04-04'), 'meeting');
  assert.equal(alone.length, 1);
});

test('"when the bloc\'s leaders gather in Windhoek in August" is the summit of the body named before', () => {
  const text = 'Mnangagwa travelled to Pretoria for talks with Cyril Ramaphosa, who chairs the Southern African Development Community (SADC).\n\n'
    + 'Geingob will take over the chairmanship of SADC when the bloc\'s leaders gather in Windhoek in August, he said.';
  const [summit] = ofKind(eventsOf(text, '2018-01-10'), 'summit');
  assert.equal(summit?.location?.name, 'Windhoek');
  assert.equal(summit?.date?.value, '2018-08');
  assert.equal(summit?.status, 'planned');
  assert.match(summit?.occasion?.name ?? '', /SADC/);
  // Without a body named before, "the bloc" names nothing the record can say.
  assert.equal(ofKind(eventsOf('Geingob said the bloc\'s leaders gather in Windhoek in August.', '2018-01-10'), 'summit').length, 0);
});

test('talks "on the sidelines" with no gathering named, or "also" held days later, are where the same person\'s talks were', () => {
  const text = 'UN Secretary-General Antonio Guterres met New Zealand Prime Minister Christopher Luxon in New York on Monday.\n\n'
    + 'Luxon is scheduled to hold talks with Malaysian Prime Minister Anwar Ibrahim on the sidelines on Thursday.\n\n'
    + 'On Friday, Luxon will also hold talks with Prime Minister Anthony Albanese.';
  const planned = ofKind(eventsOf(text, '2025-09-23'), 'meeting').filter((m) => m.status === 'planned');
  assert.equal(planned.find((m) => names(m).includes('Anwar Ibrahim'))?.location?.name, 'New York');
  assert.equal(planned.find((m) => names(m).includes('Anthony Albanese'))?.location?.name, 'New York');
  // A week later the person may be anywhere.
  const later = ofKind(eventsOf(text.replace('On Friday, Luxon', 'Next month Luxon'), '2025-09-23'), 'meeting').find((m) => names(m).includes('Anthony Albanese'));
  assert.equal(later?.location ?? null, null);
});

test('a visit reported on its first full day and the arrival the evening before are one visit, dated by the arrival', () => {
  const text = 'HANOI (Reuters) - Japanese Prime Minister Fumio Kishida on Monday pledged help with infrastructure, as he held talks with the communist country s leaders on the first full day of a visit aimed at deepening ties. '
    + 'Kishida, who arrived in Hanoi late on Sunday, said the two countries would work together. '
    + 'Kishida told a news conference after talks with President Vo Van Thuong at the Presidential Palace.';
  const visits = ofKind(eventsOf(text, '2023-05-01'), 'visit');
  assert.deepEqual(visits.map((v) => v.date?.value), ['2023-04-30'], JSON.stringify(visits.map((v) => [names(v), v.date?.value])));
  // An arrival three days before the report is another stay: "arrived in Hanoi on Thursday" and a visit on Monday stay two.
  const apart = ofKind(eventsOf('HANOI (Reuters) - Kishida on Monday began a visit to Vietnam. Kishida had arrived in Hanoi on Thursday for an Asian forum.', '2023-05-01'), 'visit');
  assert.notEqual(apart.length, 1);
});

test('talks the lead reports, and an arrival on an earlier day told after them: the talks are the story\'s day, not the arrival\'s', () => {
  const text = 'VLADIVOSTOK, September 13. /TASS/. The talks between Russian President Vladimir Putin and Chinese President Xi Jinping have ended at the Far Eastern Federal University. '
    + 'Xi arrived in Vladivostok on Tuesday.';
  const events = eventsOf(text, '2018-09-13');
  assert.equal(ofKind(events, 'meeting')[0]?.date?.value, '2018-09-13');
  assert.equal(ofKind(events, 'visit')[0]?.date?.value, '2018-09-11');
  // An arrival told first dates the talks after it that give no day of their own.
  const first = eventsOf('Xi arrived in Vladivostok on Tuesday. He held talks with Putin at the Far Eastern Federal University.', '2018-09-13');
  assert.equal(ofKind(first, 'meeting')[0]?.date?.value, '2018-09-11');
});

test('"the first summit since August 2011, when X held talks with Y" takes no date for the story\'s summit from the earlier one', () => {
  const text = 'VLADIVOSTOK, April 25. /TASS/. Putin and Kim Jong Un held talks on Russky Island. The Vladivostok meeting is the first Russian-North Korean summit since August 2011, when Kim Jong Il held talks with Dmitry Medvedev near Ulan-Ude.';
  const talks = ofKind(eventsOf(text, '2019-04-25'), 'meeting').find((m) => names(m).includes('Vladimir Putin'));
  assert.equal(talks?.date?.value, '2019-04-25');
});
