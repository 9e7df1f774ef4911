import type { Rng } from './rng';
import { rngGaussian, rngUniform } from './rng';

export const RUN_KINDS = [
  'steady',
  'long',
  'progression',
  'intervals',
  'fartlek',
  'hilly',
  'stop-start',
] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** Which sensors the simulated watch had: strap/pod dynamics, wrist cadence only, or GPS and HR only. */
export const CHANNEL_SETS = ['dynamics', 'wrist-cadence', 'gps-hr'] as const;
export type ChannelSet = (typeof CHANNEL_SETS)[number];

/** A runner's fresh mechanics at a reference speed, and how they scale with speed and grade. */
export interface RunnerProfile {
  /** Easy running speed, m/s. */
  readonly easySpeedMps: number;
  /** Cadence at easy speed, steps/min. */
  readonly cadenceSpm: number;
  /** Ground contact time at easy speed, ms. */
  readonly contactMs: number;
  /** Vertical oscillation at easy speed, mm. */
  readonly oscillationMm: number;
  /** Elasticities d ln(y) / d ln(speed). */
  readonly cadenceSpeedExp: number;
  readonly contactSpeedExp: number;
  readonly oscillationSpeedExp: number;
  readonly restHr: number;
  readonly maxHr: number;
}

/** How form changes after the onset, at equal speed and grade, when fully developed (fractions). */
export interface FatigueEffect {
  readonly contactChange: number;
  readonly cadenceChange: number;
  readonly oscillationChange: number;
  /** Pace fade (fraction of speed lost) once fatigue is fully developed. */
  readonly speedFade: number;
  /** Distance over which the change develops, m. */
  readonly rampM: number;
}

export interface RunSpec {
  readonly kind: RunKind;
  readonly channels: ChannelSet;
  readonly distanceM: number;
  /** Where form starts to give way, m from the start; null or absent for a run that holds form. */
  readonly onsetDistanceM?: number | null;
  readonly runner?: RunnerProfile;
  readonly fatigue?: FatigueEffect;
  /** Multiplies the planned pace (1.1 = 10 % faster than the runner's easy speed); default 1. */
  readonly paceFactor?: number;
  /** Heart-rate drift from heat or dehydration, bpm per hour (0 = cool day). */
  readonly hrDriftBpmPerHour?: number;
  /** UTC start, ms since epoch. */
  readonly startTimeMs?: number;
}

/** A plausible recreational runner, drawn from population ranges. */
export function simulateRunner(rng: Rng): RunnerProfile {
  const easySpeedMps = rngUniform(rng, 2.6, 3.6);
  return {
    easySpeedMps,
    cadenceSpm: 162 + 6 * (easySpeedMps - 2.6) + 5 * rngGaussian(rng),
    contactMs: 265 - 25 * (easySpeedMps - 2.6) + 12 * rngGaussian(rng),
    oscillationMm: 88 + 8 * rngGaussian(rng),
    cadenceSpeedExp: rngUniform(rng, 0.25, 0.4),
    contactSpeedExp: -rngUniform(rng, 0.6, 0.8),
    oscillationSpeedExp: rngUniform(rng, 0.0, 0.2),
    restHr: rngUniform(rng, 45, 60),
    maxHr: rngUniform(rng, 178, 195),
  };
}

/** A fatigue pattern in the ranges reported for long runs (Chan-Roper et al. 2012; Apte et al. 2021). */
export function simulateFatigue(rng: Rng): FatigueEffect {
  const sign = rng() < 0.7 ? -1 : 1;
  return {
    contactChange: rngUniform(rng, 0.05, 0.1),
    cadenceChange: sign * rngUniform(rng, 0.025, 0.04),
    oscillationChange: (rng() < 0.5 ? -1 : 1) * rngUniform(rng, 0.04, 0.08),
    speedFade: rngUniform(rng, 0.0, 0.08),
    rampM: rngUniform(rng, 300, 1200),
  };
}
