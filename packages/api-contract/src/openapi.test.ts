import { describe, expect, it } from 'vitest';
import { ENDPOINTS, apiPath } from './endpoints';
import { buildOpenApiDocument } from './openapi';

describe('buildOpenApiDocument', () => {
  it('lists every endpoint once with its method, operation id and an error response', () => {
    const doc = buildOpenApiDocument('1.2.3') as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(ENDPOINTS).sort());
    for (const op of operations) expect(op.responses['4XX']).toBeDefined();
    expect(doc.paths['/api/activities/{id}']?.get?.operationId).toBe('getActivity');
  });

  it('describes query parameters with their constraints', () => {
    const doc = buildOpenApiDocument('1') as {
      paths: Record<string, Record<string, { parameters: { name: string; schema: { maximum?: number } }[] }>>;
    };
    const limit = doc.paths['/api/activities']?.get?.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema.maximum).toBe(500);
  });
});

describe('apiPath', () => {
  it('fills and encodes path parameters', () => {
    expect(apiPath('/api/activities/:id', { id: 'a b' })).toBe('/api/activities/a%20b');
  });
});
