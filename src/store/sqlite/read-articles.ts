import type Database from 'better-sqlite3';
import type {
  ArticleFilter, ArticleSummary, Page, Paged, QuoteFilter, ReprocessItem, SearchHit, StoreStats, StoredArticle, StoredQuote,
} from '../types.js';
import { publishedWhere, snippetAround, summaryOf, SUMMARY_COLUMNS } from '../article-rows.js';
import { hasCjk } from './statements.js';

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

export function listArticles(db: Database.Database, filter: ArticleFilter = {}, page: Page = {}): Paged<ArticleSummary> {
  const conds: string[] = [];
  const args: unknown[] = [];
  publishedWhere(filter.from, filter.to, conds, args);
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM articles ar ${where}`).get(...args) as { n: number }).n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles ar ${where} ORDER BY ar.published IS NULL, ar.published ${dir}, ar.id
    LIMIT ? OFFSET ?`).all(...args, page.limit ?? 100, page.offset ?? 0) as Row[];
  return { items: rows.map(summaryOf), total };
}

export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const r = db.prepare(`SELECT ${SUMMARY_COLUMNS}, ar.text, ar.record_json FROM articles ar WHERE ar.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  return { ...summaryOf(r), text: String(r.text), record: JSON.parse(String(r.record_json)) };
}

/** A full-text query of plain words: each quoted, so no input is FTS5 syntax. */
export const ftsQuery = (text: string): string =>
  text.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');

/** Which way to search a text: unicode61 words, trigrams for CJK of three or more characters, else LIKE. */
function searchMode(text: string): 'fts' | 'trigram' | 'like' {
  if (!hasCjk(text)) return 'fts';
  return text.split(/\s+/).every((w) => [...w].length >= 3) ? 'trigram' : 'like';
}

const likeOf = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listQuotes(db: Database.Database, filter: QuoteFilter = {}, page: Page = {}): Paged<StoredQuote> {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (filter.speaker) {
    const like = `%${filter.speaker.toLowerCase()}%`;
    conds.push(`(q.speaker_actor_id = ? OR lower(a.name) LIKE ? OR lower(q.speaker_name) LIKE ?
      OR q.speaker_actor_id IN (SELECT m.actor_id FROM mentions m WHERE m.actor_id IS NOT NULL AND lower(m.aliases_json) LIKE ?))`);
    args.push(filter.speaker, like, like, like);
  }
  if (filter.search?.trim()) {
    const mode = searchMode(filter.search);
    if (mode === 'like') { conds.push("q.text LIKE ? ESCAPE '\\'"); args.push(likeOf(filter.search.trim())); }
    else { conds.push(`q.rowid IN (SELECT rowid FROM ${mode === 'fts' ? 'quotes_fts' : 'quotes_trigram'} WHERE text MATCH ?)`); args.push(ftsQuery(filter.search)); }
  }
  if (filter.articleId) { conds.push('q.article_id = ?'); args.push(filter.articleId); }
  publishedWhere(filter.from, filter.to, conds, args);
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const from = 'FROM quotes q JOIN articles ar ON ar.id = q.article_id LEFT JOIN actors a ON a.id = q.speaker_actor_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(...args) as { n: number }).n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rows = db.prepare(`SELECT q.*, ar.title, ar.published, a.kind AS actor_kind, a.name AS actor_name, a.country AS actor_country
    ${from} ${where} ORDER BY ar.published IS NULL, ar.published ${dir}, q.article_id, q.position LIMIT ? OFFSET ?`)
    .all(...args, page.limit ?? 100, page.offset ?? 0) as Row[];
  const evidence = db.prepare('SELECT start, "end" FROM evidence WHERE fact_id = ? ORDER BY start');
  return {
    total,
    items: rows.map((r) => ({
      id: String(r.id), articleId: String(r.article_id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null,
      speaker: r.speaker_actor_id ? {
        id: String(r.speaker_actor_id), kind: r.actor_kind as 'person', name: String(r.actor_name),
        ...(r.actor_country ? { country: String(r.actor_country) } : {}), ...(r.speaker_role ? { role: String(r.speaker_role) } : {}),
      } : null,
      text: String(r.text), direct: Number(r.direct) === 1,
      evidence: (evidence.all(r.id) as Row[]).map((e) => ({ start: Number(e.start), end: Number(e.end) })),
      rule: str(r.rule) ?? '', confidence: Number(r.confidence ?? 0),
    })),
  };
}


export function search(db: Database.Database, text: string, page: Page = {}): Paged<SearchHit> {
  const q = text.trim();
  if (!q) return { items: [], total: 0 };
  const mode = searchMode(q);
  const offset = page.offset ?? 0;
  // each kind fetched only as deep as the page needs; the total is counted apart
  const depth = offset + (page.limit ?? 100);
  let hits: (SearchHit & { rank: number })[];
  let total: number;
  if (mode === 'like') {
    const like = likeOf(q);
    const arts = db.prepare(`SELECT id, title, published, text FROM articles WHERE text LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY published DESC, id LIMIT ?`).all(like, like, depth) as Row[];
    const quotes = db.prepare(`SELECT q.id, q.article_id, q.text, ar.title, ar.published FROM quotes q JOIN articles ar ON ar.id = q.article_id
      WHERE q.text LIKE ? ESCAPE '\\' ORDER BY ar.published DESC, q.id LIMIT ?`).all(like, depth) as Row[];
    total = (db.prepare(`SELECT (SELECT count(*) FROM articles WHERE text LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')
      + (SELECT count(*) FROM quotes WHERE text LIKE ? ESCAPE '\\') AS n`).get(like, like, like) as { n: number }).n;
    hits = [
      ...quotes.map((r) => ({ kind: 'quote' as const, articleId: String(r.article_id), quoteId: String(r.id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null, snippet: snippetAround(String(r.text), q), rank: 0 })),
      ...arts.map((r) => ({ kind: 'article' as const, articleId: String(r.id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null, snippet: snippetAround(String(r.text), q), rank: 1 })),
    ];
  } else {
    const [at, qt] = mode === 'fts' ? ['articles_fts', 'quotes_fts'] : ['articles_trigram', 'quotes_trigram'];
    const match = ftsQuery(q);
    const arts = db.prepare(`SELECT ar.id, ar.title, ar.published, snippet(${at}, 1, '[', ']', '…', 16) AS snip, bm25(${at}) AS rank
      FROM ${at} JOIN articles ar ON ar.rowid = ${at}.rowid WHERE ${at} MATCH ? ORDER BY rank LIMIT ?`).all(match, depth) as Row[];
    const quotes = db.prepare(`SELECT q.id, q.article_id, ar.title, ar.published, snippet(${qt}, 0, '[', ']', '…', 24) AS snip, bm25(${qt}) AS rank
      FROM ${qt} JOIN quotes q ON q.rowid = ${qt}.rowid JOIN articles ar ON ar.id = q.article_id WHERE ${qt} MATCH ? ORDER BY rank LIMIT ?`).all(match, depth) as Row[];
    total = (db.prepare(`SELECT (SELECT count(*) FROM ${at} WHERE ${at} MATCH ?) + (SELECT count(*) FROM ${qt} WHERE ${qt} MATCH ?) AS n`).get(match, match) as { n: number }).n;
    hits = [
      ...quotes.map((r) => ({ kind: 'quote' as const, articleId: String(r.article_id), quoteId: String(r.id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null, snippet: String(r.snip), rank: Number(r.rank) })),
      ...arts.map((r) => ({ kind: 'article' as const, articleId: String(r.id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null, snippet: String(r.snip), rank: Number(r.rank) })),
    ].sort((a, b) => a.rank - b.rank);
  }
  return { total, items: hits.slice(offset, depth).map(({ rank: _rank, ...h }) => h) };
}

export function stats(db: Database.Database): StoreStats {
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { articles: n('articles'), events: n('events'), event_reports: n('event_reports'), quotes: n('quotes'), actors: n('actors') };
}

export function articlesForReprocess(db: Database.Database, pipelineVersion: string): ReprocessItem[] {
  const rows = db.prepare(`SELECT id, title, url, source, metadata_date, text, content_hash, pipeline_version, diagnostics_json
    FROM articles WHERE pipeline_version <> ? ORDER BY id`).all(pipelineVersion) as Row[];
  return rows.map((r) => ({
    input: {
      id: String(r.id), text: String(r.text), ...(r.title ? { title: String(r.title) } : {}), ...(r.url ? { url: String(r.url) } : {}),
      ...(r.source ? { source: String(r.source) } : {}), published: str(r.metadata_date) ?? null,
      diagnostics: JSON.parse(String(r.diagnostics_json)),
    },
    contentHash: String(r.content_hash), pipeline: String(r.pipeline_version),
  }));
}
