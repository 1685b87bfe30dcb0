import type Database from 'better-sqlite3';
import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import type { CanonicalEvent, EventFilter, Page, Paged } from '../types.js';
import { assembleEvents } from '../event-rows.js';
import { placeholders } from './statements.js';

type Row = Record<string, unknown>;

/** SQL conditions for an event filter, on `events e`. */
function eventWhere(f: EventFilter): { where: string; args: unknown[] } {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.actor) {
    // the matching actors are found once (an uncorrelated subquery), not per event
    conds.push(`e.id IN (SELECT ep.event_id FROM event_participants ep WHERE ep.actor_id IN (SELECT a.id FROM actors a
      WHERE a.id = ? OR lower(a.name) LIKE ? OR a.id IN (SELECT m.actor_id FROM mentions m WHERE m.actor_id IS NOT NULL AND lower(m.aliases_json) LIKE ?)))`);
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

export function listEvents(db: Database.Database, filter: EventFilter = {}, page: Page = {}): Paged<CanonicalEvent> {
  const { where, args } = eventWhere(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM events e ${where}`).get(...args) as { n: number }).n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  // undated events last either way
  const ids = (db.prepare(`SELECT e.id FROM events e ${where} ORDER BY e.day_from IS NULL, e.day_from ${dir}, e.id LIMIT ? OFFSET ?`)
    .all(...args, page.limit ?? 100, page.offset ?? 0) as { id: string }[]).map((r) => r.id);
  return { items: eventsByIds(db, ids), total };
}

export function getEvent(db: Database.Database, id: string): CanonicalEvent | null {
  return eventsByIds(db, [id])[0] ?? null;
}

/** Canonical events with participants and sources, in the order of `ids`. */
export function eventsByIds(db: Database.Database, ids: readonly string[]): CanonicalEvent[] {
  if (!ids.length) return [];
  const in_ = placeholders(ids.length);
  const rows = db.prepare(`SELECT * FROM events WHERE id IN (${in_})`).all(...ids) as Row[];
  const participants = db.prepare(`SELECT ep.event_id, ep.sources, a.id, a.kind, a.name, a.country FROM event_participants ep
    JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id IN (${in_}) ORDER BY ep.sources DESC, a.name`).all(...ids) as Row[];
  const reports = db.prepare(`SELECT r.*, ar.title, ar.url FROM event_reports r JOIN articles ar ON ar.id = r.article_id
    WHERE r.event_id IN (${in_}) ORDER BY r.published IS NULL, r.published, r.id`).all(...ids) as Row[];
  const reportIds = reports.map((r) => String(r.id));
  const rps = reportIds.length ? db.prepare(`SELECT * FROM report_participants WHERE report_id IN (${placeholders(reportIds.length)}) ORDER BY report_id, position`).all(...reportIds) as Row[] : [];
  const ev = reportIds.length ? db.prepare(`SELECT fact_id, start, "end", text FROM evidence WHERE fact_id IN (${placeholders(reportIds.length)}) ORDER BY fact_id, start`).all(...reportIds) as Row[] : [];
  return assembleEvents(ids, { events: rows, participants, reports, reportParticipants: rps, evidence: ev });
}

