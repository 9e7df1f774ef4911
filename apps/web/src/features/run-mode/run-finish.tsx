import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordedRun } from '@upright/api-contract';
import { hrefFor } from '../../app/router';
import { errorText } from '../../errors';
import type { Settings } from '../../settings/settings';
import { formatDistance, formatDuration, formatPace, paceSecondsPerUnit } from '../runs/format';
import type { SessionSnapshot } from './run-session';
import { clearPendingRun } from './pending-run';
import { localIsoDate, saveRecordedRun, saveRunCheckIn } from './run-mode-api';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly activityId: string | null; readonly duplicate: boolean }
  | { readonly kind: 'error'; readonly code: string };

interface CheckInValues {
  painDuring: number;
  painNow: number;
  effort: number;
  status: 'done' | 'partial';
  note: string;
}

async function saveAll(recorded: RecordedRun | null, v: CheckInValues, nowMs: number): Promise<SaveState> {
  let activityId: string | null = null;
  let duplicate = false;
  if (recorded !== null) {
    const run = await saveRecordedRun(recorded);
    if (!run.ok) return { kind: 'error', code: run.error.code };
    if (run.value.status === 'failed') return { kind: 'error', code: run.value.code };
    activityId = run.value.activityId;
    clearPendingRun(window.localStorage);
    duplicate = run.value.status === 'duplicate';
  }
  const checkIn = await saveRunCheckIn({
    kind: 'run',
    date: localIsoDate(nowMs),
    activityId,
    status: v.status,
    painDuringNrs: v.painDuring,
    painAfterNrs: v.painNow,
    effortRpe: v.effort,
    note: v.note,
  });
  if (!checkIn.ok) return { kind: 'error', code: checkIn.error.code };
  return { kind: 'saved', activityId, duplicate };
}

function Scale(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: number;
  readonly onChange: (v: number) => void;
}): ReactNode {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}: <output htmlFor={props.id}>{props.value}</output> / 10
      </label>
      <input
        id={props.id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={props.value}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <span id={`${props.id}-hint`} className="muted small">
        {props.hint}
      </span>
    </div>
  );
}

export interface RunFinishProps {
  readonly snapshot: SessionSnapshot;
  readonly recorded: RecordedRun | null;
  readonly settings: Settings;
  readonly endedAtMs: number;
}

export function RunFinish({ snapshot: s, recorded, settings, endedAtMs }: RunFinishProps): ReactNode {
  const unit = settings.units;
  const [values, setValues] = useState<CheckInValues>({
    painDuring: 0,
    painNow: 0,
    effort: 5,
    status: 'done',
    note: '',
  });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const speed = s.movingS > 0 ? s.distanceM / s.movingS : 0;
  const nudges = s.cues.filter((c) => c.kind === 'form-nudge').length;
  const submit = async (): Promise<void> => {
    setSave({ kind: 'saving' });
    setSave(await saveAll(recorded, values, endedAtMs));
  };
  return (
    <div className="run-finish">
      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Run summary</h2>
        <dl className="run-figures">
          <div>
            <dt>Distance</dt>
            <dd data-testid="summary-distance">{formatDistance(s.distanceM, unit)}</dd>
          </div>
          <div>
            <dt>Moving time</dt>
            <dd>{formatDuration(s.movingS)}</dd>
          </div>
          <div>
            <dt>Average pace</dt>
            <dd>{formatPace(paceSecondsPerUnit(speed, unit), unit)}</dd>
          </div>
          <div>
            <dt>Posture cues</dt>
            <dd>
              {s.cues.length - nudges} resets, {nudges} nudges
            </dd>
          </div>
        </dl>
        {s.cues.length > 0 ? (
          <ol className="cue-log" data-testid="cue-log">
            {s.cues.map((c, i) => (
              <li key={i}>
                <strong>{formatDistance(c.distanceM, unit)}</strong> {c.text}
              </li>
            ))}
          </ol>
        ) : null}
        {recorded === null ? <p className="muted">The run was too short to save as a run.</p> : null}
      </section>
      {save.kind === 'saved' ? (
        <section className="card alert info" aria-live="polite">
          <h2>Saved</h2>
          <p>
            {save.duplicate
              ? 'This run was already stored; your check-in is saved.'
              : 'Your run and check-in are saved.'}{' '}
            If your watch recorded it too, importing the watch file later replaces this phone recording.
          </p>
          {save.activityId !== null ? (
            <a className="button" href={hrefFor(`/runs/${encodeURIComponent(save.activityId)}`)}>
              Open the run
            </a>
          ) : null}
        </section>
      ) : (
        <form
          className="card"
          aria-labelledby="checkin-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2 id="checkin-heading">Check-in</h2>
          <Scale
            id="pain-during"
            label="Lower-back pain during the run"
            hint="The worst it got: 0 is no pain, 10 the worst imaginable."
            value={values.painDuring}
            onChange={(painDuring) => setValues({ ...values, painDuring })}
          />
          <Scale
            id="pain-now"
            label="Lower-back pain now"
            hint="0 is no pain, 10 the worst imaginable."
            value={values.painNow}
            onChange={(painNow) => setValues({ ...values, painNow })}
          />
          <Scale
            id="effort"
            label="Effort"
            hint="0 is resting, 10 flat out."
            value={values.effort}
            onChange={(effort) => setValues({ ...values, effort })}
          />
          <fieldset>
            <legend>Did you run what you planned?</legend>
            <label className="choice">
              <input
                type="radio"
                name="status"
                checked={values.status === 'done'}
                onChange={() => setValues({ ...values, status: 'done' })}
              />
              Yes, all of it
            </label>
            <label className="choice">
              <input
                type="radio"
                name="status"
                checked={values.status === 'partial'}
                onChange={() => setValues({ ...values, status: 'partial' })}
              />
              Part of it
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="note">Note (optional)</label>
            <textarea
              id="note"
              rows={2}
              maxLength={1000}
              value={values.note}
              onChange={(e) => setValues({ ...values, note: e.currentTarget.value })}
            />
          </div>
          {save.kind === 'error' ? <p className="alert danger">{errorText(save.code)}</p> : null}
          <button type="submit" className="button" disabled={save.kind === 'saving'}>
            {save.kind === 'saving'
              ? 'Saving…'
              : recorded === null
                ? 'Save check-in'
                : 'Save run and check-in'}
          </button>
        </form>
      )}
    </div>
  );
}
