import type { ScoredBin } from './scoring';
import type { FormChannel } from './types';

/** Ramp lengths tried by the hinge fit, metres (0 = a step). */
const RAMPS_M = [0, 300, 600, 900, 1200, 1800];

function projected(
  window: readonly ScoredBin[],
  channels: readonly FormChannel[],
  from: number,
): number[] | null {
  const direction = channels.map((c) => {
    let sum = 0;
    let n = 0;
    for (const s of window) {
      const z = s.z[c];
      if (s.bin.index < from || z === undefined) continue;
      sum += z;
      n += 1;
    }
    return n === 0 ? 0 : sum / n;
  });
  const norm = Math.hypot(...direction);
  if (norm === 0) return null;
  return window.map((s) =>
    channels.reduce((acc, c, i) => acc + ((direction[i] ?? 0) / norm) * (s.z[c] ?? 0), 0),
  );
}

/** Least-squares SSE of x ≈ a + h·g (h > 0) for the ramp g starting at `startM`; no allocation. */
function hingeSse(
  x: readonly number[],
  mids: readonly number[],
  ramp: { startM: number; lengthM: number },
): number {
  const n = x.length;
  const g = (i: number): number => {
    const d = (mids[i] ?? 0) - ramp.startM;
    if (ramp.lengthM === 0) return d >= 0 ? 1 : 0;
    return Math.min(1, Math.max(0, d / ramp.lengthM));
  };
  let sg = 0;
  let sx = 0;
  let sgg = 0;
  let sgx = 0;
  for (let i = 0; i < n; i += 1) {
    const gi = g(i);
    const xi = x[i] ?? 0;
    sg += gi;
    sx += xi;
    sgg += gi * gi;
    sgx += gi * xi;
  }
  const varG = sgg - (sg * sg) / n;
  if (varG <= 1e-12) return Infinity;
  const h = (sgx - (sg * sx) / n) / varG;
  if (h <= 0) return Infinity;
  const a = (sx - h * sg) / n;
  let sse = 0;
  for (let i = 0; i < n; i += 1) sse += ((x[i] ?? 0) - a - h * g(i)) ** 2;
  return sse;
}

/**
 * Refines a CUSUM change-point: the CUSUM restarts only once the index is clearly above its band, so
 * it lags a gradual breakdown. Projects the channels' z-scores on the direction they moved, then fits
 * "flat, then a linear ramp of length L to a new level" by least squares over every start segment
 * (from `minStartM` on) and a few ramp lengths. Bounded work on a bounded window.
 */
export function refineOnset(input: {
  readonly window: readonly ScoredBin[];
  readonly channels: readonly FormChannel[];
  readonly candidate: ScoredBin;
  readonly minStartM: number;
}): ScoredBin {
  const { window, channels, candidate, minStartM } = input;
  const x = projected(window, channels, candidate.bin.index);
  if (!x) return candidate;
  // Step ramps are placed at segment starts, sloped ramps are measured from segment middles.
  const mids = window.map((w) => w.bin.movingStartM + 0.5 * w.bin.speedMps * w.bin.durationS);
  const starts = window.map((w) => w.bin.movingStartM);
  let best = candidate;
  let bestSse = Infinity;
  for (const start of window) {
    if (start.bin.movingStartM < minStartM) continue;
    for (const lengthM of RAMPS_M) {
      const sse = hingeSse(x, lengthM === 0 ? starts : mids, { startM: start.bin.movingStartM, lengthM });
      if (sse < bestSse) {
        bestSse = sse;
        best = start;
      }
    }
  }
  return best;
}
