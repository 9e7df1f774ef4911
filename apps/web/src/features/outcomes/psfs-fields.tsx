import type { CheckInList } from '@upright/api-contract';
import { PSFS_ATTRIBUTION, PSFS_INSTRUCTIONS } from '@upright/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { callApi } from '../../api/endpoints';
import { useApi } from '../../api/use-api';
import { ErrorMessage } from '../../ui/error-message';
import { ScaleField } from '../../ui/number-field';
import {
  PSFS_ACTIVITY_MAX_CHARS,
  PSFS_MAX_ACTIVITIES,
  latestPsfsEntry,
  psfsMean,
  psfsToSave,
  startingRows,
} from './psfs-rows';
import type { PsfsItem, PsfsRow } from './psfs-rows';

function PsfsActivityRow(props: {
  readonly index: number;
  readonly row: PsfsRow;
  readonly onChange: (row: PsfsRow) => void;
  readonly onRemove: () => void;
}): ReactNode {
  const { row, index } = props;
  const n = index + 1;
  return (
    <fieldset className="psfs-row">
      <legend>Activity {n}</legend>
      <div className="field">
        <label htmlFor={`psfs-activity-${n}`}>What is hard to do</label>
        <input
          id={`psfs-activity-${n}`}
          type="text"
          maxLength={PSFS_ACTIVITY_MAX_CHARS}
          value={row.activity}
          placeholder="e.g. running past 15 km"
          onChange={(e) => props.onChange({ ...row, activity: e.target.value })}
        />
      </div>
      <ScaleField
        label={`How well you can do activity ${n} today`}
        value={row.score}
        lowText="unable"
        highText="as before"
        onChange={(score) => props.onChange({ ...row, score })}
      />
      {row.previousScore !== null ? <p className="muted hint">Last time: {row.previousScore}/10</p> : null}
      <button type="button" className="button secondary" onClick={props.onRemove}>
        Remove activity {n}
      </button>
    </fieldset>
  );
}

function PsfsEditor(props: {
  readonly previous: readonly PsfsItem[];
  readonly onChange: (items: PsfsItem[]) => void;
}): ReactNode {
  const { onChange } = props;
  const [rows, setRows] = useState<PsfsRow[]>(() => startingRows(props.previous));
  useEffect(() => onChange(psfsToSave(rows)), [rows, onChange]);
  const mean = psfsMean(psfsToSave(rows));
  return (
    <div>
      <p className="hint">
        {props.previous.length === 0 ? PSFS_INSTRUCTIONS.baseline : PSFS_INSTRUCTIONS.followUp}{' '}
        {PSFS_INSTRUCTIONS.scale}
      </p>
      {rows.map((row, i) => (
        <PsfsActivityRow
          key={i}
          index={i}
          row={row}
          onChange={(next) => setRows(rows.map((r, j) => (j === i ? next : r)))}
          onRemove={() => setRows(rows.filter((_, j) => j !== i))}
        />
      ))}
      {rows.length < PSFS_MAX_ACTIVITIES ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => setRows([...rows, { activity: '', score: 5, previousScore: null }])}
        >
          Add an activity
        </button>
      ) : null}
      <p role="status">
        {mean === null ? 'Name an activity to score it.' : `Average score: ${mean.toFixed(1)}/10`}
      </p>
    </div>
  );
}

/**
 * Optional Patient-Specific Functional Scale in a check-in: up to five activities the back makes
 * hard, each 0-10. The last entry's activities come back with their previous score.
 */
export function PsfsFields(props: { readonly onChange: (items: PsfsItem[]) => void }): ReactNode {
  const { onChange } = props;
  const [open, setOpen] = useState(false);
  const { state, reload } = useApi<CheckInList>('psfs-previous', (signal) =>
    callApi('listCheckIns', { signal }),
  );
  useEffect(() => {
    if (!open) onChange([]);
  }, [open, onChange]);
  return (
    <fieldset className="psfs">
      <legend>Activities your back makes hard (PSFS)</legend>
      <label className="choice">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
        Score them with this check-in
      </label>
      {!open ? null : state.status === 'loading' ? (
        <p className="muted">Loading your activities…</p>
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} onRetry={reload} />
      ) : (
        <PsfsEditor previous={latestPsfsEntry(state.value.items)?.psfs ?? []} onChange={onChange} />
      )}
      <p className="muted hint">{PSFS_ATTRIBUTION}</p>
    </fieldset>
  );
}
