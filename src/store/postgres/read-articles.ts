import type {
  ArticleFilter, ArticleSummary, Page, Paged, QuoteFilter, ReprocessItem, SearchHit, StoreStats, StoredArticle, StoredQuote,
} from '../types.js';
import { publishedWhere, snippetAround, summaryOf, SUMMARY_COLUMNS } from '../article-rows.js';
import { hasCjk } from '../sqlite/statements.js';
import { one, rows, type Queryable } from './sql.js';

const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

const whereOf = (conds: string[]): string => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');

export async function listArticles(db: Queryable, filter: ArticleFilter = {}, page: Page = {}): Promise<Paged<ArticleSummary>> {
  const conds: string[] = [];
  const args: unknown[] = [];
  publishedWhere(filter.from, filter.to, conds, args);
  const where = whereOf(conds);
  const total = (await one<{ n: number }>(db, `SELECT count(*) AS n FROM articles ar ${where}`, args))!.n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rs = await rows(db, `SELECT ${SUMMARY_COLUMNS} FROM articles ar ${where} ORDER BY ar.published IS NULL, ar.published ${dir}, ar.id
    LIMIT ? OFFSET ?`, [...args, page.limit ?? 100, page.offset ?? 0]);
  return { items: rs.map(summaryOf), total };
}

export async function getArticle(db: Queryable, id: string): Promise<StoredArticle | null> {
  const r = await one(db, `SELECT ${SUMMARY_COLUMNS}, ar.text, ar.record_json FROM articles ar WHERE ar.id = ?`, [id]);
  if (!r) return null;
  return { ...summaryOf(r), text: String(r.text), record: JSON.parse(String(r.record_json)) };
}

/** Words of a query; CJK text has no spaces between words, so it is matched as substrings, not through tsvector. */
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const likeOf = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A condition on a text column for a search: tsvector words, or every word as a substring for CJK. */
function matchCondition(text: string, vector: string, columns: string[], args: unknown[]): string {
  if (!hasCjk(text)) {
    args.push(text);
    return `${vector} @@ plainto_tsquery('simple', ?)`;
  }
  return wordsOf(text).map((w) => {
    const any = columns.map((c) => `${c} ILIKE ?`);
    for (const _ of columns) args.push(likeOf(w));
    return `(${any.join(' OR ')})`;
  }).join(' AND ');
}

export async function listQuotes(db: Queryable, filter: QuoteFilter = {}, page: Page = {}): Promise<Paged<StoredQuote>> {
  const conds: string[] = [];
  const args: unknown[] = [];
  if (filter.speaker) {
    const like = `%${filter.speaker.toLowerCase()}%`;
    conds.push(`(q.speaker_actor_id = ? OR lower(a.name) LIKE ? OR lower(q.speaker_name) LIKE ?
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id AND lower(m.aliases_json) LIKE ?))`);
    args.push(filter.speaker, like, like, like);
  }
  if (filter.search?.trim()) conds.push(matchCondition(filter.search.trim(), 'q.search', ['q.text'], args));
  if (filter.articleId) { conds.push('q.article_id = ?'); args.push(filter.articleId); }
  publishedWhere(filter.from, filter.to, conds, args);
  const where = whereOf(conds);
  const from = 'FROM quotes q JOIN articles ar ON ar.id = q.article_id LEFT JOIN actors a ON a.id = q.speaker_actor_id';
  const total = (await one<{ n: number }>(db, `SELECT count(*) AS n ${from} ${where}`, args))!.n;
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rs = await rows(db, `SELECT q.id, q.article_id, q.speaker_actor_id, q.speaker_role, q.text, q.direct, q.rule, q.confidence,
      ar.title, ar.published, a.kind AS actor_kind, a.name AS actor_name, a.country AS actor_country
    ${from} ${where} ORDER BY ar.published IS NULL, ar.published ${dir}, q.article_id, q.position LIMIT ? OFFSET ?`,
  [...args, page.limit ?? 100, page.offset ?? 0]);
  const evidence = new Map<string, { start: number; end: number }[]>();
  if (rs.length) {
    for (const e of await rows<{ fact_id: string; start: number; end: number }>(db,
      'SELECT fact_id, start, "end" FROM evidence WHERE fact_id = ANY(?) ORDER BY fact_id, start', [rs.map((r) => String(r.id))])) {
      evidence.set(e.fact_id, [...(evidence.get(e.fact_id) ?? []), { start: e.start, end: e.end }]);
    }
  }
  return {
    total,
    items: rs.map((r) => ({
      id: String(r.id), articleId: String(r.article_id), ...(r.title ? { title: String(r.title) } : {}), published: str(r.published) ?? null,
      speaker: r.speaker_actor_id ? {
        id: String(r.speaker_actor_id), kind: r.actor_kind as 'person', name: String(r.actor_name),
        ...(r.actor_country ? { country: String(r.actor_country) } : {}), ...(r.speaker_role ? { role: String(r.speaker_role) } : {}),
      } : null,
      text: String(r.text), direct: Number(r.direct) === 1,
      evidence: evidence.get(String(r.id)) ?? [],
      rule: str(r.rule) ?? '', confidence: Number(r.confidence ?? 0),
    })),
  };
}


