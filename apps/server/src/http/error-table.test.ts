import { API_ERROR_CODES } from '@upright/api-contract';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS, codeForFastifyError } from './error-table';

describe('error table', () => {
  it('gives every contract code a 4xx or 5xx status', () => {
    for (const code of API_ERROR_CODES) expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
  });

  it.each([
    [{ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }, 'INVALID_JSON'],
    [{ code: 'FST_FILES_LIMIT', statusCode: 413 }, 'TOO_MANY_FILES'],
    [{ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, 'PAYLOAD_TOO_LARGE'],
    [{ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }, 'UNSUPPORTED_MEDIA_TYPE'],
    [{ code: 'SQLITE_BUSY' }, 'STORAGE_FAILED'],
    [{ code: 'ECONNREFUSED' }, 'STORAGE_FAILED'],
    [{ code: '57P01' }, 'STORAGE_FAILED'],
    [{ statusCode: 400 }, 'VALIDATION_FAILED'],
    [{}, 'INTERNAL_ERROR'],
  ])('maps %j to %s', (error, code) => {
    expect(codeForFastifyError(error)).toBe(code);
  });
});
