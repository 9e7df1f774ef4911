import { CORE_EXERCISES } from './exercises-core';
import { HIP_EXERCISES } from './exercises-hips';
import { LENGTHENING_EXERCISES } from './exercises-lengthening';
import { MOBILITY_EXERCISES } from './exercises-mobility';
import { TRUNK_EXERCISES } from './exercises-trunk';
import type { Equipment, Exercise } from './types';

/** The whole catalogue, in a fixed order (warm-up and mobility, core, trunk, hips, lengthening). */
export const EXERCISES: readonly Exercise[] = [
  ...MOBILITY_EXERCISES,
  ...CORE_EXERCISES,
  ...TRUNK_EXERCISES,
  ...HIP_EXERCISES,
  ...LENGTHENING_EXERCISES,
];

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id, or undefined. */
export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** True when every piece of equipment the exercise needs is in `owned`. */
export function exerciseAvailable(exercise: Exercise, owned: readonly Equipment[]): boolean {
  return exercise.equipment.every((e) => owned.includes(e));
}

/**
 * Walks a chain `steps` links from `id` (positive = progressions, negative = regressions), stopping
 * at the chain's end or before an exercise needing equipment the runner lacks.
 * @example chainStep('glute-bridge', 2, []) // 'single-leg-bridge'
 */
export function chainStep(id: string, steps: number, owned: readonly Equipment[]): string {
  let current = id;
  for (let i = 0; i < Math.abs(steps); i++) {
    const ex = BY_ID.get(current);
    const nextId = ex ? (steps > 0 ? ex.progressionId : ex.regressionId) : null;
    const next = nextId === null ? undefined : BY_ID.get(nextId);
    if (!next || !exerciseAvailable(next, owned)) break;
    current = next.id;
  }
  return current;
}
