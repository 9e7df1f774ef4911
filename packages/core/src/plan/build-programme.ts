import { referralBlocksPlan } from '../screening/referral';
import { screen } from '../screening/screen';
import { TAPE_GUIDE } from '../tape/tape-guide';
import { PLAN_WEEKS, phaseOfWeek, planContext, weekShape } from './context';
import type { PlanContext } from './context';
import { cuePlanFor, runCues } from './cue-plan';
import { dateDiffDays, weekdayOf } from './dates';
import { scheduleWeek, sessionsOf } from './schedule';
import type { WeekLoad } from './selection';
import type {
  CuePlan,
  Phase,
  PhaseId,
  Plan,
  PlanInput,
  PlanOptions,
  PlanWarning,
  PlanWeek,
  Programme,
} from './types';

const PHASE_TEXT: Readonly<Record<PhaseId, { name: string; goal: string }>> = {
  foundation: {
    name: 'Foundation',
    goal: 'Learn the movements, build core holds toward 3 × 45 s, start each run with cat-cow.',
  },
  build: {
    name: 'Build',
    goal: 'Reach 3 × 45 s core holds and step one link up each strength and mobility chain.',
  },
  consolidate: {
    name: 'Consolidate',
    goal: 'Hold 3 × 45 s, progress the chains again, keep mobility most days.',
  },
  taper: {
    name: 'Taper',
    goal: 'Race coming: fewer strength sets, no hard strength in the last 4 days, keep mobility and cues.',
  },
  recovery: {
    name: 'Recovery',
    goal: 'After the race: easy mobility and stretching first, then core returns at lighter volume.',
  },
};

/** The week's load: chain step, core hold (+5 s a week to 45 s), sets. */
export function weekLoad(ctx: PlanContext, week: number, phase: PhaseId): WeekLoad {
  const coreHoldS = Math.min(45, ctx.coreStartHoldS + 5 * (week - 1));
  const light = phase === 'taper' || phase === 'recovery';
  const baseStep = week <= 4 ? 0 : week <= 8 ? 1 : 2;
  return {
    step: phase === 'recovery' ? Math.max(0, baseStep - 1) : baseStep,
    coreHoldS,
    coreSets: light ? 2 : 3,
    strengthSetCut: phase === 'taper' ? 1 : 0,
  };
}

/** Warns when a normal week could not fit two strength or two core sessions. */
function sessionWarnings(w: {
  week: number;
  phase: PhaseId;
  strengthDays: number;
  coreDays: number;
}): PlanWarning[] {
  const { week, strengthDays, coreDays } = w;
  if (w.phase === 'taper' || w.phase === 'recovery') return [];
  const warnings: PlanWarning[] = [];
  if (strengthDays < 2) {
    const what = strengthDays === 0 ? 'no strength session fits' : 'only one strength session fits';
    warnings.push({
      code: 'STRENGTH_SESSIONS_SHORT',
      week,
      message: `Week ${week}: ${what}; more minutes a day or a day without a run would allow two.`,
    });
  }
  if (coreDays < 2) {
    const what = coreDays === 0 ? 'no core session fits' : 'only one core session fits';
    warnings.push({
      code: 'CORE_SESSIONS_SHORT',
      week,
      message: `Week ${week}: ${what}; more minutes a day would allow two or three.`,
    });
  }
  return warnings;
}

function buildWeek(
  ctx: PlanContext,
  week: number,
  cuePlan: CuePlan,
): { week: PlanWeek; warnings: PlanWarning[] } {
  const phase = phaseOfWeek(ctx, week);
  const load = weekLoad(ctx, week, phase);
  const shapes = weekShape(ctx, week);
  const { drafts, strengthDays, coreDays } = scheduleWeek(ctx, shapes, load);
  const tape = ctx.owned.includes('kinesiology-tape');
  const days = drafts.map((d) => {
    const sessions = sessionsOf(d);
    const run = d.shape.run
      ? {
          ...d.shape.run,
          cues: runCues(cuePlan, d.shape.run.distanceKm),
          tapeSuggested: tape && d.shape.run.kind !== 'easy',
        }
      : null;
    return {
      date: d.shape.date,
      weekday: weekdayOf(d.shape.date),
      run,
      sessions,
      totalS: sessions.reduce((s, x) => s + x.durationS, 0),
    };
  });
  const warnings = sessionWarnings({ week, phase, strengthDays, coreDays });
  return {
    week: {
      number: week,
      phase,
      startDate: shapes[0]?.date ?? ctx.startDate,
      coreHoldS: load.coreHoldS,
      days,
    },
    warnings,
  };
}

function phasesOf(weeks: readonly PlanWeek[]): Phase[] {
  const phases: Phase[] = [];
  for (const w of weeks) {
    const last = phases[phases.length - 1];
    if (last && last.id === w.phase)
      phases[phases.length - 1] = { ...last, weeks: [...last.weeks, w.number] };
    else phases.push({ id: w.phase, ...PHASE_TEXT[w.phase], weeks: [w.number] });
  }
  return phases;
}

function raceWarnings(input: PlanInput, startDate: string): PlanWarning[] {
  const race = input.running.race;
  if (!race) return [];
  const days = dateDiffDays(startDate, race.date);
  if (days < 0)
    return [
      {
        code: 'RACE_BEFORE_START',
        week: null,
        message: `The race on ${race.date} is before the plan starts; it is ignored.`,
      },
    ];
  if (days >= PLAN_WEEKS * 7)
    return [
      {
        code: 'RACE_AFTER_PLAN',
        week: null,
        message: `The race on ${race.date} is after these 12 weeks; rebuild the plan nearer the time for a taper.`,
      },
    ];
  return [];
}

/**
 * Screens the runner and, unless the referral is emergency or urgent, builds the 12-week plan
 * around their running week. Pure and deterministic: the same input and start date give the same
 * programme. The input must already be validated (api-contract `parsePlanInput`).
 * @example buildProgramme(input, { startDate: '2026-01-05' }).plan?.weeks.length // 12
 */
export function buildProgramme(input: PlanInput, options: PlanOptions): Programme {
  const { referral, findings } = screen(input);
  const base = { schemaVersion: 1 as const, startDate: options.startDate, input, referral, findings };
  if (referralBlocksPlan(referral.level)) return { ...base, plan: null, cuePlan: null, tapeGuide: null };
  const ctx = planContext(input, findings, options.startDate);
  const cuePlan = cuePlanFor(input);
  const built = Array.from({ length: PLAN_WEEKS }, (_, i) => buildWeek(ctx, i + 1, cuePlan));
  const weeks = built.map((b) => b.week);
  const plan: Plan = {
    weeks,
    phases: phasesOf(weeks),
    warnings: [...raceWarnings(input, options.startDate), ...built.flatMap((b) => b.warnings)],
  };
  return { ...base, plan, cuePlan, tapeGuide: TAPE_GUIDE };
}
