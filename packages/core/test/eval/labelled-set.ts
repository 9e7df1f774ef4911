import type { ChannelSet, RunKind, RunSpec } from '../../src/simulate/index';
import { CHANNEL_SETS, RUN_KINDS, rngFromSeed, rngUniform } from '../../src/simulate/index';
import { runPlanFor } from '../../src/analysis/options';

/** One labelled case: a run spec and the seed its simulation uses. */
export interface LabelledCase {
  readonly id: string;
  readonly spec: RunSpec;
  readonly seed: number;
}

const DISTANCE_KM: Record<RunKind, readonly [number, number]> = {
  steady: [8, 16],
  long: [18, 36],
  progression: [10, 18],
  intervals: [8, 14],
  fartlek: [8, 14],
  hilly: [10, 20],
  'stop-start': [8, 16],
};

/** Kinds whose cases carry a breakdown half of the time; deliberate pace-change kinds never do. */
const ONSET_KINDS: readonly RunKind[] = ['steady', 'long', 'hilly', 'stop-start'];

/**
 * Onset drawn after the fresh section (at least 1 km after it), at 45–85 % of the run and at least
 * 2 km before the end: the detector needs a fresh section to compare with and about 2 km of run after
 * the onset to see the change develop and persist (docs/analysis.md, "What it cannot tell").
 */
function onsetFor(distanceM: number, rng: () => number): number {
  const low = Math.max(runPlanFor(distanceM).freshEndM + 1000, 0.45 * distanceM);
  const high = Math.max(low, Math.min(0.85 * distanceM, distanceM - 2000));
  return Math.round(rngUniform(rng, low, high));
}

/**
 * A labelled set: `perCell` runs for every run kind × channel set, all derived from `seed`. The repo's
 * tests and tuning use seed 1; held-out evaluation uses other seeds given on the command line.
 */
export function labelledSet(seed: number, perCell: number): LabelledCase[] {
  const rng = rngFromSeed(seed);
  const cases: LabelledCase[] = [];
  for (const kind of RUN_KINDS) {
    for (const channels of CHANNEL_SETS) {
      for (let i = 0; i < perCell; i += 1) {
        const [lowKm, highKm] = DISTANCE_KM[kind];
        const distanceM = Math.round(rngUniform(rng, lowKm, highKm) * 1000);
        const withOnset = ONSET_KINDS.includes(kind) && i % 2 === 0;
        const spec: RunSpec = {
          kind,
          channels,
          distanceM,
          onsetDistanceM: withOnset ? onsetFor(distanceM, rng) : null,
          hrDriftBpmPerHour: rngUniform(rng, 0, 12),
        };
        const caseSeed = Math.floor(rng() * 2 ** 31);
        cases.push({ id: `${kind}/${channels}/${i}`, spec, seed: caseSeed });
      }
    }
  }
  return cases;
}

export type { ChannelSet, RunKind };
