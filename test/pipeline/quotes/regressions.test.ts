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
    text: 'Lavrov remained in Moscow, and Wang Yi flew on to Tokyo, warning that both sides had to honour their promises.',
    words: 'had to honour their promises', speaker: 'Wang Yi',
  },
  {
    name: 'a country that announces something acts, it does not speak',
    text: 'Russia announced a two-week ceasefire along the border in June of that year.',
    words: 'two-week ceasefire', speaker: undefined,
  },
  {
    name: 'a person who announces something makes a statement',
    text: 'Putin on Tuesday announced a pause in the shelling over the holidays.',
    words: 'pause in the shelling', speaker: 'Vladimir Putin',
  },
  {
    name: 'a dateline is not the subject of a participle',
    text: 'MOSCOW (Reuters) - Putin arrived in Astana on Monday, saying the troops had finished their task there.',
    words: 'finished their task', speaker: 'Vladimir Putin',
  },
  {
    name: 'an aside between commas does not name the speaker',
    text: 'Chinese envoy Liu Jianmin, speaking for the Chinese government, said the mediation had brought real results.',
    words: 'brought real results', speaker: 'Liu Jianmin',
  },
  {
    name: 'a person before an unclosed apposition speaks',
    text: 'A split is feared by many in the region, Pavel Orlov, chairman of the Moscow Security Forum told reporters in Astana.',
    words: 'A split is feared', speaker: 'Pavel Orlov',
  },
  {
    name: 'a quotation inside reported speech goes with its sentence and speaker',
    text: 'Japan s Foreign Ministry said the two envoys had a “frank discussion of the fishing dispute” in Tokyo on Monday.',
    words: 'frank discussion of the fishing', speaker: 'Japanese Foreign Ministry',
  },
  {
    name: '"according to" a news agency gives a source, not a speaker',
    text: 'According to Reuters, the envoys met in Astana with their counterparts on Saturday for long talks.',
    words: 'the envoys met', speaker: undefined,
  },
  {
    name: 'a passive reports no speaker',
    text: 'Lavrov, who reached Astana on Sunday, is expected to take part in the final session before flying home.',
    words: 'take part in the final session', speaker: undefined,
  },
  {
    name: '"X was quoted as saying" attributes the sentence, even with "by ..." after it',
    text: 'Moscow has said many delegates will take part, Wang Yi was quoted as saying by state media on Wednesday.',
    words: 'many delegates will take part', speaker: 'Wang Yi',
  },
  {
    name: 'a title word before a name does not hide the subject',
    text: 'Kremlin aide Ilya Sorokin told reporters after the call that the conversation had lasted an hour.',
    words: 'had lasted an hour', speaker: 'Ilya Sorokin',
  },
  {
    name: '"continued pressing" is not speech',
    text: 'Xi called it unreasonable that Putin continued pressing for a quick deal, warning that a lasting settlement would take years.',
    words: 'a lasting settlement would take years', speaker: 'Xi Jinping',
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.equal(speakerOf(quotesOf(c.text), c.words), c.speaker);
  });
}

test('a question the writer asks does not go on with the last speaker', () => {
  const qs = quotesOf('Lavrov said the talks with Japan had been useful.\nBut can one meeting end a dispute that is seventy years old?');
  assert.equal(speakerOf(qs, 'end a dispute'), undefined);
});

test('"X said A, while Y said B" gives each speaker their part', () => {
  const qs = quotesOf('Putin said the pipeline would be finished next year, while a White House official said the talks were only a first step.');
  assert.equal(speakerOf(qs, 'only a first step'), 'US');
  assert.equal(speakerOf(qs, 'pipeline would be finished'), 'Vladimir Putin');
});

test('a quotation after ", saying:" belongs to the sentence subject, not the last speaker', () => {
  const qs = quotesOf('Putin said the talks went well.\nXi set out his view at the summit on Friday, saying: “A deal made over our heads will not last a month.”');
  assert.equal(speakerOf(qs, 'A deal made over our heads'), 'Xi Jinping');
});
