import { dateInterval, isoOfDay } from '../../corpus/dates.js';
import type { ActorDetail, ActorFilter, ActorNetwork, ActorSummary, Counterpart, NetworkFilter, Page, Paged } from '../types.js';
import { one, rows, type Queryable, type Row } from './sql.js';

// counts per actor, computed on read (the SQLite store's query)
const ACTOR_COLUMNS = `a.id, a.kind, a.name, a.country, a.entity_id,
  (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
  (SELECT count(*) FROM event_participants ep WHERE ep.actor_id = a.id) AS events,
  (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = a.id) AS quotes,
  (SELECT count(*) FROM (SELECT article_id FROM mentions WHERE actor_id = a.id
     UNION SELECT r.article_id FROM report_participants rp JOIN event_reports r ON r.id = rp.report_id WHERE rp.actor_id = a.id
     UNION SELECT article_id FROM quotes WHERE speaker_actor_id = a.id) AS x) AS articles`;

function actorWhere(f: ActorFilter): { where: string; args: unknown[] } {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.country) { conds.push('a.country = ?'); args.push(f.country.toUpperCase()); }
  if (f.kind) { conds.push('a.kind = ?'); args.push(f.kind); }
  if (f.name) {
    const like = `%${f.name.toLowerCase()}%`;
    conds.push('(lower(a.name) LIKE ? OR a.id = ? OR EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id AND lower(m.aliases_json) LIKE ?))');
    args.push(like, f.name, like);
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', args };
}

/** Every spelling of each actor seen in articles, one query for a page of actors. */
async function aliasesOf(db: Queryable, actors: { id: string; name: string }[]): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>(actors.map((a) => [a.id, new Set<string>()]));
  if (!actors.length) return new Map();
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const rs = await rows<{ actor_id: string; name: string; aliases_json: string }>(db,
    'SELECT DISTINCT actor_id, name, aliases_json FROM mentions WHERE actor_id = ANY(?)', [actors.map((a) => a.id)]);
  for (const r of rs) {
    for (const a of [r.name, ...(JSON.parse(r.aliases_json) as string[])]) if (a && a !== names.get(r.actor_id)) out.get(r.actor_id)!.add(a);
  }
  return new Map([...out].map(([id, set]) => [id, [...set].sort()]));
}

async function summariesOf(db: Queryable, rs: Row[]): Promise<ActorSummary[]> {
  const aliases = await aliasesOf(db, rs.map((r) => ({ id: String(r.id), name: String(r.name) })));
  return rs.map((r) => ({
    id: String(r.id), kind: r.kind as ActorSummary['kind'], name: String(r.name), ...(r.country ? { country: String(r.country) } : {}),
    ...(r.entity_id ? { entityId: String(r.entity_id) } : {}),
    aliases: aliases.get(String(r.id)) ?? [],
    articles: Number(r.articles), mentions: Number(r.mentions), events: Number(r.events), quotes: Number(r.quotes),
  }));
}

export async function listActors(db: Queryable, filter: ActorFilter = {}, page: Page = {}): Promise<Paged<ActorSummary>> {
  const { where, args } = actorWhere(filter);
  const total = (await one<{ n: number }>(db, `SELECT count(*) AS n FROM actors a ${where}`, args))!.n;
  const rs = await rows(db, `SELECT ${ACTOR_COLUMNS} FROM actors a ${where}
    ORDER BY events DESC, articles DESC, mentions DESC, a.name LIMIT ? OFFSET ?`, [...args, page.limit ?? 100, page.offset ?? 0]);
  return { items: await summariesOf(db, rs), total };
}

export async function counterpartsOf(db: Queryable, id: string, limit = 20): Promise<Counterpart[]> {
  const rs = await rows(db, `SELECT a.id, a.kind, a.name, a.country, count(DISTINCT o.event_id) AS events
    FROM event_participants me JOIN event_participants o ON o.event_id = me.event_id AND o.actor_id <> me.actor_id
    JOIN actors a ON a.id = o.actor_id JOIN actors self ON self.id = me.actor_id
    WHERE me.actor_id = ? AND NOT (a.kind = 'country' AND a.country IS NOT DISTINCT FROM self.country)
    GROUP BY a.id ORDER BY events DESC, a.name LIMIT ?`, [id, limit]);
  return rs.map((r) => ({ id: String(r.id), kind: r.kind as Counterpart['kind'], name: String(r.name), ...(r.country ? { country: String(r.country) } : {}), events: Number(r.events) }));
}

export async function getActor(db: Queryable, id: string): Promise<ActorDetail | null> {
  const r = await one(db, `SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = ?`, [id]);
  if (!r) return null;
  const roles = (await rows<{ role: string }>(db, `SELECT role FROM mentions WHERE actor_id = ? AND role IS NOT NULL
    UNION SELECT role FROM report_participants WHERE actor_id = ? AND role IS NOT NULL
    UNION SELECT speaker_role FROM quotes WHERE speaker_actor_id = ? AND speaker_role IS NOT NULL`, [id, id, id])).map((x) => x.role).sort();
  const [summary] = await summariesOf(db, [r]);
  return { ...summary!, counterparts: await counterpartsOf(db, id), roles };
}

export async function network(db: Queryable, f: NetworkFilter = {}): Promise<ActorNetwork> {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (f.kind) { conds.push('e.kind = ?'); args.push(f.kind); }
  if (f.country) { conds.push('e.countries LIKE ?'); args.push(`%,${f.country.toUpperCase()},%`); }
  const from = dateInterval(f.from);
  const to = dateInterval(f.to);
  if (from) { conds.push('e.day_to >= ?'); args.push(isoOfDay(from[0])); }
  if (to) { conds.push('e.day_from <= ?'); args.push(isoOfDay(to[1])); }
  const kind = f.actorKind && f.actorKind !== 'all' ? f.actorKind : null;
  if (kind) { conds.push('x.kind = ? AND y.kind = ?'); args.push(kind, kind); }
  const where = conds.length ? `AND ${conds.join(' AND ')}` : '';
  const edges = await rows<{ source: string; target: string; weight: number }>(db, `SELECT a.actor_id AS source, b.actor_id AS target, count(DISTINCT e.id) AS weight
    FROM event_participants a JOIN event_participants b ON b.event_id = a.event_id AND a.actor_id < b.actor_id
    JOIN events e ON e.id = a.event_id JOIN actors x ON x.id = a.actor_id JOIN actors y ON y.id = b.actor_id
    WHERE NOT (x.kind = 'country' AND x.country IS NOT DISTINCT FROM y.country)
      AND NOT (y.kind = 'country' AND y.country IS NOT DISTINCT FROM x.country) ${where}
    GROUP BY a.actor_id, b.actor_id HAVING count(DISTINCT e.id) >= ? ORDER BY weight DESC, source, target`, [...args, f.minWeight ?? 1]);
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const nodes = ids.length
    ? (await rows(db, `SELECT a.id, a.kind, a.name, a.country, (SELECT count(*) FROM event_participants ep WHERE ep.actor_id = a.id) AS events
        FROM actors a WHERE a.id = ANY(?) ORDER BY events DESC, a.name`, [ids]))
        .map((r) => ({ id: String(r.id), kind: r.kind as ActorSummary['kind'], name: String(r.name), ...(r.country ? { country: String(r.country) } : {}), events: Number(r.events) }))
    : [];
  return { nodes, edges: edges.map((e) => ({ source: e.source, target: e.target, weight: Number(e.weight) })) };
}
