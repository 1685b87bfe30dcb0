import { canonicalValues } from '../../corpus/canonical.js';
import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import { chooseCluster, kindsCompatible } from '../../corpus/event-merge.js';
import type { EventKind } from '../../core/types.js';
import type { ActorRef, ClusterCandidate, MergeReport } from '../../corpus/types.js';
import { eventIdOf } from '../sqlite/event-clusters.js';
import { rows, run, type Queryable } from './sql.js';

/*
 * The I/O half of the merge on PostgreSQL: the SQLite store's queries
 * (candidate clusters by participant, country, occasion or place, and date;
 * the pure rules in src/corpus decide), folded into as few round trips as
 * possible, because the caller holds the merge lock while they run (see
 * write-article.ts): candidates with all their reports in one query, the
 * canonical row and its participants in one statement.
 */

const CANDIDATE_WINDOW_DAYS = 60;
const EVENT_KINDS: EventKind[] = ['meeting', 'call', 'visit', 'summit', 'signing'];

export interface ReportDbRow {
  id: string; article_id: string; event_id: string; published: string | null; kind: string; status: string;
  date: string | null; date_end: string | null; location_name: string | null; location_country: string | null;
  location_id: string | null; location_lat: number | null; location_lon: number | null;
  occasion_name: string | null; occasion_id: string | null;
  /** The report's participants that name an actor, in report order, as JSON. */
  actors: { id: string; kind: ActorRef['kind']; name: string; country: string | null }[];
}

/** Reports (with their canonical actors) of the events the subquery `eventIds` selects, in report id order. */
const REPORTS_OF = (eventIds: string) => `WITH rs AS (
    SELECT r.id, r.article_id, r.event_id, r.published, r.kind, r.status, r.date, r.date_end, r.location_name, r.location_country,
      r.location_id, r.location_lat, r.location_lon, r.occasion_name, r.occasion_id
    FROM event_reports r WHERE r.event_id IN (${eventIds}))
  SELECT rs.*, coalesce(pa.actors, '[]'::json) AS actors FROM rs LEFT JOIN (
    SELECT rp.report_id, json_agg(json_build_object('id', a.id, 'kind', a.kind, 'name', a.name, 'country', a.country) ORDER BY rp.position) AS actors
    FROM report_participants rp JOIN actors a ON a.id = rp.actor_id WHERE rp.report_id IN (SELECT id FROM rs) GROUP BY rp.report_id
  ) pa ON pa.report_id = rs.id ORDER BY rs.id`;

function groupReports(rs: ReportDbRow[]): Map<string, MergeReport[]> {
  const out = new Map<string, MergeReport[]>();
  for (const r of rs) {
    const list = out.get(r.event_id) ?? [];
    list.push(reportOfRow(r));
    out.set(r.event_id, list);
  }
  return out;
}

/** The stored reports of some canonical events, as the merge sees them. */
export async function loadReports(db: Queryable, eventIds: readonly string[]): Promise<Map<string, MergeReport[]>> {
  if (!eventIds.length) return new Map();
  return groupReports(await rows<ReportDbRow>(db, REPORTS_OF('SELECT unnest(?::text[])'), [eventIds]));
}

export function reportOfRow(r: ReportDbRow): MergeReport {
  const actors: ActorRef[] = [];
  for (const a of r.actors) {
    if (!actors.some((x) => x.id === a.id)) actors.push({ id: a.id, kind: a.kind, name: a.name, ...(a.country ? { country: a.country } : {}) });
  }
  return {
    reportId: r.id, articleId: r.article_id, published: r.published,
    kind: r.kind as MergeReport['kind'], status: r.status as MergeReport['status'],
    date: r.date, ...(r.date_end ? { date_end: r.date_end } : {}),
    location: r.location_name ? {
      name: r.location_name, ...(r.location_country ? { country: r.location_country } : {}), ...(r.location_id ? { id: r.location_id } : {}),
      ...(r.location_lat != null && r.location_lon != null ? { lat: r.location_lat, lon: r.location_lon } : {}),
    } : null,
    occasion: r.occasion_name ? { name: r.occasion_name, ...(r.occasion_id ? { id: r.occasion_id } : {}) } : null,
    actors,
  };
}

