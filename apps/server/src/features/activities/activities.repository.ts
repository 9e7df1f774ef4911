import type { Selectable } from 'kysely';
import type { Db } from '../../db/store';
import type { ActivityTable } from '../../db/schema';
import type { SamplesLayout } from './samples-codec';

export type ActivityRow = Selectable<ActivityTable>;

/** Everything one import writes, in one transaction. */
export interface NewActivity {
  readonly row: ActivityRow;
  readonly original: { readonly name: string; readonly bytes: Uint8Array };
  readonly samples: { readonly layout: SamplesLayout; readonly data: Uint8Array };
  readonly analysisJson: string | null;
  readonly briefJson: string | null;
}

/** A run-mode recording this close to a file's start is the same run. */
export const SAME_RUN_WINDOW_MS = 10 * 60_000;

/**
 * When a watch file arrives for a run first saved from run mode, the file (richer data) replaces the
 * recording: check-ins move to the file's run, and the recording and its original go.
 */
async function replaceRecordingsOf(trx: Db, row: ActivityRow): Promise<void> {
  const recordings = await trx
    .selectFrom('activity')
    .select(['id', 'sha256'])
    .where('origin', '=', 'recorded')
    .where('start_time_ms', '>=', row.start_time_ms - SAME_RUN_WINDOW_MS)
    .where('start_time_ms', '<=', row.start_time_ms + SAME_RUN_WINDOW_MS)
    .execute();
  for (const recording of recordings) {
    await trx
      .updateTable('check_in')
      .set({ activity_id: row.id })
      .where('activity_id', '=', recording.id)
      .execute();
    await trx.deleteFrom('original_file').where('sha256', '=', recording.sha256).execute();
  }
}

export async function findActivityIdBySha(db: Db, sha256: string): Promise<string | null> {
  const row = await db.selectFrom('activity').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return row?.id ?? null;
}

/** Inserts the original bytes unless stored; returns the id of an activity already made from them. */
async function storeOriginal(trx: Db, input: NewActivity): Promise<string | null> {
  const { row } = input;
  const existing = await trx
    .selectFrom('original_file')
    .select('sha256')
    .where('sha256', '=', row.sha256)
    .executeTakeFirst();
  if (existing !== undefined) return findActivityIdBySha(trx, row.sha256);
  await trx
    .insertInto('original_file')
    .values({
      sha256: row.sha256,
      name: input.original.name,
      size_bytes: input.original.bytes.byteLength,
      bytes: input.original.bytes,
      created_at: row.imported_at,
    })
    .execute();
  return null;
}

async function storeDerived(trx: Db, input: NewActivity): Promise<void> {
  const { row } = input;
  await trx
    .insertInto('activity_samples')
    .values({
      activity_id: row.id,
      sample_count: input.samples.layout.count,
      layout_json: JSON.stringify(input.samples.layout),
      data: input.samples.data,
    })
    .execute();
  if (input.analysisJson === null || input.briefJson === null) return;
  await trx
    .insertInto('activity_analysis')
    .values({
      activity_id: row.id,
      analysis_json: input.analysisJson,
      brief_json: input.briefJson,
      analysed_at: row.imported_at,
    })
    .execute();
}

/** One file's writes inside an open transaction (see insertActivity). */
async function insertInTransaction(
  trx: Db,
  input: NewActivity,
): Promise<{ status: 'imported' | 'duplicate'; id: string }> {
  const { row } = input;
  const existingId = await storeOriginal(trx, input);
  if (existingId !== null) return { status: 'duplicate', id: existingId };
  await trx.insertInto('activity').values(row).execute();
  if (row.origin === 'file') await replaceRecordingsOf(trx, row);
  await storeDerived(trx, input);
  return { status: 'imported', id: row.id };
}

/**
 * Stores one imported file: the original bytes, the activity, its samples and its analysis, all or
 * nothing. Returns "duplicate" (with the stored id) when the same bytes were stored meanwhile.
 */
export async function insertActivity(
  db: Db,
  input: NewActivity,
): Promise<{ status: 'imported' | 'duplicate'; id: string }> {
  return db.transaction().execute((trx) => insertInTransaction(trx, input));
}

/**
 * Stores several imported files in ONE transaction (bulk history imports: a commit per file is most
 * of SQLite's cost). Still all or nothing per file, since a crash rolls back the whole group; later
 * inputs with the bytes of an earlier one come back "duplicate". Results in input order.
 */
export async function insertActivities(
  db: Db,
  inputs: readonly NewActivity[],
): Promise<{ status: 'imported' | 'duplicate'; id: string }[]> {
  return db.transaction().execute(async (trx) => {
    const out: { status: 'imported' | 'duplicate'; id: string }[] = [];
    for (const input of inputs) out.push(await insertInTransaction(trx, input));
    return out;
  });
}

export interface ListFilter {
  readonly fromMs: number | null;
  readonly toMs: number | null;
  readonly limit: number;
  readonly offset: number;
}

export async function listActivities(
  db: Db,
  filter: ListFilter,
): Promise<{ rows: ActivityRow[]; total: number }> {
  let query = db.selectFrom('activity');
  if (filter.fromMs !== null) query = query.where('start_time_ms', '>=', filter.fromMs);
  if (filter.toMs !== null) query = query.where('start_time_ms', '<', filter.toMs);
  const rows = await query
    .selectAll()
    .orderBy('start_time_ms', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Every activity, oldest first, without samples: for trends, models and reports. */
export async function listAllActivities(db: Db): Promise<ActivityRow[]> {
  return db.selectFrom('activity').selectAll().orderBy('start_time_ms', 'asc').orderBy('id').execute();
}

export async function countActivities(db: Db): Promise<number> {
  const count = await db
    .selectFrom('activity')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

export interface StoredActivity {
  readonly row: ActivityRow;
  readonly layout: SamplesLayout;
  readonly data: Uint8Array;
  readonly analysisJson: string | null;
}

export async function getActivity(db: Db, id: string): Promise<StoredActivity | null> {
  const row = await db.selectFrom('activity').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const samples = await db
    .selectFrom('activity_samples')
    .select(['layout_json', 'data'])
    .where('activity_id', '=', id)
    .executeTakeFirstOrThrow();
  const analysis = await db
    .selectFrom('activity_analysis')
    .select('analysis_json')
    .where('activity_id', '=', id)
    .executeTakeFirst();
  return {
    row,
    layout: JSON.parse(samples.layout_json) as SamplesLayout,
    data: samples.data,
    analysisJson: analysis?.analysis_json ?? null,
  };
}

/** The stored analysis briefs by run id (for the personal model and predictions). */
export async function listAnalysisBriefs(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('activity_analysis').select(['activity_id', 'brief_json']).execute();
  return new Map(rows.map((r) => [r.activity_id, r.brief_json]));
}

export async function getOriginal(db: Db, id: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  const row = await db
    .selectFrom('activity')
    .innerJoin('original_file', 'original_file.sha256', 'activity.sha256')
    .select(['original_file.name as name', 'original_file.bytes as bytes'])
    .where('activity.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Deletes the run, its samples, analysis and original file. False when there was no such run. */
export async function deleteActivity(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('activity').select('sha256').where('id', '=', id).executeTakeFirst();
    if (row === undefined) return false;
    await trx.deleteFrom('original_file').where('sha256', '=', row.sha256).execute();
    return true;
  });
}
