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
const speaker = (q: Quote | undefined): string | undefined => q?.speaker?.name ?? q?.speaker?.country;
const quoteWith = (qs: Quote[], words: string): Quote | undefined => qs.find((q) => q.text.includes(words));

test('a curly quotation with its speaker after it', () => {
  const qs = quotesOf('“Our trade with Asia has doubled in five years, and it will keep growing,” Putin said.');
  const q = quoteWith(qs, 'Our trade with Asia has doubled');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.equal(speaker(q), 'Vladimir Putin');
  assert.ok(!q.text.includes('Putin said'));
});

test('a quotation introduced by its speaker, and one that only follows it', () => {
  const qs = quotesOf('Xi, in turn, declared: “The new rail link to Kazakhstan will open on time.”\n“Freight volumes are already above our forecast,” he added.');
  assert.equal(speaker(quoteWith(qs, 'rail link to Kazakhstan')), 'Xi Jinping');
  assert.equal(speaker(quoteWith(qs, 'Freight volumes are already')), 'Xi Jinping');
});

test('a pronoun speaker with the wrong gender still goes to the last speaker', () => {
  const qs = quotesOf('Putin spoke first. “The grain deal with Japan is good for both sides,” she said.');
  assert.equal(speaker(quoteWith(qs, 'The grain deal with Japan')), 'Vladimir Putin');
});

test('reported speech in both orders', () => {
  const qs = quotesOf('Wang Yi said that China would open two new consulates in Kazakhstan.\nBoth countries want fewer barriers to trade in farm goods, said Lavrov.');
  assert.equal(speaker(quoteWith(qs, 'open two new consulates')), 'Wang Yi');
  assert.equal(speaker(quoteWith(qs, 'fewer barriers to trade')), 'Sergey Lavrov');
  assert.ok(qs.every((q) => !q.direct));
});

test('"according to" names the speaker, a readout does not', () => {
  const qs = quotesOf('According to Putin, Russia and Japan will resume their fishing talks in the autumn.');
  assert.equal(speaker(quoteWith(qs, 'will resume their fishing talks')), 'Vladimir Putin');
  const none = quotesOf('According to a readout, the talks lasted three hours and covered many topics.');
  assert.deepEqual(none, []);
});

test('unnamed officials speak for their country; a named ministry for itself', () => {
  const qs = quotesOf('Russia must do more to open its grain market, a senior White House official said on Monday.\nJapan s Foreign Ministry said the two envoys held frank talks on fishing rights.');
  const a = quoteWith(qs, 'Russia must do more');
  assert.equal(a?.speaker?.kind, 'country');
  assert.equal(a?.speaker?.country, 'US');
  assert.equal(speaker(quoteWith(qs, 'frank talks on fishing rights')), 'Japanese Foreign Ministry');
});

test('quotations whose marks were stripped to double spaces', () => {
  const text = 'Trump spoke to reporters on Monday.  We expect Japan to keep its word on the tariffs,  a White House official said. The talks went on.';
  const doc = docOf(text);
  doc.paragraphs = [{ start: 0, end: text.length }];
  findMentions(doc, { kb });
  findQuotes(doc, { kb });
  const q = quoteWith(doc.quotes, 'We expect Japan to keep its word');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.ok(!q.text.includes('official said'));
  assert.equal(q.speaker?.country, 'US');
});

test('a sentence that goes on with the speaker in the next paragraph', () => {
  const qs = quotesOf('Lavrov said the talks with Kazakhstan had gone well.\nRussia is ready to expand its rail freight through the region.');
  assert.equal(speaker(quoteWith(qs, 'Russia is ready to expand')), 'Sergey Lavrov');
});

test('a sentence split between two speakers', () => {
  const qs = quotesOf('Putin said the pipeline would be finished next year, while Xi said the price was still open to discussion.');
  assert.equal(speaker(quoteWith(qs, 'price was still open')), 'Xi Jinping');
  assert.equal(speaker(quoteWith(qs, 'pipeline would be finished')), 'Vladimir Putin');
});

test('negative: narration without a speech act gives no quotes', () => {
  const qs = quotesOf('Putin visited Japan in May. The two sides signed six agreements. The dinner was held in Tokyo.');
  assert.deepEqual(qs, []);
});

test('negative: scare quotes of a few words are not quotations on their own', () => {
  const qs = quotesOf('The leaders pledged “eternal partnership” at the ceremony in Astana.');
  assert.deepEqual(qs, []);
});

test('negative: "told" takes its listener after it, not a speaker', () => {
  const qs = quotesOf('People briefed on the talks told Reuters the deal would be signed.');
  assert.ok(qs.every((q) => q.speaker?.name !== 'Reuters'));
});
