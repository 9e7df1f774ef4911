// Run mode's calls: the breakdown prediction before the run, saving the recording and the check-in after.
import { ENDPOINTS } from '@upright/api-contract';
import type {
  CheckInCreate,
  CheckInResponse,
  PredictionResponse,
  RecordedRun,
  UploadOutcome,
} from '@upright/api-contract';
import { request } from '../../api/client';
import type { ApiResult } from '../../api/client';

export function fetchPrediction(
  distanceM: number,
  signal: AbortSignal,
): Promise<ApiResult<PredictionResponse>> {
  const e = ENDPOINTS.prediction;
  return request({ path: `${e.path}?distanceM=${Math.round(distanceM)}`, schema: e.response, signal });
}

export function saveRecordedRun(run: RecordedRun): Promise<ApiResult<UploadOutcome>> {
  const e = ENDPOINTS.saveRecordedRun;
  return request({ path: e.path, method: e.method, schema: e.response, body: run });
}

export function saveRunCheckIn(checkIn: CheckInCreate): Promise<ApiResult<CheckInResponse>> {
  const e = ENDPOINTS.createCheckIn;
  return request({ path: e.path, method: e.method, schema: e.response, body: checkIn });
}

/** Local calendar day "2026-03-14" for a check-in. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
