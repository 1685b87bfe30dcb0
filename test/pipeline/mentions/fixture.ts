// A small in-memory knowledge base and a Doc builder for mention and quote tests.
import { createDoc, type Doc } from '../../../src/core/doc.js';
import type { Range } from '../../../src/core/span.js';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import type { KnowledgeBase } from '../../../src/kb/types.js';

export const REFERENCE_DATE = '2024-07-08';

export function smallKb(): KnowledgeBase {
  return buildKnowledgeBase({
    countries: [
      { code: 'RU', name: 'Russia', aliases: ['Russian Federation'], adjectives: ['Russian'], capital: 'Moscow', seats: ['the Kremlin'] },
      { code: 'CN', name: 'China', aliases: ["People's Republic of China"], adjectives: ['Chinese', 'Sino'], capital: 'Beijing' },
      { code: 'US', name: 'United States', aliases: ['U.S.', 'US', 'United States of America'], adjectives: ['American', 'U.S.'], capital: 'Washington', seats: ['the White House'] },
      { code: 'JP', name: 'Japan', aliases: [], adjectives: ['Japanese'], capital: 'Tokyo' },
      { code: 'KZ', name: 'Kazakhstan', aliases: [], adjectives: ['Kazakh'], capital: 'Astana' },
      { code: 'PH', name: 'Philippines', aliases: ['the Philippines'], adjectives: ['Philippine', 'Filipino'], capital: 'Manila' },
    ],
    cities: [
      { id: 'city:astana', name: 'Astana', aliases: ['Nur-Sultan'], country: 'KZ', lat: 51.17, lon: 71.43, population: 1000000 },
      { id: 'city:moscow', name: 'Moscow', aliases: [], country: 'RU', lat: 55.75, lon: 37.62, population: 12000000 },
      { id: 'city:beijing', name: 'Beijing', aliases: [], country: 'CN', lat: 39.9, lon: 116.4, population: 20000000 },
    ],
    people: [
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], gender: 'm', country: 'RU', roles: [{ title: 'president', of: 'RU', from: '2012-05-07' }] },
      { id: 'person:xi-jinping', name: 'Xi Jinping', aliases: ['Xi'], gender: 'm', country: 'CN', roles: [{ title: 'president', of: 'CN', from: '2013-03-14' }] },
      { id: 'person:wang-yi', name: 'Wang Yi', aliases: [], gender: 'm', country: 'CN', roles: [{ title: 'foreign minister', of: 'CN', from: '2023-07-25' }] },
      { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], gender: 'm', country: 'RU', roles: [{ title: 'foreign minister', of: 'RU', from: '2004-03-09' }] },
    ],
    organizations: [
      { id: 'org:white-house', name: 'White House', aliases: ['the White House'], kind: 'government', country: 'US' },
      { id: 'org:sco', name: 'Shanghai Cooperation Organisation', acronym: 'SCO', aliases: ['Shanghai Cooperation Organization'], kind: 'igo' },
    ],
  });
}

/** A Doc over `text` with one paragraph per line and naive sentences (the segment stage is tested on its own). */
export function docOf(text: string, published: string | null = REFERENCE_DATE): Doc {
  const doc = createDoc({ id: 't', text, published });
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const p = doc.paragraphs.length;
      doc.paragraphs.push({ start: offset, end: offset + line.length });
      for (const m of line.matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)/g)) {
        const lead = m[0].length - m[0].trimStart().length;
        const r: Range = { start: offset + m.index + lead, end: offset + m.index + m[0].trimEnd().length };
        if (r.end > r.start) doc.sentences.push({ range: r, paragraph: p });
      }
    }
    offset += line.length + 1;
  }
  return doc;
}
