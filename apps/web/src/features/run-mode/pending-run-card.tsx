import { useState } from 'react';
import type { ReactNode } from 'react';
import { hrefFor } from '../../app/router';
import { errorText } from '../../errors';
import type { Settings } from '../../settings/settings';
import { formatDistance, formatRunDate } from '../runs/format';
import { clearPendingRun, readPendingRun } from './pending-run';
import { saveRecordedRun } from './run-mode-api';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; activityId: string }
  | { kind: 'error'; code: string };

/** Offers to save a finished run the server never received (no connection at the end of it). */
export function PendingRunCard({ units }: { readonly units: Settings['units'] }): ReactNode {
  const [pending] = useState(() => readPendingRun(window.localStorage));
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (pending === null) return null;
  const save = async (): Promise<void> => {
    setState({ kind: 'saving' });
    const result = await saveRecordedRun(pending);
    if (!result.ok) return setState({ kind: 'error', code: result.error.code });
    if (result.value.status === 'failed') return setState({ kind: 'error', code: result.value.code });
    clearPendingRun(window.localStorage);
    setState({ kind: 'saved', activityId: result.value.activityId });
  };
  const distance = formatDistance(pending.distanceM.at(-1) ?? null, units);
  return (
    <section className="card alert warn" aria-labelledby="pending-heading">
      <h2 id="pending-heading">A run is not saved yet</h2>
      <p>
        Your run of {formatRunDate(Date.parse(pending.startTime))} ({distance}) is kept on this phone until
        Upright has it.
      </p>
      {state.kind === 'error' ? <p>{errorText(state.code)}</p> : null}
      {state.kind === 'saved' ? (
        <a className="button" href={hrefFor(`/runs/${encodeURIComponent(state.activityId)}`)}>
          Saved: open the run
        </a>
      ) : (
        <button
          type="button"
          className="button"
          disabled={state.kind === 'saving'}
          onClick={() => void save()}
        >
          {state.kind === 'saving' ? 'Saving…' : 'Save it now'}
        </button>
      )}
    </section>
  );
}
