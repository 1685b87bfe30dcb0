// Which day an engagement of the story's own takes when its clause gives none: the story's day from a header, not the
// day an aside about its subject tells; the talks' day for what followed them. Sentences of their own, with their
// negative cases. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiplomaticEvent } from '../../../src/core/types.js';
import { eventsOf, names, ofKind } from './whole-pipeline.js';


test('an arrival told in an aside about the subject ("X, who arrived on Monday, held talks") does not date the talks', () => {
  const events = eventsOf('Shavkat Mirziyoyev, who arrived in Astana on Monday evening, held talks with President Kassym-Jomart Tokayev.', '2024-05-15');
  assert.equal(ofKind(events, 'visit')[0]?.date?.value, '2024-05-13');
  assert.notEqual(ofKind(events, 'meeting')[0]?.date?.value, '2024-05-13');
  // The main clause pointing back at the aside's day takes it.
  const same = eventsOf('Shavkat Mirziyoyev, who arrived in Astana on Monday, met President Kassym-Jomart Tokayev that evening.', '2024-05-15');
  assert.equal(ofKind(same, 'meeting')[0]?.date?.value, '2024-05-13');
});

test('a page header\'s day (day line, time line, place line) is the story\'s day for its lead talks', () => {
  const text = 'Talks with President of Kazakhstan\n\nMay 14, 2024\n13:10\nAstana\n\nShavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev.\n\nThe talks covered trade and water.\n';
  const [meeting] = ofKind(eventsOf(text, null), 'meeting');
  assert.equal(meeting?.date?.value, '2024-05-14');
  assert.equal(meeting?.location?.name, 'Astana');
  // Without the header there is no day to give.
  const bare = ofKind(eventsOf('Talks with President of Kazakhstan\n\nShavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev.\n', '2024-05'), 'meeting');
  assert.notEqual(bare[0]?.date?.value?.length, 10);
});

test('a signing told as following the talks takes their day and place', () => {
  const text = 'Central Asia\'s two largest economies pledged on Wednesday to double trade, officials said.\n\n'
    + 'Trade between the two countries grew by a fifth last year.\n\n'
    + 'Water from the Syr Darya has long divided the two neighbours.\n\n'
    + 'A new railway line opened in March.\n\n'
    + 'Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday.\n\n'
    + 'Following the talks, agreements on water and transit were signed in the presence of the two presidents.\n';
  const [signing] = ofKind(eventsOf(text, '2024-05-15'), 'signing');
  assert.equal(signing?.date?.value, '2024-05-14');
  assert.equal(signing?.location?.name, 'Astana');
  // Signed "next month" is no signing at the talks.
  const later = text.replace('Following the talks, agreements on water and transit were signed in the presence of', 'Agreements on water and transit will be signed next month in the presence of');
  const [planned] = ofKind(eventsOf(later, '2024-05-15'), 'signing');
  assert.notEqual(planned?.date?.value, '2024-05-14');
});

test('"on the same day" and "the next day" take the day of the engagement told before; "the same day that" names its own', () => {
  const text = 'Shavkat Mirziyoyev and Kassym-Jomart Tokayev held talks in Astana on Tuesday.\n\n'
    + 'Mirziyoyev had arrived in Astana on Monday evening.\n\n'
    + 'Following the talks, the two presidents signed a treaty on the border.\n\n'
    + 'On the same day, Mirziyoyev met Prime Minister Olzhas Bektenov.\n\n'
    + 'The next day Mirziyoyev will meet Kyrgyz President Sadyr Japarov in Bishkek.';
  const events = eventsOf(text, '2024-05-14');
  const withPerson = (name: string): DiplomaticEvent | undefined => events.find((e) => e.participants.some((p) => p.name === name));
  assert.equal(withPerson('Olzhas Bektenov')?.date?.value, '2024-05-14');
  assert.equal(ofKind(events, 'signing')[0]?.date?.value, '2024-05-14');
  assert.equal(withPerson('Sadyr Japarov')?.date?.value, '2024-05-15');
  // "The same day that X landed, Y announced": the clause names its own day, not the last one told.
  const own = eventsOf('Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev in Astana on May 14.\n\nTrade grew by a fifth last year.\n\nWater has long divided the neighbours.\n\nA railway opened in March.\n\nThe same day that Sadyr Japarov arrived in Moscow, the Kremlin announced a summit.', '2024-06-20');
  const arrival = ofKind(own, 'visit').find((e) => e.participants.some((p) => p.name === 'Sadyr Japarov'));
  assert.notEqual(arrival?.date?.value, '2024-05-14');
});

