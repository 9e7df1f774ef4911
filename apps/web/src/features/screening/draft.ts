// The onboarding answers as the runner fills them in, and the pure rules the flow follows.
import { RED_FLAGS, RED_FLAG_IDS } from '@upright/core';
import type {
  Equipment,
  PlanInput,
  RedFlag,
  RedFlagId,
  ScreeningAnswers,
  SelfTestResults,
  Sex,
  Weekday,
} from '@upright/core';

export type RedFlagDraft = Partial<Record<RedFlagId, boolean>>;

export interface RunningDraft {
  readonly runDays: readonly Weekday[];
  readonly longRunDay: Weekday;
  readonly weeklyKm: number;
  readonly longRunKm: number;
  readonly raceDate: string;
  readonly raceKm: number | null;
}

export interface Draft {
  readonly name: string;
  readonly age: number | null;
  readonly sex: Sex | null;
  readonly redFlags: RedFlagDraft;
  readonly painNow: number;
  readonly durationWeeks: number;
  readonly radiatesBelowKnee: boolean;
  /** Distance into a run where back pain or fatigue starts, km; null = it does not. */
  readonly startsAtKm: number | null;
  readonly selfTests: SelfTestResults;
  readonly running: RunningDraft;
  readonly equipment: readonly Equipment[];
  readonly minutesPerDay: number;
}

export const EMPTY_DRAFT: Draft = {
  name: '',
  age: null,
  sex: null,
  redFlags: {},
  painNow: 0,
  durationWeeks: 0,
  radiatesBelowKnee: false,
  startsAtKm: null,
  selfTests: {},
  running: {
    runDays: ['tue', 'thu', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 30,
    longRunKm: 14,
    raceDate: '',
    raceKm: null,
  },
  equipment: ['mat'],
  minutesPerDay: 20,
};

/** The first "yes" to an emergency question: the flow stops there at once. */
export function emergencyFlag(flags: RedFlagDraft): RedFlag | null {
  return RED_FLAGS.find((f) => f.level === 'emergency' && flags[f.id] === true) ?? null;
}

/** Every "yes" at the urgent level: no plan may be built, a doctor comes first. */
export function urgentFlags(flags: RedFlagDraft): RedFlag[] {
  return RED_FLAGS.filter((f) => f.level === 'urgent' && flags[f.id] === true);
}

export function allFlagsAnswered(flags: RedFlagDraft): boolean {
  return RED_FLAG_IDS.every((id) => flags[id] !== undefined);
}

/** The answers document for POST /api/screening (null until the required fields are filled). */
export function screeningAnswers(d: Draft): ScreeningAnswers | null {
  if (d.age === null || d.sex === null || !allFlagsAnswered(d.redFlags)) return null;
  const redFlags = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, d.redFlags[id] === true])) as Record<
    RedFlagId,
    boolean
  >;
  return {
    age: d.age,
    sex: d.sex,
    redFlags,
    pain: {
      nowNrs: d.painNow,
      durationWeeks: d.durationWeeks,
      radiatesBelowKnee: d.radiatesBelowKnee,
      startsAtKm: d.startsAtKm,
    },
    selfTests: d.selfTests,
  };
}

/** The plan setup for POST /api/plan/regenerate: the server adds the screening answers. */
export type PlanSetup = Omit<PlanInput, keyof ScreeningAnswers>;

export function planSetup(d: Draft, units: 'km' | 'mi'): PlanSetup {
  const r = d.running;
  const race =
    r.raceDate !== '' && r.raceKm !== null ? { race: { date: r.raceDate, distanceKm: r.raceKm } } : {};
  return {
    running: {
      runDays: r.runDays,
      longRunDay: r.runDays.includes(r.longRunDay)
        ? r.longRunDay
        : (r.runDays[r.runDays.length - 1] ?? 'sun'),
      weeklyKm: r.weeklyKm,
      longRunKm: Math.min(r.longRunKm, r.weeklyKm),
      ...race,
    },
    equipment: d.equipment,
    minutesPerDay: d.minutesPerDay,
    units,
  };
}
