import type { ReactNode } from 'react';
import { callApi } from '../../api/endpoints';
import { useApi } from '../../api/use-api';
import { ErrorMessage } from '../../ui/error-message';

export function TodayPage(): ReactNode {
  const { state, reload } = useApi('today', (signal) => callApi('getProfile', { signal }));
  return (
    <div>
      <h1>Today</h1>
      {state.status === 'loading' ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <div className="card">
          <p>{state.value.profile ? `Welcome back, ${state.value.profile.name}.` : 'Welcome to Upright.'}</p>
        </div>
      ) : null}
    </div>
  );
}
