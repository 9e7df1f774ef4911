import type { OnsetPrediction, RunAnalysis } from './types';

/** Runs with a verdict (detected or none) needed for a prediction. */
export const PREDICT_MIN_RUNS = 3;

interface Observation {
  readonly distanceM: number;
  /** True when form broke down at `distanceM`; false when the run ended there with form intact. */
  readonly event: boolean;
}

function observationsOf(history: readonly RunAnalysis[]): Observation[] {
  return history.flatMap((a): Observation[] => {
    const { status, onsetDistanceM } = a.formBreakdown;
    const total = a.freshSummary?.totalDistanceM ?? null;
    if (status === 'detected' && onsetDistanceM !== null) return [{ distanceM: onsetDistanceM, event: true }];
    if (status === 'none' && total !== null) return [{ distanceM: total, event: false }];
    return [];
  });
}

/** Kaplan–Meier survival of "form still intact" over distance: [distance, S(distance)] steps. */
function survivalSteps(observations: readonly Observation[]): [number, number][] {
  const sorted = [...observations].sort(
    (a, b) => a.distanceM - b.distanceM || Number(b.event) - Number(a.event),
  );
  let atRisk = sorted.length;
  let survival = 1;
  const steps: [number, number][] = [];
  for (const o of sorted) {
    if (o.event) {
      survival *= 1 - 1 / atRisk;
      steps.push([o.distanceM, survival]);
    }
    atRisk -= 1;
  }
  return steps;
}

function quantile(steps: readonly [number, number][], share: number): number | null {
  const hit = steps.find(([, s]) => s <= 1 - share);
  return hit ? Math.round(hit[0]) : null;
}

/**
 * Predicts where form is likely to break on a run of `plannedDistanceM`, from earlier analyses: runs
 * with a detected onset count as breakdowns at that distance, runs with status 'none' as "held to the
 * end" (censored), in a Kaplan–Meier estimate over distance. The median is the prediction and the
 * quartiles the range. Needs at least 3 runs with a verdict (insufficient-data runs are ignored); null
 * otherwise. onsetDistanceM is null when fewer than half the runs broke down over the distances seen,
 * i.e. the history shows no breakdown to expect up to the planned distance or beyond what it covers.
 * @example predictOnset(analyses, 42195) // { onsetDistanceM: 31800, lowM: 28400, highM: 35100, basis: {...} }
 */
export function predictOnset(
  history: readonly RunAnalysis[],
  plannedDistanceM: number,
): OnsetPrediction | null {
  const observations = observationsOf(history);
  if (observations.length < PREDICT_MIN_RUNS || !(plannedDistanceM > 0)) return null;
  const steps = survivalSteps(observations);
  const held = observations.filter((o) => !o.event).map((o) => o.distanceM);
  const median = quantile(steps, 0.5);
  return {
    onsetDistanceM: median !== null && median <= plannedDistanceM ? median : null,
    lowM: quantile(steps, 0.25),
    highM: quantile(steps, 0.75),
    basis: {
      runs: observations.length,
      breakdowns: steps.length,
      longestHeldM: held.length ? Math.round(Math.max(...held)) : null,
      method: 'kaplan-meier',
    },
  };
}
