/**
 * Streaming cadence from the vertical dynamic acceleration of the pelvis by running autocorrelation.
 *
 * Why not peak picking: a phone on a belt sits to one side of the pelvis, so left and right landings look
 * different (on the recorded left-hip trace one impact is ~3.4 g, the other ~1.5 g) and a threshold
 * misses every other step. The stride (two steps) is the strongest periodicity; a step-length lag is a
 * local peak as well (low when the sides differ), and half a step lag is a trough. So: find the strongest
 * lag between 0.25 s and 1.5 s; if the autocorrelation near half that lag is a local peak, the strongest
 * lag was a stride and the step period is half of it (the stride peak is the sharper timing reference).
 *
 * Input is resampled to a fixed `RATE_HZ` grid (phones deliver 50–100 Hz with jitter); autocorrelation
 * sums decay exponentially (`WINDOW_TAU_S`), so work per sample is a constant number of lags.
 */
export interface CadenceEstimator {
  push(tS: number, verticalMps2: number): void;
  /** Steps per minute, or null when there is no clear running rhythm. */
  cadenceSpm(): number | null;
}

const RATE_HZ = 50;
const DT_S = 1 / RATE_HZ;
const WINDOW_TAU_S = 8;
/** Lags searched: 0.25 s (one step at 240/min) to 1.5 s (one stride at 80 steps/min). */
const MIN_LAG = Math.round(0.25 * RATE_HZ);
const MAX_LAG = Math.round(1.5 * RATE_HZ);
/** Normalised autocorrelation a rhythm must reach to count as running. */
const MIN_PERIODICITY = 0.3;
/** Short-term mean square (m/s²)² below which the wearer is still (running is ~100, walking ~5). */
const MIN_ENERGY = 1;
const ENERGY_TAU_S = 1;
/** Re-evaluate the peak search every this many resampled samples (amortised constant work). */
const EVAL_EVERY = 10;
/** A half-lag peak at least this fraction of the full-lag peak is the true period. */
const OCTAVE_RATIO = 0.85;
/** Shortest step period accepted, samples (240 steps/min). */
const MIN_STEP_LAG = 0.25 * RATE_HZ;

function parabolicPeak(r: Float64Array, lag: number): number {
  const a = r[lag - 1] ?? 0;
  const b = r[lag] ?? 0;
  const c = r[lag + 1] ?? 0;
  const denom = a - 2 * b + c;
  return denom < 0 ? lag + (0.5 * (a - c)) / denom : lag;
}

function argmaxLag(r: Float64Array, from: number, to: number): number {
  let best = from;
  for (let k = from + 1; k <= to; k++) if ((r[k] ?? 0) > (r[best] ?? 0)) best = k;
  return best;
}

/**
 * The maximum of `r` within ±`width` lags of `lag` (default 3), or null when it sits on the edge of that
 * range (a slope, not a peak).
 */
function localPeakNear(r: Float64Array, lag: number, width = 3): number | null {
  const centre = Math.round(lag);
  if (centre - width < 1 || centre + width >= r.length) return null;
  const near = argmaxLag(r, centre - width, centre + width);
  return near > centre - width && near < centre + width ? near : null;
}

/** Step period in resampled samples from the autocorrelation `r` (r[0] = variance), or null. */
function stepPeriodOf(r: Float64Array): number | null {
  const r0 = r[0] ?? 0;
  if (r0 <= 0) return null;
  const strongest = argmaxLag(r, MIN_LAG, MAX_LAG - 1);
  if ((r[strongest] ?? 0) / r0 < MIN_PERIODICITY) return null;
  // A multiple of the true period scores as high as the period itself (two strides, three steps):
  // the period is the shortest peak nearly as strong as the strongest one.
  const floor = OCTAVE_RATIO * (r[strongest] ?? 0);
  let shortest = strongest;
  for (let k = MIN_LAG; k < strongest; k++) {
    const v = r[k] ?? 0;
    if (v >= floor && v >= (r[k - 1] ?? 0) && v >= (r[k + 1] ?? 0)) {
      shortest = k;
      break;
    }
  }
  const lag = parabolicPeak(r, shortest);
  // Half a stride is a peak (however low, when the two sides differ); half a step is a trough.
  const step = lag / 2 >= MIN_STEP_LAG && localPeakNear(r, lag / 2) !== null ? lag / 2 : lag;
  // Time the step from the stride peak: left and right steps differ in shape, strides repeat exactly.
  const stride = localPeakNear(r, 2 * step, Math.max(3, Math.round(0.15 * step)));
  return stride === null ? step : parabolicPeak(r, stride) / 2;
}

export function createCadenceEstimator(): CadenceEstimator {
  const history = new Float64Array(MAX_LAG + 1);
  const r = new Float64Array(MAX_LAG + 1);
  const decay = Math.exp(-DT_S / WINDOW_TAU_S);
  let head = 0;
  let filled = 0;
  let nextGridT: number | null = null;
  let prev: { tS: number; v: number } | null = null;
  let sinceEval = 0;
  let cadence: number | null = null;
  let energy = 0;
  const energyDecay = Math.exp(-DT_S / ENERGY_TAU_S);

  const pushGrid = (v: number): void => {
    head = (head + 1) % history.length;
    history[head] = v;
    filled = Math.min(filled + 1, history.length);
    energy = energyDecay * energy + (1 - energyDecay) * v * v;
    for (let k = 0; k < filled; k++) {
      const past = history[(head - k + history.length) % history.length] ?? 0;
      r[k] = decay * (r[k] ?? 0) + (1 - decay) * v * past;
    }
    if (++sinceEval >= EVAL_EVERY) {
      sinceEval = 0;
      const period = filled > MAX_LAG && energy >= MIN_ENERGY ? stepPeriodOf(r) : null;
      cadence = period === null ? null : (60 * RATE_HZ) / period;
    }
  };

  return {
    push(tS, verticalMps2) {
      if (prev === null || tS <= prev.tS || tS - prev.tS > 0.5) {
        // Start, or a gap: begin a fresh grid (the decayed sums forget the gap by themselves).
        prev = { tS, v: verticalMps2 };
        nextGridT = tS;
        return;
      }
      for (let g = nextGridT ?? tS; g <= tS; g += DT_S) {
        const w = (g - prev.tS) / (tS - prev.tS);
        pushGrid(prev.v + w * (verticalMps2 - prev.v));
        nextGridT = g + DT_S;
      }
      prev = { tS, v: verticalMps2 };
    },
    cadenceSpm: () => cadence,
  };
}
