import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './api-error.js';
import type { AppDeps } from './deps.js';
import { buildOpenApi } from './openapi.js';
import { actorDocs, actorRoutes } from './routes/actors.js';
import { articleDocs, articleRoutes } from './routes/articles.js';
import { eventDocs, eventRoutes } from './routes/events.js';
import { networkDocs, networkRoutes } from './routes/network.js';
import { quoteDocs, quoteRoutes } from './routes/quotes.js';
import { API_VERSION, statsDocs, statsRoutes } from './routes/stats.js';

export type { AppDeps } from './deps.js';

// The UI renders article text only as text; this policy also forbids inline and foreign scripts.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The HTTP API (and the built UI when `webRoot` is given), with nothing bound to a port. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.req.path.startsWith('/api/')) c.header('Content-Security-Policy', CSP);
  });
  app.onError((err, c) => errorResponse(c, err));
  // bodies are read into memory: refuse huge ones before reading them (the text itself is capped by the schema)
  app.use('/api/*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { code: 'too_large', message: `body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB` } }, 413),
  }));

  statsRoutes(app, deps);
  eventRoutes(app, deps);
  actorRoutes(app, deps);
  quoteRoutes(app, deps);
  articleRoutes(app, deps);
  networkRoutes(app, deps);

  const openapi = buildOpenApi([...statsDocs, ...eventDocs, ...actorDocs, ...quoteDocs, ...articleDocs, ...networkDocs], API_VERSION);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));

  if (deps.webRoot) {
    app.use('/*', serveStatic({ root: deps.webRoot }));
    app.get('*', serveStatic({ root: deps.webRoot, path: 'index.html' }));
  }
  return app;
}
