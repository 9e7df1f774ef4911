import type { ApiErrorCode } from '@upright/api-contract';
import type { FastifyError, FastifyInstance } from 'fastify';
import { codeForFastifyError } from './error-table';
import { sendError } from './route';

/** Fixed messages: never a stack trace, a library's wording or an internal path in a response. */
const MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  INVALID_JSON: 'The body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  TOO_MANY_FILES: 'Too many files in one upload.',
  UNSUPPORTED_MEDIA_TYPE: 'That content type is not accepted here.',
  NOT_MULTIPART: 'Upload files as multipart/form-data.',
  VALIDATION_FAILED: 'The request is not valid.',
  INTERNAL_ERROR: 'Something went wrong on the server.',
};

/** Maps every thrown error and unknown route to the error shape of the contract. */
export function registerErrorHandling(app: FastifyInstance, serveWeb: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = codeForFastifyError(error);
    if (code === 'INTERNAL_ERROR') request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, reason: error.code }, 'request refused');
    return sendError(reply, code, MESSAGES[code] ?? 'The request could not be served.');
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (serveWeb && request.method === 'GET' && !path.startsWith('/api/') && path !== '/api') {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, 'ROUTE_NOT_FOUND', 'No such endpoint.');
  });
}
