import type { ArticleInput } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import { factsOf, type ArticleFacts } from '../facts.js';
import type { PutResult } from '../types.js';
import { LOCK_KEYS } from './connect.js';
import type { ActorRef } from '../../corpus/types.js';
import { byReportId, clusterFor, refreshEvent, reportOfRow, writeCanonical, type ClusterCache } from './event-clusters.js';
import { one, rows, run, type Queryable } from './sql.js';

/*
 * Writing one article on PostgreSQL, inside the caller's transaction, under
 * one transaction-scoped advisory lock. The merge of event reports into
 * canonical events is greedy: which cluster a report joins depends on the
 * reports already stored, so the result depends on the order articles are
 * merged in (as with a sequential ingest in another order). Writers
 * therefore take turns, and a database built by N workers is exactly the one
 * a single process would build storing the articles in their commit order.
 * Extraction, most of the work, stays parallel. The lock is released at
 * commit or rollback, so a worker that dies holds nothing.
 */

/** Takes the merge lock for the rest of the transaction. */
export const lockMerges = async (db: Queryable): Promise<void> => {
  await run(db, 'SELECT pg_advisory_xact_lock(?)', [LOCK_KEYS.merge]);
};

export async function writeArticle(db: Queryable, input: ArticleInput, record: ArticleRecord, contentHash: string, cache?: ClusterCache): Promise<PutResult> {
  const facts = factsOf(input, record);
  await lockMerges(db);
  const old = await one<{ content_hash: string; pipeline_version: string }>(db,
    'SELECT content_hash, pipeline_version FROM articles WHERE id = ?', [input.id]);
  if (old && old.content_hash === contentHash && old.pipeline_version === record.pipeline) {
    return { status: 'unchanged', articleId: input.id, eventReports: 0, merged: 0 };
  }
  const now = new Date().toISOString();
  if (old) await removeArticle(db, input.id, now, cache);
  await insertArticle(db, input, record, contentHash, now);
  await insertFacts(db, input.id, facts);
  let merged = 0;
  for (const [position, r] of facts.reports.entries()) {
    const { eventId, joined, reports } = await clusterFor(db, r.report, cache);
    const e = r.recordEvent;
    const ps = r.participants;
    // the report and its participants in one statement, which returns the actors they name as stored (the first
    // spelling stored wins), so the cluster is recomputed exactly as from a reload, without one
    const actorIds = ps.flatMap((p) => (p.actor ? [p.actor.id] : []));
    const stored = await rows<{ id: string; kind: ActorRef['kind']; name: string; country: string | null }>(db, `WITH rep AS (
        INSERT INTO event_reports (id, article_id, event_id, kind, status, date, date_end, date_how, published, location_name,
          location_country, location_id, location_lat, location_lon, occasion_name, occasion_id, host, rule, confidence, position)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id),
      parts AS (INSERT INTO report_participants (report_id, position, actor_id, name, country, entity_id, role)
        SELECT rep.id, p.* FROM rep, unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS p)
      SELECT id, kind, name, country FROM actors WHERE id = ANY(?::text[])`, [
      r.report.reportId, input.id, eventId, e.kind, e.status, e.date ?? null, e.date_end ?? null, e.date_how ?? null,
      r.report.published, e.location?.name ?? null, e.location?.country ?? null, e.location?.id ?? null,
      e.location?.lat ?? null, e.location?.lon ?? null, e.occasion?.name ?? null, e.occasion?.id ?? null, e.host ?? null,
      e.rule ?? null, e.confidence ?? null, position,
      ps.map((_, i) => i), ps.map((p) => p.actor?.id ?? null), ps.map((p) => p.source.name ?? null),
      ps.map((p) => p.source.country ?? null), ps.map((p) => p.source.id ?? null), ps.map((p) => p.source.role ?? null), actorIds]);
    const actorsById = new Map(stored.map((a) => [a.id, a]));
    const asStored = reportOfRow({
      id: r.report.reportId, article_id: input.id, event_id: eventId, published: r.report.published, kind: e.kind, status: e.status,
      date: e.date ?? null, date_end: e.date_end ?? null, location_name: e.location?.name ?? null, location_country: e.location?.country ?? null,
      location_id: e.location?.id ?? null, location_lat: e.location?.lat ?? null, location_lon: e.location?.lon ?? null,
      occasion_name: e.occasion?.name ?? null, occasion_id: e.occasion?.id ?? null,
      actors: actorIds.flatMap((id) => (actorsById.has(id) ? [actorsById.get(id)!] : [])),
    });
    // joined a cluster that another article already reports
    if (joined && reports.some((x) => x.articleId !== input.id)) merged += 1;
    await writeCanonical(db, eventId, [...reports, asStored].sort(byReportId), now, cache);
  }
  return { status: old ? 'replaced' : 'new', articleId: input.id, eventReports: facts.reports.length, merged };
}

