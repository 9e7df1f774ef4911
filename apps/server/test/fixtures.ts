import { rngFromSeed, simulateRun, type Activity } from '@upright/core';
import { activityToFit } from '../src/demo/activity-fit';

/** A generated run (seeded, so the same bytes every time) written as a FIT file. */
export function generatedRun(seed: number, distanceM = 5000): { activity: Activity; fit: Uint8Array } {
  const sim = simulateRun(
    {
      kind: 'steady',
      channels: 'dynamics',
      distanceM,
      onsetDistanceM: distanceM * 0.7,
      startTimeMs: Date.UTC(2026, 0, 5, 7) + seed * 86_400_000,
    },
    rngFromSeed(seed),
  );
  return { activity: sim.activity, fit: activityToFit(sim.activity) };
}
