import type {
  CheckIn,
  CheckInCreateSchema,
  CheckInResponse,
  PlanRecord,
  PlanRegenerate,
} from '@upright/api-contract';
import type { CheckIn as CoreCheckIn, PlanInput, Programme, ScreeningAnswers } from '@upright/core';
import type { z } from 'zod';
import type { Db } from '../../db/store';
import { failure, type Failure } from '../../http/error-table';
import { latestScreening } from '../screening/screening.repository';
import {
  activityExists,
  currentBasePlan,
  currentPlan,
  insertCheckIn,
  insertPlanVersion,
  listCheckIns,
} from './plan.repository';
import type { PlanSetup, ProgrammePort } from './programme-port';

export interface PlanDeps {
  readonly db: Db;
  readonly programme: ProgrammePort;
  readonly now: () => Date;
  readonly newId: () => string;
}

type Outcome<T> = { ok: true; value: T } | Failure;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function setupOf(input: PlanInput): PlanSetup {
  const { running, equipment, minutesPerDay, units } = input;
  return { running, equipment, minutesPerDay, units };
}

async function resolveSetup(deps: PlanDeps, raw: unknown): Promise<Outcome<PlanSetup>> {
  if (raw !== undefined) {
    const parsed = deps.programme.parseSetup(raw);
    if (parsed.ok) return { ok: true, value: parsed.value };
    const first = parsed.issues[0];
    return failure(
      'VALIDATION_FAILED',
      first === undefined ? 'Invalid plan input.' : `input.${first.path}: ${first.message}`,
    );
  }
  const base = await currentBasePlan(deps.db);
  if (base === null) return failure('VALIDATION_FAILED', 'input is required to build the first plan.');
  return { ok: true, value: setupOf(base.input as PlanInput) };
}

/** Builds a new plan version from the latest screening and the given (or last) setup. */
export async function regeneratePlan(deps: PlanDeps, request: PlanRegenerate): Promise<Outcome<PlanRecord>> {
  const screening = await latestScreening(deps.db);
  if (screening === null)
    return failure('SCREENING_NOT_FOUND', 'Complete the screening before building a plan.');
  if (screening.stopped)
    return failure('SCREENING_STOPPED', 'The screening advised seeing a clinician first: no plan.');
  const setup = await resolveSetup(deps, request.input);
  if (!setup.ok) return setup;
  const input: PlanInput = { ...(screening.answers as ScreeningAnswers), ...setup.value };
  const startDate = request.startDate ?? isoDay(deps.now());
  const programme = deps.programme.build(input, startDate);
  const first = (await currentPlan(deps.db)) === null;
  const record = await insertPlanVersion(deps.db, {
    id: deps.newId(),
    createdAt: deps.now().toISOString(),
    startDate,
    reason: first ? 'initial' : 'regenerated',
    screeningId: screening.id,
    input,
    programme,
  });
  return { ok: true, value: record };
}

function toCore(checkIn: CheckIn): CoreCheckIn {
  return {
    date: checkIn.date,
    kind: checkIn.kind,
    sessionId: checkIn.sessionId,
    status: checkIn.status,
    painDuringNrs: checkIn.painDuringNrs,
    painAfterNrs: checkIn.painAfterNrs,
    nextMorning: checkIn.nextMorning,
    effortRpe: checkIn.effortRpe,
    redFlags: checkIn.redFlags,
  };
}

/** Stores a check-in and adapts the plan from its base version with every check-in since. */
export async function createCheckIn(
  deps: PlanDeps,
  body: z.output<typeof CheckInCreateSchema>,
): Promise<Outcome<CheckInResponse>> {
  if (body.activityId !== null && !(await activityExists(deps.db, body.activityId))) {
    return failure('ACTIVITY_NOT_FOUND', 'No stored run has that id.');
  }
  const plan = await currentPlan(deps.db);
  const checkIn: CheckIn = {
    ...body,
    redFlags: body.redFlags ?? {},
    id: deps.newId(),
    createdAt: deps.now().toISOString(),
    planVersion: plan?.version ?? null,
  };
  await insertCheckIn(deps.db, checkIn);
  const base = await currentBasePlan(deps.db);
  if (base === null || plan === null)
    return { ok: true, value: { checkIn, plan, planChanged: false, changes: [] } };
  const history = await listCheckIns(deps.db, { from: base.startDate });
  const adapted = deps.programme.adapt(base.programme as Programme, history.map(toCore));
  const changes = adapted.changes.filter((c) => c.date === checkIn.date);
  if (JSON.stringify(adapted.programme) === JSON.stringify(plan.programme)) {
    return { ok: true, value: { checkIn, plan, planChanged: false, changes } };
  }
  const next = await insertPlanVersion(deps.db, {
    ...base,
    id: deps.newId(),
    createdAt: deps.now().toISOString(),
    reason: 'adapted',
    programme: adapted.programme,
  });
  return { ok: true, value: { checkIn, plan: next, planChanged: true, changes } };
}
