import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, describeZodError } from './api-error.js';

/** Query parameters parsed by a zod schema at the edge; a bad one is a 400 naming it. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new ApiError(400, 'bad_request', describeZodError('query', result.error));
  return result.data;
}

/** A JSON body parsed by a zod schema; not JSON or not matching is a 400. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    throw new ApiError(400, 'bad_request', `bad body: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(400, 'bad_request', describeZodError('body', result.error));
  return result.data;
}
