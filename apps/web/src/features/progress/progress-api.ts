import { ENDPOINTS } from '@upright/api-contract';
import type { TrendsResponse } from '@upright/api-contract';
import { request } from '../../api/client';
import type { ApiResult } from '../../api/client';

export function fetchTrends(weeks: number, signal: AbortSignal): Promise<ApiResult<TrendsResponse>> {
  const e = ENDPOINTS.trends;
  return request({ path: `${e.path}?weeks=${weeks}`, schema: e.response, signal });
}
