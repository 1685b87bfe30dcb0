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
  const qs = quotesOf('“We are not creating blocks or alliances, we act for our people,” Putin said.');
  const q = quoteWith(qs, 'We are not creating blocks');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.equal(speaker(q), 'Vladimir Putin');
  assert.ok(!q.text.includes('Putin said'));
});

test('a quotation introduced by its speaker, and one that only follows it', () => {
  const qs = quotesOf('Xi, for his part, declared: “The agreements reached between China and Russia are being fully implemented.”\n“Cooperation is progressing smoothly in every direction we outlined,” he added.');
  assert.equal(speaker(quoteWith(qs, 'agreements reached')), 'Xi Jinping');
  assert.equal(speaker(quoteWith(qs, 'progressing smoothly')), 'Xi Jinping');
});

test('a pronoun speaker with the wrong gender still goes to the last speaker', () => {
  const qs = quotesOf('Putin spoke first. “Relations between Russia and China are at their best,” she said.');
  assert.equal(speaker(quoteWith(qs, 'Relations between Russia')), 'Vladimir Putin');
});

test('reported speech in both orders', () => {
  const qs = quotesOf('Wang Yi said that China and Russia should strengthen strategic communication.\nThe two sides should support the central role of the UN in world affairs, said Lavrov.');
  assert.equal(speaker(quoteWith(qs, 'strengthen strategic communication')), 'Wang Yi');
  assert.equal(speaker(quoteWith(qs, 'central role of the UN')), 'Sergey Lavrov');
  assert.ok(qs.every((q) => !q.direct));
});

test('"according to" names the speaker, a readout does not', () => {
  const qs = quotesOf('According to Putin, Moscow and Beijing continue to strengthen their interaction.');
  assert.equal(speaker(quoteWith(qs, 'continue to strengthen')), 'Vladimir Putin');
  const none = quotesOf('According to a readout, the talks lasted three hours and covered many topics.');
  assert.deepEqual(none, []);
});

test('unnamed officials speak for their country; a named ministry for itself', () => {
  const qs = quotesOf('China needs to do more to comply with the resolutions, a senior White House official said on Monday.\nChina s Foreign Ministry said they had a deep exchange of views on the issue.');
  const a = quoteWith(qs, 'China needs to do more');
  assert.equal(a?.speaker?.kind, 'country');
  assert.equal(a?.speaker?.country, 'US');
  assert.equal(speaker(quoteWith(qs, 'deep exchange of views')), 'Chinese Foreign Ministry');
});

test('quotations whose marks were stripped to double spaces', () => {
  const text = 'Trump spoke to reporters on Monday.  We would like to see China follow through on those commitments,  a White House official said. The talks went on.';
  const doc = docOf(text);
  doc.paragraphs = [{ start: 0, end: text.length }];
  findMentions(doc, { kb });
  findQuotes(doc, { kb });
  const q = quoteWith(doc.quotes, 'We would like to see China');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.ok(!q.text.includes('official said'));
  assert.equal(q.speaker?.country, 'US');
});

test('a sentence that goes on with the speaker in the next paragraph', () => {
  const qs = quotesOf('Lavrov said relations between Russia and China have withstood the test of time.\nRussia is willing to maintain close high-level exchanges with China.');
  assert.equal(speaker(quoteWith(qs, 'Russia is willing')), 'Sergey Lavrov');
});

test('a sentence split between two speakers', () => {
  const qs = quotesOf('Putin said relations are at their best in history, while Xi said cooperation is progressing well everywhere.');
  assert.equal(speaker(quoteWith(qs, 'cooperation is progressing')), 'Xi Jinping');
  assert.equal(speaker(quoteWith(qs, 'relations are at their best')), 'Vladimir Putin');
});

test('negative: narration without a speech act gives no quotes', () => {
  const qs = quotesOf('Putin visited China in May. The delegations signed ten documents. The meeting took place in Astana.');
  assert.deepEqual(qs, []);
});

test('negative: scare quotes of a few words are not quotations on their own', () => {
  const qs = quotesOf('The leaders pledged “forever friendship” at the ceremony in Astana.');
  assert.deepEqual(qs, []);
});

test('negative: "told" takes its listener after it, not a speaker', () => {
  const qs = quotesOf('Sources familiar with the plan told Reuters the deal would be signed.');
  assert.ok(qs.every((q) => q.speaker?.name !== 'Reuters'));
});
