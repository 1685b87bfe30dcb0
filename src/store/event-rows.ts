import type { RecordActor } from '../core/record.js';
import type { CanonicalEvent, EventSource } from './types.js';

/** A database row as both stores' drivers return it. */
export type EventRow = Record<string, unknown>;

/** The rows that make up a set of canonical events, fetched by either store with the same column names. */
export interface EventRowSet {
  events: EventRow[];
  /** event_participants joined with actors: event_id, sources, id, kind, name, country. */
  participants: EventRow[];
  /** event_reports joined with their article's title and url. */
  reports: EventRow[];
  reportParticipants: EventRow[];
  /** evidence of the reports: fact_id, start, end, text. */
  evidence: EventRow[];
}

const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

function group<T>(rs: EventRow[], key: string, map: (r: EventRow) => T): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rs) {
    const k = String(r[key]);
    const list = m.get(k);
    if (list) list.push(map(r));
    else m.set(k, [map(r)]);
  }
  return m;
}

/** A stored place columns (`location_*`) as an event's location. */
export function placeOf(r: EventRow): CanonicalEvent['location'] {
  if (r.location_name == null) return null;
  return {
    name: String(r.location_name),
    ...(r.location_country ? { country: String(r.location_country) } : {}),
    ...(r.location_id ? { id: String(r.location_id) } : {}),
    ...(r.location_lat != null && r.location_lon != null ? { lat: Number(r.location_lat), lon: Number(r.location_lon) } : {}),
  };
}

const occasionOf = (r: EventRow): CanonicalEvent['occasion'] =>
  (r.occasion_name ? { name: String(r.occasion_name), ...(r.occasion_id ? { id: String(r.occasion_id) } : {}) } : null);

/** Canonical events with participants and sources, in the order of `ids`: one assembly for both stores. */
export function assembleEvents(ids: readonly string[], rows: EventRowSet): CanonicalEvent[] {
  const partsByReport = group<RecordActor>(rows.reportParticipants, 'report_id', (p) => ({
    ...(p.name != null ? { name: String(p.name) } : {}), ...(p.country != null ? { country: String(p.country) } : {}),
    ...(p.entity_id != null ? { id: String(p.entity_id) } : {}), ...(p.role != null ? { role: String(p.role) } : {}),
  }));
  const evByReport = group(rows.evidence, 'fact_id', (e) => e);
  const sourcesByEvent = group<EventSource>(rows.reports, 'event_id', (r) => ({
    reportId: String(r.id), articleId: String(r.article_id), title: str(r.title), url: str(r.url),
    published: str(r.published) ?? null, kind: r.kind as EventSource['kind'], status: r.status as EventSource['status'],
    date: str(r.date) ?? null, ...(r.date_end ? { date_end: String(r.date_end) } : {}),
    ...(r.date_how ? { date_how: r.date_how as EventSource['date_how'] } : {}),
    location: placeOf(r), occasion: occasionOf(r),
    ...(r.host ? { host: String(r.host) } : {}),
    participants: partsByReport.get(String(r.id)) ?? [],
    evidence: (evByReport.get(String(r.id)) ?? []).map((e) => ({ start: Number(e.start), end: Number(e.end) })),
    evidenceText: (evByReport.get(String(r.id)) ?? []).map((e) => String(e.text)),
    rule: str(r.rule) ?? '', confidence: Number(r.confidence ?? 0),
  }));
  const partsByEvent = group(rows.participants, 'event_id', (p) => ({
    id: String(p.id), kind: p.kind as 'person', name: String(p.name), ...(p.country ? { country: String(p.country) } : {}), sources: Number(p.sources),
  }));
  const byId = new Map(rows.events.map((r) => {
    const id = String(r.id);
    const event: CanonicalEvent = {
      id, kind: r.kind as CanonicalEvent['kind'], status: r.status as CanonicalEvent['status'],
      date: str(r.date) ?? null, ...(r.date_end ? { date_end: String(r.date_end) } : {}),
      location: placeOf(r), occasion: occasionOf(r),
      participants: partsByEvent.get(id) ?? [],
      countries: String(r.countries ?? '').split(',').filter(Boolean),
      agreement: JSON.parse(String(r.agreement_json)),
      sources: sourcesByEvent.get(id) ?? [],
    };
    return [id, event] as const;
  }));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
