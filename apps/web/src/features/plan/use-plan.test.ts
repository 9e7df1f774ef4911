import { describe, expect, it } from 'vitest';
import type { PlanWeekView, SessionView } from '../../api/programme-schema';
import { dayOf, sessionById, weekOf } from './use-plan';

const session: SessionView = {
  id: '2026-03-03/core',
  kind: 'core',
  timing: 'any-time',
  hard: false,
  items: [],
  durationS: 600,
};
const weeks: PlanWeekView[] = [1, 2].map((n) => ({
  number: n,
  phase: 'foundation',
  startDate: n === 1 ? '2026-03-02' : '2026-03-09',
  coreHoldS: 20,
  days: [
    {
      date: n === 1 ? '2026-03-03' : '2026-03-10',
      weekday: 'tue',
      run: null,
      sessions: n === 1 ? [session] : [],
      totalS: 600,
    },
  ],
}));

describe('plan lookups', () => {
  it('finds the week of a date, clamping to the plan', () => {
    expect(weekOf(weeks, '2026-03-10')?.number).toBe(2);
    expect(weekOf(weeks, '2025-01-01')?.number).toBe(1);
    expect(weekOf(weeks, '2027-01-01')?.number).toBe(2);
  });

  it('finds days and sessions by date and id', () => {
    expect(dayOf(weeks, '2026-03-03')?.sessions).toHaveLength(1);
    expect(sessionById(weeks, '2026-03-03/core')?.day.date).toBe('2026-03-03');
    expect(sessionById(weeks, 'nope')).toBeNull();
  });
});
