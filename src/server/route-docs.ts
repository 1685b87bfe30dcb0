import type { z } from 'zod';

/** What the OpenAPI document says about one route; each route module lists its own. */
export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI path, `{id}` for parameters. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Path parameter names and what they hold. */
  params?: Record<string, string>;
  /** Extra statuses beyond 200 and 400. */
  statuses?: Record<string, string>;
}
