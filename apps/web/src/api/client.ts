// Typed HTTP client. Every response body is parsed with its api-contract zod schema, so the app never
// trusts the wire; failures come back as values with a stable code (see ../errors.ts for the words).
import type { z } from 'zod';
import type { ClientErrorCode } from '../errors';

export interface ApiError {
  /** Server error code (from the body) or a ClientErrorCode. */
  readonly code: ClientErrorCode | (string & {});
  readonly message: string;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiRequest<S extends z.ZodType> {
  /** Absolute path on this origin, e.g. "/api/plan" (the web app is served by the API's origin). */
  readonly path: string;
  readonly schema: S;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-serialisable value, or FormData for uploads. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

function fail(code: ClientErrorCode | (string & {}), message: string, status: number): ApiResult<never> {
  return { ok: false, error: { code, message, status } };
}

function encodeBody(body: unknown): { body?: BodyInit; headers: Record<string, string> } {
  if (body === undefined) return { headers: {} };
  if (body instanceof FormData) return { body, headers: {} };
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

/** Reads `{ error: { code, message } }` or `{ code, message }` from an error body. */
export function errorFromBody(body: unknown, status: number): ApiError {
  const outer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const inner = (typeof outer.error === 'object' && outer.error !== null ? outer.error : outer) as Record<
    string,
    unknown
  >;
  const code = typeof inner.code === 'string' ? inner.code : 'HTTP_ERROR';
  const message = typeof inner.message === 'string' ? inner.message : `HTTP ${status}`;
  return { code, message, status };
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends one request and parses the answer with `schema`. Never throws except on abort. */
export async function request<S extends z.ZodType>(req: ApiRequest<S>): Promise<ApiResult<z.output<S>>> {
  const { body, headers } = encodeBody(req.body);
  let response: Response;
  try {
    response = await fetch(req.path, {
      method: req.method ?? 'GET',
      headers: { accept: 'application/json', ...headers },
      ...(body === undefined ? {} : { body }),
      ...(req.signal ? { signal: req.signal } : {}),
    });
  } catch (cause) {
    if (req.signal?.aborted) throw cause;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return fail(offline ? 'NETWORK_OFFLINE' : 'NETWORK_FAILED', String(cause), 0);
  }
  const json = await readJson(response);
  if (!response.ok) return { ok: false, error: errorFromBody(json, response.status) };
  const parsed = req.schema.safeParse(json);
  if (!parsed.success) return fail('BAD_RESPONSE', parsed.error.message, response.status);
  return { ok: true, value: parsed.data };
}
