import type { PersonalModel } from './types';

/** Tuning of the analysis. Callers spread DEFAULT_ANALYZE_OPTIONS and override what they need. */
export interface AnalyzeOptions {
  /** Segment length in moving metres. */
  readonly segmentM: number;
  /** Below this speed a sample is standing or walking, not running (m/s). */
  readonly minRunningSpeedMps: number;
  /** Below this cadence (when recorded) a sample is not running (steps/min). */
  readonly minRunningCadenceSpm: number;
  /** Seconds after a stop or pause that are left out while the runner gets back up to speed. */
  readonly settleS: number;
  /** A segment whose two halves differ in speed by more than this share is unsteady. */
  readonly maxSpeedChangeInSegment: number;
  /** Speed window (ln units, ≈ share) around a segment in which fresh segments count as its support. */
  readonly speedMargin: number;
  /** How far beyond the fresh grade range (rise/run) the fresh model may be used. */
  readonly gradeMargin: number;
  /** CUSUM reference: a segment adds (mean z² − 1 − slack) to the sum. */
  readonly cusumSlack: number;
  /** CUSUM alarm threshold. */
  readonly cusumThreshold: number;
  /** Comparable segments after the alarm that must mostly stay outside the band to confirm. */
  readonly persistenceSegments: number;
  readonly persistenceShare: number;
  /** A personal model from earlier runs (buildPersonalModel), or null. */
  readonly personalModel: PersonalModel | null;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = {
  segmentM: 200,
  minRunningSpeedMps: 1.6,
  minRunningCadenceSpm: 120,
  settleS: 10,
  maxSpeedChangeInSegment: 0.2,
  speedMargin: 0.2,
  gradeMargin: 0.02,
  cusumSlack: 1.5,
  cusumThreshold: 12,
  persistenceSegments: 5,
  persistenceShare: 0.6,
  personalModel: null,
};

/** Warm-up and fresh-section bounds in moving metres for a run of about `distanceM`. */
export interface RunPlan {
  readonly warmupM: number;
  readonly freshEndM: number;
}

/** Warm-up: 1 km on runs under 8 km, else 1.5 km. Fresh section: 30 % of the rest, 2–5 km. */
export function runPlanFor(distanceM: number): RunPlan {
  const warmupM = distanceM < 8000 ? 1000 : 1500;
  const freshM = Math.min(5000, Math.max(2000, 0.3 * (distanceM - warmupM)));
  return { warmupM, freshEndM: warmupM + freshM };
}
