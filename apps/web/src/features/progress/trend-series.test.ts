import { describe, expect, it } from 'vitest';
import type { TrendWeek } from '@upright/api-contract';
import { hasAny, phaseRanges, trendColumns, trimLeadingEmpty } from './trend-series';

function week(i: number, over: Partial<TrendWeek> = {}): TrendWeek {
  return {
    week: `2026-W${String(10 + i).padStart(2, '0')}`,
    weekStart: `2026-03-${String(2 + 7 * i).padStart(2, '0')}`,
    runs: 3,
    distanceM: 30_000,
    onsetDistanceM: null,
    longRun: null,
    decouplingPct: null,
    durabilityPct: null,
    painMean: null,
    painMax: null,
    psfsMean: null,
    sessionsPlanned: 0,
    sessionsDone: 0,
    adherencePct: null,
    phase: null,
    ...over,
  };
}

describe('progress columns', () => {
  it('merges consecutive weeks of one phase into one labelled range', () => {
    const phases = ['Settle', 'Settle', 'Build', null, 'Build'].map((phase) => ({ phase }));
    expect(phaseRanges(phases)).toEqual([
      { label: 'Settle', fromX: -0.5, toX: 1.5 },
      { label: 'Build', fromX: 1.5, toX: 2.5 },
      { label: 'Build', fromX: 3.5, toX: 4.5 },
    ]);
  });

  it('puts long-run distances in display units and prefers the long run durability', () => {
    const weeks = [
      week(0, {
        longRun: { activityId: 'a', distanceM: 16_093.44, onsetDistanceM: 8046.72, durabilityPct: 60 },
        durabilityPct: 80,
      }),
      week(1, { durabilityPct: 75, painMean: 2 }),
    ];
    const c = trendColumns(weeks, 'mi');
    expect(c.longRunDistance).toEqual([10, null]);
    expect(c.longRunOnset[0]).toBeCloseTo(5, 9);
    expect(c.durabilityPct).toEqual([60, 75]);
    expect(c.weekLabels[0]).toMatch(/2/);
    expect(hasAny(c.painMean)).toBe(true);
    expect(hasAny(c.psfsMean)).toBe(false);
  });
});

describe('trimLeadingEmpty', () => {
  it('starts the charts at the first week with data, keeping a minimum span', () => {
    const weeks = [
      week(0, { runs: 0 }),
      week(1, { runs: 0 }),
      week(2, { runs: 0 }),
      week(3),
      week(4),
      week(5),
      week(6),
    ];
    expect(trimLeadingEmpty(weeks, 2).map((w) => w.week)).toEqual([
      '2026-W13',
      '2026-W14',
      '2026-W15',
      '2026-W16',
    ]);
    expect(trimLeadingEmpty(weeks, 6)).toHaveLength(6);
    const empty = [week(0, { runs: 0 })];
    expect(trimLeadingEmpty(empty)).toEqual(empty);
  });
});
