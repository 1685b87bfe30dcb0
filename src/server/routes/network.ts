import type { Hono } from 'hono';
import type { CanonicalEvent } from '../../store/types.js';
import type { MapPlace, MapResult, NetworkResult } from '../api-types.js';
import type { AppDeps } from '../deps.js';
import { allEvents, toEventFilter } from '../event-views.js';
import type { RouteDoc } from '../route-docs.js';
import { mapQuery, networkQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export const networkDocs: RouteDoc[] = [
  {
    method: 'get', path: '/api/network', tag: 'network', query: networkQuery,
    summary: 'Who meets whom: actors or countries as nodes, shared events as weighted edges',
  },
  { method: 'get', path: '/api/map', tag: 'network', query: mapQuery, summary: 'Meeting places with coordinates and event counts' },
];

/** Countries as nodes, an edge per pair of countries taking part in the same event. */
export function countryNetwork(events: readonly CanonicalEvent[], minWeight: number): NetworkResult {
  const nodeWeight = new Map<string, number>();
  const edgeWeight = new Map<string, number>();
  for (const e of events) {
    const codes = [...new Set(e.countries)].sort();
    for (const c of codes) nodeWeight.set(c, (nodeWeight.get(c) ?? 0) + 1);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const key = `${codes[i]}|${codes[j]}`;
        edgeWeight.set(key, (edgeWeight.get(key) ?? 0) + 1);
      }
    }
  }
  const edges = [...edgeWeight]
    .filter(([, w]) => w >= minWeight)
    .map(([key, weight]) => {
      const [source = '', target = ''] = key.split('|');
      return { source: `country:${source}`, target: `country:${target}`, weight };
    });
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [...nodeWeight]
    .filter(([code]) => minWeight <= 1 || linked.has(`country:${code}`))
    .map(([code, weight]) => ({ id: `country:${code}`, label: code, kind: 'country' as const, country: code, weight }));
  return { by: 'country', nodes, edges };
}

/** Events grouped by the place they were held, for the world map. */
export function mapOfEvents(events: readonly CanonicalEvent[]): MapResult {
  const places = new Map<string, MapPlace>();
  const countries = new Map<string, number>();
  let unplaced = 0;
  for (const e of events) {
    for (const c of new Set(e.countries)) countries.set(c, (countries.get(c) ?? 0) + 1);
    const loc = e.location;
    if (!loc || typeof loc.lat !== 'number' || typeof loc.lon !== 'number') {
      unplaced++;
      continue;
    }
    const key = loc.id ?? `${loc.name}|${loc.country ?? ''}`;
    const place = places.get(key) ?? { key, name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, events: 0, list: [] };
    place.events++;
    const label = e.participants.map((p) => p.name).join(', ') || e.occasion?.name || e.kind;
    if (place.list.length < 20) place.list.push({ id: e.id, kind: e.kind, date: e.date, label });
    places.set(key, place);
  }
  return {
    places: [...places.values()].sort((a, b) => b.events - a.events),
    countries: [...countries].map(([code, n]) => ({ code, events: n })).sort((a, b) => b.events - a.events),
    unplaced,
  };
}

export function networkRoutes(app: Hono, { store }: AppDeps): void {
  app.get('/api/network', async (c) => {
    const q = parseQuery(c, networkQuery);
    if (q.by === 'country') {
      const events = await allEvents(store, toEventFilter({ country: q.country ? [q.country] : undefined, kind: q.kind, from: q.from, to: q.to }));
      return c.json(countryNetwork(events, q.minWeight));
    }
    const net = await store.network({ country: q.country, kind: q.kind, actorKind: q.actorKind, from: q.from, to: q.to, minWeight: q.minWeight });
    const result: NetworkResult = {
      by: 'actor',
      nodes: net.nodes.map((n) => ({ id: n.id, label: n.name, kind: n.kind, country: n.country, weight: n.events })),
      edges: net.edges,
    };
    return c.json(result);
  });

  app.get('/api/map', async (c) => {
    const q = parseQuery(c, mapQuery);
    return c.json(mapOfEvents(await allEvents(store, toEventFilter(q))));
  });
}
