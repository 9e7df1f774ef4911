import { chainStep, exerciseById } from '../catalogue/catalogue';
import { buildProgramme } from '../plan/build-programme';
import { PLAN_WEEKS, planContext, weekShape } from '../plan/context';
import { dateAddDays } from '../plan/dates';
import type { PlanInput, Programme } from '../plan/types';
import { RED_FLAGS } from '../screening/red-flags';
import type { SourceId } from '../screening/sources';
import { adaptWeeks } from './apply';
import type { Deload, Swap } from './apply';
import { ADAPTATION_RULES as R, checkInEasyAndPainFree, checkInOverLimit } from './rules';
import type { AdaptationResult, CheckIn, PlanChange } from './types';

const PAIN_SOURCES: readonly SourceId[] = ['silbernagel-2007'];

/** Input with every red flag answered yes at any check-in turned on. */
function withCheckInFlags(
  input: PlanInput,
  checkIns: readonly CheckIn[],
): { input: PlanInput; newFlags: string[] } {
  const redFlags = { ...input.redFlags };
  const newFlags: string[] = [];
  for (const c of checkIns) {
    for (const f of RED_FLAGS) {
      if (c.redFlags?.[f.id] === true && !redFlags[f.id]) {
        redFlags[f.id] = true;
        newFlags.push(f.id);
      }
    }
  }
  return { input: { ...input, redFlags }, newFlags };
}

/** Exercise ids of the core and strength work a check-in refers to, as they stand now. */
function exercisesOf(programme: Programme, c: CheckIn, current: (id: string) => string): string[] {
  if (c.kind === 'run') return [];
  const day = programme.plan?.weeks.flatMap((w) => w.days).find((d) => d.date === c.date);
  const sessions = (day?.sessions ?? []).filter((s) => (c.sessionId === null ? true : s.id === c.sessionId));
  const ids = sessions.flatMap((s) =>
    s.kind === 'core' || s.kind === 'strength' ? s.items.map((i) => i.exerciseId) : [],
  );
  return [...new Set(ids.map(current))];
}

interface State {
  readonly swaps: Swap[];
  readonly deloads: Deload[];
  readonly changes: PlanChange[];
  readonly streak: Map<string, number>;
  readonly overLimitDates: string[];
  readonly map: Map<string, string>;
}

function swap(
  state: State,
  c: CheckIn,
  ids: { from: string; to: string; kind: 'regress' | 'progress' },
): void {
  state.swaps.push({ afterDate: c.date, fromId: ids.from, toId: ids.to });
  for (const [orig, now] of state.map) if (now === ids.from) state.map.set(orig, ids.to);
  if (!state.map.has(ids.from)) state.map.set(ids.from, ids.to);
  const name = (id: string): string => exerciseById(id)?.name ?? id;
  const reason =
    ids.kind === 'regress'
      ? `Pain above ${R.painLimitNrs}/10 or worse next morning after ${name(ids.from)}: step back to ${name(ids.to)}.`
      : `${name(ids.from)} was easy and pain-free ${R.progressAfter} times in a row: step up to ${name(ids.to)}.`;
  state.changes.push({
    kind: ids.kind,
    date: c.date,
    fromDate: c.date,
    fromExerciseId: ids.from,
    toExerciseId: ids.to,
    reason,
    sources: PAIN_SOURCES,
  });
}

function deload(state: State, c: CheckIn, reason: string): void {
  state.deloads.push({ afterDate: c.date, untilDate: dateAddDays(c.date, R.deloadDays) });
  state.changes.push({
    kind: 'deload',
    date: c.date,
    fromDate: c.date,
    fromExerciseId: null,
    toExerciseId: null,
    reason,
    sources: PAIN_SOURCES,
  });
}

