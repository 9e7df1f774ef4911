import { rngFromSeed, simulateRun, simulateRunner, type Activity, type RunnerProfile } from '@upright/core';

const DAY_MS = 86_400_000;

export interface DemoRun {
  readonly name: string;
  readonly activity: Activity;
}

/** One planned demo run: when, how far, and where form gives way (null = it holds). */
interface DemoRunPlan {
  readonly dayMs: number;
  readonly kind: 'steady' | 'long';
  readonly distanceM: number;
  readonly onsetDistanceM: number | null;
}

/**
 * The demo history: three runs a week (Tue, Thu easy; Sun long) over `weeks` weeks from the Monday
 * `firstMondayMs`, up to `nowMs`. Long-run breakdown moves later as the programme works (from ~9 km to
 * holding to the end); easy runs mostly hold. Seeded: the same dates give the same runs.
 */
export function demoRunPlans(firstMondayMs: number, weeks: number, nowMs: number): DemoRunPlan[] {
  const plans: DemoRunPlan[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = firstMondayMs + w * 7 * DAY_MS;
    const longM = 14_000 + Math.min(w, 6) * 500;
    const onset = 9_000 + w * 900;
    plans.push(
      { dayMs: monday + 1 * DAY_MS, kind: 'steady', distanceM: 7_000, onsetDistanceM: w < 3 ? 5_500 : null },
      { dayMs: monday + 3 * DAY_MS, kind: 'steady', distanceM: 8_000, onsetDistanceM: w < 2 ? 6_000 : null },
      {
        dayMs: monday + 6 * DAY_MS,
        kind: 'long',
        distanceM: longM,
        onsetDistanceM: onset < longM - 1_500 ? onset : null,
      },
    );
  }
  return plans.filter((p) => p.dayMs + 7 * 3_600_000 < nowMs);
}

export function demoRunner(): RunnerProfile {
  return simulateRunner(rngFromSeed(20_260_101));
}

/** Simulates one planned run at 07:00 UTC on its day. */
export function demoRun(plan: DemoRunPlan, runner: RunnerProfile): DemoRun {
  const startTimeMs = plan.dayMs + 7 * 3_600_000;
  const seed = Math.floor(startTimeMs / DAY_MS);
  const sim = simulateRun(
    {
      kind: plan.kind,
      channels: 'dynamics',
      distanceM: plan.distanceM,
      onsetDistanceM: plan.onsetDistanceM,
      runner,
      startTimeMs,
      hrDriftBpmPerHour: plan.kind === 'long' ? 4 : 1,
    },
    rngFromSeed(seed),
  );
  const day = new Date(startTimeMs).toISOString().slice(0, 10);
  return {
    name: `demo-${day}-${plan.kind === 'long' ? 'long-run' : 'easy-run'}.fit`,
    activity: sim.activity,
  };
}