test('"The meeting at the palace on Tuesday lasted an hour" dates the talks just reported', () => {
  const text = 'Prime Minister Keir Starmer has met Indian Prime Minister Narendra Modi in New Delhi, officials said.\n\n'
    + 'Trade between the two countries grew last year.\n\nA free trade agreement was signed in July.\n\nBritish exports of whisky are expected to rise.\n\nThe meeting at Hyderabad House on Tuesday lasted about an hour.';
  const meetings = eventsOf(text, '2025-10-09').filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1);
  assert.equal(meetings[0]?.date?.value, '2025-10-07');
  // "A meeting on Tuesday" is not that one.
  const other = eventsOf(text.replace('The meeting at Hyderabad House on Tuesday lasted about an hour.', 'A meeting of officials on Tuesday lasted about an hour.'), '2025-10-09').filter((e) => e.kind === 'meeting');
  assert.notEqual(other[0]?.date?.value, '2025-10-07');
});

test('a date inside a "since" phrase ("his first visit since taking office on June 30") dates no engagement', () => {
  const events = eventsOf('Prabowo Subianto arrived in Tokyo for a three-day visit, his first to Japan since taking office on October 20, after a stop in Beijing.', '2024-11-12');
  assert.ok(!events.some((e) => e.date?.value === '2024-10-20'), JSON.stringify(events.map((e) => [e.kind, e.date?.value])));
  // "on October 20" standing for the visit dates it.
  const own = eventsOf('Prabowo Subianto arrived in Tokyo on October 20 for a three-day visit.', '2024-11-12');
  assert.ok(own.some((e) => e.kind === 'visit' && e.date?.value === '2024-10-20'));
});

test('a page\'s own date line under the title ("20 January, 2025 - 15:10") is the story\'s day for its lead talks', () => {
  const text = 'Foreign ministers meet in Kyiv\n\n20 January, 2025 - 15:10\n\nMinister for Foreign Affairs of Ukraine Andrii Sybiha held a meeting in Kyiv with Minister of Foreign Affairs of Lithuania Kestutis Budrys.\n';
  const [meeting] = eventsOf(text, null).filter((e) => e.kind === 'meeting');
  assert.equal(meeting?.date?.value, '2025-01-20');
  // A date line for another day than the page's is no story day.
  const other = eventsOf(text.replace('20 January, 2025 - 15:10', 'Updated 21 January, 2025'), null).filter((e) => e.kind === 'meeting');
  assert.notEqual(other[0]?.date?.value, '2025-01-20');
});

test('what a recalled call agreed ("recalled their telephone conversation in December, when they agreed on ...") is the call', () => {
  const text = 'Andrii Sybiha held a meeting in Kyiv with Kestutis Budrys.\n\nThe ministers recalled their telephone conversation in December, when they agreed on the priorities of cooperation for this year.';
  const events = eventsOf(text, '2025-01-20');
  const meetings = events.filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1);
  assert.equal(meetings[0]?.date?.value, '2025-01');
  assert.ok(events.some((e) => e.kind === 'call' && e.date?.value === '2024-12'));
});

