import type { CheckIn } from '@upright/api-contract';
import { useMemo } from 'react';
import { callApi } from '../../api/endpoints';
import { useApi } from '../../api/use-api';

export interface CheckInsView {
  readonly items: readonly CheckIn[];
  /** Sessions with a check-in of any status (done, partial or skipped). */
  readonly doneSessionIds: ReadonlySet<string>;
  /** Dates with a run check-in. */
  readonly runDates: ReadonlySet<string>;
  readonly reload: () => void;
}

/** The runner's check-ins (newest first), indexed for Today and Plan. */
export function useCheckIns(): CheckInsView {
  const { state, reload } = useApi('check-ins', (signal) => callApi('listCheckIns', { signal }));
  const items = state.status === 'ready' ? state.value.items : [];
  return useMemo(
    () => ({
      items,
      doneSessionIds: new Set(
        items.flatMap((c) => (c.kind === 'session' && c.sessionId !== null ? [c.sessionId] : [])),
      ),
      runDates: new Set(items.filter((c) => c.kind === 'run').map((c) => c.date)),
      reload,
    }),
    [items, reload],
  );
}
