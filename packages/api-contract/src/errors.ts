import { z } from 'zod';

/**
 * Every error the API answers with has one of these codes. The server maps each code to an HTTP
 * status in one table (apps/server/src/http/error-table.ts); the web maps each to user text.
 */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'ACTIVITY_NOT_FOUND',
  'PLAN_NOT_FOUND',
  'SCREENING_NOT_FOUND',
  'PROFILE_NOT_FOUND',
  'SCREENING_STOPPED',
  'CONFIRMATION_REQUIRED',
  'NOT_MULTIPART',
  'NO_FILES',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_FILES',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'STORAGE_FAILED',
  'INTERNAL_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

/** The body of every non-2xx response. `issues` lists field problems for VALIDATION_FAILED. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: ApiErrorCodeSchema,
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