test('"Ahead of the ceremony, X held talks with Y" is dated by the day the story gave the ceremony', () => {
  const text = 'Leaders joined Lithuanian President Gitanas Nauseda at the ceremony in Vilnius on Sunday to mark the switch of the grid.\n\n'
    + 'Trade between the two countries grew last year.\n\nThe link cost 1.2 billion euros.\n\nOfficials praised the engineers.\n\n'
    + 'Ahead of the ceremony, Nauseda held bilateral talks with Polish Prime Minister Donald Tusk at the Presidential Palace.';
  const talks = eventsOf(text, '2025-02-10').find((e) => e.kind === 'meeting' && e.participants.some((p) => p.name === 'Donald Tusk'));
  assert.equal(talks?.date?.value, '2025-02-09');
  // An occasion the story gave no day leaves the talks undated by it.
  const undated = eventsOf(text.replace('at the ceremony in Vilnius on Sunday', 'at a grid event in Vilnius on Sunday'), '2025-02-10').find((e) => e.kind === 'meeting' && e.participants.some((p) => p.name === 'Donald Tusk'));
  assert.notEqual(undated?.date?.value, '2025-02-09');
});

test('"A day earlier X met Y" is the day before the engagement told last', () => {
  const text = 'MOSCOW, March 5. /TASS/. Russian Deputy Prime Minister Alexei Overchuk held talks with Murat Nurtleu in Moscow on Tuesday.\n\nA day earlier Nurtleu met Foreign Minister Sergey Lavrov.';
  const lavrov = eventsOf(text, '2024-03-05').find((e) => e.participants.some((p) => p.name === 'Sergey Lavrov'));
  assert.equal(lavrov?.date?.value, '2024-03-04');
  // "Earlier, Nurtleu met Lavrov" gives no day.
  const vague = eventsOf(text.replace('A day earlier Nurtleu', 'Earlier, Nurtleu'), '2024-03-05').find((e) => e.participants.some((p) => p.name === 'Sergey Lavrov'));
  assert.notEqual(vague?.date?.value, '2024-03-04');
});

test('"signed a declaration on Monday, a day after X arrived in Asmara on a historic visit": the arrival is the day before', () => {
  const text = 'ASMARA (Reuters) - The two leaders signed a joint declaration of peace on Monday, a day after Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on a historic visit.';
  const visits = eventsOf(text, '2018-07-09').filter((e) => e.kind === 'visit');
  assert.deepEqual(visits.map((v) => v.date?.value), ['2018-07-08']);
  // "on Monday, after X arrived" says no other day.
  const same = eventsOf(text.replace('a day after', 'after'), '2018-07-09').filter((e) => e.kind === 'visit');
  assert.ok(same.every((v) => v.date?.value !== '2018-07-08'), JSON.stringify(same.map((v) => v.date?.value)));
});

test('"would then travel to X" after a stop dated this month is one more stop of the trip: the reference month', () => {
  const text = 'NAIROBI (Reuters) - Blinken met Ruto in Nairobi on Monday. He said he would fly to Ethiopia on Tuesday and would then travel to Nigeria.';
  const nigeria = eventsOf(text, '2023-03-13').find((e) => e.kind === 'visit' && e.host === 'NG');
  assert.equal(nigeria?.date?.value, '2023-03');
  // "then" of a former title ("then Prime Minister X") leaves the date to the clause it opens.
  const former = eventsOf('KATHMANDU - In September last year, then Prime Minister Pushpa Kamal Dahal visited China, and Xi Jinping met with him in Hangzhou.', '2024-11-29');
  assert.equal(former.find((e) => e.kind === 'meeting')?.date?.value, '2023-09');
  // "then" with no other stop of the traveller dated: no month to give.
  const alone = eventsOf('NAIROBI (Reuters) - Kenya hopes for more trade. Blinken said he would then travel to Nigeria.', '2023-03-13')
    .find((e) => e.kind === 'visit' && e.host === 'NG');
  assert.equal(alone?.date ?? null, null);
});

test('"a recent visit" with no date is of this year, not of this month', () => {
  const text = 'KABUL (Reuters) - The base was hit by rockets. A recent visit to Kandahar by Defense Secretary Lloyd Austin was kept secret.';
  const visit = eventsOf(text, '2023-10-23').find((e) => e.kind === 'visit');
  assert.equal(visit?.date?.value, '2023');
  // Without "recent", an undated visit the story reports keeps the reference month.
  const plain = eventsOf(text.replace('A recent visit', 'A visit'), '2023-10-23').find((e) => e.kind === 'visit');
  assert.equal(plain?.date?.value, '2023-10');
});

