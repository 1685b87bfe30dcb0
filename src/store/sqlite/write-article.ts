import type Database from 'better-sqlite3';
import type { ArticleInput } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import { factsOf, type ArticleFacts } from '../facts.js';
import type { PutResult } from '../types.js';
import { clusterFor, refreshEvent, type ReportCache } from './event-clusters.js';
import { hasCjk, sql } from './statements.js';

/*
 * Writing one article: its row, its facts, and the canonical events and
 * actors they touch. The caller runs this in one immediate transaction, so a
 * crash leaves either the whole article or none of it.
 */

interface ArticleStateRow { rowid: number; content_hash: string; pipeline_version: string }

/**
 * Stores an article with its facts and merges its event reports; see Store.putArticle.
 * Articles written in one transaction may share one `cache` of the events' reports.
 */
export function writeArticle(db: Database.Database, input: ArticleInput, record: ArticleRecord, contentHash: string, cache: ReportCache = new Map()): PutResult {
  const old = sql(db, 'SELECT rowid, content_hash, pipeline_version FROM articles WHERE id = ?').get(input.id) as ArticleStateRow | undefined;
  if (old && old.content_hash === contentHash && old.pipeline_version === record.pipeline) {
    return { status: 'unchanged', articleId: input.id, eventReports: 0, merged: 0 };
  }
  const now = new Date().toISOString();
  if (old) removeArticle(db, input.id, now, cache);
  const facts = factsOf(input, record);
  insertArticle(db, input, record, contentHash, now);
  insertFacts(db, input.id, facts);
  let merged = 0;
  const addParticipant = sql(db, `INSERT INTO report_participants (report_id, position, actor_id, name, country, entity_id, role)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  facts.reports.forEach((r, position) => {
    const { eventId, joined } = clusterFor(db, r.report, cache);
    const e = r.recordEvent;
    sql(db, `INSERT INTO event_reports (id, article_id, event_id, kind, status, date, date_end, date_how, published, location_name,
        location_country, location_id, location_lat, location_lon, occasion_name, occasion_id, host, rule, confidence, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      r.report.reportId, input.id, eventId, e.kind, e.status, e.date ?? null, e.date_end ?? null, e.date_how ?? null,
      r.report.published, e.location?.name ?? null, e.location?.country ?? null, e.location?.id ?? null,
      e.location?.lat ?? null, e.location?.lon ?? null, e.occasion?.name ?? null, e.occasion?.id ?? null, e.host ?? null,
      e.rule ?? null, e.confidence ?? null, position);
    r.participants.forEach((p, i) => addParticipant.run(r.report.reportId, i, p.actor?.id ?? null, p.source.name ?? null,
      p.source.country ?? null, p.source.id ?? null, p.source.role ?? null));
    if (joined) {
      const others = sql(db, 'SELECT count(*) AS n FROM event_reports WHERE event_id = ? AND article_id <> ?').get(eventId, input.id) as { n: number };
      if (others.n > 0) merged += 1;
    }
    refreshEvent(db, eventId, now, cache);
  });
  return { status: old ? 'replaced' : 'new', articleId: input.id, eventReports: facts.reports.length, merged };
}

