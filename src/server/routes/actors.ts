import type { Hono } from 'hono';
import { notFound } from '../api-error.js';
import type { ActorPage } from '../api-types.js';
import type { AppDeps } from '../deps.js';
import { summarizeEvent } from '../event-views.js';
import type { RouteDoc } from '../route-docs.js';
import { actorsQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export const actorDocs: RouteDoc[] = [
  { method: 'get', path: '/api/actors', tag: 'actors', summary: 'Actors (people, organizations, countries), most active first', query: actorsQuery },
  {
    method: 'get', path: '/api/actors/{id}', tag: 'actors', params: { id: 'actor id, e.g. person:sergey-lavrov or country:RU' },
    summary: 'One actor: roles over time, meetings, counterparts, quotes', statuses: { 404: 'no such actor' },
  },
];

export function actorRoutes(app: Hono, { store, kb }: AppDeps): void {
  app.get('/api/actors', async (c) => {
    const q = parseQuery(c, actorsQuery);
    const page = await store.listActors({ name: q.q, country: q.country, kind: q.kind }, { limit: q.limit, offset: q.offset });
    return c.json({ ...page, limit: q.limit, offset: q.offset });
  });

  app.get('/api/actors/:id', async (c) => {
    const id = c.req.param('id');
    const actor = await store.getActor(id);
    if (!actor) throw notFound('actor', id);
    const person = actor.entityId && kb ? kb.person(actor.entityId) : undefined;
    // a country's meetings are those of anyone speaking for it, not only where the country itself is named a party
    const filter = actor.kind === 'country' && actor.country ? { country: actor.country } : { actor: id };
    const meetings = await store.listEvents(filter, { limit: 200, order: 'asc' });
    const quotes = await store.listQuotes({ speaker: id }, { limit: 100 });
    const page: ActorPage = {
      ...actor,
      kbRoles: person?.roles ?? [],
      meetings: meetings.items.map(summarizeEvent),
      meetingsTotal: meetings.total,
      quoteList: quotes.items,
    };
    return c.json(page);
  });
}
