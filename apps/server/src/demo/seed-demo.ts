import type { CheckInCreateSchema } from '@upright/api-contract';
import type { Programme } from '@upright/core';
import type { z } from 'zod';
import { listAllActivities } from '../features/activities/activities.repository';
import { importMany, type ActivityDeps } from '../features/activities/activities.service';
import { listCheckIns, currentPlan } from '../features/plan/plan.repository';
import { createCheckIn, regeneratePlan } from '../features/plan/plan.service';
import type { ProgrammePort } from '../features/plan/programme-port';
import { getMeta, getProfile, saveProfile, setMeta } from '../features/profile/profile.repository';
import { latestScreening } from '../features/screening/screening.repository';
import { submitScreening } from '../features/screening/screening.service';
import { isoWeekOf } from '../features/trends/iso-week';
import { activityToFit } from './activity-fit';
import { DEMO_ANSWERS, DEMO_PROFILE_NAME, DEMO_SETUP, DEMO_WEEKS } from './demo-runner';
import { demoRun, demoRunner, demoRunPlans } from './demo-runs';

export interface SeedDeps extends ActivityDeps {
  readonly programme: ProgrammePort;
}

export type SeedOutcome =
  { seeded: true; runs: number; checkIns: number } | { seeded: false; reason: string };

const SEEDED_KEY = 'demo.seeded';
const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function* demoFiles(
  firstMondayMs: number,
  weeks: number,
  nowMs: number,
): Generator<{ name: string; bytes: Uint8Array }> {
  const runner = demoRunner();
  for (const plan of demoRunPlans(firstMondayMs, weeks, nowMs)) {
    const run = demoRun(plan, runner);
    yield { name: run.name, bytes: activityToFit(run.activity) };
  }
}

type CheckInBody = z.output<typeof CheckInCreateSchema>;

/** Session check-ins for every past plan day with back-care work: pain easing, PSFS improving. */
function sessionCheckIns(programme: Programme, firstMondayMs: number, todayIso: string): CheckInBody[] {
  const days = (programme.plan?.weeks ?? [])
    .flatMap((w) => w.days)
    .filter((d) => d.date < todayIso && d.sessions.length > 0);
  return days.map((day, i): CheckInBody => {
    const week = Math.floor((Date.parse(`${day.date}T00:00:00Z`) - firstMondayMs) / (7 * DAY_MS));
    const pain = Math.max(0, 4 - Math.floor(week / 2));
    return {
      kind: 'session',
      date: day.date,
      sessionId: null,
      activityId: null,
      status: i % 6 === 5 ? 'skipped' : 'done',
      painDuringNrs: pain,
      painAfterNrs: Math.max(0, pain - 1),
      nextMorning: week < 2 ? 'same' : 'better',
      effortRpe: 4,
      psfs: [{ activity: 'Running past 10 km', score: Math.min(9, 3 + Math.floor(week * 0.7)) }],
      note: '',
    };
  });
}

/**
 * Seeds the clearly marked demo runner on an empty store: profile "Demo runner", a screening, a plan
 * started DEMO_WEEKS ago, generated runs (simulateRun, written as FIT and imported like any file) and
 * check-ins. Never touches a store holding a real runner's data; idempotent (each step checks first,
 * runs are deduplicated by content, and a marker records completion).
 */
export async function seedDemo(deps: SeedDeps, options: { weeks?: number } = {}): Promise<SeedOutcome> {
  const weeks = options.weeks ?? DEMO_WEEKS;
  if ((await getMeta(deps.db, SEEDED_KEY)) === 'done')
    return { seeded: false, reason: 'the demo runner is already there' };
  const profile = await getProfile(deps.db);
  const activities = await listAllActivities(deps.db);
  if ((profile !== null && !profile.isDemo) || activities.some((a) => a.is_demo === 0)) {
    return { seeded: false, reason: 'this store holds a real runner’s data' };
  }
  const nowMs = deps.now().getTime();
  const firstMondayMs = isoWeekOf(nowMs).weekStartMs - (weeks - 1) * 7 * DAY_MS;
  await saveProfile(deps.db, {
    name: DEMO_PROFILE_NAME,
    birthYear: 1985,
    maxHeartRate: 186,
    isDemo: true,
    createdAt: new Date(firstMondayMs).toISOString(),
  });
  if ((await latestScreening(deps.db)) === null) await submitScreening(deps, DEMO_ANSWERS);
  if ((await currentPlan(deps.db)) === null)
    await regeneratePlan(deps, { input: DEMO_SETUP, startDate: isoDay(firstMondayMs) });
  const outcomes = await importMany(deps, demoFiles(firstMondayMs, weeks, nowMs), { isDemo: true });
  let checkIns = 0;
  const plan = await currentPlan(deps.db);
  if (plan !== null && (await listCheckIns(deps.db)).length === 0) {
    for (const body of sessionCheckIns(plan.programme as Programme, firstMondayMs, isoDay(nowMs))) {
      await createCheckIn(deps, body);
      checkIns += 1;
    }
  }
  await setMeta(deps.db, SEEDED_KEY, 'done');
  return { seeded: true, runs: outcomes.filter((o) => o.status !== 'failed').length, checkIns };
}
