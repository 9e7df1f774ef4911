import { rngGaussian } from '../simulate/rng';
import { STANDARD_GRAVITY_MPS2 } from './types';
import type { MotionSample } from './types';

/** A forward pelvis tilt that ramps in linearly: the "runner's hunch" arriving. */
export interface SyntheticTilt {
  readonly startS: number;
  readonly rampS: number;
  readonly deg: number;
}

/** A cadence change that ramps in linearly. */
export interface SyntheticCadenceChange {
  readonly startS: number;
  readonly rampS: number;
  readonly toSpm: number;
}

export interface SyntheticTraceOptions {
  readonly durationS: number;
  /** Sample rate; default 100 Hz. */
  readonly rateHz?: number;
  /** Steps per minute; default 160. */
  readonly cadenceSpm?: number;
  /** Peak landing impact above gravity, g; default 2.5. Alternate steps are `asymmetry` weaker. */
  readonly impactG?: number;
  /** Fraction by which every other landing is weaker (a belt sits to one side); default 0.4. */
  readonly asymmetry?: number;
  /** Phone's constant forward pitch in the belt, degrees; default 8. */
  readonly basePitchDeg?: number;
  /** Per-axis white sensor noise, m/s²; default 1. */
  readonly noiseMps2?: number;
  readonly tilt?: SyntheticTilt | null;
  readonly cadenceChange?: SyntheticCadenceChange | null;
}

const ramp = (tS: number, startS: number, rampS: number): number =>
  tS <= startS ? 0 : tS >= startS + rampS ? 1 : (tS - startS) / rampS;

/** Landing pulse shape over one step (phase 0..1), zero-mean so the body goes nowhere vertically. */
const PULSE_SD = 0.05;
const PULSE_MEAN = PULSE_SD * Math.sqrt(2 * Math.PI);

/**
 * A synthetic DeviceMotion trace (accelerationIncludingGravity, m/s²) for a phone upright in a
 * lower-back belt, screen facing away from the body: y up, z backward, x to the side, so the forward
 * axis is [0, 0, -1]. Each step is a landing impact (Gaussian pulse, alternate steps weaker) with a
 * fore-aft surge and a side sway at stride frequency, plus white noise; an optional forward tilt and
 * cadence change ramp in at known times. Pure: the randomness comes from `rng`.
 * @example motionSyntheticTrace({ durationS: 900, tilt: { startS: 600, rampS: 60, deg: 8 } }, rngFromSeed(1))
 */
export function motionSyntheticTrace(options: SyntheticTraceOptions, rng: () => number): MotionSample[] {
  const rateHz = options.rateHz ?? 100;
  const g = STANDARD_GRAVITY_MPS2;
  const impact = (options.impactG ?? 2.5) * g;
  const asymmetry = options.asymmetry ?? 0.4;
  const noise = options.noiseMps2 ?? 1;
  const basePitch = ((options.basePitchDeg ?? 8) * Math.PI) / 180;
  const out: MotionSample[] = [];
  let stepPhase = 0;
  let stepIndex = 0;
  for (let i = 0; i <= options.durationS * rateHz; i++) {
    const tS = i / rateHz;
    const change = options.cadenceChange ?? null;
    const base = options.cadenceSpm ?? 160;
    const spm = change === null ? base : base + (change.toSpm - base) * ramp(tS, change.startS, change.rampS);
    stepPhase += spm / 60 / rateHz;
    if (stepPhase >= 1) {
      stepPhase -= 1;
      stepIndex++;
    }
    const strength = stepIndex % 2 === 0 ? 1 : 1 - asymmetry;
    const pulse = Math.exp(-((stepPhase - 0.15) ** 2) / (2 * PULSE_SD * PULSE_SD)) - PULSE_MEAN;
    const vertical = impact * strength * pulse;
    const surge = 0.3 * g * Math.sin(2 * Math.PI * stepPhase);
    const sway = 0.2 * g * Math.sin(Math.PI * (stepIndex + stepPhase));
    const tilt = options.tilt ?? null;
    const pitch =
      basePitch + (tilt === null ? 0 : ((tilt.deg * Math.PI) / 180) * ramp(tS, tilt.startS, tilt.rampS));
    // Specific force (g + vertical) up, surge forward, sway sideways, seen by a phone pitched forward.
    const up = g + vertical;
    out.push({
      tS,
      ax: sway + noise * rngGaussian(rng),
      ay: up * Math.cos(pitch) + surge * Math.sin(pitch) + noise * rngGaussian(rng),
      az: up * Math.sin(pitch) - surge * Math.cos(pitch) + noise * rngGaussian(rng),
    });
  }
  return out;
}
