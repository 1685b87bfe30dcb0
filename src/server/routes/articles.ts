import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { ArticleInput } from '../../core/doc.js';
import { extractRecord } from '../../pipeline/index.js';
import { contentHashOf } from '../../store/facts.js';
import { ApiError, notFound } from '../api-error.js';
import type { ArticlePage, ExtractResult } from '../api-types.js';
import type { AppDeps } from '../deps.js';
import type { RouteDoc } from '../route-docs.js';
import { articlesQuery, extractBody, ingestBody } from '../schemas.js';
import { parseJsonBody, parseQuery } from '../validate.js';

export const articleDocs: RouteDoc[] = [
  { method: 'get', path: '/api/articles', tag: 'articles', summary: 'Stored articles, newest first', query: articlesQuery },
  {
    method: 'get', path: '/api/articles/{id}', tag: 'articles', params: { id: 'article id' },
    summary: 'One article: its raw text and record (every fact with evidence spans into the text)', statuses: { 404: 'no such article' },
  },
  {
    method: 'post', path: '/api/extract', tag: 'extract', body: extractBody,
    summary: 'Extract an article record from text; nothing is stored',
  },
  {
    method: 'post', path: '/api/articles', tag: 'articles', body: ingestBody,
    summary: 'Extract and store an article (only when the server runs with --allow-ingest)',
    statuses: { 201: 'stored', 403: 'ingest is disabled' },
  },
];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function articleRoutes(app: Hono, { store, kb, allowIngest }: AppDeps): void {
  const requireKb = () => {
    if (!kb) throw new ApiError(500, 'no_kb', 'the server has no knowledge base loaded: extraction is unavailable');
    return kb;
  };

  app.get('/api/articles', async (c) => {
    const q = parseQuery(c, articlesQuery);
    const page = await store.listArticles({ from: q.from, to: q.to }, { limit: q.limit, offset: q.offset });
    return c.json({ ...page, limit: q.limit, offset: q.offset });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw notFound('article', id);
    const events = await store.listEvents({ articleId: id }, { limit: 500 });
    const eventLinks: Record<string, string> = {};
    for (const e of events.items) {
      for (const s of e.sources) if (s.articleId === id) eventLinks[s.reportId.slice(id.length + 1)] = e.id;
    }
    const page: ArticlePage = { ...article, eventLinks };
    return c.json(page);
  });

  app.post('/api/extract', async (c) => {
    const body = await parseJsonBody(c, extractBody);
    const input: ArticleInput = {
      id: body.id ?? `extract-${sha256(body.text).slice(0, 12)}`,
      text: body.text, title: body.title, url: body.url, published: body.published ?? null, source: 'api',
    };
    const result: ExtractResult = { id: input.id, text: input.text, record: extractRecord(input, { kb: requireKb() }) };
    return c.json(result);
  });

  app.post('/api/articles', async (c) => {
    if (!allowIngest) throw new ApiError(403, 'ingest_disabled', 'storing articles is disabled: start the server with `readout serve --allow-ingest`');
    const body = await parseJsonBody(c, ingestBody);
    const input: ArticleInput = {
      id: body.id ?? `api-${sha256(body.text).slice(0, 16)}`,
      text: body.text, title: body.title, url: body.url, published: body.published ?? null, source: 'api',
    };
    const record = extractRecord(input, { kb: requireKb() });
    const result = await store.putArticle(input, record, contentHashOf(input));
    return c.json({ result, record }, 201);
  });
}
