import type { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import type { RouteDoc } from '../route-docs.js';
import { quotesQuery, searchQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export const quoteDocs: RouteDoc[] = [
  { method: 'get', path: '/api/quotes', tag: 'quotes', summary: 'Quotes with full-text search and speaker filter', query: quotesQuery },
  { method: 'get', path: '/api/search', tag: 'quotes', summary: 'Full-text search over article text and quotes', query: searchQuery },
];

export function quoteRoutes(app: Hono, { store }: AppDeps): void {
  app.get('/api/quotes', async (c) => {
    const q = parseQuery(c, quotesQuery);
    const page = await store.listQuotes(
      { search: q.q, speaker: q.speaker, articleId: q.article, from: q.from, to: q.to },
      { limit: q.limit, offset: q.offset, order: q.order },
    );
    return c.json({ ...page, limit: q.limit, offset: q.offset });
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, searchQuery);
    const page = await store.search(q.q, { limit: q.limit, offset: q.offset });
    return c.json({ ...page, limit: q.limit, offset: q.offset });
  });
}
