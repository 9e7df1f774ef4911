import type { Db } from '../../db/store';
import { listAllActivities, listAnalysisBriefs } from './activities.repository';
import type { AnalysisPort, RunHistoryItem } from './ports';

/** The stored runs with their analysis briefs, oldest first. */
export async function loadHistory(db: Db): Promise<RunHistoryItem[]> {
  const [rows, byId] = await Promise.all([listAllActivities(db), listAnalysisBriefs(db)]);
  return rows.map((row) => {
    const json = byId.get(row.id);
    return {
      activityId: row.id,
      startTimeMs: row.start_time_ms,
      distanceM: row.distance_m,
      analysis: json === undefined ? null : (JSON.parse(json) as unknown),
    };
  });
}

/** The personal model as last computed, or null before there is one. */
export async function loadPersonalModel(db: Db): Promise<unknown> {
  const row = await db
    .selectFrom('personal_model')
    .select('model_json')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row === undefined ? null : (JSON.parse(row.model_json) as unknown);
}

/** Recomputes the personal fresh model from the whole history (called as history grows). */
export async function refreshPersonalModel(deps: {
  readonly db: Db;
  readonly analysis: AnalysisPort;
  readonly now: () => Date;
}): Promise<void> {
  const history = await loadHistory(deps.db);
  const model = deps.analysis.buildModel(history);
  const values = {
    id: 1,
    model_json: JSON.stringify(model),
    runs_used: history.length,
    updated_at: deps.now().toISOString(),
  };
  await deps.db
    .insertInto('personal_model')
    .values(values)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        model_json: values.model_json,
        runs_used: values.runs_used,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}
