import type { DeleteAllResponse } from '@upright/api-contract';
import type { Db } from '../../db/store';

async function count(db: Db, table: 'activity' | 'screening' | 'plan' | 'check_in'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes every row the runner owns, in one transaction. */
export async function deleteEverything(db: Db): Promise<DeleteAllResponse> {
  return db.transaction().execute(async (trx) => {
    const deleted = {
      activities: await count(trx, 'activity'),
      screenings: await count(trx, 'screening'),
      plans: await count(trx, 'plan'),
      checkIns: await count(trx, 'check_in'),
    };
    await trx.deleteFrom('check_in').execute();
    await trx.deleteFrom('plan').execute();
    await trx.deleteFrom('screening').execute();
    await trx.deleteFrom('activity_analysis').execute();
    await trx.deleteFrom('activity_samples').execute();
    await trx.deleteFrom('activity').execute();
    await trx.deleteFrom('original_file').execute();
    await trx.deleteFrom('personal_model').execute();
    await trx.deleteFrom('profile').execute();
    await trx.deleteFrom('settings').execute();
    await trx.deleteFrom('meta').execute();
    return { deleted };
  });
}

/** Original files, one at a time (a long history does not sit in memory twice). */
export async function* originalFiles(
  db: Db,
): AsyncGenerator<{ sha256: string; name: string; bytes: Uint8Array }> {
  const keys = await db.selectFrom('original_file').select('sha256').orderBy('sha256').execute();
  for (const { sha256 } of keys) {
    const row = await db
      .selectFrom('original_file')
      .select(['sha256', 'name', 'bytes'])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (row !== undefined) yield row;
  }
}
