import type { Gap } from '@upright/core';
import { gapBetween } from './distance';

/** Half-width of the centred window used to differentiate distance, in seconds. */
export const SPEED_WINDOW_HALF_S = 2;

/**
 * Speed (m/s) per sample from cumulative distance (m) and elapsed time (s): a centred difference over
 * about ±SPEED_WINDOW_HALF_S seconds, never across a pause. Smooths GPS step noise while keeping a
 * constant pace exact. NaN where distance is unknown or no neighbour lies in the window.
 * Example: distance 0, 3, 6, 9 at 0, 1, 2, 3 s → 3 m/s everywhere.
 */
export function speedFromDistance(
  time: Float64Array,
  distance: Float64Array,
  gaps: readonly Gap[],
  halfWindowS = SPEED_WINDOW_HALF_S,
): Float64Array {
  const n = time.length;
  const out = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const t = time[i] ?? 0;
    let lo = i;
    let hi = i;
    while (lo > 0 && t - (time[lo - 1] ?? 0) <= halfWindowS && !gapBetween(gaps, time[lo - 1] ?? 0, t)) lo--;
    while (hi < n - 1 && (time[hi + 1] ?? 0) - t <= halfWindowS && !gapBetween(gaps, t, time[hi + 1] ?? 0))
      hi++;
    if (hi === lo) {
      if (hi < n - 1 && !gapBetween(gaps, t, time[hi + 1] ?? 0)) hi++;
      else if (lo > 0 && !gapBetween(gaps, time[lo - 1] ?? 0, t)) lo--;
    }
    const dt = (time[hi] ?? 0) - (time[lo] ?? 0);
    const dd = (distance[hi] ?? Number.NaN) - (distance[lo] ?? Number.NaN);
    if (dt > 0 && Number.isFinite(dd)) out[i] = Math.max(0, dd / dt);
  }
  return out;
}
