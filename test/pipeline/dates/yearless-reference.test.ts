import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';

// A base of its own: the years the offices were held are what the year is read from.
const kb = buildKnowledgeBase({
  countries: [
    { code: 'RU', name: 'Russia', aliases: [], adjectives: ['Russian'], capital: 'Moscow' },
    { code: 'KE', name: 'Kenya', aliases: [], adjectives: ['Kenyan'], capital: 'Nairobi' },
    { code: 'TR', name: 'Turkey', aliases: ['Türkiye'], adjectives: ['Turkish'], capital: 'Ankara' },
  ],
  cities: [
    { id: 'city:ke-nairobi', name: 'Nairobi', aliases: [], country: 'KE', lat: -1.29, lon: 36.82 },
    { id: 'city:tr-ankara', name: 'Ankara', aliases: [], country: 'TR', lat: 39.93, lon: 32.85 },
    { id: 'city:ru-moscow', name: 'Moscow', aliases: [], country: 'RU', lat: 55.75, lon: 37.62 },
  ],
  organizations: [],
  people: [
    { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], country: 'RU', roles: [{ title: 'foreign minister', of: 'RU', from: '2004-03-09' }] },
    { id: 'person:hakan-fidan', name: 'Hakan Fidan', aliases: ['Fidan'], country: 'TR', roles: [{ title: 'foreign minister', of: 'TR', from: '2023-06-03' }] },
    { id: 'person:william-ruto', name: 'William Ruto', aliases: [], country: 'KE', roles: [{ title: 'president', of: 'KE', from: '2022-09-13' }, { title: 'deputy president', of: 'KE', from: '2013-04-09', to: '2022-09-13' }] },
    { id: 'person:mevlut-cavusoglu', name: 'Mevlut Cavusoglu', aliases: ['Cavusoglu'], country: 'TR', roles: [{ title: 'foreign minister', of: 'TR', from: '2015-11-24', to: '2023-06-03' }] },
    // (The latest role in the base: no article is dated more than a year after it.)
    { id: 'person:new-envoy', name: 'Ayse Demir', aliases: [], country: 'TR', roles: [{ title: 'ambassador', of: 'TR', from: '2026-01-15' }] },
  ],
  gatherings: [],
  anniversaries: [],
});

const run = (text: string, published: string | null = null) => runPipeline({ id: 't', text, published }, { kb });
const values = (doc: ReturnType<typeof run>): string[] => doc.dates.map((d) => d.value);

test('yearless copy: the dateline day falls on the lead weekday in one year of the offices named', () => {
  // March 5 is a Wednesday in 2025, a Tuesday in 2024 and a Thursday in 2026 (Fidan's years up to the base's horizon).
  const doc = run('Lavrov in Ankara\n\nANKARA, March 5. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan Fidan on Wednesday.\n\nLavrov arrived in the Turkish capital on Tuesday evening.\n');
  assert.equal(doc.referenceDate, '2025-03-05');
  assert.equal(doc.published, null, 'an inferred reference is no publication date');
  // (The dateline's own "March 5", then the lead's Wednesday, then Tuesday evening.)
  assert.deepEqual(values(doc), ['2025-03-05', '2025-03-05', '2025-03-04']);
  assert.ok(doc.diagnostics.some((d) => d.code === 'I_DATES_REFERENCE_INFERRED' && d.message.includes('2025-03-05')));
});

test('yearless copy: a weekday on the day before the dateline when none falls on it', () => {
  // November 12 is a Tuesday in 2024, a Wednesday in 2025, a Thursday in 2026: "on Monday" is the day before in 2024 only.
  const doc = run('Talks in Moscow\n\nMOSCOW, November 12. /TASS/. Turkish Foreign Minister Hakan Fidan is holding talks with Sergey Lavrov.\n\nFidan arrived in Moscow on Monday.\n');
  assert.equal(doc.referenceDate, '2024-11-12');
  assert.deepEqual(values(doc), ['2024-11-12', '2024-11-11']);
});

test('yearless copy: no year when several fit, when nobody is named with an office, or when the offices never met', () => {
  // Lavrov's term alone: March 5 is a Wednesday in 2008, 2014 and 2025.
  assert.equal(run('MOSCOW, March 5. /TASS/. Russian Foreign Minister Sergey Lavrov spoke to reporters on Wednesday.\n').referenceDate, null);
  assert.equal(run('ANKARA, March 5. /TASS/. Hakan Fidan met Sergey Lavrov on Wednesday.\n').referenceDate, null);
  // No weekday: nothing says which of Fidan's years.
  assert.equal(run('ANKARA, March 5. /TASS/. Turkish Foreign Minister Hakan Fidan met Sergey Lavrov.\n').referenceDate, null);
  // No dateline day: nothing to place in a year.
  assert.equal(run('ANKARA. Turkish Foreign Minister Hakan Fidan met Sergey Lavrov on Wednesday.\n').referenceDate, null);
});

test('yearless copy: an office once held ("former Foreign Minister") dates nothing', () => {
  // Counted, Cavusoglu's term (to June 2023) and Fidan's (from June 2023) would leave no March 5 at all.
  const doc = run('ANKARA, March 5. /TASS/. Turkish Foreign Minister Hakan Fidan met Sergey Lavrov on Wednesday, a day after former Foreign Minister Mevlut Cavusoglu called for new talks.\n');
  assert.equal(doc.referenceDate, '2025-03-05');
});

test('yearless copy: a title met in full ("President") wins over a role that merely ends in it ("deputy president")', () => {
  // As president from September 2022, May 31 is a Wednesday in 2023 alone; his years as deputy president would add
  // 2017 (a Wednesday too) and leave no single year.
  const doc = run('NAIROBI, May 31. /TASS/. Kenyan President William Ruto received Sergey Lavrov on Wednesday.\n');
  assert.equal(doc.referenceDate, '2023-05-31');
});

test('yearless copy: a publication date that came with the article is kept', () => {
  const doc = run('ANKARA, March 5. /TASS/. Turkish Foreign Minister Hakan Fidan met Sergey Lavrov on Wednesday.\n', '2025-03-06');
  assert.equal(doc.referenceDate, '2025-03-06');
  assert.ok(!doc.diagnostics.some((d) => d.code === 'I_DATES_REFERENCE_INFERRED'));
});
