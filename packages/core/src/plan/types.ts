import type { Dose, Equipment } from '../catalogue/types';
import type { DriverId, Finding, Referral, ScreeningAnswers } from '../screening/types';
import type { TapeGuide } from '../tape/types';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface RunningWeek {
  /** Days the runner runs, `mon`…`sun`, each at most once. */
  readonly runDays: readonly Weekday[];
  /** Must be one of runDays. */
  readonly longRunDay: Weekday;
  /** Usual weekly distance, km. */
  readonly weeklyKm: number;
  /** Usual long run, km (at most weeklyKm). */
  readonly longRunKm: number;
  /** A goal race: ISO date and distance in km. */
  readonly race?: { readonly date: string; readonly distanceKm: number } | undefined;
}

/** The plan input document (`upright plan --schema`). All distances are km; `units` is for display and cues. */
export interface PlanInput extends ScreeningAnswers {
  readonly running: RunningWeek;
  readonly equipment: readonly Equipment[];
  /** Time available for back care per day, minutes, not counting the run itself. */
  readonly minutesPerDay: number;
  readonly units: 'km' | 'mi';
}

export interface PlanOptions {
  /** First day of the plan, ISO date `YYYY-MM-DD`, chosen by the caller (core reads no clock). */
  readonly startDate: string;
}

export type SessionKind = 'pre-run' | 'post-run' | 'core' | 'strength' | 'mobility';

export interface PlanItem {
  readonly exerciseId: string;
  readonly dose: Dose;
  /** Time this item takes at its dose, seconds (includes a 15 s set-up). */
  readonly durationS: number;
  /** The finding this item serves, or `base` for what every runner gets. */
  readonly reason: DriverId | 'base';
}

export interface Session {
  /** Stable id within a plan: `${date}/${kind}`; check-ins refer to it. */
  readonly id: string;
  readonly kind: SessionKind;
  readonly timing: 'before-run' | 'after-run' | 'any-time';
  /** Contains hard strength work (see Exercise.hard). */
  readonly hard: boolean;
  readonly items: readonly PlanItem[];
  readonly durationS: number;
}

export interface CuePoint {
  /** Distance from the start of the run, km. */
  readonly atKm: number;
  readonly kind: 'posture-reset' | 'dense-reset';
}

export interface RunSlot {
  readonly kind: 'easy' | 'long' | 'race';
  /** Estimated distance, km, from the runner's usual week. */
  readonly distanceKm: number;
  readonly cues: readonly CuePoint[];
  /** Offer the optional kinesiology-tape posture reminder (long run and race days, when tape is owned). */
  readonly tapeSuggested: boolean;
}

export interface PlanDay {
  readonly date: string;
  readonly weekday: Weekday;
  readonly run: RunSlot | null;
  readonly sessions: readonly Session[];
  /** Sum of session durations, seconds; never above minutesPerDay × 60. */
  readonly totalS: number;
}

export type PhaseId = 'foundation' | 'build' | 'consolidate' | 'taper' | 'recovery';

export interface PlanWeek {
  /** 1…12. */
  readonly number: number;
  readonly phase: PhaseId;
  readonly startDate: string;
  /** The anti-movement core hold target this week, seconds (builds to 45). */
  readonly coreHoldS: number;
  readonly days: readonly PlanDay[];
}

export interface Phase {
  readonly id: PhaseId;
  readonly name: string;
  readonly weeks: readonly number[];
  readonly goal: string;
}

export interface PlanWarning {
  readonly code: 'CORE_SESSIONS_SHORT' | 'STRENGTH_SESSIONS_SHORT' | 'RACE_BEFORE_START' | 'RACE_AFTER_PLAN';
  readonly message: string;
  readonly week: number | null;
}

export interface Plan {
  readonly weeks: readonly PlanWeek[];
  readonly phases: readonly Phase[];
  readonly warnings: readonly PlanWarning[];
}

/** The run cue settings the per-run cue lists come from. */
export interface CuePlan {
  readonly units: 'km' | 'mi';
  /** Base reset interval, km (2, or 1.609344 for a mile). */
  readonly intervalKm: number;
  /** Where resets become denser (the runner's pain-start distance), km; null if none. */
  readonly denseFromKm: number | null;
  readonly denseIntervalKm: number;
  /** The reset, in words. */
  readonly cue: string;
}

export interface Programme {
  readonly schemaVersion: 1;
  readonly startDate: string;
  /** The validated input this programme was built from (adaptation rebuilds from it). */
  readonly input: PlanInput;
  readonly referral: Referral;
  readonly findings: readonly Finding[];
  /** Null at `emergency` or `urgent` referral. */
  readonly plan: Plan | null;
  /** Null when there is no plan. */
  readonly cuePlan: CuePlan | null;
  /** Null when there is no plan. Offered whatever the equipment; suggested on days only when tape is owned. */
  readonly tapeGuide: TapeGuide | null;
}
