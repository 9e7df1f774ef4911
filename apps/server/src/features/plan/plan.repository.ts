import type { CheckIn, PlanRecord } from '@upright/api-contract';
import type { Selectable } from 'kysely';
import type { CheckInTable, PlanTable } from '../../db/schema';
import type { Db } from '../../db/store';

function toPlan(row: Selectable<PlanTable>): PlanRecord {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    startDate: row.start_date,
    reason: row.reason as PlanRecord['reason'],
    screeningId: row.screening_id,
    input: JSON.parse(row.input_json) as unknown,
    programme: JSON.parse(row.programme_json) as unknown,
  };
}

export async function currentPlan(db: Db): Promise<PlanRecord | null> {
  const row = await db.selectFrom('plan').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? null : toPlan(row);
}

/** The latest version built from scratch (initial or regenerated), which adaptation starts from. */
export async function currentBasePlan(db: Db): Promise<PlanRecord | null> {
  const row = await db
    .selectFrom('plan')
    .selectAll()
    .where('reason', '!=', 'adapted')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : toPlan(row);
}

export async function countPlans(db: Db): Promise<number> {
  const row = await db
    .selectFrom('plan')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores the next version number atomically and returns the stored record. */
export async function insertPlanVersion(db: Db, plan: Omit<PlanRecord, 'version'>): Promise<PlanRecord> {
  return db.transaction().execute(async (trx) => {
    const top = await trx
      .selectFrom('plan')
      .select((eb) => eb.fn.max('version').as('v'))
      .executeTakeFirst();
    const version = Number(top?.v ?? 0) + 1;
    await trx
      .insertInto('plan')
      .values({
        id: plan.id,
        version,
        created_at: plan.createdAt,
        start_date: plan.startDate,
        reason: plan.reason,
        screening_id: plan.screeningId,
        input_json: JSON.stringify(plan.input),
        programme_json: JSON.stringify(plan.programme),
      })
      .execute();
    return { ...plan, version };
  });
}

function toCheckIn(row: Selectable<CheckInTable>): CheckIn {
  return {
    id: row.id,
    createdAt: row.created_at,
    kind: row.kind as CheckIn['kind'],
    date: row.date,
    sessionId: row.session_id,
    activityId: row.activity_id,
    status: row.status as CheckIn['status'],
    painDuringNrs: row.pain_during,
    painAfterNrs: row.pain_after,
    nextMorning: row.next_morning as CheckIn['nextMorning'],
    effortRpe: row.effort,
    redFlags: JSON.parse(row.red_flags_json) as Record<string, boolean>,
    psfs: JSON.parse(row.psfs_json) as CheckIn['psfs'],
    note: row.note,
    planVersion: row.plan_version,
  };
}

export async function insertCheckIn(db: Db, checkIn: CheckIn): Promise<void> {
  await db
    .insertInto('check_in')
    .values({
      id: checkIn.id,
      created_at: checkIn.createdAt,
      kind: checkIn.kind,
      date: checkIn.date,
      session_id: checkIn.sessionId,
      activity_id: checkIn.activityId,
      status: checkIn.status,
      pain_during: checkIn.painDuringNrs,
      pain_after: checkIn.painAfterNrs,
      next_morning: checkIn.nextMorning,
      effort: checkIn.effortRpe,
      red_flags_json: JSON.stringify(checkIn.redFlags),
      psfs_json: JSON.stringify(checkIn.psfs),
      note: checkIn.note,
      plan_version: checkIn.planVersion,
    })
    .execute();
}

/** Check-ins between two ISO days (inclusive), oldest first. */
export async function listCheckIns(
  db: Db,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<CheckIn[]> {
  let query = db.selectFrom('check_in').selectAll();
  if (range.from !== undefined) query = query.where('date', '>=', range.from);
  if (range.to !== undefined) query = query.where('date', '<=', range.to);
  const rows = await query.orderBy('date', 'asc').orderBy('created_at', 'asc').orderBy('id').execute();
  return rows.map(toCheckIn);
}

export async function activityExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('activity').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
