import type { PhysioReport, TrendWeek } from '@upright/api-contract';
import type { Db } from '../../db/store';
import type { ActivityRow } from '../activities/activities.repository';
import { getProfile } from '../profile/profile.repository';
import { currentPlan } from '../plan/plan.repository';
import { listScreenings } from '../screening/screening.repository';
import { isoDayOf, isoWeekOf } from './iso-week';
import { loadTrendInputs, trendWeeks } from './trends.service';

function firstLatest(values: readonly (number | null)[]): { first: number | null; latest: number | null } {
  const present = values.filter((v): v is number => v !== null);
  return { first: present[0] ?? null, latest: present[present.length - 1] ?? null };
}

/** Weeks from the first data (plan start, first run or first check-in) to now, at most two years. */
function weeksToShow(startMs: number | null, nowMs: number): number {
  if (startMs === null) return 12;
  const span =
    Math.round((isoWeekOf(nowMs).weekStartMs - isoWeekOf(startMs).weekStartMs) / (7 * 86_400_000)) + 1;
  return Math.min(104, Math.max(1, span));
}

/** Each week's long run, oldest first: the durability chart. */
function longRunsOf(
  weeks: readonly TrendWeek[],
  activities: readonly ActivityRow[],
): PhysioReport['longRuns'] {
  return weeks.flatMap((w) => {
    const run = w.longRun === null ? undefined : activities.find((a) => a.id === w.longRun?.activityId);
    if (run === undefined) return [];
    return [
      {
        activityId: run.id,
        date: isoDayOf(run.start_time_ms),
        distanceM: run.distance_m ?? 0,
        onsetDistanceM: run.onset_distance_m,
        durabilityPct: run.durability_pct,
        decouplingPct: run.decoupling_pct,
      },
    ];
  });
}

/** Everything the one-page physio report shows. */
export async function buildReport(db: Db, now: Date): Promise<PhysioReport> {
  const [profile, screenings, plan, inputs] = await Promise.all([
    getProfile(db),
    listScreenings(db),
    currentPlan(db),
    loadTrendInputs(db),
  ]);
  const starts = [
    plan === null ? null : Date.parse(`${plan.startDate}T00:00:00Z`),
    inputs.activities[0]?.start_time_ms ?? null,
    inputs.checkIns[0] === undefined ? null : Date.parse(`${inputs.checkIns[0].date}T00:00:00Z`),
  ].filter((v): v is number => v !== null && v <= now.getTime());
  const weeks: TrendWeek[] = trendWeeks(
    inputs,
    now.getTime(),
    weeksToShow(starts.length === 0 ? null : Math.min(...starts), now.getTime()),
  );
  const planned = weeks.reduce((s, w) => s + w.sessionsPlanned, 0);
  const done = weeks.reduce((s, w) => s + w.sessionsDone, 0);
  const psfsMeans = inputs.checkIns.map((c) =>
    c.psfs.length === 0 ? null : c.psfs.reduce((s, p) => s + p.score, 0) / c.psfs.length,
  );
  return {
    generatedAt: now.toISOString(),
    profile,
    screening: screenings[0] ?? null,
    screeningsTaken: screenings.length,
    plan,
    adherence: {
      sessionsPlanned: planned,
      sessionsDone: done,
      pct: planned === 0 ? null : (100 * done) / planned,
    },
    pain: firstLatest(inputs.checkIns.map((c) => Math.max(c.painDuringNrs, c.painAfterNrs))),
    psfs: firstLatest(psfsMeans),
    weeks,
    longRuns: longRunsOf(weeks, inputs.activities),
    runsTotal: inputs.activities.length,
  };
}
