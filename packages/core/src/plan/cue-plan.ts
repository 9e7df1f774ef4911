import { planCueDistances } from '../cues/plan';
import { METERS_PER_MILE } from '../cues/types';
import type { CuePlan, CuePoint, PlanInput } from './types';

/** The "string to the sky" reset, in Upright's words. */
export const POSTURE_RESET_CUE =
  'String to the sky: grow tall from the crown of your head, chin level, shoulders down, soft ribs.';

/** The cue settings for this runner: every 2 km or every mile, denser from where their pain starts. */
export function cuePlanFor(input: PlanInput): CuePlan {
  const intervalKm = input.units === 'mi' ? METERS_PER_MILE / 1000 : 2;
  return {
    units: input.units,
    intervalKm,
    denseFromKm: input.pain.startsAtKm,
    denseIntervalKm: intervalKm / 2,
    cue: POSTURE_RESET_CUE,
  };
}

/**
 * Cue distances for one run of `distanceKm`, via the live cue scheduler's planner (core/cues) so the
 * plan and the run coach agree. Distances in km, rounded to metres.
 * @example runCues(cuePlanFor(input), 10) // resets at 2, 4, 6, 8, 10 km (denser after pain start)
 */
export function runCues(plan: CuePlan, distanceKm: number): CuePoint[] {
  const result = planCueDistances(
    {
      interval: { kind: plan.units === 'mi' ? 'mile' : 'two-km' },
      predictedOnsetM: null,
      painStartM: plan.denseFromKm === null ? null : plan.denseFromKm * 1000,
    },
    distanceKm * 1000,
  );
  if (!result.ok) return [];
  return result.value.map((c) => ({
    atKm: Math.round(c.distanceM) / 1000,
    kind: c.kind === 'dense-reset' ? 'dense-reset' : 'posture-reset',
  }));
}