test('talks with a guest "who is in Russia on an official visit" take the story\'s day; the trip under way keeps its month', () => {
  const text = 'Talks with the President of Iran\n\nJanuary 17, 2025\n\nVladimir Putin held talks in the Kremlin with President of Iran Masoud Pezeshkian, who is in Russia on an official visit.';
  const events = eventsOf(text, null);
  assert.equal(ofKind(events, 'meeting')[0]?.date?.value, '2025-01-17');
  assert.equal(ofKind(events, 'visit')[0]?.date?.value, '2025-01');
});

test('"Since assuming office, X visited A and B" is of the story\'s year, not its day; a day of its own stands', () => {
  const text = 'RIYADH - Ahmed al-Sharaa arrived in Riyadh on Wednesday. Since assuming the presidency, al-Sharaa visited Turkey and Qatar.';
  const visits = eventsOf(text, '2025-05-07').filter((e) => e.kind === 'visit' && e.host !== 'SA');
  assert.deepEqual(visits.map((v) => v.date?.value), ['2025', '2025']);
  const own = eventsOf(text.replace('visited Turkey and Qatar', 'visited Qatar on Monday'), '2025-05-07').find((e) => e.kind === 'visit' && e.host === 'QA');
  assert.equal(own?.date?.value, '2025-05-05');
});

test('"flew into Buenos Aires late on Tuesday after a three-day visit to Cuba": Tuesday is the arrival\'s, the Cuba trip only of that month', () => {
  const text = 'BUENOS AIRES (Reuters) - Obama, who flew into Buenos Aires late on Tuesday after a historic three-day visit to Cuba, met Macri at the Casa Rosada presidential palace.';
  const visits = eventsOf(text, '2016-03-23').filter((e) => e.kind === 'visit');
  assert.deepEqual(visits.map((v) => [v.host, v.date?.value]).sort(), [['AR', '2016-03-22'], ['CU', '2016-03']]);
  // A stay of several days in the country visited keeps the month: "arrived in Lima for a three-day visit to Peru" is told by its first day.
  const own = eventsOf('LIMA (Reuters) - Obama flew into Lima on Friday for a three-day visit to Peru.', '2016-11-19').find((e) => e.kind === 'visit');
  assert.equal(own?.date?.value, '2016-11-18');
});

test('"X s visit coincides with the anniversary on Thursday of the coup" is not dated by the anniversary', () => {
  const text = 'BUENOS AIRES (Reuters) - Obama on Wednesday praised Argentine President Mauricio Macri. Obama s visit coincides with the 40th anniversary on Thursday of the 1976 military coup.';
  const visit = eventsOf(text, '2016-03-23').find((e) => e.kind === 'visit');
  assert.notEqual(visit?.date?.value, '2016-03-17');
  assert.notEqual(visit?.date?.value, '2016-03-24');
});

test('"X, who flew in late on Wednesday, held talks in the morning with A, and later sat down with B": the story\'s day, X in both talks', () => {
  const text = 'ADDIS ABABA (Reuters) - Tillerson said on Thursday Washington was not trying to keep China out. Tillerson, who flew into the Ethiopian capital late on Wednesday, '
    + 'held talks in the morning with Prime Minister Hailemariam Desalegn and Foreign Minister Workneh Gebeyehu, and later sat down with African Union Commission chairman Moussa Faki at the bloc s headquarters.';
  const meetings = eventsOf(text, '2018-03-08').filter((e) => e.kind === 'meeting');
  assert.deepEqual(meetings.map((m) => [names(m), m.date?.value]), [
    [['Hailemariam Desalegn', 'Rex Tillerson', 'Workneh Gebeyehu'], '2018-03-08'],
    [['Moussa Faki Mahamat', 'Rex Tillerson'], '2018-03-08'],
  ]);
});

