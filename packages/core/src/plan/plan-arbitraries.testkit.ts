import fc from 'fast-check';
import { EQUIPMENT } from '../catalogue/types';
import { RED_FLAG_IDS } from '../screening/types';
import type { RedFlagAnswers, SelfTestResults } from '../screening/types';
import { dateAddDays } from './dates';
import { WEEKDAYS } from './types';
import type { PlanInput } from './types';

export const NO_FLAGS: RedFlagAnswers = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<
  (typeof RED_FLAG_IDS)[number],
  boolean
>;

/** A Monday, so week-day arithmetic in tests is easy to read. */
export const START = '2026-01-05';

/** A typical marathoner with no red flags; override what a test needs. */
export function baseInput(over: Partial<PlanInput> = {}): PlanInput {
  return {
    age: 40,
    sex: 'female',
    redFlags: NO_FLAGS,
    pain: { nowNrs: 2, durationWeeks: 4, radiatesBelowKnee: false, startsAtKm: null },
    selfTests: {},
    running: { runDays: ['tue', 'thu', 'sat', 'sun'], longRunDay: 'sun', weeklyKm: 50, longRunKm: 20 },
    equipment: ['mat'],
    minutesPerDay: 20,
    units: 'km',
    ...over,
  };
}

const lr = (min: number, max: number) =>
  fc.record({ left: fc.integer({ min, max }), right: fc.integer({ min, max }) });

const selfTestsArb: fc.Arbitrary<SelfTestResults> = fc.record(
  {
    thoracicRotationDeg: lr(20, 70),
    modifiedThomasThighDeg: lr(-20, 20),
    activeSlrDeg: lr(40, 100),
    singleLegBridgeS: lr(5, 90),
    bieringSorensenS: fc.integer({ min: 20, max: 240 }),
    trunkFlexorS: fc.integer({ min: 20, max: 240 }),
    sideBridgeS: lr(10, 120),
    plankS: fc.integer({ min: 5, max: 180 }),
    deadBugControlledReps: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

const runningArb = fc
  .record({
    runDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    longIndex: fc.nat(),
    weeklyKm: fc.integer({ min: 5, max: 150 }),
    longShare: fc.double({ min: 0.2, max: 1, noNaN: true }),
    raceInDays: fc.option(fc.integer({ min: -10, max: 100 }), { nil: undefined }),
  })
  .map(({ runDays, longIndex, weeklyKm, longShare, raceInDays }) => ({
    runDays,
    longRunDay: runDays[longIndex % runDays.length] ?? 'sun',
    weeklyKm,
    longRunKm: Math.max(1, Math.round(weeklyKm * longShare)),
    ...(raceInDays === undefined ? {} : { race: { date: dateAddDays(START, raceInDays), distanceKm: 21.1 } }),
  }));

/** Any valid plan input without red flags (so a plan is always built). */
export const planInputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    age: fc.integer({ min: 20, max: 55 }),
    selfTests: selfTestsArb,
    running: runningArb,
    equipment: fc.subarray([...EQUIPMENT]),
    minutesPerDay: fc.integer({ min: 5, max: 60 }),
    units: fc.constantFrom('km' as const, 'mi' as const),
    startsAtKm: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    radiates: fc.boolean(),
  })
  .map((r) =>
    baseInput({
      age: r.age,
      selfTests: r.selfTests,
      running: r.running,
      equipment: r.equipment,
      minutesPerDay: r.minutesPerDay,
      units: r.units,
      pain: { nowNrs: 3, durationWeeks: 3, radiatesBelowKnee: r.radiates, startsAtKm: r.startsAtKm },
    }),
  );
