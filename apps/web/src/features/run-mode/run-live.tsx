import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CueEvent } from '@upright/core';
import type { Settings } from '../../settings/settings';
import { formatDistance, formatDuration, formatPace, paceSecondsPerUnit } from '../runs/format';
import type { GeoErrorCode } from './ports';
import type { RunView } from './run-controller';

const GEO_TEXT: Readonly<Record<GeoErrorCode, string>> = {
  GEO_DENIED: 'Location is blocked for Upright. Allow it in the browser settings to measure distance.',
  GEO_UNAVAILABLE: 'Looking for GPS… Distance resumes when the signal is back.',
  GEO_TIMEOUT: 'GPS is slow to answer. Distance resumes when the signal is back.',
  GEO_UNSUPPORTED: 'This browser cannot share its location, so distance cannot be measured.',
};

const CUE_LABEL: Readonly<Record<CueEvent['kind'], string>> = {
  'posture-reset': 'Posture reset',
  'breakdown-ahead': 'Before your usual fade',
  'dense-reset': 'Extra reset',
  'form-nudge': 'Posture nudge',
};

function GpsLine({ view }: { readonly view: RunView }): ReactNode {
  if (view.geoError !== null) return <p className="alert warn">{GEO_TEXT[view.geoError]}</p>;
  const acc = view.snapshot.accuracyM;
  return <p className="muted">{acc === null ? 'Waiting for GPS…' : `GPS within ${Math.round(acc)} m`}</p>;
}

function BeltLine({ view }: { readonly view: RunView }): ReactNode {
  if (!view.beltBaselineReady)
    return <p className="muted">Belt: learning your posture over the first minutes…</p>;
  const lean = view.leanDeg;
  return (
    <p className="muted">
      Belt:{' '}
      {lean === null
        ? 'posture steady'
        : `${lean >= 0 ? 'leaning' : 'upright'} ${Math.abs(lean).toFixed(1)}° from your start`}
      {view.snapshot.cadence !== null ? ` · ${Math.round(view.snapshot.cadence)} steps/min` : ''}
    </p>
  );
}

export interface RunLiveProps {
  readonly view: RunView;
  readonly settings: Settings;
  readonly belt: boolean;
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onPain: () => void;
  readonly onFinish: () => void;
}

export function RunLive(props: RunLiveProps): ReactNode {
  const { view, settings } = props;
  const s = view.snapshot;
  const unit = settings.units;
  const [confirming, setConfirming] = useState(false);
  const last = s.lastCue;
  return (
    <div className="run-live">
      <dl className="run-live-figures">
        <div className="big">
          <dt>Distance</dt>
          <dd data-testid="live-distance">{formatDistance(s.distanceM, unit)}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{formatDuration(s.movingS)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{formatPace(paceSecondsPerUnit(s.speedMps, unit), unit)}</dd>
        </div>
        <div>
          <dt>Next reset</dt>
          <dd>{s.nextCue === null ? '–' : formatDistance(s.nextCue.distanceM, unit)}</dd>
        </div>
      </dl>
      {s.phase === 'paused' ? (
        <p className="alert info">Paused. Distance is not counted until you resume.</p>
      ) : null}
      <section className="card last-cue" aria-labelledby="last-cue-heading">
        <h2 id="last-cue-heading">{last === null ? 'Cues' : CUE_LABEL[last.kind]}</h2>
        <p aria-live="polite" data-testid="last-cue">
          {last === null ? 'Your first posture reset comes at the first marker.' : last.text}
        </p>
        <p className="muted">
          {s.cues.length} cue{s.cues.length === 1 ? '' : 's'} so far
        </p>
      </section>
      <GpsLine view={view} />
      {props.belt ? <BeltLine view={view} /> : null}
      {!view.screenKeptOn ? (
        <p className="muted">The screen may dim: this browser did not keep it awake.</p>
      ) : null}
      <div className="run-controls">
        {s.phase === 'paused' ? (
          <button type="button" className="button" onClick={props.onResume}>
            Resume
          </button>
        ) : (
          <button type="button" className="button secondary" onClick={props.onPause}>
            Pause
          </button>
        )}
        <button type="button" className="button secondary" onClick={props.onPain}>
          My back hurts
        </button>
        {confirming ? (
          <button type="button" className="button danger" onClick={props.onFinish}>
            Yes, finish the run
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Finish
          </button>
        )}
      </div>
    </div>
  );
}