test('"a four-nation tour which has also taken him to Namibia and Chad": stops made this month, not on the arrival\'s day nor the story\'s', () => {
  const text = 'ABUJA, Jan. 10 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf Maitama Tuggar here on Friday.\n\n'
    + 'Wang arrived in Abuja on Thursday evening for the last leg of a four-nation African tour which has also taken him to Namibia and Chad.';
  const stops = eventsOf(text, '2025-01-11').filter((e) => e.kind === 'visit' && (e.host === 'NA' || e.host === 'TD'));
  assert.deepEqual(stops.map((v) => [v.host, v.status, v.date?.value]), [['NA', 'occurred', '2025-01'], ['TD', 'occurred', '2025-01']]);
});

test('"held talks with A on Tuesday morning and was then received by President B": the subject is received, not A', () => {
  const text = 'JAKARTA (Reuters) - Mattis said on Tuesday Washington was looking at ways to restore ties. Mattis, who arrived in Jakarta on Monday evening, '
    + 'held talks with his Indonesian counterpart, Ryamizard Ryacudu, on Tuesday morning and was then received by President Joko Widodo at the Merdeka palace.';
  const meetings = eventsOf(text, '2018-01-23').filter((e) => e.kind === 'meeting').map(names);
  assert.deepEqual(meetings, [['Jim Mattis', 'Ryamizard Ryacudu'], ['Jim Mattis', 'Joko Widodo']]);
  // Two subjects joined by "and" are no coordinated verb: "Ryacudu and Widodo received Mattis".
  const joint = eventsOf('JAKARTA (Reuters) - Ryamizard Ryacudu and Joko Widodo received Jim Mattis on Tuesday.', '2018-01-23').filter((e) => e.kind === 'meeting').map(names);
  assert.deepEqual(joint, [['Jim Mattis', 'Joko Widodo', 'Ryamizard Ryacudu']]);
});

test('a page\'s header lines (title, menu, "December 5, 2025, 13:25", place) are no lead sentences: the first sentence of text is', () => {
  const text = 'Russian-Indian talks • President of Russia\nEvents | News | Transcripts | Trips and visits | Photos\nDecember 5, 2025, 13:25\nNew Delhi\nRussian-Indian talks\n\n'
    + 'Vladimir Putin, who is in India on a state visit, held talks with Prime Minister of the Republic of India Narendra Modi at Hyderabad House.\n\n'
    + 'The talks began in restricted format and continued with participation of the two countries\' delegations.';
  const talks = eventsOf(text, null).find((e) => e.kind === 'meeting');
  assert.equal(talks?.date?.value, '2025-12-05');
});

test('"their first negotiations since US strikes on Iranian nuclear facilities last June": the date counted from dates nothing of the talks', () => {
  const text = 'MUSCAT (Reuters) - Iran and the United States have held indirect talks in the Omani capital, their first negotiations since US strikes on Iranian nuclear facilities last June.';
  const talks = eventsOf(text, '2026-02-06').find((e) => e.kind === 'meeting');
  assert.ok(talks?.date?.value.startsWith('2026'), JSON.stringify(talks?.date));
  // "last June" not counted from: "held talks last June" is that month.
  const june = eventsOf('MUSCAT (Reuters) - Iran and the United States held indirect talks in Muscat last June.', '2026-02-06').find((e) => e.kind === 'meeting');
  assert.equal(june?.date?.value, '2025-06');
});

test('a live page\'s time-stamped entries ("16.05 BST" on its own line) report the page\'s day; a plain story\'s later sentences keep the month', () => {
  const live = 'Trump lands in Egypt – as it happened\nMon 13 Oct 2025 19.02 BST\n'
    + '18.21 BST\nLeaders sign Gaza declaration\nMore than 20 world leaders attended the summit.\n'
    + '16.05 BST\nTrump lands in Egypt\nAir Force One has touched down in Sharm el-Sheikh. Sisi greeted Trump at the congress centre and the two men held a short bilateral meeting before the summit opened.';
  const meeting = eventsOf(live, '2025-10-13').find((e) => e.kind === 'meeting');
  assert.equal(meeting?.date?.value, '2025-10-13');
  const plain = eventsOf(live.replace(/\d{2}\.\d{2} BST\n/g, ''), '2025-10-13').find((e) => e.kind === 'meeting');
  assert.notEqual(plain?.date?.value, '2025-10-13');
});
