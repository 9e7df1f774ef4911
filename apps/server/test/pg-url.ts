import { inject } from 'vitest';

/**
 * The PostgreSQL admin URL from the global setup, or null to skip PG suites. Under CI a missing server
 * is an error, never a skip.
 */
export function pgUrlOrSkip(): string | null {
  const url = inject('pgUrl');
  if (url === null && process.env.CI !== undefined && process.env.CI !== '') {
    throw new Error(`PostgreSQL is required under CI: ${inject('pgMissingReason')}`);
  }
  return url;
}
