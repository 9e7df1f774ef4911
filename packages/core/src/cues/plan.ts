import { fail, ok } from '../result';
import type { Result } from '../result';
import { CUE_DEFAULTS, METERS_PER_MILE } from './types';
import type {
  CueInterval,
  CueOptionsCode,
  CuePlanOptions,
  PlannedCue,
  PlannedCueKind,
  ResolvedCuePlanOptions,
} from './types';

function cueIntervalM(interval: CueInterval): number {
  switch (interval.kind) {
    case 'two-km':
      return 2000;
    case 'mile':
      return METERS_PER_MILE;
    case 'custom':
      return interval.intervalM;
  }
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Applies defaults and checks the cue options. Dense interval defaults to half the base interval
 * (1 km for 2 km, half a mile for a mile) but not below the minimum spacing; every spacing must be at least `minSpacingM`.
 * @example cuePlanOptionsResolve({ interval: { kind: 'two-km' }, predictedOnsetM: null })
 */
export function cuePlanOptionsResolve(
  options: CuePlanOptions,
): Result<ResolvedCuePlanOptions, CueOptionsCode> {
  const minSpacingM = options.minSpacingM ?? CUE_DEFAULTS.minSpacingM;
  if (!isFiniteNumber(minSpacingM) || minSpacingM <= 0) {
    return fail('CUE_SPACING_INVALID', 'minimum cue spacing must be a positive number of metres', {
      minSpacingM,
    });
  }
  const intervalM = cueIntervalM(options.interval);
  if (!isFiniteNumber(intervalM) || intervalM < minSpacingM || intervalM > CUE_DEFAULTS.maxIntervalM) {
    return fail('CUE_INTERVAL_INVALID', 'cue interval must lie between the minimum spacing and 50 km', {
      intervalM,
      minSpacingM,
    });
  }
  const denseIntervalM = options.denseIntervalM ?? Math.max(intervalM / 2, minSpacingM);
  if (!isFiniteNumber(denseIntervalM) || denseIntervalM < minSpacingM || denseIntervalM > intervalM) {
    return fail(
      'CUE_DENSE_INTERVAL_INVALID',
      'dense interval must lie between the spacing and the interval',
      {
        denseIntervalM,
      },
    );
  }
  const breakdownLeadM = options.breakdownLeadM ?? CUE_DEFAULTS.breakdownLeadM;
  if (!isFiniteNumber(breakdownLeadM) || breakdownLeadM < 0) {
    return fail('CUE_LEAD_INVALID', 'breakdown lead must be a non-negative number of metres', {
      breakdownLeadM,
    });
  }
  const predictedOnsetM = options.predictedOnsetM;
  if (predictedOnsetM !== null && (!isFiniteNumber(predictedOnsetM) || predictedOnsetM <= 0)) {
    return fail('CUE_ONSET_INVALID', 'predicted onset must be a positive distance or null', {
      predictedOnsetM,
    });
  }
  const painStartM = options.painStartM ?? null;
  if (painStartM !== null && (!isFiniteNumber(painStartM) || painStartM < 0)) {
    return fail('CUE_PAIN_START_INVALID', 'pain start must be a non-negative distance or null', {
      painStartM,
    });
  }
  return ok({ intervalM, denseIntervalM, breakdownLeadM, minSpacingM, predictedOnsetM, painStartM });
}

/** Multiples k * step (k >= 1) with from <= k * step <= to, computed by multiplication (no drift). */
function gridMarkers(stepM: number, fromM: number, toM: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(1, Math.ceil(fromM / stepM)); k * stepM <= toM; k++) out.push(k * stepM);
  return out;
}

function nearest(values: readonly number[], target: number): number | null {
  let best: number | null = null;
  for (const v of values) if (best === null || Math.abs(v - target) < Math.abs(best - target)) best = v;
  return best;
}

/**
 * The full plan up to `horizonM`. Conflicts are only ever within `minSpacingM` (< every interval), so a
 * plan computed to a horizon one interval past the run distance and then cut is the same as any longer one.
 */
function planToHorizon(o: ResolvedCuePlanOptions, horizonM: number): PlannedCue[] {
  const kinds = new Map<number, PlannedCueKind>();
  for (const m of gridMarkers(o.intervalM, 0, horizonM)) kinds.set(m, 'posture-reset');
  if (o.predictedOnsetM !== null) {
    const targetM = o.predictedOnsetM - o.breakdownLeadM;
    if (targetM > 0) {
      const near = nearest([...kinds.keys()], targetM);
      // A marker close to the target carries the warning itself, so no marker is ever displaced.
      if (near !== null && Math.abs(near - targetM) < o.minSpacingM) kinds.set(near, 'breakdown-ahead');
      else kinds.set(targetM, 'breakdown-ahead');
    }
  }
  const denseFromM = Math.min(o.predictedOnsetM ?? Infinity, o.painStartM ?? Infinity);
  if (Number.isFinite(denseFromM)) {
    const placed = [...kinds.keys()];
    for (const m of gridMarkers(o.denseIntervalM, denseFromM, horizonM)) {
      if (placed.every((p) => Math.abs(p - m) >= o.minSpacingM)) kinds.set(m, 'dense-reset');
    }
  }
  return [...kinds.entries()]
    .map(([distanceM, kind]) => ({ kind, distanceM }))
    .sort((a, b) => a.distanceM - b.distanceM);
}

/** Same as planCueDistances but on already-resolved options; used by the live scheduler. */
export function cuePlanResolved(o: ResolvedCuePlanOptions, runDistanceM: number): readonly PlannedCue[] {
  const toM = Math.max(0, runDistanceM);
  return planToHorizon(o, toM + o.intervalM).filter((c) => c.distanceM <= toM);
}

/**
 * Every cue distance of a run of `runDistanceM` metres, in order, for the plan screen and the UI.
 * Rules: a `posture-reset` at every interval marker; one `breakdown-ahead` at predictedOnsetM -
 * breakdownLeadM (merged into an interval marker closer than minSpacingM, which then carries it);
 * `dense-reset` on the dense grid from min(predictedOnsetM, painStartM), dropped where it would come
 * closer than minSpacingM to another cue. Consecutive cues are always >= minSpacingM apart.
 * @example planCueDistances({ interval: { kind: 'two-km' }, predictedOnsetM: 7000 }, 10000)
 *   // ok: 2000 reset, 4000 reset, 6000 breakdown-ahead, 8000 reset, 9000 dense, 10000 reset
 */
export function planCueDistances(
  options: CuePlanOptions,
  runDistanceM: number,
): Result<readonly PlannedCue[], CueOptionsCode> {
  const resolved = cuePlanOptionsResolve(options);
  if (!resolved.ok) return resolved;
  return ok(cuePlanResolved(resolved.value, runDistanceM));
}
