import type { Dose } from './types';

/** Seconds added to every item for getting into position. */
export const SETUP_S = 15;

export const hold = (sets: number, holdS: number, perSide = false, restS = 30): Dose => ({
  kind: 'hold',
  sets,
  holdS,
  perSide,
  restS,
});

export const timed = (sets: number, workS: number, perSide = false, restS = 30): Dose => ({
  kind: 'timed',
  sets,
  workS,
  perSide,
  restS,
});

export function reps(
  sets: number,
  count: number,
  opts: { perSide?: boolean; restS?: number; secondsPerRep?: number } = {},
): Dose {
  return {
    kind: 'reps',
    sets,
    reps: count,
    perSide: opts.perSide ?? false,
    restS: opts.restS ?? 45,
    secondsPerRep: opts.secondsPerRep ?? 4,
  };
}

/** Seconds of work in one set (both sides when `perSide`). */
function setWorkS(dose: Dose): number {
  const one =
    dose.kind === 'hold' ? dose.holdS : dose.kind === 'timed' ? dose.workS : dose.reps * dose.secondsPerRep;
  return dose.perSide ? one * 2 : one;
}

/**
 * Time a dose takes: set-up + sets × work + rests between sets, seconds.
 * @example doseDurationS(hold(3, 45)) // 15 + 135 + 60 = 210
 */
export function doseDurationS(dose: Dose): number {
  return SETUP_S + dose.sets * setWorkS(dose) + Math.max(0, dose.sets - 1) * dose.restS;
}

/** The same dose with a different number of sets (at least 1). */
export function doseWithSets(dose: Dose, sets: number): Dose {
  return { ...dose, sets: Math.max(1, sets) };
}

/** Replaces the hold or work time (ignored for reps doses). */
export function doseWithTimeS(dose: Dose, seconds: number): Dose {
  if (dose.kind === 'hold') return { ...dose, holdS: seconds };
  if (dose.kind === 'timed') return { ...dose, workS: seconds };
  return dose;
}
