import { DELETE_ALL_CONFIRMATION, ENDPOINTS } from '@upright/api-contract';
import type { DeleteAllResponse, PhysioReport } from '@upright/api-contract';
import { request } from '../../api/client';
import type { ApiResult } from '../../api/client';

export function fetchReport(signal: AbortSignal): Promise<ApiResult<PhysioReport>> {
  const e = ENDPOINTS.report;
  return request({ path: e.path, schema: e.response, signal });
}

export function deleteAllData(): Promise<ApiResult<DeleteAllResponse>> {
  const e = ENDPOINTS.deleteAll;
  return request({
    path: e.path,
    method: e.method,
    schema: e.response,
    body: { confirm: DELETE_ALL_CONFIRMATION },
  });
}

/** The export is a zip download: a plain link lets the browser stream it to disk. */
export const EXPORT_HREF = ENDPOINTS.exportAll.path;
