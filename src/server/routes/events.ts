import type { Hono } from 'hono';
import type { StoredArticle, StoredQuote } from '../../store/types.js';
import { notFound } from '../api-error.js';
import type { EventDetail } from '../api-types.js';
import type { AppDeps } from '../deps.js';
import { excerptsAround, summarizeEvent, toEventFilter } from '../event-views.js';
import type { RouteDoc } from '../route-docs.js';
import { eventsQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export const eventDocs: RouteDoc[] = [
  { method: 'get', path: '/api/events', tag: 'events', summary: 'Canonical events with filters and paging', query: eventsQuery },
  {
    method: 'get', path: '/api/events/{id}', tag: 'events', params: { id: 'canonical event id' },
    summary: 'One event: participants, agreement and conflicts between sources, every source with its supporting sentences, quotes',
    statuses: { 404: 'no such event' },
  },
];

export function eventRoutes(app: Hono, { store }: AppDeps): void {
  app.get('/api/events', async (c) => {
    const q = parseQuery(c, eventsQuery);
    const page = await store.listEvents(toEventFilter(q), { limit: q.limit, offset: q.offset, order: q.order });
    return c.json({ items: page.items.map(summarizeEvent), total: page.total, limit: q.limit, offset: q.offset });
  });

  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    const event = await store.getEvent(id);
    if (!event) throw notFound('event', id);
    const articles = new Map<string, StoredArticle | null>();
    for (const s of event.sources) if (!articles.has(s.articleId)) articles.set(s.articleId, await store.getArticle(s.articleId));
    const speakers = new Set(event.participants.map((p) => p.id));
    const quotes: StoredQuote[] = [];
    for (const articleId of articles.keys()) {
      const page = await store.listQuotes({ articleId }, { limit: 500 });
      quotes.push(...page.items.filter((q) => q.speaker && speakers.has(q.speaker.id)));
    }
    const detail: EventDetail = {
      ...event,
      sources: event.sources.map((s) => {
        const article = articles.get(s.articleId);
        return { ...s, excerpts: article ? excerptsAround(article.text, s.evidence) : [] };
      }),
      quotes,
    };
    return c.json(detail);
  });
}
