import { z } from 'zod';
import { ApiErrorSchema } from './errors';
import { ENDPOINTS, type EndpointSpec } from './endpoints';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

function parametersOf(spec: EndpointSpec): Json[] {
  const out: Json[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query'): void => {
    if (schema === undefined) return;
    const js = jsonSchema(schema, 'input');
    const properties = (js.properties ?? {}) as Record<string, Json>;
    const required = new Set((js.required ?? []) as string[]);
    for (const [name, prop] of Object.entries(properties)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: prop });
    }
  };
  add(spec.params, 'path');
  add(spec.query, 'query');
  return out;
}

function requestBodyOf(spec: EndpointSpec): Json | undefined {
  if (spec.body === undefined) return undefined;
  if (spec.body === 'multipart') {
    const files = { type: 'array', items: { type: 'string', format: 'binary' } };
    const schema = { type: 'object', properties: { files } };
    return { required: true, content: { 'multipart/form-data': { schema } } };
  }
  return { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } };
}

function successOf(spec: EndpointSpec): Json {
  const r = spec.response;
  if (r === 'empty') return { description: 'No content' };
  if (r === 'zip') return { description: 'A zip', content: { 'application/zip': {} } };
  if (r === 'binary') return { description: 'A file', content: { 'application/octet-stream': {} } };
  return { description: 'OK', content: { 'application/json': { schema: jsonSchema(r, 'output') } } };
}

/** The OpenAPI 3.1 document for every endpoint, generated from the zod schemas. */
export function buildOpenApiDocument(version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const error = { content: { 'application/json': { schema: jsonSchema(ApiErrorSchema, 'output') } } };
  for (const [name, spec] of Object.entries(ENDPOINTS) as [string, EndpointSpec][]) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const body = requestBodyOf(spec);
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      operationId: name,
      summary: spec.summary,
      parameters: parametersOf(spec),
      ...(body === undefined ? {} : { requestBody: body }),
      responses: {
        [String(spec.status ?? 200)]: successOf(spec),
        '4XX': { description: 'Bad input (see error.code)', ...error },
        '5XX': { description: 'Server error (see error.code)', ...error },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Upright API', version }, paths };
}
