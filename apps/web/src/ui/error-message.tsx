import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { errorText } from '../errors';

/** Shows an API failure in plain words, with an optional retry. */
export function ErrorMessage({
  error,
  onRetry,
}: {
  readonly error: ApiError;
  readonly onRetry?: () => void;
}): ReactNode {
  return (
    <div className="alert warn" role="alert">
      <p>{errorText(error.code)}</p>
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
