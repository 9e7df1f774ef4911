// The two API calls that end onboarding: save the profile and screening, then build the plan.
import type { ApiResult } from '../../api/client';
import { callApi } from '../../api/endpoints';
import { ScreeningResultSchema } from '../../api/programme-schema';
import type { ScreeningResultView } from '../../api/programme-schema';
import { planSetup, screeningAnswers } from './draft';
import type { Draft } from './draft';

const INCOMPLETE: ApiResult<never> = {
  ok: false,
  error: { code: 'VALIDATION_FAILED', message: 'answers incomplete', status: 0 },
};

/** Saves the name and the screening; returns the result as the server computed it. */
export async function submitScreening(
  draft: Draft,
): Promise<ApiResult<{ readonly result: ScreeningResultView; readonly stopped: boolean }>> {
  const answers = screeningAnswers(draft);
  if (answers === null) return INCOMPLETE;
  const profile = await callApi('putProfile', { body: { name: draft.name.trim() } });
  if (!profile.ok) return profile;
  const record = await callApi('submitScreening', { body: { answers } });
  if (!record.ok) return record;
  const result = ScreeningResultSchema.safeParse(record.value.result);
  if (!result.success)
    return { ok: false, error: { code: 'BAD_RESPONSE', message: result.error.message, status: 201 } };
  return { ok: true, value: { result: result.data, stopped: record.value.stopped } };
}

/** Builds the first plan version from the screening just saved plus the running week. */
export async function buildPlan(draft: Draft, units: 'km' | 'mi'): Promise<ApiResult<unknown>> {
  return callApi('regeneratePlan', { body: { input: planSetup(draft, units) } });
}
