import type { Rng } from './rng';
import { rngGaussian } from './rng';
import type { FatigueEffect, RunnerProfile } from './spec';

/** An AR(1) noise process: slow wander (natural stride variation, GPS error, sensor drift). */
export interface Wander {
  value: number;
  readonly phi: number;
  readonly sd: number;
}

export function wanderCreate(sd: number, timeConstantS: number): Wander {
  return { value: 0, phi: Math.exp(-1 / timeConstantS), sd };
}

/** Advances one second; the stationary standard deviation stays `sd`. */
export function wanderStep(w: Wander, rng: Rng): number {
  w.value = w.phi * w.value + w.sd * Math.sqrt(1 - w.phi * w.phi) * rngGaussian(rng);
  return w.value;
}

export interface MechanicsInput {
  readonly runner: RunnerProfile;
  readonly speedMps: number;
  readonly grade: number;
  /** 0 = fresh, 1 = fatigue fully developed. */
  readonly fatigueLevel: number;
  readonly fatigue: FatigueEffect;
}

export interface Mechanics {
  readonly cadenceSpm: number;
  readonly stepLengthM: number;
  readonly contactMs: number;
  readonly oscillationMm: number;
}

/**
 * True (noise-free) mechanics at a speed and grade. Power laws in speed follow the shape of treadmill
 * studies (cadence rises slowly with speed, contact time falls); uphill raises cadence and contact time
 * and lowers oscillation.
 */
export function mechanicsAt(input: MechanicsInput): Mechanics {
  const { runner, speedMps, grade, fatigueLevel: f, fatigue } = input;
  const ratio = Math.max(speedMps, 0.5) / runner.easySpeedMps;
  const cadenceSpm =
    runner.cadenceSpm * ratio ** runner.cadenceSpeedExp * (1 + 0.3 * grade) * (1 + f * fatigue.cadenceChange);
  const contactMs =
    runner.contactMs * ratio ** runner.contactSpeedExp * (1 + 1.0 * grade) * (1 + f * fatigue.contactChange);
  const oscillationMm =
    runner.oscillationMm *
    ratio ** runner.oscillationSpeedExp *
    (1 - 1.0 * grade) *
    (1 + f * fatigue.oscillationChange);
  return { cadenceSpm, stepLengthM: (speedMps * 60) / cadenceSpm, contactMs, oscillationMm };
}

/** Steady-state heart rate for an effort, before lag and drift. */
export function heartRateTarget(runner: RunnerProfile, speedMps: number, grade: number): number {
  if (speedMps < 0.5) return runner.restHr + 35;
  const effort = (speedMps / runner.easySpeedMps) * (1 + 4 * grade);
  const share = Math.min(0.97, Math.max(0.4, 0.68 * effort));
  return runner.restHr + (runner.maxHr - runner.restHr) * share;
}
