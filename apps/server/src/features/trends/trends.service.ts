import type { CheckIn, TrendWeek } from '@upright/api-contract';
import type { Programme } from '@upright/core';
import type { Db } from '../../db/store';
import { listAllActivities, type ActivityRow } from '../activities/activities.repository';
import { currentPlan, listCheckIns } from '../plan/plan.repository';
import { isoDayOf, lastIsoWeeks, WEEK_MS } from './iso-week';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const present = (values: readonly (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null);

/** Planned sessions per ISO day, and the phase per plan-week start, from the programme. */
function planIndex(programme: Programme | null): {
  sessions: Map<string, string[]>;
  phases: { startDate: string; phase: string }[];
} {
  const sessions = new Map<string, string[]>();
  const phases: { startDate: string; phase: string }[] = [];
  for (const week of programme?.plan?.weeks ?? []) {
    phases.push({ startDate: week.startDate, phase: week.phase });
    for (const day of week.days)
      if (day.sessions.length > 0)
        sessions.set(
          day.date,
          day.sessions.map((s) => s.id),
        );
  }
  return { sessions, phases };
}

function adherence(
  days: readonly string[],
  sessions: Map<string, string[]>,
  checkIns: readonly CheckIn[],
): { planned: number; done: number } {
  let planned = 0;
  let done = 0;
  for (const day of days) {
    const ids = sessions.get(day) ?? [];
    planned += ids.length;
    const doneIds = new Set<string>();
    for (const c of checkIns) {
      if (c.kind !== 'session' || c.date !== day || c.status === 'skipped') continue;
      for (const id of c.sessionId === null ? ids : [c.sessionId]) if (ids.includes(id)) doneIds.add(id);
    }
    done += doneIds.size;
  }
  return { planned, done };
}

function runMeasures(
  runs: readonly ActivityRow[],
): Pick<TrendWeek, 'runs' | 'distanceM' | 'onsetDistanceM' | 'longRun' | 'decouplingPct' | 'durabilityPct'> {
  const longest = runs.reduce<ActivityRow | null>(
    (best, r) => ((r.distance_m ?? 0) > (best?.distance_m ?? -1) ? r : best),
    null,
  );
  return {
    runs: runs.length,
    distanceM: runs.reduce((sum, r) => sum + (r.distance_m ?? 0), 0),
    onsetDistanceM: median(present(runs.map((r) => r.onset_distance_m))),
    longRun:
      longest === null
        ? null
        : {
            activityId: longest.id,
            distanceM: longest.distance_m ?? 0,
            onsetDistanceM: longest.onset_distance_m,
            durabilityPct: longest.durability_pct,
          },
    decouplingPct: mean(present(runs.map((r) => r.decoupling_pct))),
    durabilityPct: mean(present(runs.map((r) => r.durability_pct))),
  };
}

export interface TrendInputs {
  readonly activities: readonly ActivityRow[];
  readonly checkIns: readonly CheckIn[];
  readonly programme: Programme | null;
}

/** Weekly trends over the last `weeks` ISO weeks up to `nowMs` (pure: inputs loaded by the caller). */
export function trendWeeks(inputs: TrendInputs, nowMs: number, weeks: number): TrendWeek[] {
  const { sessions, phases } = planIndex(inputs.programme);
  return lastIsoWeeks(nowMs, weeks).map(({ week, weekStartMs }) => {
    const endMs = weekStartMs + WEEK_MS;
    const days = Array.from({ length: 7 }, (_, i) => isoDayOf(weekStartMs + i * 86_400_000));
    const runs = inputs.activities.filter((a) => a.start_time_ms >= weekStartMs && a.start_time_ms < endMs);
    const checkIns = inputs.checkIns.filter((c) => days.includes(c.date));
    const pains = checkIns.map((c) => Math.max(c.painDuringNrs, c.painAfterNrs));
    const { planned, done } = adherence(days, sessions, checkIns);
    const phase = phases.filter((p) => p.startDate <= (days[6] ?? '')).pop();
    return {
      week,
      weekStart: days[0] ?? isoDayOf(weekStartMs),
      ...runMeasures(runs),
      painMean: mean(pains),
      painMax: pains.length === 0 ? null : Math.max(...pains),
      psfsMean: mean(checkIns.flatMap((c) => c.psfs.map((p) => p.score))),
      sessionsPlanned: planned,
      sessionsDone: done,
      adherencePct: planned === 0 ? null : (100 * done) / planned,
      phase:
        phase !== undefined && phases.length > 0 && (days[0] ?? '') <= lastPlanDay(inputs.programme)
          ? phase.phase
          : null,
    };
  });
}

function lastPlanDay(programme: Programme | null): string {
  const weeks = programme?.plan?.weeks ?? [];
  const last = weeks[weeks.length - 1];
  return last?.days[last.days.length - 1]?.date ?? '';
}

export async function loadTrendInputs(db: Db): Promise<TrendInputs> {
  const [activities, checkIns, plan] = await Promise.all([
    listAllActivities(db),
    listCheckIns(db),
    currentPlan(db),
  ]);
  return { activities, checkIns, programme: (plan?.programme as Programme | undefined) ?? null };
}
