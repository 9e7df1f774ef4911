import type { ApiErrorCode } from '@upright/api-contract';

/** The one place an error code becomes an HTTP status. */
export const HTTP_STATUS: Readonly<Record<ApiErrorCode, number>> = Object.freeze({
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  NOT_MULTIPART: 415,
  NO_FILES: 400,
  CONFIRMATION_REQUIRED: 400,
  ROUTE_NOT_FOUND: 404,
  ACTIVITY_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  SCREENING_NOT_FOUND: 409,
  PROFILE_NOT_FOUND: 404,
  SCREENING_STOPPED: 409,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_FILES: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  STORAGE_FAILED: 503,
  INTERNAL_ERROR: 500,
});

/** What a handler returns when the request cannot be served. */
export interface Failure {
  readonly ok: false;
  readonly code: ApiErrorCode;
  readonly message: string;
}

export function failure(code: ApiErrorCode, message: string): Failure {
  return { ok: false, code, message };
}

/** Fastify's own error codes for bad requests, mapped to ours. */
export function codeForFastifyError(error: { code?: string; statusCode?: number }): ApiErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'INVALID_JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_FILES_LIMIT':
      return 'TOO_MANY_FILES';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return 'NOT_MULTIPART';
    case undefined:
    default:
      break;
  }
  if (/^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY)|^ECONNREFUSED$|^57P0|^08/.test(error.code ?? '')) {
    return 'STORAGE_FAILED';
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status >= 400 && status < 500) return 'VALIDATION_FAILED';
  return 'INTERNAL_ERROR';
}
