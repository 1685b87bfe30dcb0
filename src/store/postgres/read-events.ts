import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import type { CanonicalEvent, EventFilter, Page, Paged } from '../types.js';
import { assembleEvents } from '../event-rows.js';
import { one, rows, type Queryable } from './sql.js';

/** SQL conditions for an event filter, on `events e` (the SQLite store's, with PostgreSQL placeholders). */
function eventWhere(f: EventFilter): { where: string; args: unknown[] } {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.actor) {
    conds.push(`EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = e.id
      AND (a.id = ? OR lower(a.name) LIKE ? OR EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id AND lower(m.aliases_json) LIKE ?)))`);
    const like = `%${f.actor.toLowerCase()}%`;
    args.push(f.actor, like, like);
  }
  if (f.country) { conds.push('e.countries LIKE ?'); args.push(`%,${f.country.toUpperCase()},%`); }
  if (f.between) {
    conds.push('e.countries LIKE ? AND e.countries LIKE ?');
    args.push(`%,${f.between[0].toUpperCase()},%`, `%,${f.between[1].toUpperCase()},%`);
  }
  if (f.kind) { conds.push('e.kind = ?'); args.push(f.kind); }
  if (f.status) { conds.push('e.status = ?'); args.push(f.status); }
  const from = dateInterval(f.from);
  const to = dateInterval(f.to);
  if (from) { conds.push('e.day_to >= ?'); args.push(isoOfDay(from[0])); }
  if (to) { conds.push('e.day_from <= ?'); args.push(isoOfDay(to[1])); }
  if (f.occasion) {
    conds.push('(lower(e.occasion_name) LIKE ? OR lower(e.occasion_id) LIKE ?)');
    args.push(`%${f.occasion.toLowerCase()}%`, `%${f.occasion.toLowerCase()}%`);
  }
  if (f.articleId) { conds.push('EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id AND r.article_id = ?)'); args.push(f.articleId); }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', args };
}

export async function listEvents(db: Queryable, filter: EventFilter = {}, page: Page = {}): Promise<Paged<CanonicalEvent>> {
  const { where, args } = eventWhere(filter);
  const total = (await one<{ n: number }>(db, `SELECT count(*) AS n FROM events e ${where}`, args))!.n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const ids = (await rows<{ id: string }>(db, `SELECT e.id FROM events e ${where} ORDER BY e.day_from IS NULL, e.day_from ${dir}, e.id LIMIT ? OFFSET ?`,
    [...args, page.limit ?? 100, page.offset ?? 0])).map((r) => r.id);
  return { items: await eventsByIds(db, ids), total };
}

export async function getEvent(db: Queryable, id: string): Promise<CanonicalEvent | null> {
  return (await eventsByIds(db, [id]))[0] ?? null;
}

/** Canonical events with participants and sources, in the order of `ids`. */
export async function eventsByIds(db: Queryable, ids: readonly string[]): Promise<CanonicalEvent[]> {
  if (!ids.length) return [];
  const list = [...ids];
  const [evRows, participants, reports] = await Promise.all([
    rows(db, 'SELECT * FROM events WHERE id = ANY(?)', [list]),
    rows(db, `SELECT ep.event_id, ep.sources, a.id, a.kind, a.name, a.country FROM event_participants ep
      JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = ANY(?) ORDER BY ep.sources DESC, a.name`, [list]),
    rows(db, `SELECT r.*, ar.title, ar.url FROM event_reports r JOIN articles ar ON ar.id = r.article_id
      WHERE r.event_id = ANY(?) ORDER BY r.published IS NULL, r.published, r.id`, [list]),
  ]);
  const reportIds = reports.map((r) => String(r.id));
  const [rps, ev] = reportIds.length ? await Promise.all([
    rows(db, 'SELECT * FROM report_participants WHERE report_id = ANY(?) ORDER BY report_id, position', [reportIds]),
    rows(db, 'SELECT fact_id, start, "end", text FROM evidence WHERE fact_id = ANY(?) ORDER BY fact_id, start', [reportIds]),
  ]) : [[], []];
  return assembleEvents(ids, { events: evRows, participants, reports, reportParticipants: rps, evidence: ev });
}

