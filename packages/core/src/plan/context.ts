import type { Equipment } from '../catalogue/types';
import type { DriverId, Finding } from '../screening/types';
import { dateAddDays, dateDiffDays, weekdayOf } from './dates';
import type { PhaseId, PlanInput, RunSlot } from './types';

/** Everything the weekly scheduler needs, derived once from the input and the findings. */
export interface PlanContext {
  readonly input: PlanInput;
  readonly startDate: string;
  readonly drivers: ReadonlySet<DriverId>;
  readonly marked: ReadonlySet<DriverId>;
  readonly owned: readonly Equipment[];
  readonly budgetS: number;
  /** Nerve-root signs: keep to non-hard exercises until a clinician has assessed. */
  readonly noHard: boolean;
  readonly easyRunKm: number;
  /** Race date inside or after the plan window, else null. */
  readonly raceDate: string | null;
  readonly coreStartHoldS: number;
}

export const PLAN_WEEKS = 12;
/** Days before a race over which strength volume is reduced. */
export const TAPER_DAYS = 10;
/** No hard strength in the last days before a race (beyond the 24 h rule). */
export const RACE_NO_HARD_DAYS = 4;
/** Days after a race with no hard strength and no core. */
export const RACE_RECOVERY_DAYS = 2;

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function planContext(input: PlanInput, findings: readonly Finding[], startDate: string): PlanContext {
  const runs = input.running.runDays.length;
  const rest = input.running.weeklyKm - input.running.longRunKm;
  const easyRunKm = runs > 1 ? Math.max(1, round1(rest / (runs - 1))) : input.running.longRunKm;
  const race = input.running.race;
  const raceDate = race && dateDiffDays(startDate, race.date) >= 0 ? race.date : null;
  const plank = input.selfTests.plankS;
  const coreStartHoldS = plank === undefined ? 20 : plank < 30 ? 15 : plank < 60 ? 20 : 30;
  return {
    input,
    startDate,
    drivers: new Set(findings.map((f) => f.driver)),
    marked: new Set(findings.filter((f) => f.severity === 'marked').map((f) => f.driver)),
    owned: input.equipment,
    budgetS: input.minutesPerDay * 60,
    noHard: input.pain.radiatesBelowKnee,
    easyRunKm,
    raceDate,
    coreStartHoldS,
  };
}

/** What the scheduler needs to know about one calendar day. */
export interface DayShape {
  readonly date: string;
  readonly index: number;
  readonly run: Omit<RunSlot, 'cues' | 'tapeSuggested'> | null;
  /** Long run or race today or tomorrow, the last days before a race, or just after it: no hard strength. */
  readonly hardForbidden: boolean;
  /** Day of or just after a race: mobility and stretching only. */
  readonly recovery: boolean;
  /** Within TAPER_DAYS before the race. */
  readonly taper: boolean;
}

function runOn(ctx: PlanContext, date: string): DayShape['run'] {
  const { running } = ctx.input;
  const toRace = ctx.raceDate === null ? null : dateDiffDays(date, ctx.raceDate);
  if (toRace === 0 && running.race) return { kind: 'race', distanceKm: running.race.distanceKm };
  const wd = weekdayOf(date);
  if (!running.runDays.includes(wd)) return null;
  const isLong = wd === running.longRunDay && !(toRace !== null && toRace > 0 && toRace < 7);
  return isLong
    ? { kind: 'long', distanceKm: running.longRunKm }
    : { kind: 'easy', distanceKm: ctx.easyRunKm };
}

const bigRun = (run: DayShape['run']): boolean => run !== null && run.kind !== 'easy';

/** The seven day shapes of plan week `week` (1-based). */
export function weekShape(ctx: PlanContext, week: number): DayShape[] {
  return Array.from({ length: 7 }, (_, index) => {
    const date = dateAddDays(ctx.startDate, (week - 1) * 7 + index);
    const run = runOn(ctx, date);
    const tomorrow = runOn(ctx, dateAddDays(date, 1));
    const toRace = ctx.raceDate === null ? null : dateDiffDays(date, ctx.raceDate);
    const taper = toRace !== null && toRace > 0 && toRace <= TAPER_DAYS;
    const recovery = toRace !== null && toRace <= 0 && toRace >= -RACE_RECOVERY_DAYS;
    const nearRace = toRace !== null && toRace > 0 && toRace <= RACE_NO_HARD_DAYS;
    const hardForbidden = bigRun(run) || bigRun(tomorrow) || nearRace || recovery;
    return { date, index, run, hardForbidden, recovery, taper };
  });
}

/** Base phase by week number; taper and recovery weeks override around a race. */
export function phaseOfWeek(ctx: PlanContext, week: number): PhaseId {
  const shapes = weekShape(ctx, week);
  if (ctx.raceDate !== null) {
    const raceDate = ctx.raceDate;
    if (shapes.some((d) => d.taper || d.date === raceDate)) return 'taper';
    if (
      shapes.some((d) => {
        const after = dateDiffDays(raceDate, d.date);
        return after > 0 && after <= 7;
      })
    )
      return 'recovery';
  }
  return week <= 4 ? 'foundation' : week <= 8 ? 'build' : 'consolidate';
}
