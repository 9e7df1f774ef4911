import type { ScreeningRecord } from '@upright/api-contract';
import type { Selectable } from 'kysely';
import type { ScreeningTable } from '../../db/schema';
import type { Db } from '../../db/store';

function toRecord(row: Selectable<ScreeningTable>): ScreeningRecord {
  return {
    id: row.id,
    takenAt: row.taken_at,
    answers: JSON.parse(row.answers_json) as unknown,
    result: JSON.parse(row.result_json) as unknown,
    stopped: row.stopped === 1,
  };
}

export async function insertScreening(db: Db, record: ScreeningRecord): Promise<void> {
  await db
    .insertInto('screening')
    .values({
      id: record.id,
      taken_at: record.takenAt,
      answers_json: JSON.stringify(record.answers),
      result_json: JSON.stringify(record.result),
      stopped: record.stopped ? 1 : 0,
    })
    .execute();
}

/** Newest first. */
export async function listScreenings(db: Db): Promise<ScreeningRecord[]> {
  const rows = await db
    .selectFrom('screening')
    .selectAll()
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRecord);
}

export async function latestScreening(db: Db): Promise<ScreeningRecord | null> {
  const row = await db
    .selectFrom('screening')
    .selectAll()
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : toRecord(row);
}
