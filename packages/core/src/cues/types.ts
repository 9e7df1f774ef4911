/** One statute mile in metres (exact, by definition of the international yard). */
export const METERS_PER_MILE = 1609.344;

/** How often the base posture reset comes: every 2 km, every mile, or a custom distance. */
export type CueInterval =
  | { readonly kind: 'two-km' }
  | { readonly kind: 'mile' }
  | { readonly kind: 'custom'; readonly intervalM: number };

/**
 * - `posture-reset`: the regular "string to the sky" reset at every interval marker.
 * - `breakdown-ahead`: the extra cue about `breakdownLeadM` before the predicted breakdown distance.
 * - `dense-reset`: the denser resets after the predicted breakdown (or after reported pain).
 * - `form-nudge`: an unplanned nudge asked for by the motion monitor (lean drift, cadence drop).
 */
export type CueKind = 'posture-reset' | 'breakdown-ahead' | 'dense-reset' | 'form-nudge';

/** Kinds that sit on the distance plan (everything except the motion-driven nudge). */
export type PlannedCueKind = Exclude<CueKind, 'form-nudge'>;

/** Why a motion nudge was asked for; mirrors the motion monitor's event kinds. */
export type NudgeReason = 'lean-drift' | 'cadence-drop';

export interface CuePlanOptions {
  readonly interval: CueInterval;
  /** This runner's predicted breakdown distance for this run (metres from the start), or null if unknown. */
  readonly predictedOnsetM: number | null;
  /** Runner-reported distance at which back pain usually starts; dense cues begin here too. */
  readonly painStartM?: number | null;
  /** Spacing of the denser resets; default: half the interval (1 km for 2 km, half a mile for a mile), at least minSpacingM. */
  readonly denseIntervalM?: number;
  /** How far before the predicted breakdown the extra cue comes; default 1000 m. */
  readonly breakdownLeadM?: number;
  /** No two planned cues closer than this; default 300 m. */
  readonly minSpacingM?: number;
}

export interface CueSchedulerOptions extends CuePlanOptions {
  /** Uniform random numbers in [0, 1): picks the wording. Inject a seeded generator in tests. */
  readonly rng: () => number;
  /** Minimum time between a nudge and any earlier cue; default 45 s. */
  readonly nudgeGapS?: number;
}

export interface PlannedCue {
  readonly kind: PlannedCueKind;
  /** Distance of the marker this cue belongs to, metres from the start. */
  readonly distanceM: number;
}

export interface CueEvent {
  readonly kind: CueKind;
  /** The marker distance (planned), metres; for a nudge, the distance at which it was asked for. */
  readonly distanceM: number;
  /** The live distance when the cue was released (>= distanceM for planned cues). */
  readonly observedDistanceM: number;
  /** Elapsed run time when the cue was released, seconds. */
  readonly timeS: number;
  /** What to say (Web Speech) and show. */
  readonly text: string;
  /** navigator.vibrate pattern: on/off durations in milliseconds. */
  readonly vibrationPatternMs: readonly number[];
  /** Only on `form-nudge`: what the motion monitor saw. */
  readonly reason?: NudgeReason;
}

/** A live progress update: cumulative distance and elapsed time since the run started. */
export interface CueProgress {
  readonly distanceM: number;
  readonly timeS: number;
}

export type CueOptionsCode =
  | 'CUE_INTERVAL_INVALID'
  | 'CUE_DENSE_INTERVAL_INVALID'
  | 'CUE_SPACING_INVALID'
  | 'CUE_LEAD_INVALID'
  | 'CUE_ONSET_INVALID'
  | 'CUE_PAIN_START_INVALID';

/** Options after defaults are applied and validated. */
export interface ResolvedCuePlanOptions {
  readonly intervalM: number;
  readonly denseIntervalM: number;
  readonly breakdownLeadM: number;
  readonly minSpacingM: number;
  readonly predictedOnsetM: number | null;
  readonly painStartM: number | null;
}

export const CUE_DEFAULTS = {
  breakdownLeadM: 1000,
  minSpacingM: 300,
  nudgeGapS: 45,
  /** Longest custom interval accepted. */
  maxIntervalM: 50_000,
} as const;
