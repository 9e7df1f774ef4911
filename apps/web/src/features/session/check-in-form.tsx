import type { CheckInResponse } from '@upright/api-contract';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { callApi } from '../../api/endpoints';
import { NextMorningField } from '../outcomes/next-morning-field';
import type { NextMorning } from '../outcomes/next-morning-field';
import { PsfsFields } from '../outcomes/psfs-fields';
import type { PsfsItem } from '../outcomes/psfs-rows';
import { ErrorMessage } from '../../ui/error-message';
import { ScaleField } from '../../ui/number-field';

type Status = 'done' | 'partial' | 'skipped';

const STATUS_TEXT: Readonly<Record<Status, string>> = {
  done: 'Did all of it',
  partial: 'Did some of it',
  skipped: 'Skipped it',
};

export interface CheckInTarget {
  readonly kind: 'session' | 'run';
  readonly date: string;
  readonly sessionId: string | null;
}

function StatusField({
  status,
  onChange,
}: {
  readonly status: Status;
  readonly onChange: (s: Status) => void;
}): ReactNode {
  return (
    <fieldset>
      <legend>Did you do it?</legend>
      {(Object.keys(STATUS_TEXT) as Status[]).map((s) => (
        <label key={s} className="choice">
          <input type="radio" name="check-in-status" checked={status === s} onChange={() => onChange(s)} />
          {STATUS_TEXT[s]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Pain, effort, done/skipped, optional next-morning feel and PSFS after a session or run; the plan
 * adapts to it on the server.
 */
export function CheckInForm(props: {
  readonly target: CheckInTarget;
  readonly initialStatus: Status;
  readonly onSaved: (response: CheckInResponse) => void;
}): ReactNode {
  const [status, setStatus] = useState<Status>(props.initialStatus);
  const [painDuring, setPainDuring] = useState(0);
  const [painAfter, setPainAfter] = useState(0);
  const [effort, setEffort] = useState(4);
  const [nextMorning, setNextMorning] = useState<NextMorning | null>(null);
  const [psfs, setPsfs] = useState<PsfsItem[]>([]);
  const onPsfs = useCallback((items: PsfsItem[]) => setPsfs(items), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const noun = props.target.kind === 'run' ? 'run' : 'session';
  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await callApi('createCheckIn', {
      body: {
        ...props.target,
        status,
        painDuringNrs: painDuring,
        painAfterNrs: painAfter,
        effortRpe: status === 'skipped' ? null : effort,
        nextMorning,
        psfs,
      },
    });
    setBusy(false);
    if (result.ok) props.onSaved(result.value);
    else setError(result.error);
  };
  return (
    <form
      className="card check-in"
      aria-labelledby="check-in-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="check-in-heading">How did the {noun} go?</h2>
      <StatusField status={status} onChange={setStatus} />
      <ScaleField
        label={`Lower-back pain during the ${noun}`}
        value={painDuring}
        lowText="none"
        highText="worst imaginable"
        onChange={setPainDuring}
      />
      <ScaleField
        label="Lower-back pain now"
        value={painAfter}
        lowText="none"
        highText="worst imaginable"
        onChange={setPainAfter}
      />
      {status !== 'skipped' ? (
        <ScaleField label="Effort" value={effort} lowText="rest" highText="maximal" onChange={setEffort} />
      ) : null}
      <NextMorningField value={nextMorning} onChange={setNextMorning} />
      <PsfsFields onChange={onPsfs} />
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Saving…' : 'Save check-in'}
      </button>
    </form>
  );
}
