// Whether an engagement happened or is planned, when the clause around it speaks of other things: a coordinated
// clause with its own subject, a plan to build on talks of the past. Sentences of their own, with their negative
// cases. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiplomaticEvent } from '../../../src/core/types.js';
import { eventsOf } from './whole-pipeline.js';

const meetings = (events: DiplomaticEvent[]): DiplomaticEvent[] => events.filter((e) => e.kind === 'meeting');

test('a cancellation in the first of two coordinated clauses does not cancel the talks of the second', () => {
  const text = 'Brazilian President Lula called off a planned trip to Washington after a row with U.S. President Joe Biden, and the two leaders have met only once, on the sidelines of the G20 summit in Rio de Janeiro in November.';
  const [talks] = meetings(eventsOf(text, '2025-03-10'));
  assert.equal(talks?.status, 'occurred');
  // In one clause the cancellation is the talks'.
  const one = meetings(eventsOf('Brazilian President Lula called off his meeting with U.S. President Joe Biden in Rio de Janeiro in November.', '2025-03-10'));
  assert.ok(one.every((m) => m.status === 'cancelled'), JSON.stringify(one.map((m) => m.status)));
});

test('talks named as a thing of the past ("reached during their meeting in Beijing in October last year") were held', () => {
  const text = 'Anwar Ibrahim held talks with Xi Jinping on Monday.\n\nAnwar said Malaysia is willing to implement the consensus reached by the two leaders during their meeting in Beijing in October last year.';
  const past = meetings(eventsOf(text, '2024-06-10')).find((m) => m.date?.value === '2023-10');
  assert.equal(past?.status, 'occurred');
  // A meeting to come in a later month stays a plan.
  const later = meetings(eventsOf(text.replace('is willing to implement the consensus reached by the two leaders during their meeting in Beijing in October last year', 'will present the plan during their meeting in Beijing in October next year'), '2024-06-10')).find((m) => m.date?.value === '2025-10');
  assert.equal(later?.status, 'planned');
});

test('"X is not expected to travel to Athens" is no plan; "X is expected to travel to Athens" is one', () => {
  assert.equal(eventsOf('Fidan is not expected to travel to Athens before the summer, a Turkish official said.', '2025-05-16').length, 0);
  assert.equal(eventsOf('Fidan is expected to travel to Athens before the summer, a Turkish official said.', '2025-05-16').filter((e) => e.kind === 'visit' && e.status === 'planned').length, 1);
});

test('"the meeting of the intergovernmental commission, which is scheduled to be held in Astana in the autumn" is the two states\' plan', () => {
  const text = 'Russian Deputy Prime Minister Alexei Overchuk held talks with Murat Nurtleu in Moscow on Tuesday.\n\n'
    + 'The sides discussed the preparation of the meeting of the intergovernmental commission on cooperation, which is scheduled to be held in Astana in the autumn.';
  const plan = eventsOf(text, '2024-03-05').find((e) => e.kind === 'meeting' && e.status === 'planned');
  assert.deepEqual(plan?.participants.map((p) => p.country).sort(), ['KZ', 'RU']);
  assert.equal(plan?.location?.name, 'Astana');
  assert.equal(plan?.date?.value, '2024');
  // "the meeting of the party's congress" is no commission of two states.
  assert.equal(eventsOf(text.replace('intergovernmental commission on cooperation', 'ruling party s congress'), '2024-03-05').filter((e) => e.status === 'planned').length, 0);
});

test('"the Joint Permanent Commission, which last met in 2019, will meet in Maputo in September" is the two states\' plan', () => {
  const text = 'President Samia Suluhu Hassan held talks with Mozambican President Daniel Chapo in Dar es Salaam on Monday.\n\n'
    + 'The two leaders also agreed that the Joint Permanent Commission for Cooperation, which last met in 2019, will meet in Maputo in September.';
  const plan = eventsOf(text, '2025-05-20').find((e) => e.kind === 'meeting' && e.status === 'planned');
  assert.deepEqual(plan?.participants.map((p) => p.country).sort(), ['MZ', 'TZ']);
  assert.equal(plan?.location?.name, 'Maputo');
  // "the ruling party's central committee will meet" is no meeting of the two states.
  const party = eventsOf(text.replace('the Joint Permanent Commission for Cooperation, which last met in 2019,', 'the ruling party s central committee'), '2025-05-20');
  assert.ok(!party.some((e) => e.status === 'planned' && e.participants.some((p) => p.country === 'MZ')));
});

test('"a row that has kept the two countries from signing a treaty" reports no signing; "signed a treaty" does', () => {
  const text = 'TOKYO (Reuters) - Putin arrived on Thursday for talks with Prime Minister Shinzo Abe, who hopes to end a row that has kept the two countries from signing a peace treaty.';
  assert.ok(!eventsOf(text, '2016-12-15').some((e) => e.kind === 'signing'));
  const signed = eventsOf('TOKYO (Reuters) - Putin and Prime Minister Shinzo Abe signed a peace treaty on Thursday.', '2016-12-15');
  assert.ok(signed.some((e) => e.kind === 'signing'));
});

