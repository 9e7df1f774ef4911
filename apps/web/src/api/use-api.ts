import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from './client';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ready'; readonly value: T };

/**
 * Runs `load` when `key` changes and exposes its result; `reload()` runs it again.
 * `load` receives an AbortSignal that fires when the component unmounts or the key changes.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
): { readonly state: Loadable<T>; readonly reload: () => void } {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState(
          result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error },
        );
      },
      () => undefined,
    );
    return () => controller.abort();
    // `load` is keyed by `key`: callers pass inline closures, so it is deliberately not a dependency.
  }, [key, generation]);
  return { state, reload };
}
