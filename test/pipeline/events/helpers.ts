import { createDoc, type Doc } from '../../../src/core/doc.js';
import type { Mention } from '../../../src/core/types.js';
import { buildKnowledgeBase, type KbData } from '../../../src/kb/index.js';
import { findDates } from '../../../src/pipeline/dates/index.js';
import { findEvents } from '../../../src/pipeline/events/index.js';

export interface Named {
  surface: string;
  type: Mention['type'];
  name?: string;
  country?: string;
  via?: Mention['via'];
  /** Which occurrence of the surface (0-based). */
  nth?: number;
}

/** Mentions placed by surface text, as the mentions stage would give them. */
export function mentionsFor(text: string, named: Named[]): Mention[] {
  return named.map((n, i) => {
    let at = -1;
    for (let k = 0; k <= (n.nth ?? 0); k++) at = text.indexOf(n.surface, at + 1);
    if (at < 0) throw new Error(`test setup: "${n.surface}" not in text`);
    return {
      id: `m${i}`, type: n.type, range: { start: at, end: at + n.surface.length }, surface: n.surface,
      name: n.name ?? n.surface, ...(n.country ? { country: n.country } : {}),
      ...(n.type === 'person' ? { entityId: `person:${(n.name ?? n.surface).toLowerCase().replace(/\s+/g, '-')}` } : {}),
      via: n.via ?? 'alias', rule: 'test', confidence: 1,
    };
  });
}

export const cities = [
  { id: 'city:astana', name: 'Astana', aliases: [], country: 'KZ', lat: 51.17, lon: 71.45 },
  { id: 'city:beijing', name: 'Beijing', aliases: [], country: 'CN', lat: 39.9, lon: 116.4 },
  { id: 'city:kazan', name: 'Kazan', aliases: [], country: 'RU', lat: 55.79, lon: 49.12 },
];

/** Runs dates and events over a text with the given mentions and reference date. */
export function eventsOf(text: string, reference: string | null, named: Named[], data: KbData = {}): Doc {
  const doc = createDoc({ id: 't', text, published: reference });
  doc.mentions = mentionsFor(text, named);
  const ctx = { kb: buildKnowledgeBase({ cities, ...data }) };
  findDates(doc, ctx);
  findEvents(doc, ctx);
  return doc;
}

export const partiesOf = (doc: Doc, i = 0): string[] =>
  (doc.events[i]?.participants ?? []).map((p) => p.name ?? p.country ?? '?');
