import { useState } from 'react';
import type { ReactNode } from 'react';
import type { PredictionResponse } from '@upright/api-contract';
import { useApi } from '../../api/use-api';
import { hrefFor } from '../../app/router';
import { cueIntervalInUnits } from '../../settings/settings';
import type { Settings } from '../../settings/settings';
import { formatDistance, METERS_PER_UNIT } from '../runs/format';
import { fetchPrediction } from './run-mode-api';

export interface RunSetupChoice {
  readonly plannedDistanceM: number;
  readonly predictedOnsetM: number | null;
  readonly belt: boolean;
}

function PredictionLine(props: {
  readonly p: PredictionResponse;
  readonly units: Settings['units'];
}): ReactNode {
  const { p, units } = props;
  if (p.onsetDistanceM === null) {
    return (
      <p>
        {p.runsUsed > 0
          ? `From ${p.runsUsed} earlier run${p.runsUsed === 1 ? '' : 's'}, your form is expected to hold for this distance.`
          : 'No earlier runs with form data yet, so there is no breakdown prediction: you get the regular resets.'}
      </p>
    );
  }
  const lead = Math.max(0, p.onsetDistanceM - 1000);
  return (
    <p>
      From {p.runsUsed} earlier run{p.runsUsed === 1 ? '' : 's'}, your form usually starts to slip around{' '}
      <strong>{formatDistance(p.onsetDistanceM, units)}</strong>. An extra reset comes at{' '}
      {formatDistance(lead, units)}, and resets come twice as often after it.
    </p>
  );
}

export function RunSetup(props: {
  readonly settings: Settings;
  readonly onStart: (choice: RunSetupChoice) => void;
}): ReactNode {
  const { settings } = props;
  const unit = settings.units;
  const [planned, setPlanned] = useState(unit === 'km' ? 10 : 6);
  const [belt, setBelt] = useState(false);
  const plannedM = Math.max(0.5, planned) * METERS_PER_UNIT[unit];
  const { state } = useApi(`prediction:${Math.round(plannedM)}`, (signal) =>
    fetchPrediction(plannedM, signal),
  );
  const prediction = state.status === 'ready' ? state.value : null;
  const every = `${cueIntervalInUnits(settings)} ${unit}`;
  return (
    <form
      className="card run-setup"
      onSubmit={(e) => {
        e.preventDefault();
        props.onStart({
          plannedDistanceM: plannedM,
          predictedOnsetM: prediction?.onsetDistanceM ?? null,
          belt,
        });
      }}
    >
      <div className="field">
        <label htmlFor="planned-distance">Planned distance ({unit})</label>
        <input
          id="planned-distance"
          type="number"
          inputMode="decimal"
          min={1}
          max={100}
          step={0.5}
          value={planned}
          onChange={(e) => setPlanned(Number(e.currentTarget.value) || 0)}
        />
      </div>
      {prediction !== null ? <PredictionLine p={prediction} units={unit} /> : null}
      {state.status === 'error' ? (
        <p className="muted">No prediction available offline; you get the regular resets.</p>
      ) : null}
      <p>
        A posture reset every <strong>{every}</strong> by {settings.voiceEnabled ? 'voice and ' : ''}
        vibration. <a href={hrefFor('/settings')}>Change in Settings</a>.
      </p>
      <label className="choice">
        <input type="checkbox" checked={belt} onChange={(e) => setBelt(e.currentTarget.checked)} />
        The phone is in a waist belt at my lower back (nudges me when I start leaning forward)
      </label>
      <button type="submit" className="button start-button">
        Start run
      </button>
    </form>
  );
}