/** Canonical events that could be the same event as the report, each with all its reports: one query. */
export async function findCandidates(db: Queryable, report: MergeReport, cache?: ClusterCache): Promise<ClusterCandidate[]> {
  const interval = dateInterval(report.date, report.date_end) ?? dateInterval(report.published);
  const dayArgs = interval ? [isoOfDay(interval[1] + CANDIDATE_WINDOW_DAYS), isoOfDay(interval[0] - CANDIDATE_WINDOW_DAYS)] : [];
  const dayFilter = interval ? 'AND (e.day_from IS NULL OR (e.day_from <= ? AND e.day_to >= ?))' : '';
  const parts: string[] = [];
  const args: unknown[] = [];
  const actorIds = report.actors.map((a) => a.id);
  if (actorIds.length) {
    parts.push(`(SELECT DISTINCT e.id FROM event_participants ep JOIN events e ON e.id = ep.event_id
      WHERE ep.actor_id = ANY(?) ${dayFilter} LIMIT 500)`);
    args.push(actorIds, ...dayArgs);
  }
  for (const cc of new Set(report.actors.flatMap((a) => (a.country ? [a.country] : [])))) {
    parts.push(`(SELECT e.id FROM events e WHERE e.countries LIKE ? ${dayFilter} LIMIT 500)`);
    args.push(`%,${cc},%`, ...dayArgs);
  }
  if (report.kind === 'summit') {
    const occ = report.occasion;
    const loc = report.location;
    parts.push(`(SELECT e.id FROM events e WHERE e.kind = 'summit' AND (
        (?::text IS NOT NULL AND (e.occasion_id = ? OR lower(e.occasion_name) = lower(?))) OR
        (?::text IS NOT NULL AND (e.location_id = ? OR lower(e.location_name) = lower(?)))) ${dayFilter} LIMIT 500)`);
    args.push(occ?.name ?? null, occ?.id ?? null, occ?.name ?? null, loc?.name ?? null, loc?.id ?? null, loc?.name ?? null, ...dayArgs);
  }
  if (!parts.length) return [];
  // every report of a cluster must have a compatible kind, and the canonical kind is one of theirs: others cannot be chosen
  const kinds = EVENT_KINDS.filter((k) => kindsCompatible(k, report.kind));
  const ids = `SELECT c.id FROM (${parts.join(' UNION ')}) c JOIN events k ON k.id = c.id WHERE k.kind = ANY(?::text[])`;
  if (!cache) {
    const reports = groupReports(await rows<ReportDbRow>(db, REPORTS_OF(ids), [...args, kinds]));
    return [...reports.keys()].sort().map((eventId) => ({ eventId, reports: reports.get(eventId)! }));
  }
  // the candidates' row versions, then the reports of those not cached at that version
  const versions = await rows<{ id: string; v: string }>(db, `SELECT k.id, k.xmin::text AS v FROM events k WHERE k.id IN (${ids})`, [...args, kinds]);
  const missing = versions.filter((x) => cache.get(x.id)?.version !== x.v).map((x) => x.id);
  const loaded = missing.length ? await loadReports(db, missing) : new Map<string, MergeReport[]>();
  for (const x of versions) if (loaded.has(x.id)) cache.set(x.id, x.v, loaded.get(x.id)!);
  return versions.map((x) => x.id).sort().flatMap((eventId) => {
    const reports = loaded.get(eventId) ?? cache.get(eventId)?.reports;
    return reports?.length ? [{ eventId, reports }] : [];
  });
}

/**
 * The reports of clusters one process has read, by event id and the event
 * row's version (its xmin, new at every write of the row): valid while the
 * row is unchanged, which the merge lock makes safe to check. Clusters this
 * transaction writes are dropped (a row written twice in one transaction
 * keeps its xmin).
 */
