import { exerciseById } from '../catalogue/catalogue';
import { doseDurationS, doseWithSets } from '../catalogue/dose';
import type { Dose } from '../catalogue/types';
import type { PlanDay, PlanItem, PlanWeek } from '../plan/types';

export interface Swap {
  readonly afterDate: string;
  readonly fromId: string;
  readonly toId: string;
}

export interface Deload {
  readonly afterDate: string;
  readonly untilDate: string;
}

/** The new exercise keeps the old dose when both are the same kind (so holds keep the core build). */
function swappedDose(old: Dose, toId: string): Dose {
  const to = exerciseById(toId)?.dose;
  if (!to) return old;
  return to.kind === old.kind ? { ...old, perSide: to.perSide } : doseWithSets(to, old.sets);
}

function swapItem(item: PlanItem, swaps: readonly Swap[], date: string): PlanItem {
  let current = item;
  for (const s of swaps) {
    if (date <= s.afterDate || current.exerciseId !== s.fromId) continue;
    const dose = swappedDose(current.dose, s.toId);
    current = { ...current, exerciseId: s.toId, dose, durationS: doseDurationS(dose) };
  }
  return current;
}

function deloadItem(item: PlanItem): PlanItem {
  const dose = doseWithSets(item.dose, Math.ceil(item.dose.sets / 2));
  return { ...item, dose, durationS: doseDurationS(dose) };
}

/**
 * Applies swaps and deloads to one day. A swap that would push the day over budget, or put hard
 * work on a day where it is not allowed, is skipped for that day.
 */
function adaptDay(
  day: PlanDay,
  rules: { swaps: readonly Swap[]; deloads: readonly Deload[]; budgetS: number; hardOk: boolean },
): PlanDay {
  const deloaded = rules.deloads.some((d) => day.date > d.afterDate && day.date <= d.untilDate);
  let total = day.totalS;
  const sessions = day.sessions.map((session) => {
    const loadBearing = session.kind === 'core' || session.kind === 'strength';
    const items = session.items.map((item) => {
      let next = swapItem(item, rules.swaps, day.date);
      const hardNow = exerciseById(next.exerciseId)?.hard === true;
      if ((hardNow && !rules.hardOk) || total + next.durationS - item.durationS > rules.budgetS) next = item;
      if (deloaded && loadBearing) next = deloadItem(next);
      total += next.durationS - item.durationS;
      return next;
    });
    const durationS = items.reduce((s, i) => s + i.durationS, 0);
    const hard = items.some((i) => exerciseById(i.exerciseId)?.hard === true);
    return { ...session, items, durationS, hard };
  });
  return { ...day, sessions, totalS: sessions.reduce((s, x) => s + x.durationS, 0) };
}

/** Applies the adaptation to every day of every week. `hardOkOn(date)` says whether hard work is allowed. */
export function adaptWeeks(
  weeks: readonly PlanWeek[],
  rules: {
    swaps: readonly Swap[];
    deloads: readonly Deload[];
    budgetS: number;
    hardOkOn: (date: string) => boolean;
  },
): PlanWeek[] {
  return weeks.map((w) => ({
    ...w,
    days: w.days.map((d) => adaptDay(d, { ...rules, hardOk: rules.hardOkOn(d.date) })),
  }));
}
