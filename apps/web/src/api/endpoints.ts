// One typed call per api-contract endpoint: `callApi('getPlan', {})`, `callApi('getActivity',
// { params: { id } })`. Bodies, params and query are typed from the contract; answers are parsed with
// the endpoint's response schema. Download and binary endpoints (export, originals) are plain links.
import { ENDPOINTS, apiPath } from '@upright/api-contract';
import type { EndpointName } from '@upright/api-contract';
import type { z } from 'zod';
import { request } from './client';
import type { ApiResult } from './client';

type Spec<N extends EndpointName> = (typeof ENDPOINTS)[N];

/** Endpoints answering JSON (everything except downloads and 204s). */
export type JsonEndpointName = {
  [N in EndpointName]: Spec<N>['response'] extends z.ZodType ? N : never;
}[EndpointName];

type BodyOf<S> = S extends { body: infer B } ? (B extends z.ZodType ? z.input<B> : FormData) : undefined;
type ParamsOf<S> = S extends { params: infer P } ? (P extends z.ZodType ? z.input<P> : undefined) : undefined;
type QueryOf<S> = S extends { query: infer Q } ? (Q extends z.ZodType ? z.input<Q> : undefined) : undefined;

export type ResponseOf<N extends JsonEndpointName> = Spec<N>['response'] extends z.ZodType
  ? z.output<Spec<N>['response']>
  : never;

export interface CallInput<N extends EndpointName> {
  readonly body?: BodyOf<Spec<N>>;
  readonly params?: ParamsOf<Spec<N>>;
  readonly query?: QueryOf<Spec<N>>;
  readonly signal?: AbortSignal;
}

/** Builds "/api/x/:id?from=.." from an endpoint's path, params and query. */
export function endpointUrl(
  path: string,
  params: Readonly<Record<string, string>> | undefined,
  query: Readonly<Record<string, unknown>> | undefined,
): string {
  const base = apiPath(path, params ?? {});
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      search.set(key, String(value));
    }
  }
  const qs = search.toString();
  return qs === '' ? base : `${base}?${qs}`;
}

/** Calls a JSON endpoint of the API and parses its answer with the contract's schema. */
export async function callApi<N extends JsonEndpointName>(
  name: N,
  input: CallInput<N> = {},
): Promise<ApiResult<ResponseOf<N>>> {
  const spec: { method: string; path: string; response: unknown } = ENDPOINTS[name];
  const schema = spec.response as z.ZodType<ResponseOf<N>>;
  return request({
    path: endpointUrl(
      spec.path,
      input.params as Readonly<Record<string, string>> | undefined,
      input.query as Readonly<Record<string, unknown>> | undefined,
    ),
    method: spec.method as 'GET',
    body: input.body,
    schema,
    ...(input.signal ? { signal: input.signal } : {}),
  });
}
