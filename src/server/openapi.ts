import { z } from 'zod';
import type { RouteDoc } from './route-docs.js';

type Json = Record<string, unknown>;

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
};

const inputSchema = (schema: z.ZodType): Json =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/** Query parameters from a zod object schema's JSON Schema properties. */
function queryParameters(schema: z.ZodType): Json[] {
  const json = inputSchema(schema);
  const props = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return { name, in: 'query', required: required.has(name) && !('default' in prop), description, schema: rest };
  });
}

function operation(doc: RouteDoc): Json {
  const parameters = [
    ...Object.entries(doc.params ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
    ...(doc.query ? queryParameters(doc.query) : []),
  ];
  const responses: Json = {
    200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
    400: { description: 'bad parameter or body, with a message naming it', content: { 'application/json': { schema: errorSchema } } },
  };
  for (const [status, description] of Object.entries(doc.statuses ?? {})) {
    responses[status] = { description, content: { 'application/json': { schema: status.startsWith('2') ? { type: 'object' } : errorSchema } } };
  }
  const op: Json = { summary: doc.summary, tags: [doc.tag], parameters, responses };
  if (doc.body) op.requestBody = { required: true, content: { 'application/json': { schema: inputSchema(doc.body) } } };
  return op;
}

/** The OpenAPI 3.1 document, built from the same zod schemas that parse requests. */
export function buildOpenApi(docs: readonly RouteDoc[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const doc of docs) (paths[doc.path] ??= {})[doc.method] = operation(doc);
  paths['/api/openapi.json'] = { get: { summary: 'This document', tags: ['meta'], responses: { 200: { description: 'OK' } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'readout API', version, description: 'Diplomatic events, actors and quotes extracted from news, each fact with evidence spans into its article.' },
    paths,
  };
}
