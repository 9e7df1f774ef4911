import { describe, expect, it } from 'vitest';
import { errorFromBody } from './client';

describe('errorFromBody', () => {
  it('reads the API error envelope', () => {
    const body = { error: { code: 'PLAN_NOT_FOUND', message: 'no plan' } };
    expect(errorFromBody(body, 404)).toEqual({ code: 'PLAN_NOT_FOUND', message: 'no plan', status: 404 });
  });

  it('falls back to HTTP_ERROR for bodies without a code', () => {
    expect(errorFromBody('<html>', 502)).toEqual({ code: 'HTTP_ERROR', message: 'HTTP 502', status: 502 });
  });
});
