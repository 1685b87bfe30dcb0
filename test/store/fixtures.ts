import type { ArticleInput } from '../../src/core/doc.js';
import type { ArticleRecord, RecordActor, RecordEvent, RecordQuote } from '../../src/core/record.js';

/*
 * Hand-made articles and records for the store and merge tests: they pin the
 * merge rules independently of what the pipeline extracts.
 */

/** Span of the first occurrence of `piece` in `text` (throws when absent, so fixtures stay honest). */
export function spanOf(text: string, piece: string): { start: number; end: number } {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`fixture: "${piece}" not in text`);
  return { start, end: start + piece.length };
}

export const WANG: RecordActor = { name: 'Wang Yi', country: 'CN', id: 'person:wang-yi', role: 'foreign minister' };
export const LAVROV: RecordActor = { name: 'Sergey Lavrov', country: 'RU', id: 'person:sergey-lavrov', role: 'foreign minister' };
export const XI: RecordActor = { name: 'Xi Jinping', country: 'CN', id: 'person:xi-jinping' };
export const PUTIN: RecordActor = { name: 'Vladimir Putin', country: 'RU', id: 'person:vladimir-putin' };
export const TASHKENT = { name: 'Tashkent', country: 'UZ', id: 'city:tashkent', lat: 41.31, lon: 69.28 };

export interface EventSpec extends Partial<Omit<RecordEvent, 'evidence'>> {
  /** Sentence of the text that supports the event. */
  sentence: string;
}

export interface QuoteSpec {
  speaker: RecordActor | null;
  text: string;
  direct?: boolean;
}

export interface ArticleSpec {
  id: string;
  text: string;
  title?: string;
  published?: string | null;
  events?: EventSpec[];
  quotes?: QuoteSpec[];
  persons?: RecordActor[];
  countries?: string[];
  pipeline?: string;
}

/** An ArticleInput and its ArticleRecord built from a spec. */
export function article(spec: ArticleSpec): { input: ArticleInput; record: ArticleRecord } {
  const input: ArticleInput = { id: spec.id, text: spec.text, title: spec.title, published: spec.published ?? null, source: `${spec.id}.txt` };
  const events: RecordEvent[] = (spec.events ?? []).map((e, i) => ({
    id: `e${i + 1}`, kind: e.kind ?? 'meeting', status: e.status ?? 'occurred', participants: e.participants ?? [],
    date: e.date ?? null, ...(e.date_end ? { date_end: e.date_end } : {}), date_how: e.date_how ?? 'explicit',
    location: e.location ?? null, occasion: e.occasion ?? null, ...(e.host ? { host: e.host } : {}),
    evidence: [spanOf(spec.text, e.sentence)], rule: 'test/fixture', confidence: 0.9,
  }));
  const quotes: RecordQuote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`, speaker: q.speaker, text: q.text, direct: q.direct ?? true,
    evidence: [spanOf(spec.text, q.text)], rule: 'test/fixture', confidence: 0.8,
  }));
  const people = new Map<string, RecordActor>();
  for (const p of [...(spec.persons ?? []), ...events.flatMap((e) => e.participants), ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))]) {
    if (p.name) people.set(p.name, p);
  }
  const record: ArticleRecord = {
    id: spec.id, title: spec.title, published: spec.published ?? null,
    persons: [...people.values()].map((p) => ({
      name: p.name!, country: p.country, id: p.id, role: p.role, aliases: [p.name!],
      evidence: spec.text.includes(p.name!) ? [spanOf(spec.text, p.name!)] : [], rule: 'test/fixture', confidence: 0.9,
    })),
    organizations: [], places: [],
    countries: spec.countries ?? [...new Set([...people.values()].flatMap((p) => (p.country ? [p.country] : [])))].sort(),
    events, quotes, diagnostics: [], pipeline: spec.pipeline ?? 'test-1',
  };
  return { input, record };
}

/** Two reports of the same Wang Yi – Lavrov meeting in Tashkent, one dated only by year. */
export const TASHKENT_A = article({
  id: 'a-tashkent-1',
  title: 'Wang Yi meets Lavrov in Tashkent',
  published: '2022-07-29',
  text: 'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Tashkent on July 28. "Our cooperation is not directed against third parties," Wang Yi said.',
  events: [{ kind: 'meeting', participants: [WANG, LAVROV], date: '2022-07-28', location: TASHKENT, occasion: { name: 'SCO Council of Foreign Ministers', id: 'org:sco' },
    sentence: 'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Tashkent on July 28.' }],
  quotes: [{ speaker: WANG, text: 'Our cooperation is not directed against third parties' }],
});

export const TASHKENT_B = article({
  id: 'b-tashkent-2',
  title: 'Lavrov and Wang discuss BRICS',
  published: '2022-08-02',
  text: 'Sergey Lavrov said after his talks with Wang Yi in Tashkent this year that BRICS was growing. "BRICS is attractive to many countries," Lavrov said.',
  events: [{ kind: 'meeting', participants: [LAVROV, WANG], date: '2022', location: { name: 'Tashkent', country: 'UZ' },
    sentence: 'Sergey Lavrov said after his talks with Wang Yi in Tashkent this year that BRICS was growing.' }],
  quotes: [{ speaker: LAVROV, text: 'BRICS is attractive to many countries' }],
});

/** A different Xi – Putin meeting in Moscow the next year. */
export const MOSCOW_2023 = article({
  id: 'c-moscow-2023',
  title: 'Xi visits Moscow',
  published: '2023-03-21',
  text: 'Xi Jinping held talks with Vladimir Putin in Moscow on March 20, 2023. The two leaders signed a joint statement.',
  events: [
    { kind: 'visit', participants: [XI, PUTIN], date: '2023-03-20', host: 'RU', location: { name: 'Moscow', country: 'RU', id: 'city:moscow' },
      sentence: 'Xi Jinping held talks with Vladimir Putin in Moscow on March 20, 2023.' },
    { kind: 'signing', participants: [XI, PUTIN], date: '2023-03-20', location: { name: 'Moscow', country: 'RU', id: 'city:moscow' },
      sentence: 'The two leaders signed a joint statement.' },
  ],
});
