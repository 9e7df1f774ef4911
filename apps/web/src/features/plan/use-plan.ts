import type { PlanRecord } from '@upright/api-contract';
import type { ApiResult } from '../../api/client';
import { callApi } from '../../api/endpoints';
import { ProgrammeSchema } from '../../api/programme-schema';
import type { ProgrammeView, SessionView, PlanDayView, PlanWeekView } from '../../api/programme-schema';
import { useApi } from '../../api/use-api';
import type { Loadable } from '../../api/use-api';

export interface CurrentPlan {
  readonly record: PlanRecord;
  readonly programme: ProgrammeView;
}

/** GET /api/plan with the programme document parsed; value null before onboarding. */
export async function loadPlan(signal: AbortSignal): Promise<ApiResult<CurrentPlan | null>> {
  const result = await callApi('getPlan', { signal });
  if (!result.ok) return result;
  const record = result.value.plan;
  if (record === null) return { ok: true, value: null };
  const programme = ProgrammeSchema.safeParse(record.programme);
  if (!programme.success) {
    return { ok: false, error: { code: 'BAD_RESPONSE', message: programme.error.message, status: 200 } };
  }
  return { ok: true, value: { record, programme: programme.data } };
}

export function usePlan(): { readonly state: Loadable<CurrentPlan | null>; readonly reload: () => void } {
  return useApi('plan', loadPlan);
}

/** The week containing `date` (or the nearest one: the first before the start, the last after). */
export function weekOf(weeks: readonly PlanWeekView[], date: string): PlanWeekView | null {
  const containing = weeks.find((w) => w.days.some((d) => d.date === date));
  if (containing) return containing;
  const first = weeks[0];
  if (first === undefined) return null;
  return date < first.startDate ? first : (weeks[weeks.length - 1] ?? null);
}

export function dayOf(weeks: readonly PlanWeekView[], date: string): PlanDayView | null {
  for (const w of weeks) {
    const day = w.days.find((d) => d.date === date);
    if (day) return day;
  }
  return null;
}

export function sessionById(
  weeks: readonly PlanWeekView[],
  id: string,
): { session: SessionView; day: PlanDayView } | null {
  for (const w of weeks) {
    for (const day of w.days) {
      const session = day.sessions.find((s) => s.id === id);
      if (session) return { session, day };
    }
  }
  return null;
}
