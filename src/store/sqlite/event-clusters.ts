import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalValues } from '../../corpus/canonical.js';
import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import { candidateDays, chooseCluster } from '../../corpus/event-merge.js';
import type { ActorRef, ClusterCandidate, MergeReport } from '../../corpus/types.js';
import { placeholders, sql } from './statements.js';

/*
 * The I/O half of the merge: find the stored clusters a new report could
 * belong to (by participant, country, occasion or place, and date), let the
 * pure rules in src/corpus decide, and rewrite the canonical row of the one
 * cluster touched. Runs inside the caller's transaction.
 */

interface ReportDbRow {
  id: string; article_id: string; event_id: string; published: string | null; kind: string; status: string;
  date: string | null; date_end: string | null; location_name: string | null; location_country: string | null;
  location_id: string | null; location_lat: number | null; location_lon: number | null;
  occasion_name: string | null; occasion_id: string | null;
}

/**
 * The reports of canonical events this connection has read, by event id.
 * Current because every change of an event's reports ends in refreshEvent,
 * which puts the event's fresh reports here; whoever keeps it empties it when
 * another connection has committed or a write was rolled back (SqliteStore).
 */
export type ReportCache = Map<string, MergeReport[]>;

/** The stored reports of some canonical events, as the merge sees them (those in `cache` taken from it, the others added to it). */
export function loadReports(db: Database.Database, wanted: readonly string[], cache?: ReportCache): Map<string, MergeReport[]> {
  const out = new Map<string, MergeReport[]>();
  const eventIds = cache ? wanted.filter((id) => {
    const known = cache.get(id);
    if (known) out.set(id, known);
    return !known;
  }) : wanted;
  if (!eventIds.length) return out;
  // one id list as a JSON array: one prepared statement for any number of ids
  const rows = (eventIds.length === 1
    ? sql(db, 'SELECT * FROM event_reports WHERE event_id = ? ORDER BY id').all(eventIds[0])
    : sql(db, 'SELECT * FROM event_reports WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(eventIds))) as ReportDbRow[];
  const actors = new Map<string, ActorRef[]>();
  if (rows.length) {
    const ps = sql(db, `SELECT rp.report_id, a.id, a.kind, a.name, a.country FROM report_participants rp JOIN actors a ON a.id = rp.actor_id
      WHERE rp.report_id IN (SELECT value FROM json_each(?)) ORDER BY rp.report_id, rp.position`).all(JSON.stringify(rows.map((r) => r.id))) as (ActorRef & { report_id: string; country: string | null })[];
    for (const p of ps) {
      const list = actors.get(p.report_id) ?? [];
      if (!list.some((x) => x.id === p.id)) list.push({ id: p.id, kind: p.kind, name: p.name, ...(p.country ? { country: p.country } : {}) });
      actors.set(p.report_id, list);
    }
  }
  for (const r of rows) {
    const list = out.get(r.event_id) ?? [];
    list.push(reportOfRow(r, actors.get(r.id) ?? []));
    out.set(r.event_id, list);
  }
  if (cache) for (const id of eventIds) cache.set(id, out.get(id) ?? []);
  return out;
}

function reportOfRow(r: ReportDbRow, actors: ActorRef[]): MergeReport {
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

/** Canonical dates covering at most this many days (days and months) are found by a bounded index scan; longer ones apart. */
const SHORT_SPAN_DAYS = 31;

/**
 * Canonical events that could be the same event as the report: those sharing a
 * participant or a country (or, for summits, the occasion or place) whose date
 * meets the report's candidate days, and undated ones sharing the same; for a
 * report nothing places in time, those reported at the same place.
 */
export function findCandidates(db: Database.Database, report: MergeReport, cache?: ReportCache): ClusterCandidate[] {
  const ids = new Set<string>();
  const add = (rows: unknown[]) => { for (const r of rows as { id: string }[]) ids.add(r.id); };
  const days = candidateDays(report);
  if (!days) {
    if (report.location) {
      add(sql(db, 'SELECT DISTINCT event_id AS id FROM event_reports WHERE location_name = ? COLLATE NOCASE LIMIT 1000').all(report.location.name));
    }
  } else {
    const [lo, hi] = [isoOfDay(days[0]), isoOfDay(days[1])];
    const floor = isoOfDay(days[0] - SHORT_SPAN_DAYS);
    // each lookup three times: clusters with a short date in the window, with a long one (a year), and undated
    const lookups: [string, unknown[]][] = [];
    const actorIds = report.actors.map((a) => a.id);
    if (actorIds.length) {
      lookups.push([`SELECT DISTINCT e.id FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.actor_id IN (${placeholders(actorIds.length)}) AND %DAYS%`, actorIds]);
    }
    for (const cc of new Set(report.actors.flatMap((a) => (a.country ? [a.country] : [])))) {
      lookups.push(['SELECT e.id FROM events e WHERE e.countries LIKE ? AND %DAYS%', [`%,${cc},%`]]);
    }
    if (report.kind === 'summit') {
      const occ = report.occasion;
      const loc = report.location;
      lookups.push([`SELECT e.id FROM events e WHERE e.kind = 'summit' AND (
          (? IS NOT NULL AND (e.occasion_id = ? OR lower(e.occasion_name) = lower(?))) OR
          (? IS NOT NULL AND (e.location_id = ? OR lower(e.location_name) = lower(?)))) AND %DAYS%`,
        [occ?.name ?? null, occ?.id ?? null, occ?.name ?? null, loc?.name ?? null, loc?.id ?? null, loc?.name ?? null]]);
    }
    for (const [query, args] of lookups) {
      add(sql(db, `${query.replace('%DAYS%', 'e.day_from BETWEEN ? AND ? AND e.day_to >= ?')} LIMIT 1000`).all(...args, floor, hi, lo));
      add(sql(db, `${query.replace('%DAYS%', 'e.day_span > ? AND e.day_from <= ? AND e.day_to >= ?')} LIMIT 1000`).all(...args, SHORT_SPAN_DAYS, hi, lo));
      add(sql(db, `${query.replace('%DAYS%', 'e.day_from IS NULL')} LIMIT 1000`).all(...args));
    }
  }
  const reports = loadReports(db, [...ids], cache);
  return [...ids].sort().map((eventId) => ({ eventId, reports: reports.get(eventId) ?? [] }));
}

/**
 * The id of a canonical event first reported by `reportId`: stable, so a re-built
 * database gets the same ids. A cluster keeps its id when the report that founded
 * it is replaced, so a store asks for the next `attempt` while the id is taken.
 */
export const eventIdOf = (reportId: string, attempt = 1): string =>
  `ev-${createHash('sha256').update(attempt > 1 ? `${reportId}#${attempt}` : reportId).digest('hex').slice(0, 16)}`;

/** Decides the cluster of a new report: an existing canonical event id, or a new id. */
export function clusterFor(db: Database.Database, report: MergeReport, cache?: ReportCache): { eventId: string; joined: boolean } {
  const chosen = chooseCluster(report, findCandidates(db, report, cache));
  if (chosen) return { eventId: chosen, joined: true };
  const taken = sql(db, 'SELECT 1 FROM events WHERE id = ?');
  let eventId = eventIdOf(report.reportId);
  for (let n = 2; taken.get(eventId); n++) eventId = eventIdOf(report.reportId, n);
  return { eventId, joined: false };
}

/** Recomputes and writes the canonical row of one event from its reports (read afresh); deletes it when no report is left. */
export function refreshEvent(db: Database.Database, eventId: string, now: string, cache?: ReportCache): void {
  const reports = loadReports(db, [eventId]).get(eventId) ?? [];
  cache?.set(eventId, reports);
  if (!reports.length) {
    sql(db, 'DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const c = canonicalValues(reports);
  const days = dateInterval(c.date, c.date_end);
  const row = {
    id: eventId, kind: c.kind, status: c.status, date: c.date, date_end: c.date_end ?? null,
    day_from: days ? isoOfDay(days[0]) : null, day_to: days ? isoOfDay(days[1]) : null, day_span: days ? days[1] - days[0] + 1 : null,
    location_name: c.location?.name ?? null, location_country: c.location?.country ?? null, location_id: c.location?.id ?? null,
    location_lat: c.location?.lat ?? null, location_lon: c.location?.lon ?? null,
    occasion_name: c.occasion?.name ?? null, occasion_id: c.occasion?.id ?? null,
    countries: c.countries.length ? `,${c.countries.join(',')},` : '',
    source_count: new Set(reports.map((r) => r.articleId)).size,
    agreement_json: JSON.stringify(c.agreement), now,
  };
  sql(db, `INSERT INTO events (id, kind, status, date, date_end, day_from, day_to, day_span, location_name, location_country, location_id,
      location_lat, location_lon, occasion_name, occasion_id, countries, source_count, agreement_json, created_at, updated_at)
    VALUES (@id, @kind, @status, @date, @date_end, @day_from, @day_to, @day_span, @location_name, @location_country, @location_id,
      @location_lat, @location_lon, @occasion_name, @occasion_id, @countries, @source_count, @agreement_json, @now, @now)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, status = excluded.status, date = excluded.date, date_end = excluded.date_end,
      day_from = excluded.day_from, day_to = excluded.day_to, day_span = excluded.day_span, location_name = excluded.location_name,
      location_country = excluded.location_country, location_id = excluded.location_id, location_lat = excluded.location_lat,
      location_lon = excluded.location_lon, occasion_name = excluded.occasion_name, occasion_id = excluded.occasion_id,
      countries = excluded.countries, source_count = excluded.source_count, agreement_json = excluded.agreement_json,
      updated_at = excluded.updated_at`).run(row);
  sql(db, 'DELETE FROM event_participants WHERE event_id = ?').run(eventId);
  const add = sql(db, 'INSERT INTO event_participants (event_id, actor_id, sources) VALUES (?, ?, ?)');
  for (const p of c.participants) add.run(eventId, p.id, p.sources);
}
