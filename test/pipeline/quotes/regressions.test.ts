// Regression cases for quote attribution, one per bug met on real articles (phrases rewritten).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../../src/pipeline/mentions/index.js';
import { findQuotes } from '../../../src/pipeline/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';
import { docOf, smallKb } from '../mentions/fixture.js';

const kb = smallKb();
const quotesOf = (text: string): Quote[] => {
  const doc = docOf(text);
  findMentions(doc, { kb });
  findQuotes(doc, { kb });
  return doc.quotes;
};
const speakerOf = (qs: Quote[], words: string): string | undefined => {
  const q = qs.find((x) => x.text.includes(words));
  return q ? (q.speaker?.name ?? q.speaker?.country ?? '?') : undefined;
};

const cases: { name: string; text: string; words: string; speaker: string | undefined }[] = [
  {
    name: 'a participle speaks for the subject of its own clause',
    text: 'Lavrov stayed in Moscow this week, and Wang Yi traveled to Astana, warning that the two sides must keep their pledges.',
    words: 'must keep their pledges', speaker: 'Wang Yi',
  },
  {
    name: 'a country that announces something acts, it does not speak',
    text: 'Russia announced a ten-day truce in the region in June of that year.',
    words: 'ten-day truce', speaker: undefined,
  },
  {
    name: 'a person who announces something makes a statement',
    text: 'Putin on Monday announced a three-day truce starting from midnight on the eighth.',
    words: 'three-day truce', speaker: 'Vladimir Putin',
  },
  {
    name: 'a dateline is not the subject of a participle',
    text: 'MOSCOW (Reuters) - Putin flew into Astana on Monday, saying the work of the mission was largely done there.',
    words: 'largely done', speaker: 'Vladimir Putin',
  },
  {
    name: 'an aside between commas does not name the speaker',
    text: 'Chinese envoy Kong Xuanyou, representing the Chinese government, said diplomatic efforts had yielded tangible progress.',
    words: 'tangible progress', speaker: 'Kong Xuanyou',
  },
  {
    name: 'a person before an unclosed apposition speaks',
    text: 'A break-up is feared by many in the region, Andrei Denisov, chairman of the Moscow Security Forum told reporters in Astana.',
    words: 'A break-up is feared', speaker: 'Andrei Denisov',
  },
  {
    name: 'a quotation inside reported speech goes with its sentence and speaker',
    text: 'China s Foreign Ministry said the two envoys had a “deep exchange of views on the peninsula issue” in Beijing on Monday.',
    words: 'deep exchange of views', speaker: 'Chinese Foreign Ministry',
  },
  {
    name: '"according to" a news agency gives a source, not a speaker',
    text: 'According to Reuters, the envoys met in Astana with their counterparts on Saturday for long talks.',
    words: 'the envoys met', speaker: undefined,
  },
  {
    name: 'a passive reports no speaker',
    text: 'Lavrov, in Astana since Sunday night, is expected to join the talks at the mission before heading home.',
    words: 'join the talks', speaker: undefined,
  },
  {
    name: '"X was quoted as saying" attributes the sentence, even with "by ..." after it',
    text: 'Moscow has said many delegates will take part, Wang Yi was quoted as saying by state media on Wednesday.',
    words: 'many delegates will take part', speaker: 'Wang Yi',
  },
  {
    name: 'a title word before a name does not hide the subject',
    text: 'Kremlin aide Yuri Ushakov told reporters after the call that the conversation had lasted an hour.',
    words: 'had lasted an hour', speaker: 'Yuri Ushakov',
  },
  {
    name: '"continued pressing" is not speech',
    text: 'Xi described it as unfair that Putin continued pressing for a deal, cautioning that peace would not come soon.',
    words: 'peace would not come soon', speaker: 'Xi Jinping',
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.equal(speakerOf(quotesOf(c.text), c.words), c.speaker);
  });
}

test('a question the writer asks does not go on with the last speaker', () => {
  const qs = quotesOf('Lavrov said relations between Russia and China are at their best.\nBut can a few hours of talks break the deadlock between them?');
  assert.equal(speakerOf(qs, 'break the deadlock'), undefined);
});

test('"X said A, while Y said B" gives each speaker their part', () => {
  const qs = quotesOf('Putin said relations are at their best in history, while a White House official said the talks were only a first step.');
  assert.equal(speakerOf(qs, 'only a first step'), 'US');
  assert.equal(speakerOf(qs, 'at their best'), 'Vladimir Putin');
});

test('a quotation after ", saying:" belongs to the sentence subject, not the last speaker', () => {
  const qs = quotesOf('Putin said the talks went well.\nXi made his stance clear at the summit on Friday, saying: “You can negotiate without us, but it will not bring peace.”');
  assert.equal(speakerOf(qs, 'You can negotiate without us'), 'Xi Jinping');
});
