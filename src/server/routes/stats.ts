import type { Hono } from 'hono';
import { PIPELINE_VERSION } from '../../pipeline/index.js';
import type { Health } from '../api-types.js';
import type { AppDeps } from '../deps.js';
import type { RouteDoc } from '../route-docs.js';

export const statsDocs: RouteDoc[] = [
  { method: 'get', path: '/api/health', tag: 'meta', summary: 'Liveness, versions, whether ingest is allowed' },
  { method: 'get', path: '/api/stats', tag: 'meta', summary: 'Counts of articles, events, reports, quotes, actors and the knowledge base' },
];

export const API_VERSION = '0.1.0';

export function statsRoutes(app: Hono, { store, kb, allowIngest }: AppDeps): void {
  app.get('/api/health', (c) => {
    const health: Health = { ok: true, version: API_VERSION, pipeline: PIPELINE_VERSION, ingest: Boolean(allowIngest) };
    return c.json(health);
  });

  app.get('/api/stats', async (c) => c.json({ ...(await store.stats()), kb: kb ? kb.stats() : null }));
}
