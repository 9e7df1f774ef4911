import { exerciseById } from '../catalogue/catalogue';
import type { DayShape, PlanContext } from './context';
import { corePicks, itemFor, mobilityPicks, postRunPicks, preRunPicks, strengthPicks } from './selection';
import type { WeekLoad } from './selection';
import type { PlanItem, Session, SessionKind } from './types';

/** A day being filled: the candidate items per kind and what has been placed. */
export interface DayDraft {
  readonly shape: DayShape;
  readonly sessions: Map<SessionKind, PlanItem[]>;
  usedS: number;
}

const TIMING: Readonly<Record<SessionKind, Session['timing']>> = {
  'pre-run': 'before-run',
  'post-run': 'after-run',
  core: 'any-time',
  strength: 'any-time',
  mobility: 'any-time',
};

/** How many leading items a session must have to count (pre-run: cat-cow; core and strength: two). */
const REQUIRED: Readonly<Record<SessionKind, number>> = {
  'pre-run': 1,
  'post-run': 1,
  core: 2,
  strength: 2,
  mobility: 1,
};

const sumS = (items: readonly PlanItem[]): number => items.reduce((s, i) => s + i.durationS, 0);

/** Items for a session kind on a day, in priority order. */
function candidates(ctx: PlanContext, kind: SessionKind, day: DayShape, load: WeekLoad): PlanItem[] {
  const opts = { step: load.step, allowHard: !day.hardForbidden && !ctx.noHard };
  const picks =
    kind === 'pre-run'
      ? preRunPicks(ctx)
      : kind === 'post-run'
        ? postRunPicks(ctx)
        : kind === 'core'
          ? corePicks(ctx, load)
          : kind === 'strength'
            ? strengthPicks(ctx, load)
            : mobilityPicks(ctx, day.index);
  return picks.map((p) => itemFor(ctx, p, opts)).filter((i): i is PlanItem => i !== null);
}

/** The required items of a session, or null if they are missing or do not fit the remaining budget. */
function requiredItems(
  ctx: PlanContext,
  draft: DayDraft,
  kind: SessionKind,
  load: WeekLoad,
): PlanItem[] | null {
  const required = candidates(ctx, kind, draft.shape, load).slice(0, REQUIRED[kind]);
  if (required.length < REQUIRED[kind]) return null;
  return draft.usedS + sumS(required) <= ctx.budgetS ? required : null;
}

function place(ctx: PlanContext, draft: DayDraft, kind: SessionKind, load: WeekLoad): boolean {
  const items = requiredItems(ctx, draft, kind, load);
  if (items === null) return false;
  draft.sessions.set(kind, items);
  draft.usedS += sumS(items);
  return true;
}

/** Adds optional items to a placed session while they fit and are not already on the day. */
function extend(ctx: PlanContext, draft: DayDraft, kind: SessionKind, load: WeekLoad): void {
  const items = draft.sessions.get(kind);
  if (!items) return;
  const onDay = new Set([...draft.sessions.values()].flat().map((i) => i.exerciseId));
  for (const item of candidates(ctx, kind, draft.shape, load).slice(REQUIRED[kind])) {
    if (draft.usedS + item.durationS > ctx.budgetS || onDay.has(item.exerciseId)) continue;
    items.push(item);
    onDay.add(item.exerciseId);
    draft.usedS += item.durationS;
  }
}

/** All k-subsets of `xs`, in lexicographic order (k ≤ 3, xs ≤ 7: at most 35). */
function combinations<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return xs.flatMap((x, i) => combinations(xs.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

/** Smallest circular gap between sorted weekday indexes: larger means better spread. */
function spread(indexes: readonly number[]): number {
  if (indexes.length < 2) return 7;
  return Math.min(
    ...indexes.map((a, i) => {
      const b = indexes[i + 1];
      return b === undefined ? 7 - a + (indexes[0] ?? 0) : b - a;
    }),
  );
}

interface Want {
  readonly kind: 'core' | 'strength';
  readonly counts: readonly number[];
  readonly load: WeekLoad;
}

/**
 * Chooses days for a session kind: for each wanted count, the best-spread combination of days that
 * fit (first avoiding days that already have strength or core), preferring days without a run.
 */
function chooseDays(ctx: PlanContext, drafts: readonly DayDraft[], want: Want): DayDraft[] {
  const eligible = drafts.filter(
    (d) =>
      d.shape.run?.kind !== 'long' &&
      d.shape.run?.kind !== 'race' &&
      !d.shape.recovery &&
      (want.kind === 'core' || !d.shape.hardForbidden) &&
      requiredItems(ctx, d, want.kind, want.load) !== null,
  );
  const busy = (d: DayDraft): boolean => d.sessions.has('strength') || d.sessions.has('core');
  for (const k of want.counts) {
    for (const pool of [eligible.filter((d) => !busy(d)), eligible]) {
      const best = combinations(pool, k)
        .map((combo) => ({
          combo,
          spread: spread(combo.map((d) => d.shape.index)),
          runs: combo.filter((d) => d.shape.run !== null).length,
        }))
        .sort((a, b) => b.spread - a.spread || a.runs - b.runs)[0];
      if (best) return best.combo;
    }
  }
  return [];
}

/**
 * Schedules one week: the required part of every session first (pre-run before each run, strength,
 * core, post-run, thoracic mobility), then optional items in the same priority while time remains.
 */
export function scheduleWeek(
  ctx: PlanContext,
  shapes: readonly DayShape[],
  load: WeekLoad,
): { drafts: DayDraft[]; strengthDays: number; coreDays: number } {
  const drafts: DayDraft[] = shapes.map((shape) => ({ shape, sessions: new Map(), usedS: 0 }));
  const light = load.coreSets < 3;
  for (const d of drafts) if (d.shape.run) place(ctx, d, 'pre-run', load);
  const strength = chooseDays(ctx, drafts, { kind: 'strength', counts: light ? [1] : [2, 1], load });
  for (const d of strength) place(ctx, d, 'strength', load);
  const core = chooseDays(ctx, drafts, { kind: 'core', counts: light ? [2, 1] : [3, 2, 1], load });
  for (const d of core) place(ctx, d, 'core', load);
  for (const d of drafts) {
    if (d.shape.run) place(ctx, d, 'post-run', load);
    // Race day: the pre- and post-run routines are enough.
    if (d.shape.run?.kind !== 'race') place(ctx, d, 'mobility', load);
  }
  for (const kind of ORDER_FILL) for (const d of drafts) extend(ctx, d, kind, load);
  return { drafts, strengthDays: strength.length, coreDays: core.length };
}

const ORDER_FILL: readonly SessionKind[] = ['strength', 'core', 'mobility', 'pre-run', 'post-run'];
const ORDER_SHOW: readonly SessionKind[] = ['pre-run', 'post-run', 'strength', 'core', 'mobility'];

/** Turns a day's chosen items into sessions with stable ids. */
export function sessionsOf(draft: DayDraft): Session[] {
  return ORDER_SHOW.flatMap((kind) => {
    const items = draft.sessions.get(kind);
    if (!items) return [];
    const hard = items.some((i) => exerciseById(i.exerciseId)?.hard === true);
    return [
      { id: `${draft.shape.date}/${kind}`, kind, timing: TIMING[kind], hard, items, durationS: sumS(items) },
    ];
  });
}