function applyCheckIn(state: State, programme: Programme, c: CheckIn): void {
  const owned = programme.input.equipment;
  const current = (id: string): string => state.map.get(id) ?? id;
  const ids = exercisesOf(programme, c, current);
  if (checkInOverLimit(c)) {
    for (const id of ids) state.streak.set(id, 0);
    const recent = state.overLimitDates.filter((d) => d > dateAddDays(c.date, -R.deloadWindowDays));
    state.overLimitDates.push(c.date);
    const stuck = ids.filter((id) => chainStep(id, -1, owned) === id);
    for (const id of ids) {
      const to = chainStep(id, -1, owned);
      if (to !== id) swap(state, c, { from: id, to, kind: 'regress' });
    }
    if (c.kind === 'run' || recent.length > 0 || stuck.length > 0) {
      const why =
        c.kind === 'run'
          ? 'Back pain above the limit on a run'
          : recent.length > 0
            ? 'A second over-limit check-in within a week'
            : 'Over the pain limit with nothing easier to step back to';
      deload(
        state,
        c,
        `${why}: strength and core sets are halved for ${R.deloadDays} days. If running keeps hurting, see a physiotherapist.`,
      );
    }
    return;
  }
  if (!checkInEasyAndPainFree(c)) {
    for (const id of ids) state.streak.set(id, 0);
    return;
  }
  for (const id of ids) {
    const n = (state.streak.get(id) ?? 0) + 1;
    state.streak.set(id, n);
    if (n < R.progressAfter) continue;
    state.streak.set(id, 0);
    const to = chainStep(id, 1, owned);
    const blocked = programme.input.pain.radiatesBelowKnee && exerciseById(to)?.hard === true;
    if (to !== id && !blocked) swap(state, c, { from: id, to, kind: 'progress' });
  }
}

function hardAllowedDates(programme: Programme): Set<string> {
  const ctx = planContext(programme.input, programme.findings, programme.startDate);
  const ok = new Set<string>();
  if (ctx.noHard) return ok;
  for (let w = 1; w <= PLAN_WEEKS; w++)
    for (const d of weekShape(ctx, w)) if (!d.hardForbidden) ok.add(d.date);
  return ok;
}

/**
 * Adapts a programme to the runner's check-ins (rules in ADAPTATION_RULES, after Silbernagel 2007).
 * Always rebuilds from `programme.input`, so passing an already adapted programme with the full
 * check-in history gives the same result. A red flag answered yes at any check-in stops the plan.
 * @example adaptProgramme(programme, [{ date, kind: 'session', sessionId: null, status: 'done', painDuringNrs: 7, painAfterNrs: 6, nextMorning: 'worse', effortRpe: 6 }])
 */
export function adaptProgramme(programme: Programme, checkIns: readonly CheckIn[]): AdaptationResult {
  const sorted = [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const flagged = withCheckInFlags(programme.input, sorted);
  const base = buildProgramme(flagged.input, { startDate: programme.startDate });
  if (flagged.newFlags.length > 0) {
    const at =
      sorted.find((c) => Object.values(c.redFlags ?? {}).some((v) => v))?.date ?? programme.startDate;
    const change: PlanChange = {
      kind: 'stop-and-refer',
      date: at,
      fromDate: at,
      fromExerciseId: null,
      toExerciseId: null,
      reason: `New warning sign at a check-in (${flagged.newFlags.join(', ')}): stop the programme and follow the referral advice.`,
      sources: ['nice-ng59', 'bmj-ces-2009'],
    };
    return { programme: { ...base, plan: null, cuePlan: null, tapeGuide: null }, changes: [change] };
  }
  if (base.plan === null) return { programme: base, changes: [] };
  const state: State = {
    swaps: [],
    deloads: [],
    changes: [],
    streak: new Map(),
    overLimitDates: [],
    map: new Map(),
  };
  for (const c of sorted) applyCheckIn(state, base, c);
  const hardOk = hardAllowedDates(base);
  const weeks = adaptWeeks(base.plan.weeks, {
    swaps: state.swaps,
    deloads: state.deloads,
    budgetS: base.input.minutesPerDay * 60,
    hardOkOn: (d) => hardOk.has(d),
  });
  return { programme: { ...base, plan: { ...base.plan, weeks } }, changes: state.changes };
}
