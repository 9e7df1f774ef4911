import type { Gap } from '@upright/core';
import { geoDistanceM, geoIsValidPosition } from './geo';

export interface DistanceOptions {
  /** Moves shorter than this from the last accepted point are GPS jitter and wait (metres). */
  readonly jitterM: number;
  /** A step implying a faster speed than this is a GPS spike and is skipped (m/s). */
  readonly maxSpeedMps: number;
}

export const DEFAULT_DISTANCE_OPTIONS: DistanceOptions = { jitterM: 3, maxSpeedMps: 25 };

export interface DistanceInput {
  readonly time: Float64Array;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  readonly gaps: readonly Gap[];
}

/**
 * Cumulative distance (m) from positions, per sample. Noise handling: the distance is measured from
 * an anchor point that only moves once the runner is `jitterM` away from it (stationary wander does
 * not add up), steps faster than `maxSpeedMps` are skipped (spikes), and no distance accrues across a
 * timer pause. Samples without a valid position carry the last cumulative value (NaN before the
 * first fix). Example: points 10 m apart, 1 s apart → 0, 10, 20, …
 */
export function distanceFromPositions(
  input: DistanceInput,
  options = DEFAULT_DISTANCE_OPTIONS,
): Float64Array {
  const { time, latitude, longitude } = input;
  const out = new Float64Array(time.length).fill(Number.NaN);
  let total = Number.NaN;
  let anchor = -1;
  for (let i = 0; i < time.length; i++) {
    const lat = latitude[i] ?? Number.NaN;
    const lon = longitude[i] ?? Number.NaN;
    if (geoIsValidPosition(lat, lon)) {
      if (anchor < 0) {
        total = 0;
        anchor = i;
      } else if (gapBetween(input.gaps, time[anchor] ?? 0, time[i] ?? 0)) {
        anchor = i;
      } else {
        const step = geoDistanceM(latitude[anchor] ?? 0, longitude[anchor] ?? 0, lat, lon);
        const dt = (time[i] ?? 0) - (time[anchor] ?? 0);
        if (step > options.maxSpeedMps * Math.max(dt, 1)) {
          // A spike: ignore this point, keep the anchor.
        } else if (step >= options.jitterM) {
          total += step;
          anchor = i;
        }
      }
    }
    out[i] = total;
  }
  return out;
}

/** True when a pause lies (at least partly) between the two elapsed times. */
export function gapBetween(gaps: readonly Gap[], fromS: number, toS: number): boolean {
  return gaps.some((gap) => gap.startS >= fromS && gap.startS < toS);
}
