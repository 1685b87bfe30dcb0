import type { ArticleInput } from '../../src/core/doc.js';
import type { ArticleRecord, RecordEvent, RecordQuote } from '../../src/core/record.js';
import type { Span } from '../../src/core/span.js';

/** The span of `needle` in `text` (the test fails loudly if a fixture's needle is missing). */
export function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

const WANG = { name: 'Wang Yi', country: 'CN', id: 'person:wang-yi', role: 'foreign minister' };
const LAVROV = { name: 'Sergey Lavrov', country: 'RU', id: 'person:sergey-lavrov', role: 'foreign minister' };
const PUTIN = { name: 'Vladimir Putin', country: 'RU', id: 'person:vladimir-putin', role: 'president' };
const ERDOGAN = { name: 'Recep Tayyip Erdogan', country: 'TR', id: 'person:recep-tayyip-erdogan', role: 'president' };

function record(input: ArticleInput, events: RecordEvent[], quotes: RecordQuote[], countries: string[]): ArticleRecord {
  return {
    id: input.id, title: input.title, published: input.published ?? null, published_how: 'metadata',
    persons: [], organizations: [], places: [], countries, events, quotes, diagnostics: [], pipeline: 'test',
  };
}

const tashkent = { name: 'Tashkent', country: 'UZ', lat: 41.2995, lon: 69.2401 };
const sco = { name: 'SCO Council of Foreign Ministers', id: 'gathering:sco-cfm-2022' };

const text1 = 'TASHKENT, July 28 -- Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov on Thursday.\n'
  + 'Wang said China would strengthen strategic communication with Russia in a timely manner.\n'
  + 'The talks were held on the sidelines of the SCO Council of Foreign Ministers.';
const article1: ArticleInput = { id: 'a1', title: 'Wang Yi meets Lavrov in Tashkent', text: text1, published: '2022-07-28', source: 'a1.txt' };

const text2 = 'Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi held talks in Tashkent in July 2022.\n'
  + 'Lavrov said the two sides <b>agreed</b> on everything.';
const article2: ArticleInput = { id: 'a2', title: 'Lavrov, Wang hold talks', text: text2, published: '2022-08-01', source: 'a2.txt' };

const text3 = 'Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on March 10, 2023.\n'
  + 'Erdogan said Turkey was ready to host new talks on grain exports.';
const article3: ArticleInput = { id: 'a3', title: 'Putin, Erdogan talk by phone', text: text3, published: '2023-03-11', source: 'a3.txt' };

const meeting = (text: string, date: string, sentence: string): RecordEvent => ({
  id: 'e1', kind: 'meeting', status: 'occurred', participants: [WANG, LAVROV], date, date_how: 'explicit',
  location: tashkent, occasion: sco, evidence: [spanOf(text, sentence)], rule: 'test/meeting', confidence: 0.9,
});

/** Three hand-made articles: one meeting reported twice (with different date precision), one phone call. */
export const FIXTURES: { input: ArticleInput; record: ArticleRecord }[] = [
  {
    input: article1,
    record: record(article1, [meeting(text1, '2022-07-28', 'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov on Thursday.')], [
      { id: 'q1', speaker: WANG, text: 'China would strengthen strategic communication with Russia in a timely manner', direct: false,
        evidence: [spanOf(text1, 'Wang said China would strengthen strategic communication with Russia in a timely manner.')], rule: 'test/quote', confidence: 0.8 },
    ], ['CN', 'RU', 'UZ']),
  },
  {
    input: article2,
    record: record(article2, [meeting(text2, '2022-07', 'Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi held talks in Tashkent in July 2022.')], [
      { id: 'q1', speaker: LAVROV, text: 'the two sides <b>agreed</b> on everything', direct: false,
        evidence: [spanOf(text2, 'Lavrov said the two sides <b>agreed</b> on everything.')], rule: 'test/quote', confidence: 0.8 },
    ], ['CN', 'RU', 'UZ']),
  },
  {
    input: article3,
    record: record(article3, [{
      id: 'e1', kind: 'call', status: 'occurred', participants: [PUTIN, ERDOGAN], date: '2023-03-10', date_how: 'explicit',
      location: null, occasion: null, rule: 'test/call', confidence: 0.9,
      evidence: [spanOf(text3, 'Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on March 10, 2023.')],
    }], [
      { id: 'q1', speaker: ERDOGAN, text: 'Turkey was ready to host new talks on grain exports', direct: false,
        evidence: [spanOf(text3, 'Erdogan said Turkey was ready to host new talks on grain exports.')], rule: 'test/quote', confidence: 0.8 },
    ], ['RU', 'TR']),
  },
];