test('"X, the most senior U.S. official to visit China since ..., landed" is the trip made, not one planned', () => {
  const events = eventsOf('BEIJING - Blinken, the most senior U.S. official to visit China since President Joe Biden took office, landed in Beijing on Sunday.', '2023-06-19');
  assert.deepEqual(events.filter((e) => e.kind === 'visit').map((e) => e.status), ['occurred']);
  // A plan stays one: "Blinken, who plans to visit China next month".
  const plan = eventsOf('WASHINGTON - Blinken, who plans to visit China next month, spoke to reporters on Sunday.', '2023-06-19');
  assert.ok(plan.some((e) => e.kind === 'visit' && e.status === 'planned'));
});

test('"X flies later on Tuesday to Ivory Coast" is a trip to come that day; "no plans for the president to stop in Niger" is none', () => {
  const text = 'OUAGADOUGOU (Reuters) - Macron met President Kabore on Tuesday. Macron flies later on Tuesday to Ivory Coast. '
    + 'Aides said there were no plans for the president to stop in Niger on this trip.';
  const visits = eventsOf(text, '2017-11-28').filter((e) => e.kind === 'visit');
  assert.deepEqual(visits.map((v) => [v.host, v.status, v.date?.value]), [['CI', 'planned', '2017-11-28']]);
  // A trip told in the past: "flew on Monday to Ivory Coast".
  const past = eventsOf('OUAGADOUGOU (Reuters) - Macron flew on Monday to Ivory Coast.', '2017-11-28').filter((e) => e.kind === 'visit');
  assert.deepEqual(past.map((v) => [v.host, v.status]), [['CI', 'occurred']]);
});

test('"X said in a speech on Thursday, hours before flying to Mexico City" is a trip still to come that day; "days after flying" is not', () => {
  const text = 'AUSTIN, Texas (Reuters) - Tillerson spoke on Thursday. "We are neighbours," Tillerson said in a speech at the university, hours before flying to Mexico City.';
  const [trip] = eventsOf(text, '2018-02-01').filter((e) => e.kind === 'visit');
  assert.deepEqual([trip?.status, trip?.date?.value, trip?.location?.name], ['planned', '2018-02-01', 'Mexico City']);
  const [after] = eventsOf(text.replace('hours before flying', 'days after flying'), '2018-02-01').filter((e) => e.kind === 'visit');
  assert.notEqual(after?.status, 'planned');
});

test('"said he would love to meet Kim during the trip, but no meeting materialised" is no engagement; "said he would meet Kim on Friday" is a plan', () => {
  assert.equal(eventsOf('BUSAN - Trump had said he would love to meet North Korean leader Kim Jong Un during the trip, but no meeting materialised.', '2025-10-30').length, 0);
  const plan = eventsOf('BUSAN - Trump said he would meet North Korean leader Kim Jong Un on Friday.', '2025-10-30').filter((e) => e.kind === 'meeting');
  assert.deepEqual(plan.map((e) => e.status), ['planned']);
});

test('"X\'s meeting with Y, which had been set for Tuesday, has been postponed until Friday": planned on Friday; the call "and the two agreed to reschedule" was held', () => {
  const text = 'PARIS (Reuters) - French President Emmanuel Macron s first meeting with U.S. President Donald Trump, which had been set for Tuesday, has been postponed until Friday because of a storm, officials said. '
    + 'Trump spoke with Macron by telephone on Monday evening and the two agreed to reschedule.';
  const events = eventsOf(text, '2017-03-14');
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.deepEqual([meeting?.status, meeting?.date?.value], ['planned', '2017-03-17']);
  const call = events.find((e) => e.kind === 'call');
  assert.deepEqual([call?.status, call?.date?.value], ['occurred', '2017-03-13']);
});

test('"X will receive Y", "told reporters on Wednesday that Putin would receive Y on Thursday evening": a plan, on the day of the plan', () => {
  const plan = eventsOf('Kremlin aide Yuri Ushakov told reporters in Moscow on Wednesday that Putin would receive Witkoff and Kushner in the Kremlin on Thursday evening.', '2026-01-21')
    .find((e) => e.kind === 'meeting');
  assert.deepEqual([plan?.status, plan?.date?.value], ['planned', '2026-01-22']);
  assert.equal(eventsOf('Xi will receive Mishustin in Beijing next week.', '2023-12-13').find((e) => e.kind === 'meeting')?.status, 'planned');
  // A reporting day still dates talks told in the past: "said on Monday that Putin received Witkoff".
  const past = eventsOf('Ushakov said on Monday that Putin received Witkoff in the Kremlin.', '2026-01-21').find((e) => e.kind === 'meeting');
  assert.equal(past?.date?.value, '2026-01-19');
});

test('"after which he will be received by President X" is a plan: a participle after "be" is no past', () => {
  const events = eventsOf('Lavrov is scheduled to hold talks with Foreign Minister Veronica Macamo, after which he will be received by President Filipe Nyusi.', '2023-05-31');
  assert.ok(events.filter((e) => e.kind === 'meeting').every((e) => e.status === 'planned'), JSON.stringify(events.map((e) => [e.kind, e.status])));
  // "was received by" stays a meeting held.
  assert.equal(eventsOf('Lavrov was received by President Filipe Nyusi on Wednesday.', '2023-05-31').find((e) => e.kind === 'meeting')?.status, 'occurred');
});
