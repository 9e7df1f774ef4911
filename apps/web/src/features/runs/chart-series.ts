/**
 * Builds the run page's chart data from the activity's samples: one x column (distance in display
 * units) shared by every chart, and one y column per metric that the run actually recorded.
 * Pauses break the lines (null), so a stop never draws a slope.
 */
import type { SamplesJson } from '@upright/api-contract';
import { METERS_PER_UNIT, paceSecondsPerUnit } from './format';
import type { DistanceUnit } from './format';

export type MetricKey =
  'pace' | 'heartRate' | 'cadence' | 'stepLength' | 'groundContactTime' | 'verticalOscillation' | 'power';

export interface MetricDef {
  readonly key: MetricKey;
  readonly label: string;
  /** Unit shown on the axis and in the readout; pace is per display unit. */
  readonly unit: string;
  /** Lower is better for pace (so its axis is flipped: faster is up). */
  readonly invert: boolean;
  readonly decimals: number;
}

export const METRICS: readonly MetricDef[] = [
  { key: 'pace', label: 'Pace', unit: 'min', invert: true, decimals: 0 },
  { key: 'heartRate', label: 'Heart rate', unit: 'bpm', invert: false, decimals: 0 },
  { key: 'cadence', label: 'Cadence', unit: 'steps/min', invert: false, decimals: 0 },
  { key: 'stepLength', label: 'Step length', unit: 'm', invert: false, decimals: 2 },
  { key: 'groundContactTime', label: 'Ground contact time', unit: 'ms', invert: false, decimals: 0 },
  { key: 'verticalOscillation', label: 'Vertical oscillation', unit: 'cm', invert: false, decimals: 1 },
  { key: 'power', label: 'Power', unit: 'W', invert: false, decimals: 0 },
];

export interface ChartSeries {
  /** Distance from the start in display units (km or mi), non-decreasing. */
  readonly x: Float64Array;
  /** Present metrics only, in METRICS order; null marks no value or a pause. */
  readonly metrics: readonly { readonly def: MetricDef; readonly y: (number | null)[] }[];
  /** Distances (display units) where the recording was paused. */
  readonly pausesAt: readonly number[];
  readonly unit: DistanceUnit;
}

/** Pace and the like jump sample to sample; a centred moving mean over this many seconds evens them. */
const SMOOTH_WINDOW_S = 15;
/** Slower than this is standing or walking at a crossing: left out so the pace axis stays readable. */
const SLOWEST_PACE_S_PER_KM = 15 * 60;
/** A metric needs this share of samples with values to get a chart. */
const MIN_COVERAGE = 0.2;

type Column = readonly (number | null)[];

function column(samples: SamplesJson, name: string): Column | null {
  return samples.channels[name]?.values ?? null;
}

/** Centred moving mean over a time window; null stays null, and the window never crosses nulls' gaps. */
export function smoothOverTime(values: Column, timeS: readonly number[], windowS: number): (number | null)[] {
  const half = windowS / 2;
  const out: (number | null)[] = new Array<number | null>(values.length).fill(null);
  let lo = 0;
  let hi = 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const t = timeS[i] ?? 0;
    while (hi < values.length && (timeS[hi] ?? Infinity) <= t + half) {
      const v = values[hi];
      if (v !== null && v !== undefined) {
        sum += v;
        count++;
      }
      hi++;
    }
    while (lo < hi && (timeS[lo] ?? -Infinity) < t - half) {
      const v = values[lo];
      if (v !== null && v !== undefined) {
        sum -= v;
        count--;
      }
      lo++;
    }
    out[i] = values[i] === null || count === 0 ? null : sum / count;
  }
  return out;
}

function metricValues(samples: SamplesJson, key: MetricKey, unit: DistanceUnit): Column | null {
  switch (key) {
    case 'pace': {
      const speed = column(samples, 'speed');
      if (speed === null) return null;
      const smooth = smoothOverTime(speed, samples.time, SMOOTH_WINDOW_S);
      const slowest = SLOWEST_PACE_S_PER_KM * (METERS_PER_UNIT[unit] / 1000);
      return smooth.map((v) => {
        const pace = v === null ? null : paceSecondsPerUnit(v, unit);
        return pace === null || pace > slowest ? null : pace;
      });
    }
    case 'verticalOscillation': {
      const vo = column(samples, 'verticalOscillation');
      return vo === null ? null : vo.map((v) => (v === null ? null : v / 10));
    }
    case 'heartRate':
    case 'cadence':
    case 'stepLength':
    case 'groundContactTime':
    case 'power': {
      const values = column(samples, key);
      return values === null
        ? null
        : smoothOverTime(values, samples.time, key === 'heartRate' ? 5 : SMOOTH_WINDOW_S);
    }
  }
}

function coverage(values: Column): number {
  if (values.length === 0) return 0;
  return values.filter((v) => v !== null).length / values.length;
}

/** Index of the first sample at or after each pause's end: the line breaks just before it. */
function pauseIndexes(samples: SamplesJson): number[] {
  return samples.gaps.map((g) => samples.time.findIndex((t) => t >= g.endS)).filter((i) => i > 0);
}

/** Distance column with nulls carried forward so x stays usable and non-decreasing. */
function distanceColumn(samples: SamplesJson, unit: DistanceUnit): Float64Array | null {
  const d = column(samples, 'distance');
  if (d === null || coverage(d) < MIN_COVERAGE) return null;
  const x = new Float64Array(d.length);
  let last = 0;
  d.forEach((v, i) => {
    if (v !== null && v >= last) last = v;
    x[i] = last / METERS_PER_UNIT[unit];
  });
  return x;
}

/** Chart data for the run page; null when the run has no distance to chart against. */
export function chartSeries(samples: SamplesJson, unit: DistanceUnit): ChartSeries | null {
  const x = distanceColumn(samples, unit);
  if (x === null) return null;
  const breaks = pauseIndexes(samples);
  const metrics = METRICS.flatMap((def) => {
    const values = metricValues(samples, def.key, unit);
    if (values === null || coverage(values) < MIN_COVERAGE) return [];
    const y = [...values];
    for (const i of breaks) y[i - 1] = null;
    return [{ def, y }];
  });
  return { x, metrics, pausesAt: breaks.map((i) => x[i] ?? 0), unit };
}

/** "5:12" from seconds per unit (pace axis ticks and readout). */
export function paceLabel(secondsPerUnit: number): string {
  const total = Math.round(secondsPerUnit);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