const HEADLINE = 'StartSel=[, StopSel=], MaxWords=20, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…';

/**
 * Articles and quotes matching the words, best first (ts_rank; quotes before
 * articles on ties); snippets are computed for the page only.
 */
export async function search(db: Queryable, text: string, page: Page = {}): Promise<Paged<SearchHit>> {
  const q = text.trim();
  if (!q) return { items: [], total: 0 };
  const cjk = hasCjk(q);
  const qArgs: unknown[] = [];
  const aArgs: unknown[] = [];
  const qCond = matchCondition(q, 'qu.search', ['qu.text'], qArgs);
  const aCond = matchCondition(q, 'ar.search', ['ar.text', 'ar.title'], aArgs);
  const rank = (vector: string) => (cjk ? '0' : `ts_rank(${vector}, plainto_tsquery('simple', ?))`);
  const rankArgs = cjk ? [] : [q];
  const rs = await rows(db, `SELECT h.*, count(*) OVER () AS total FROM (
      SELECT 0 AS k, qu.article_id, qu.id AS quote_id, ar.title, ar.published, ${rank('qu.search')} AS rank, qu.text AS body
        FROM quotes qu JOIN articles ar ON ar.id = qu.article_id WHERE ${qCond}
      UNION ALL
      SELECT 1 AS k, ar.id, NULL, ar.title, ar.published, ${rank('ar.search')}, ar.text
        FROM articles ar WHERE ${aCond}
    ) h ORDER BY h.rank DESC, h.k, h.published DESC NULLS LAST, h.article_id, h.quote_id LIMIT ? OFFSET ?`,
  [...rankArgs, ...qArgs, ...rankArgs, ...aArgs, page.limit ?? 100, page.offset ?? 0]);
  const total = rs.length ? Number(rs[0]!.total) : (page.offset ? (await search(db, q, { limit: 1 })).total : 0);
  const snippets = cjk
    ? rs.map((r) => snippetAround(String(r.body), wordsOf(q)[0]!))
    : rs.length
      ? (await rows<{ s: string }>(db, `SELECT ts_headline('simple', b, plainto_tsquery('simple', ?), '${HEADLINE}') AS s
          FROM unnest(?::text[]) WITH ORDINALITY AS t (b, i) ORDER BY i`, [q, rs.map((r) => String(r.body))])).map((r) => r.s)
      : [];
  return {
    total,
    items: rs.map((r, i) => ({
      kind: Number(r.k) === 0 ? 'quote' as const : 'article' as const, articleId: String(r.article_id),
      ...(r.quote_id ? { quoteId: String(r.quote_id) } : {}), ...(r.title ? { title: String(r.title) } : {}),
      published: str(r.published) ?? null, snippet: snippets[i]!.replace(/\s+/g, ' ').trim(),
    })),
  };
}

export async function stats(db: Queryable): Promise<StoreStats> {
  const r = (await one<Record<keyof StoreStats, number>>(db, `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM event_reports) AS event_reports, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM actors) AS actors`))!;
  return { articles: r.articles, events: r.events, event_reports: r.event_reports, quotes: r.quotes, actors: r.actors };
}

export async function articlesForReprocess(db: Queryable, pipelineVersion: string): Promise<ReprocessItem[]> {
  const rs = await rows(db, `SELECT id, title, url, source, metadata_date, text, content_hash, pipeline_version, diagnostics_json
    FROM articles WHERE pipeline_version <> ? ORDER BY id`, [pipelineVersion]);
  return rs.map((r) => ({
    input: {
      id: String(r.id), text: String(r.text), ...(r.title ? { title: String(r.title) } : {}), ...(r.url ? { url: String(r.url) } : {}),
      ...(r.source ? { source: String(r.source) } : {}), published: str(r.metadata_date) ?? null,
      diagnostics: JSON.parse(String(r.diagnostics_json)),
    },
    contentHash: String(r.content_hash), pipeline: String(r.pipeline_version),
  }));
}
