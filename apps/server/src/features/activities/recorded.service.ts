import type { RecordedRun, UploadOutcome } from '@upright/api-contract';
import type { Activity, Channel, ChannelName, Totals } from '@upright/core';
import { CHANNEL_UNITS } from '@upright/core';
import { failure, type Failure } from '../../http/error-table';
import { insertActivity } from './activities.repository';
import { activityRow, sha256Hex, type ActivityDeps } from './activities.service';
import { loadPersonalModel, refreshPersonalModel } from './model.service';
import { samplesEncode } from './samples-codec';
import { analysisColumns } from './analysis-columns';

const SOURCE = { kind: 'derived', from: 'run-mode' } as const;

function column(values: readonly (number | null)[] | undefined, n: number): Float64Array | null {
  if (values === undefined || values.length !== n || values.every((v) => v === null)) return null;
  return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

function meanOf(values: Float64Array | null): number | null {
  if (values === null) return null;
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? null : finite.reduce((a, b) => a + b, 0) / finite.length;
}

function lastFinite(values: Float64Array): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i] ?? null;
  return null;
}

/** Builds a core Activity from a run-mode recording (distance as the phone's filter measured it). */
export function recordedToActivity(run: RecordedRun): Activity | null {
  const n = run.timeS.length;
  const time = Float64Array.from(run.timeS);
  for (let i = 1; i < n; i++) if (!((time[i] ?? 0) > (time[i - 1] ?? 0))) return null;
  const columns: [ChannelName, readonly (number | null)[] | undefined][] = [
    ['distance', run.distanceM],
    ['latitude', run.latitude],
    ['longitude', run.longitude],
    ['altitude', run.altitudeM],
    ['cadence', run.cadence],
  ];
  const channels: Partial<Record<ChannelName, Channel>> = {};
  for (const [name, raw] of columns) {
    const values = column(raw, n);
    if (values !== null) channels[name] = { name, unit: CHANNEL_UNITS[name], source: SOURCE, values };
  }
  const elapsedS = (time[n - 1] ?? 0) - (time[0] ?? 0);
  const pausedS = run.gaps.reduce((sum, g) => sum + Math.max(0, g.endS - g.startS), 0);
  const totals: Totals = {
    elapsedS,
    movingS: Math.max(0, elapsedS - pausedS),
    distanceM: channels.distance === undefined ? null : lastFinite(channels.distance.values),
    ascentM: null,
    descentM: null,
    avgHeartRate: null,
    maxHeartRate: null,
    avgCadence: meanOf(channels.cadence?.values ?? null),
    avgPower: null,
    calories: null,
    origin: 'computed',
  };
  return {
    sport: 'running',
    sportRaw: 'run-mode',
    startTimeMs: Date.parse(run.startTime),
    device: { manufacturer: 'Upright', product: 'run mode' },
    totals,
    laps: [],
    samples: { time, channels, extras: [], gaps: run.gaps },
    format: 'gpx',
  };
}

/** Saves a run-mode recording (the original kept is the recording's JSON). Idempotent by content. */
export async function saveRecordedRun(
  deps: ActivityDeps,
  run: RecordedRun,
): Promise<{ ok: true; value: UploadOutcome } | Failure> {
  const activity = recordedToActivity(run);
  if (activity === null) return failure('VALIDATION_FAILED', 'timeS must be strictly increasing.');
  const bytes = new TextEncoder().encode(JSON.stringify(run));
  const name = `run-mode-${run.startTime.replace(/[:.]/g, '-')}.json`;
  const { analysis, form } = deps.analysis.analyzeRun(activity, await loadPersonalModel(deps.db));
  const sha256 = sha256Hex(bytes);
  const meta = { id: deps.newId(), sha256, name, importedAt: deps.now().toISOString(), isDemo: false };
  const row = { ...activityRow(activity, meta, { form, warnings: [] }), origin: 'recorded' };
  const stored = await insertActivity(deps.db, {
    row,
    original: { name, bytes },
    samples: samplesEncode(activity.samples),
    ...analysisColumns(deps.analysis, analysis),
  });
  if (stored.status === 'duplicate')
    return { ok: true, value: { name, status: 'duplicate', activityId: stored.id } };
  await refreshPersonalModel(deps);
  return { ok: true, value: { name, status: 'imported', activityId: stored.id, warnings: [] } };
}
