/**
 * One accelerometer reading, as DeviceMotionEvent.accelerationIncludingGravity gives it: specific force
 * in the phone's own axes, in m/s² (a phone at rest reads about +9.81 along the axis pointing up).
 * Convert g to m/s² at the edge with `STANDARD_GRAVITY_MPS2`.
 */
export interface MotionSample {
  /** Seconds since the run started (any origin; must increase). */
  readonly tS: number;
  readonly ax: number;
  readonly ay: number;
  readonly az: number;
}

/** m/s² per g (exact, CGPM 1901). */
export const STANDARD_GRAVITY_MPS2 = 9.80665;

/** A direction in the phone's frame (need not be unit length). */
export type DeviceAxis = readonly [number, number, number];

export interface PostureMonitorOptions {
  /** Ignore the first seconds (settling in, starting up); default 60 s. */
  readonly warmupS: number;
  /** Baseline posture and cadence are averaged over this long after the warm-up; default 240 s. */
  readonly baselineS: number;
  /** Time constant of the gravity low-pass, seconds; default 3 s (a few strides). */
  readonly gravityTauS: number;
  /**
   * The phone's forward axis (direction of running) when known, e.g. [0, 0, -1] for a phone upright in a
   * lower-back belt with its screen facing away from the body. With it, lean is signed (forward > 0);
   * without it (null) lean is the unsigned tilt from the baseline in any direction.
   */
  readonly forwardAxis: DeviceAxis | null;
  /** Lean beyond baseline that counts as drift, degrees; default 5°. */
  readonly leanThresholdDeg: number;
  /** Lean must fall back below threshold minus this to re-arm, degrees; default 2°. */
  readonly leanHysteresisDeg: number;
  /** Drift must last this long before a nudge, seconds; default 15 s. */
  readonly sustainS: number;
  /** At least this long between two nudges of the same kind, seconds; default 120 s. */
  readonly cooldownS: number;
  /** Cadence this fraction under baseline counts as a drop (sustained twice `sustainS`); default 0.05. */
  readonly cadenceDropFraction: number;
  /**
   * Cadence this fraction above baseline is a deliberate surge (faster running leans further forward):
   * lean drift is not judged during it; default 0.05.
   */
  readonly surgeCadenceFraction: number;
}

export const POSTURE_MONITOR_DEFAULTS: PostureMonitorOptions = {
  warmupS: 60,
  baselineS: 240,
  gravityTauS: 3,
  forwardAxis: null,
  leanThresholdDeg: 5,
  leanHysteresisDeg: 2,
  sustainS: 15,
  cooldownS: 120,
  cadenceDropFraction: 0.05,
  surgeCadenceFraction: 0.05,
};

export type PostureEvent =
  | {
      readonly kind: 'baseline-ready';
      readonly tS: number;
      readonly baselineCadenceSpm: number | null;
    }
  | {
      readonly kind: 'lean-drift';
      readonly tS: number;
      /** Lean beyond baseline when the nudge fired, degrees. */
      readonly leanDeg: number;
    }
  | {
      readonly kind: 'cadence-drop';
      readonly tS: number;
      readonly cadenceSpm: number;
      readonly baselineCadenceSpm: number;
    };

export type PostureEventKind = PostureEvent['kind'];

export interface PostureState {
  readonly tS: number | null;
  /** Steps per minute over the last few steps, or null while not running. */
  readonly cadenceSpm: number | null;
  /** Lean beyond baseline, degrees (null until the baseline is ready). */
  readonly leanDeg: number | null;
  readonly baselineReady: boolean;
  readonly baselineCadenceSpm: number | null;
}
