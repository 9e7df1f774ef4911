// The runs feature's calls to the API. Reads go through the shared typed client; uploads use
// XMLHttpRequest because fetch cannot report upload progress.
import { ENDPOINTS, UploadResponseSchema, apiPath } from '@upright/api-contract';
import type { ActivityDetail, ActivityListResponse, UploadOutcome } from '@upright/api-contract';
import { errorFromBody, request } from '../../api/client';
import type { ApiResult } from '../../api/client';
import type { PickedFile } from './collect-files';
import type { ImportOutcome, UploadTransport } from './upload-queue';

/** Chart data needs no more points than a wide screen has pixels (times a little headroom). */
export const CHART_MAX_POINTS = 4000;

export function listActivities(signal: AbortSignal, limit = 200): Promise<ApiResult<ActivityListResponse>> {
  const e = ENDPOINTS.listActivities;
  return request({ path: `${e.path}?limit=${limit}`, schema: e.response, signal });
}

export function getActivity(id: string, signal: AbortSignal): Promise<ApiResult<ActivityDetail>> {
  const e = ENDPOINTS.getActivity;
  return request({
    path: `${apiPath(e.path, { id })}?maxPoints=${CHART_MAX_POINTS}`,
    schema: e.response,
    signal,
  });
}

/** The API's per-file outcome in the upload queue's terms. */
export function toImportOutcome(o: UploadOutcome): ImportOutcome {
  switch (o.status) {
    case 'imported':
      return { kind: 'imported', name: o.name, activityId: o.activityId };
    case 'duplicate':
      return { kind: 'duplicate', name: o.name, activityId: o.activityId };
    case 'failed':
      return { kind: 'failed', name: o.name, code: o.code, message: o.message };
  }
}

class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends one file as multipart part "files"; rejects with a coded error on HTTP or network failure. */
export const xhrUploadTransport: UploadTransport = (picked: PickedFile, onProgress) =>
  new Promise<readonly ImportOutcome[]>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ENDPOINTS.uploadActivities.method, ENDPOINTS.uploadActivities.path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded));
    xhr.addEventListener('error', () => reject(new UploadError('NETWORK_FAILED', 'network error')));
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        const err = errorFromBody(body, xhr.status);
        reject(new UploadError(err.code, err.message));
        return;
      }
      const parsed = UploadResponseSchema.safeParse(body);
      if (!parsed.success) reject(new UploadError('BAD_RESPONSE', parsed.error.message));
      else resolve(parsed.data.outcomes.map(toImportOutcome));
    });
    const form = new FormData();
    form.append('files', picked.file, picked.path.split('/').at(-1) ?? picked.file.name);
    xhr.send(form);
  });