async function insertArticle(db: Queryable, input: ArticleInput, record: ArticleRecord, contentHash: string, now: string): Promise<void> {
  await run(db, `INSERT INTO articles (id, title, url, source, metadata_date, published, content_hash,
      pipeline_version, text, record_json, diagnostics_json, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    input.id, input.title ?? record.title ?? null, input.url ?? record.url ?? null, input.source ?? record.source ?? null,
    input.published ?? null, record.published ?? input.published ?? null, contentHash, record.pipeline, input.text,
    JSON.stringify(record), JSON.stringify(input.diagnostics ?? []), now]);
}

async function insertFacts(db: Queryable, articleId: string, facts: ArticleFacts): Promise<void> {
  const actors = [...facts.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (actors.length) {
    await run(db, `INSERT INTO actors (id, kind, name, country, entity_id)
      SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) ON CONFLICT (id) DO NOTHING`, [
      actors.map((a) => a.id), actors.map((a) => a.kind), actors.map((a) => a.name), actors.map((a) => a.country ?? null),
      actors.map((a) => (a.id.includes('~') ? null : a.id))]);
  }
  const ms = facts.mentions;
  if (ms.length) {
    await run(db, `INSERT INTO mentions (id, article_id, type, actor_id, name, country, entity_id, role, aliases_json, lat, lon, rule, confidence)
      SELECT m.id, ?, m.type, m.actor_id, m.name, m.country, m.entity_id, m.role, m.aliases_json, m.lat, m.lon, m.rule, m.confidence
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::float8[])
        AS m (id, type, actor_id, name, country, entity_id, role, aliases_json, lat, lon, rule, confidence)`, [
      articleId, ms.map((m) => m.id), ms.map((m) => m.type), ms.map((m) => m.actor?.id ?? null), ms.map((m) => m.name),
      ms.map((m) => m.country ?? null), ms.map((m) => m.entityId ?? null), ms.map((m) => m.role ?? null),
      ms.map((m) => JSON.stringify(m.aliases)), ms.map((m) => m.lat ?? null), ms.map((m) => m.lon ?? null),
      ms.map((m) => m.rule ?? null), ms.map((m) => m.confidence ?? null)]);
  }
  const qs = facts.quotes;
  if (qs.length) {
    await run(db, `INSERT INTO quotes (id, article_id, speaker_actor_id, speaker_name, speaker_country, speaker_role, text, direct, rule, confidence, position)
      SELECT q.id, ?, q.speaker_actor_id, q.speaker_name, q.speaker_country, q.speaker_role, q.text, q.direct, q.rule, q.confidence, q.position
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::float8[], ?::int[])
        AS q (id, speaker_actor_id, speaker_name, speaker_country, speaker_role, text, direct, rule, confidence, position)`, [
      articleId, qs.map((q) => q.id), qs.map((q) => q.speaker?.id ?? null), qs.map((q) => q.speakerSource?.name ?? null),
      qs.map((q) => q.speakerSource?.country ?? null), qs.map((q) => q.speakerSource?.role ?? null), qs.map((q) => q.text),
      qs.map((q) => (q.direct ? 1 : 0)), qs.map((q) => q.rule ?? null), qs.map((q) => q.confidence ?? null), qs.map((_, i) => i)]);
  }
  const ev = facts.evidence;
  if (ev.length) {
    await run(db, `INSERT INTO evidence (article_id, fact_type, fact_id, start, "end", text)
      SELECT ?, * FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::text[])`, [
      articleId, ev.map((e) => e.factType), ev.map((e) => e.factId), ev.map((e) => e.start), ev.map((e) => e.end), ev.map((e) => e.text)]);
  }
}

/** Removes an article and everything it said, re-votes its clusters and drops orphaned actors; the caller holds the lock. */
export async function removeArticle(db: Queryable, articleId: string, now: string, cache?: ClusterCache): Promise<boolean> {
  const row = await one(db, 'SELECT id FROM articles WHERE id = ?', [articleId]);
  if (!row) return false;
  const events = (await rows<{ event_id: string }>(db, 'SELECT DISTINCT event_id FROM event_reports WHERE article_id = ?', [articleId])).map((r) => r.event_id).sort();
  const actors = (await rows<{ actor_id: string }>(db, `SELECT actor_id FROM mentions WHERE article_id = ? AND actor_id IS NOT NULL
      UNION SELECT rp.actor_id FROM report_participants rp JOIN event_reports r ON r.id = rp.report_id WHERE r.article_id = ? AND rp.actor_id IS NOT NULL
      UNION SELECT speaker_actor_id FROM quotes WHERE article_id = ? AND speaker_actor_id IS NOT NULL`,
    [articleId, articleId, articleId])).map((r) => r.actor_id);
  await run(db, 'DELETE FROM articles WHERE id = ?', [articleId]); // cascades to mentions, reports, quotes, evidence
  for (const eventId of events) await refreshEvent(db, eventId, now, cache);
  if (actors.length) {
    await run(db, `DELETE FROM actors WHERE id = ANY(?)
      AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM report_participants rp WHERE rp.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = actors.id)`, [actors]);
  }
  return true;
}
