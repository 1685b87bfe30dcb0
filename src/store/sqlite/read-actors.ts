import type Database from 'better-sqlite3';
import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import type { ActorDetail, ActorFilter, ActorNetwork, ActorSummary, Counterpart, NetworkFilter, Page, Paged } from '../types.js';

type Row = Record<string, unknown>;

// counts per actor, computed on read: they always agree with the facts stored
const ACTOR_COLUMNS = `a.id, a.kind, a.name, a.country, a.entity_id,
  (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
  (SELECT count(*) FROM event_participants ep WHERE ep.actor_id = a.id) AS events,
  (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = a.id) AS quotes,
  (SELECT count(*) FROM (SELECT article_id FROM mentions WHERE actor_id = a.id
     UNION SELECT r.article_id FROM report_participants rp JOIN event_reports r ON r.id = rp.report_id WHERE rp.actor_id = a.id
     UNION SELECT article_id FROM quotes WHERE speaker_actor_id = a.id)) AS articles`;

function actorWhere(f: ActorFilter): { where: string; args: unknown[] } {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.country) { conds.push('a.country = ?'); args.push(f.country.toUpperCase()); }
  if (f.kind) { conds.push('a.kind = ?'); args.push(f.kind); }
  if (f.name) {
    const like = `%${f.name.toLowerCase()}%`;
    conds.push('(lower(a.name) LIKE ? OR a.id = ? OR a.id IN (SELECT m.actor_id FROM mentions m WHERE m.actor_id IS NOT NULL AND lower(m.aliases_json) LIKE ?))');
    args.push(like, f.name, like);
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', args };
}

function aliasesOf(db: Database.Database, id: string, name: string): string[] {
  const rows = db.prepare('SELECT DISTINCT name, aliases_json FROM mentions WHERE actor_id = ?').all(id) as { name: string; aliases_json: string }[];
  const out = new Set<string>();
  for (const r of rows) for (const a of [r.name, ...(JSON.parse(r.aliases_json) as string[])]) if (a && a !== name) out.add(a);
  return [...out].sort();
}

function summaryOf(db: Database.Database, r: Row): ActorSummary {
  const id = String(r.id);
  const name = String(r.name);
  return {
    id, kind: r.kind as ActorSummary['kind'], name, ...(r.country ? { country: String(r.country) } : {}),
    ...(r.entity_id ? { entityId: String(r.entity_id) } : {}),
    aliases: aliasesOf(db, id, name),
    articles: Number(r.articles), mentions: Number(r.mentions), events: Number(r.events), quotes: Number(r.quotes),
  };
}

export function listActors(db: Database.Database, filter: ActorFilter = {}, page: Page = {}): Paged<ActorSummary> {
  const { where, args } = actorWhere(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM actors a ${where}`).get(...args) as { n: number }).n;
  const rows = db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a ${where}
    ORDER BY events DESC, articles DESC, mentions DESC, a.name LIMIT ? OFFSET ?`).all(...args, page.limit ?? 100, page.offset ?? 0) as Row[];
  return { items: rows.map((r) => summaryOf(db, r)), total };
}

/** Actors that share canonical events with one actor, most shared first (its own country left out). */
export function counterpartsOf(db: Database.Database, id: string, limit = 20): Counterpart[] {
  const rows = db.prepare(`SELECT a.id, a.kind, a.name, a.country, count(DISTINCT o.event_id) AS events
    FROM event_participants me JOIN event_participants o ON o.event_id = me.event_id AND o.actor_id <> me.actor_id
    JOIN actors a ON a.id = o.actor_id JOIN actors self ON self.id = me.actor_id
    WHERE me.actor_id = ? AND NOT (a.kind = 'country' AND a.country IS self.country)
    GROUP BY a.id ORDER BY events DESC, a.name LIMIT ?`).all(id, limit) as Row[];
  return rows.map((r) => ({ id: String(r.id), kind: r.kind as Counterpart['kind'], name: String(r.name), ...(r.country ? { country: String(r.country) } : {}), events: Number(r.events) }));
}

export function getActor(db: Database.Database, id: string): ActorDetail | null {
  const r = db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  const roles = (db.prepare(`SELECT role FROM mentions WHERE actor_id = ? AND role IS NOT NULL
    UNION SELECT role FROM report_participants WHERE actor_id = ? AND role IS NOT NULL
    UNION SELECT speaker_role FROM quotes WHERE speaker_actor_id = ? AND speaker_role IS NOT NULL`).all(id, id, id) as { role: string }[]).map((x) => x.role).sort();
  return { ...summaryOf(db, r), counterparts: counterpartsOf(db, id), roles };
}

/** Actors as nodes and shared canonical events as weighted edges (a person and their own country are not an edge). */
export function network(db: Database.Database, f: NetworkFilter = {}): ActorNetwork {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.kind) { conds.push('e.kind = ?'); args.push(f.kind); }
  if (f.country) { conds.push('e.countries LIKE ?'); args.push(`%,${f.country.toUpperCase()},%`); }
  const from = dateInterval(f.from);
  const to = dateInterval(f.to);
  if (from) { conds.push('e.day_to >= ?'); args.push(isoOfDay(from[0])); }
  if (to) { conds.push('e.day_from <= ?'); args.push(isoOfDay(to[1])); }
  const kind = f.actorKind && f.actorKind !== 'all' ? f.actorKind : null;
  if (kind) conds.push(`x.kind = '${kind}' AND y.kind = '${kind}'`);
  const where = conds.length ? `AND ${conds.join(' AND ')}` : '';
  const edges = db.prepare(`SELECT a.actor_id AS source, b.actor_id AS target, count(DISTINCT e.id) AS weight
    FROM event_participants a JOIN event_participants b ON b.event_id = a.event_id AND a.actor_id < b.actor_id
    JOIN events e ON e.id = a.event_id JOIN actors x ON x.id = a.actor_id JOIN actors y ON y.id = b.actor_id
    WHERE NOT (x.kind = 'country' AND x.country IS y.country) AND NOT (y.kind = 'country' AND y.country IS x.country) ${where}
    GROUP BY a.actor_id, b.actor_id HAVING weight >= ? ORDER BY weight DESC, source, target`).all(...args, f.minWeight ?? 1) as { source: string; target: string; weight: number }[];
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const nodes = ids.length
    ? (db.prepare(`SELECT a.id, a.kind, a.name, a.country, (SELECT count(*) FROM event_participants ep WHERE ep.actor_id = a.id) AS events
        FROM actors a WHERE a.id IN (${ids.map(() => '?').join(', ')}) ORDER BY events DESC, a.name`).all(...ids) as Row[])
        .map((r) => ({ id: String(r.id), kind: r.kind as ActorSummary['kind'], name: String(r.name), ...(r.country ? { country: String(r.country) } : {}), events: Number(r.events) }))
    : [];
  return { nodes, edges };
}
