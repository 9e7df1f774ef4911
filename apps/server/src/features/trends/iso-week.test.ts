import { describe, expect, it } from 'vitest';
import { isoWeekOf, lastIsoWeeks } from './iso-week';

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01', '2025-12-29'],
    ['2027-01-01T00:00:00Z', '2026-W53', '2026-12-28'],
    ['2026-03-15T23:59:59Z', '2026-W11', '2026-03-09'],
    ['2024-12-30T00:00:00Z', '2025-W01', '2024-12-30'],
  ])('puts %s in %s starting %s', (instant, week, monday) => {
    const got = isoWeekOf(Date.parse(instant));
    expect(got.week).toBe(week);
    expect(new Date(got.weekStartMs).toISOString().slice(0, 10)).toBe(monday);
  });

  it('lists consecutive weeks oldest first', () => {
    const weeks = lastIsoWeeks(Date.parse('2026-01-07T00:00:00Z'), 3).map((w) => w.week);
    expect(weeks).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});
