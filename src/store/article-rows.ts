import { dateInterval, isoOfDay } from '../corpus/dates.js';
import type { ArticleSummary } from './types.js';

/** Article rows as both stores read them (same columns, same `?` placeholders). */
type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

export const SUMMARY_COLUMNS = `ar.id, ar.title, ar.url, ar.source, ar.published, ar.content_hash, ar.pipeline_version, ar.stored_at,
  (SELECT count(*) FROM event_reports r WHERE r.article_id = ar.id) AS events,
  (SELECT count(*) FROM quotes q WHERE q.article_id = ar.id) AS quotes`;

/** One row selected with SUMMARY_COLUMNS as an article summary. */
export const summaryOf = (r: Row): ArticleSummary => ({
  id: String(r.id), ...(r.title ? { title: String(r.title) } : {}), ...(r.url ? { url: String(r.url) } : {}),
  ...(r.source ? { source: String(r.source) } : {}), published: str(r.published) ?? null,
  contentHash: String(r.content_hash), pipeline: String(r.pipeline_version), storedAt: String(r.stored_at),
  events: Number(r.events), quotes: Number(r.quotes),
});

/** Conditions on `ar.published` for a partial-date range. */
export function publishedWhere(from: string | undefined, to: string | undefined, conds: string[], args: unknown[]): void {
  const f = dateInterval(from);
  const t = dateInterval(to);
  if (f) { conds.push('ar.published >= ?'); args.push(isoOfDay(f[0])); }
  if (t) { conds.push('ar.published <= ?'); args.push(`${isoOfDay(t[1])}~`); }
}

/** A short piece of `text` around the first place `needle` occurs (search hits where the engine gives no snippet, e.g. CJK). */
export function snippetAround(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  const start = Math.max(0, (at < 0 ? 0 : at) - 60);
  const piece = text.slice(start, start + 160 + needle.length).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${start + 160 + needle.length < text.length ? '…' : ''}`;
}