export class ClusterCache {
  private readonly entries = new Map<string, { version: string; reports: MergeReport[] }>();
  constructor(private readonly limit = 20_000) {}
  get(eventId: string): { version: string; reports: MergeReport[] } | undefined { return this.entries.get(eventId); }
  set(eventId: string, version: string, reports: MergeReport[]): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(eventId, { version, reports });
  }
  drop(eventId: string): void { this.entries.delete(eventId); }
}

/** Decides the cluster of a new report: an existing canonical event id (with its stored reports), or a new id. */
export async function clusterFor(db: Queryable, report: MergeReport, cache?: ClusterCache): Promise<{ eventId: string; joined: boolean; reports: MergeReport[] }> {
  const candidates = await findCandidates(db, report, cache);
  const chosen = chooseCluster(report, candidates);
  if (chosen) return { eventId: chosen, joined: true, reports: candidates.find((c) => c.eventId === chosen)!.reports };
  // a cluster keeps its id when the report that founded it is replaced: a new cluster must not take it over
  let eventId = eventIdOf(report.reportId);
  for (let n = 2; (await rows(db, 'SELECT 1 FROM events WHERE id = ?', [eventId])).length; n++) eventId = eventIdOf(report.reportId, n);
  return { eventId, joined: false, reports: [] };
}

/** Recomputes and writes the canonical row of one event from its reports; deletes it when no report is left. */
export async function refreshEvent(db: Queryable, eventId: string, now: string, cache?: ClusterCache): Promise<void> {
  await writeCanonical(db, eventId, (await loadReports(db, [eventId])).get(eventId) ?? [], now, cache);
}

/** Report ids in the order the database sorts them ("C" collation: bytewise), as loadReports returns reports. */
export const byReportId = (a: MergeReport, b: MergeReport): number => Buffer.compare(Buffer.from(a.reportId), Buffer.from(b.reportId));

/** Writes the canonical row of one event from all its reports (in report id order); deletes it when there are none. */
export async function writeCanonical(db: Queryable, eventId: string, reports: readonly MergeReport[], now: string, cache?: ClusterCache): Promise<void> {
  cache?.drop(eventId);
  if (!reports.length) {
    await run(db, 'DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  const c = canonicalValues(reports);
  const days = dateInterval(c.date, c.date_end);
  // one statement: the canonical row, participants no longer named dropped, the others upserted
  await run(db, `WITH ev AS (
      INSERT INTO events (id, kind, status, date, date_end, day_from, day_to, location_name, location_country, location_id,
        location_lat, location_lon, occasion_name, occasion_id, countries, source_count, agreement_json, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, status = excluded.status, date = excluded.date, date_end = excluded.date_end,
        day_from = excluded.day_from, day_to = excluded.day_to, location_name = excluded.location_name,
        location_country = excluded.location_country, location_id = excluded.location_id, location_lat = excluded.location_lat,
        location_lon = excluded.location_lon, occasion_name = excluded.occasion_name, occasion_id = excluded.occasion_id,
        countries = excluded.countries, source_count = excluded.source_count, agreement_json = excluded.agreement_json,
        updated_at = excluded.updated_at
      RETURNING id),
    gone AS (DELETE FROM event_participants WHERE event_id = ? AND NOT (actor_id = ANY(?::text[])))
    INSERT INTO event_participants (event_id, actor_id, sources)
      SELECT ev.id, p.actor_id, p.sources FROM ev, unnest(?::text[], ?::int[]) AS p (actor_id, sources)
    ON CONFLICT (event_id, actor_id) DO UPDATE SET sources = excluded.sources`, [
    eventId, c.kind, c.status, c.date, c.date_end ?? null, days ? isoOfDay(days[0]) : null, days ? isoOfDay(days[1]) : null,
    c.location?.name ?? null, c.location?.country ?? null, c.location?.id ?? null, c.location?.lat ?? null, c.location?.lon ?? null,
    c.occasion?.name ?? null, c.occasion?.id ?? null, c.countries.length ? `,${c.countries.join(',')},` : '',
    new Set(reports.map((r) => r.articleId)).size, JSON.stringify(c.agreement), now, now,
    eventId, c.participants.map((p) => p.id),
    c.participants.map((p) => p.id), c.participants.map((p) => p.sources)]);
}
