// Rules about which clause a date, a subject or a country belongs to, and when two reports are one event, read
// by the whole pipeline with the real knowledge base on new sentences (other actors than the evaluation set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { DiplomaticEvent } from '../../../src/core/types.js';

const kb = loadKnowledgeBase();
const eventsOf = (text: string, published: string): DiplomaticEvent[] => runPipeline({ id: 't', text, published }, { kb }).events;
const names = (e: DiplomaticEvent): string[] => e.participants.map((p) => (p.kind === 'person' ? p.name! : p.country!)).sort();
const one = (events: DiplomaticEvent[], kind: string): DiplomaticEvent => {
  const found = events.filter((e) => e.kind === kind);
  assert.equal(found.length, 1, `one ${kind}: ${JSON.stringify(events.map((e) => [e.kind, names(e), e.date?.value]))}`);
  return found[0]!;
};

test('a weekday inside a relative clause after the trigger dates that clause, not the visit', () => {
  const events = eventsOf('Indian Foreign Minister Subrahmanyam Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo. Jaishankar later visited Hiroshima, which the two ministers had discussed on Tuesday, to lay a wreath.', '2024-03-08');
  const visit = one(events, 'visit');
  assert.notEqual(visit.date?.value, '2024-03-05');
});

test('a relative clause about the summit itself still dates it', () => {
  const events = eventsOf('Kazakh President Kassym-Jomart Tokayev met Indian Prime Minister Narendra Modi at the SCO summit, which opened on July 4 in Astana.', '2024-07-06');
  const meeting = one(events, 'meeting');
  assert.equal(meeting.date?.value, '2024-07-04');
});

test('a date past a subordinate clause opening belongs to that clause', () => {
  const events = eventsOf('Indian Prime Minister Narendra Modi arrived in Tokyo a week after Japanese Prime Minister Fumio Kishida dissolved parliament in 2021 over a scandal.', '2024-03-08');
  const visit = one(events, 'visit');
  assert.notEqual(visit.date?.value, '2021');
  const plain = one(eventsOf('Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a two-day visit.', '2024-03-08'), 'visit');
  assert.equal(plain.date?.value.slice(0, 7), '2024-03');
});

test('a country inside a definite description is no party; the person it describes is', () => {
  const events = eventsOf('U.S. Secretary of State Antony Blinken opened the talks in Berlin. The chief U.S. diplomat flew into Paris a little more than a week after French President Emmanuel Macron unveiled a plan.', '2023-06-10');
  const visit = events.find((e) => e.kind === 'visit' && e.location?.name === 'Paris');
  assert.ok(visit, 'a visit to Paris');
  assert.deepEqual(names(visit), ['Antony Blinken']);
});

test('the one who sent the invitation is the host; the one who accepted it travels', () => {
  const events = eventsOf('Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping last year. The statement said Lula had accepted an invitation from Xi to visit China next year.', '2024-05-10');
  const visit = events.find((e) => e.kind === 'visit' && e.status === 'planned');
  assert.ok(visit, 'a planned visit');
  assert.equal(visit.host, 'CN');
  assert.deepEqual(names(visit), ['Luiz Inacio Lula da Silva', 'Xi Jinping'].sort());
  // No invitation: the person named last before the trigger is the traveller, and a trip to his own country is none.
  assert.ok(!eventsOf('Chinese President Xi Jinping will visit China next year.', '2024-05-10').some((e) => e.kind === 'visit'));
});

test('a government named as the other party is the same talks as its leader named elsewhere on that day', () => {
  const events = eventsOf('BRASILIA (Reuters) - U.S. Secretary of State Antony Blinken met Brazilian leaders on Wednesday to discuss trade. Blinken held talks with Brazilian President Luiz Inacio Lula da Silva on Wednesday at the presidential palace.', '2024-02-21');
  const meetings = events.filter((e) => e.kind === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map(names)));
  assert.deepEqual(names(meetings[0]!), ['Antony Blinken', 'Luiz Inacio Lula da Silva'].sort());
  // A government's talks on another day stay apart.
  const apart = eventsOf('U.S. Secretary of State Antony Blinken met Brazilian officials in January. Blinken held talks with Brazilian President Luiz Inacio Lula da Silva on Wednesday.', '2024-02-21');
  assert.equal(apart.filter((e) => e.kind === 'meeting').length, 2);
});

test('a vague planned visit gets no city guessed from the article', () => {
  const events = eventsOf('SEOUL (Reuters) - Protests were held in Seoul on Monday. Police in Seoul said the crowd was peaceful. Japanese Prime Minister Fumio Kishida will visit South Korea this year, his office said.', '2023-03-06');
  const visit = events.find((e) => e.kind === 'visit');
  assert.ok(visit);
  assert.equal(visit.location, null);
});

test('past the comma that closes a subordinate clause, the subject\'s own verb and date come back', () => {
  const events = eventsOf('Kenyan President William Ruto, on his first state visit to Uganda since Museveni was sworn in, arrived in Kampala on Monday evening.', '2026-06-10');
  assert.equal(one(events, 'visit').date?.value, '2026-06-08');
  // Inside the subordinate clause the date stays its own.
  const inside = eventsOf('Uganda and Kenya signed a rail deal on Wednesday. Kenyan President William Ruto made his first state visit to Uganda since Museveni was sworn in on Monday.', '2026-06-10');
  assert.notEqual(one(inside, 'visit').date?.value, '2026-06-08');
});
