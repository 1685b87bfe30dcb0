import { useEffect, useState } from 'preact/hooks';

export type {
  ActorPage, ActorSummary, ArticlePage, ArticleSummary, EventDetail, EventSummary, ExtractResult, Health, MapResult,
  NetworkResult, Paged, SearchHit, StoredQuote, StoreStats,
} from '../../src/server/api-types.js';

/** The API answered with an error: its message is shown as is (it names the bad input). */
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readJson<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** `/api/...` with the query's empty values left out. */
export function apiUrl(path: string, query: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `api/${path}${qs ? `?${qs}` : ''}`;
}

export const getJson = async <T>(url: string): Promise<T> => readJson<T>(await fetch(url));

export const postJson = async <T>(url: string, body: unknown): Promise<T> =>
  readJson<T>(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Fetches a URL whenever it changes; a stale answer never overwrites a newer one. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: Boolean(url) });
  useEffect(() => {
    if (!url) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    getJson<T>(url).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (err: unknown) => current && setState({ data: null, error: err instanceof Error ? err.message : String(err), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}
