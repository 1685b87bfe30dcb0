import { canonicalValues } from '../../corpus/canonical.js';
import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import { chooseCluster } from '../../corpus/event-merge.js';
import type { ActorRef, ClusterCandidate, MergeReport } from '../../corpus/types.js';
import { eventIdOf } from '../sqlite/event-clusters.js';
import { placeholders, rows, run, type Queryable } from './sql.js';

/*
 * The I/O half of the merge on PostgreSQL, the same queries as the SQLite
 * store's: candidate clusters by participant, country, occasion or place and
 * date; the pure rules in src/corpus decide. The caller holds the merge lock
 * (see write-article.ts), so two workers never decide on the same clusters
 * at once.
 */

const CANDIDATE_WINDOW_DAYS = 60;

interface ReportDbRow {
  id: string; article_id: string; event_id: string; published: string | null; kind: string; status: string;
  date: string | null; date_end: string | null; location_name: string | null; location_country: string | null;
  location_id: string | null; location_lat: number | null; location_lon: number | null;
  occasion_name: string | null; occasion_id: string | null;
}

export async function loadReports(db: Queryable, eventIds: readonly string[]): Promise<Map<string, MergeReport[]>> {
  const out = new Map<string, MergeReport[]>();
  if (!eventIds.length) return out;
  const rs = await rows<ReportDbRow>(db, 'SELECT * FROM event_reports WHERE event_id = ANY(?) ORDER BY id COLLATE "C"', [eventIds]);
  const actors = new Map<string, ActorRef[]>();
  if (rs.length) {
    const ps = await rows<ActorRef & { report_id: string; country: string | null }>(db, `SELECT rp.report_id, a.id, a.kind, a.name, a.country
      FROM report_participants rp JOIN actors a ON a.id = rp.actor_id
      WHERE rp.report_id = ANY(?) ORDER BY rp.report_id COLLATE "C", rp.position`, [rs.map((r) => r.id)]);
    for (const p of ps) {
      const list = actors.get(p.report_id) ?? [];
      if (!list.some((x) => x.id === p.id)) list.push({ id: p.id, kind: p.kind, name: p.name, ...(p.country ? { country: p.country } : {}) });
      actors.set(p.report_id, list);
    }
  }
  for (const r of rs) {
    const list = out.get(r.event_id) ?? [];
    list.push(reportOfRow(r, actors.get(r.id) ?? []));
    out.set(r.event_id, list);
  }
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

export async function findCandidates(db: Queryable, report: MergeReport): Promise<ClusterCandidate[]> {
  const interval = dateInterval(report.date, report.date_end) ?? dateInterval(report.published);
  const dayArgs = interval ? [isoOfDay(interval[1] + CANDIDATE_WINDOW_DAYS), isoOfDay(interval[0] - CANDIDATE_WINDOW_DAYS)] : [];
  const dayFilter = interval ? 'AND (e.day_from IS NULL OR (e.day_from <= ? AND e.day_to >= ?))' : '';
  const ids = new Set<string>();
  const actorIds = report.actors.map((a) => a.id);
  if (actorIds.length) {
    for (const r of await rows<{ id: string }>(db, `SELECT DISTINCT e.id FROM event_participants ep JOIN events e ON e.id = ep.event_id
      WHERE ep.actor_id = ANY(?) ${dayFilter} LIMIT 500`, [actorIds, ...dayArgs])) ids.add(r.id);
  }
  for (const cc of new Set(report.actors.flatMap((a) => (a.country ? [a.country] : [])))) {
    for (const r of await rows<{ id: string }>(db, `SELECT e.id FROM events e WHERE e.countries LIKE ? ${dayFilter} LIMIT 500`,
      [`%,${cc},%`, ...dayArgs])) ids.add(r.id);
  }
  if (report.kind === 'summit') {
    const occ = report.occasion;
    const loc = report.location;
    for (const r of await rows<{ id: string }>(db, `SELECT e.id FROM events e WHERE e.kind = 'summit' AND (
        (?::text IS NOT NULL AND (e.occasion_id = ? OR lower(e.occasion_name) = lower(?))) OR
        (?::text IS NOT NULL AND (e.location_id = ? OR lower(e.location_name) = lower(?)))) ${dayFilter} LIMIT 500`,
      [occ?.name ?? null, occ?.id ?? null, occ?.name ?? null, loc?.name ?? null, loc?.id ?? null, loc?.name ?? null, ...dayArgs])) ids.add(r.id);
  }
  const reports = await loadReports(db, [...ids]);
  return [...ids].sort().map((eventId) => ({ eventId, reports: reports.get(eventId) ?? [] }));
}

export async function clusterFor(db: Queryable, report: MergeReport): Promise<{ eventId: string; joined: boolean }> {
  const chosen = chooseCluster(report, await findCandidates(db, report));
  if (chosen) return { eventId: chosen, joined: true };
  // a cluster keeps its id when the report that founded it is replaced: a new cluster must not take it over
  let eventId = eventIdOf(report.reportId);
  for (let n = 2; (await rows(db, 'SELECT 1 FROM events WHERE id = ?', [eventId])).length; n++) eventId = eventIdOf(report.reportId, n);
  return { eventId, joined: false };
}

/** Recomputes and writes the canonical row of one event from its reports; deletes it when no report is left. */
export async function refreshEvent(db: Queryable, eventId: string, now: string): Promise<void> {
  const reports = (await loadReports(db, [eventId])).get(eventId) ?? [];
  if (!reports.length) {
    await run(db, 'DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  const c = canonicalValues(reports);
  const days = dateInterval(c.date, c.date_end);
  await run(db, `INSERT INTO events (id, kind, status, date, date_end, day_from, day_to, location_name, location_country, location_id,
      location_lat, location_lon, occasion_name, occasion_id, countries, source_count, agreement_json, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, status = excluded.status, date = excluded.date, date_end = excluded.date_end,
      day_from = excluded.day_from, day_to = excluded.day_to, location_name = excluded.location_name,
      location_country = excluded.location_country, location_id = excluded.location_id, location_lat = excluded.location_lat,
      location_lon = excluded.location_lon, occasion_name = excluded.occasion_name, occasion_id = excluded.occasion_id,
      countries = excluded.countries, source_count = excluded.source_count, agreement_json = excluded.agreement_json,
      updated_at = excluded.updated_at`, [
    eventId, c.kind, c.status, c.date, c.date_end ?? null, days ? isoOfDay(days[0]) : null, days ? isoOfDay(days[1]) : null,
    c.location?.name ?? null, c.location?.country ?? null, c.location?.id ?? null, c.location?.lat ?? null, c.location?.lon ?? null,
    c.occasion?.name ?? null, c.occasion?.id ?? null, c.countries.length ? `,${c.countries.join(',')},` : '',
    new Set(reports.map((r) => r.articleId)).size, JSON.stringify(c.agreement), now, now]);
  await run(db, 'DELETE FROM event_participants WHERE event_id = ?', [eventId]);
  if (c.participants.length) {
    await run(db, `INSERT INTO event_participants (event_id, actor_id, sources) SELECT ?, unnest(?::text[]), unnest(?::int[])`,
      [eventId, c.participants.map((p) => p.id), c.participants.map((p) => p.sources)]);
  }
}