function insertArticle(db: Database.Database, input: ArticleInput, record: ArticleRecord, contentHash: string, now: string): void {
  const { lastInsertRowid } = sql(db, `INSERT INTO articles (id, title, url, source, metadata_date, published, content_hash,
      pipeline_version, text, record_json, diagnostics_json, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    input.id, input.title ?? record.title ?? null, input.url ?? record.url ?? null, input.source ?? record.source ?? null,
    input.published ?? null, record.published ?? input.published ?? null, contentHash, record.pipeline, input.text,
    JSON.stringify(record), JSON.stringify(input.diagnostics ?? []), now);
  const title = input.title ?? record.title ?? '';
  sql(db, 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(lastInsertRowid, title, input.text);
  if (hasCjk(title + input.text)) sql(db, 'INSERT INTO articles_trigram (rowid, title, text) VALUES (?, ?, ?)').run(lastInsertRowid, title, input.text);
}

function insertFacts(db: Database.Database, articleId: string, facts: ArticleFacts): void {
  const addActor = sql(db, `INSERT INTO actors (id, kind, name, country, entity_id) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING`);
  for (const a of facts.actors) {
    const entity = a.id.includes('~') ? null : a.id;
    addActor.run(a.id, a.kind, a.name, a.country ?? null, entity);
  }
  const addMention = sql(db, `INSERT INTO mentions (id, article_id, type, actor_id, name, country, entity_id, role, aliases_json, lat, lon, rule, confidence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const m of facts.mentions) {
    addMention.run(m.id, articleId, m.type, m.actor?.id ?? null, m.name, m.country ?? null, m.entityId ?? null, m.role ?? null,
      JSON.stringify(m.aliases), m.lat ?? null, m.lon ?? null, m.rule ?? null, m.confidence ?? null);
  }
  const addQuote = sql(db, `INSERT INTO quotes (id, article_id, speaker_actor_id, speaker_name, speaker_country, speaker_role, text, direct, rule, confidence, position)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  facts.quotes.forEach((q, i) => {
    const { lastInsertRowid } = addQuote.run(q.id, articleId, q.speaker?.id ?? null, q.speakerSource?.name ?? null,
      q.speakerSource?.country ?? null, q.speakerSource?.role ?? null, q.text, q.direct ? 1 : 0, q.rule ?? null, q.confidence ?? null, i);
    sql(db, 'INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)').run(lastInsertRowid, q.text);
    if (hasCjk(q.text)) sql(db, 'INSERT INTO quotes_trigram (rowid, text) VALUES (?, ?)').run(lastInsertRowid, q.text);
  });
  const addEvidence = sql(db, 'INSERT INTO evidence (article_id, fact_type, fact_id, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of facts.evidence) addEvidence.run(articleId, e.factType, e.factId, e.start, e.end, e.text);
}

/**
 * Removes an article and everything it said: its rows, its search entries,
 * its reports from their canonical events (re-voted or deleted when empty)
 * and the actors nothing refers to any more. False when there was no such article.
 */
export function removeArticle(db: Database.Database, articleId: string, now: string, cache?: ReportCache): boolean {
  const row = sql(db, 'SELECT rowid FROM articles WHERE id = ?').get(articleId) as { rowid: number } | undefined;
  if (!row) return false;
  const events = (sql(db, 'SELECT DISTINCT event_id FROM event_reports WHERE article_id = ?').all(articleId) as { event_id: string }[]).map((r) => r.event_id);
  const actors = (sql(db, `SELECT actor_id FROM mentions WHERE article_id = ? AND actor_id IS NOT NULL
      UNION SELECT rp.actor_id FROM report_participants rp JOIN event_reports r ON r.id = rp.report_id WHERE r.article_id = ? AND rp.actor_id IS NOT NULL
      UNION SELECT speaker_actor_id FROM quotes WHERE article_id = ? AND speaker_actor_id IS NOT NULL`)
    .all(articleId, articleId, articleId) as { actor_id: string }[]).map((r) => r.actor_id);
  const quoteRows = sql(db, 'SELECT rowid FROM quotes WHERE article_id = ?').all(articleId) as { rowid: number }[];
  for (const q of quoteRows) {
    sql(db, 'DELETE FROM quotes_fts WHERE rowid = ?').run(q.rowid);
    sql(db, 'DELETE FROM quotes_trigram WHERE rowid = ?').run(q.rowid);
  }
  sql(db, 'DELETE FROM articles_fts WHERE rowid = ?').run(row.rowid);
  sql(db, 'DELETE FROM articles_trigram WHERE rowid = ?').run(row.rowid);
  sql(db, 'DELETE FROM articles WHERE id = ?').run(articleId); // cascades to mentions, reports, quotes, evidence
  for (const eventId of events) refreshEvent(db, eventId, now, cache);
  if (actors.length) {
    sql(db, `DELETE FROM actors WHERE id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM report_participants rp WHERE rp.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = actors.id)`).run(JSON.stringify(actors));
  }
  return true;
}
