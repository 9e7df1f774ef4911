import type { Channel, ChannelName, Gap, Totals } from '@upright/core';
import { gapsTotalS } from '../derive/gaps';

/** The totals fields a file may or may not carry; null = not in the file. */
export type TotalsDraft = { -readonly [K in keyof Omit<Totals, 'origin'>]?: Totals[K] | null };

type ChannelMap = Readonly<Partial<Record<ChannelName, Channel>>>;

function stats(
  values: Float64Array | undefined,
  skipZeros = false,
): { mean: number | null; max: number | null } {
  if (values === undefined) return { mean: null, max: null };
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isNaN(v) || (skipZeros && v === 0)) continue;
    sum += v;
    n++;
    if (v > max) max = v;
  }
  return n === 0 ? { mean: null, max: null } : { mean: sum / n, max };
}

function climb(values: Float64Array | undefined): { ascentM: number | null; descentM: number | null } {
  if (values === undefined) return { ascentM: null, descentM: null };
  // Hysteresis of 3 m so barometric and GPS noise do not add up to phantom climbing.
  const band = 3;
  let ref = Number.NaN;
  let up = 0;
  let down = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(ref)) ref = v;
    else if (v - ref >= band) {
      up += v - ref;
      ref = v;
    } else if (ref - v >= band) {
      down += ref - v;
      ref = v;
    }
  }
  return Number.isNaN(ref) ? { ascentM: null, descentM: null } : { ascentM: up, descentM: down };
}

function distanceSpan(values: Float64Array | undefined): number | null {
  if (values === undefined) return null;
  // First and last known values, each found scanning from its own end.
  let first = Number.NaN;
  let last = Number.NaN;
  for (let i = 0; i < values.length && Number.isNaN(first); i++) first = values[i] ?? Number.NaN;
  for (let i = values.length - 1; i >= 0 && Number.isNaN(last); i--) last = values[i] ?? Number.NaN;
  return Number.isNaN(first) ? null : Math.max(0, last - first);
}

/** Totals computed from samples (origin "computed"). Elapsed is the last sample's time. */
export function totalsFromSamples(time: Float64Array, channels: ChannelMap, gaps: readonly Gap[]): Totals {
  const elapsedS = time.length > 0 ? (time[time.length - 1] ?? 0) : 0;
  const hr = stats(channels.heartRate?.values);
  return {
    elapsedS,
    movingS: Math.max(0, elapsedS - gapsTotalS(gaps, elapsedS)),
    distanceM: distanceSpan(channels.distance?.values),
    ...climb(channels.altitude?.values),
    avgHeartRate: hr.mean === null ? null : Math.round(hr.mean),
    maxHeartRate: hr.max,
    // A cadence of 0 means standing still, not a very slow cadence (devices average it the same way).
    avgCadence: stats(channels.cadence?.values, true).mean,
    avgPower: stats(channels.power?.values).mean,
    calories: null,
    origin: 'computed',
  };
}

/** File totals where the file has them, filled in from the computed ones where it does not. */
export function totalsMerge(file: TotalsDraft, computed: Totals): Totals {
  const pick = <K extends keyof TotalsDraft>(key: K): Totals[K] => {
    const v = file[key];
    return v === undefined || v === null ? computed[key] : v;
  };
  const elapsedS = pick('elapsedS');
  return {
    elapsedS,
    // Files do contradict themselves (lap times longer than the recording): moving never exceeds elapsed.
    movingS: Math.min(pick('movingS'), elapsedS),
    distanceM: pick('distanceM'),
    ascentM: pick('ascentM'),
    descentM: pick('descentM'),
    avgHeartRate: pick('avgHeartRate'),
    maxHeartRate: pick('maxHeartRate'),
    avgCadence: pick('avgCadence'),
    avgPower: pick('avgPower'),
    calories: pick('calories'),
    origin: 'file',
  };
}
