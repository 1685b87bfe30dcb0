import type { Context } from 'hono';
import { z } from 'zod';
import { ReadoutError } from '../core/errors.js';

/** An error the API reports to its caller with an HTTP status and a message naming the input. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError(404, 'not_found', `${what} "${id}" not found`);

/** "limit: Too big: expected number to be <=500; kind: Invalid option..." */
export function describeZodError(where: string, error: z.ZodError): string {
  const parts = error.issues.map((i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`);
  return `bad ${where}: ${parts.join('; ')}`;
}

/** The JSON body every error response carries: `{ "error": { "code", "message" } }`. */
export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
  if (err instanceof ReadoutError) {
    const status = err.code === 'E_USAGE' || err.code.startsWith('E_INPUT') ? 400 : 500;
    return c.json({ error: { code: err.code, message: err.message } }, status);
  }
  const message = err instanceof Error ? err.message : String(err);
  return c.json({ error: { code: 'internal', message } }, 500);
}
