import { describe, expect, it } from 'vitest';
import { OUTCOME_MIC, PSFS_ATTRIBUTION, outcomeSummary, psfsAverage } from './outcomes';

const activities = [
  { id: 'long-run', description: 'Running past 15 km' },
  { id: 'sitting', description: 'Sitting through a meeting' },
];

describe('outcomes', () => {
  it('averages the PSFS over the rated activities', () => {
    expect(psfsAverage({ date: '2026-01-01', scores: { 'long-run': 3, sitting: 6 } }, activities)).toBe(4.5);
    expect(psfsAverage({ date: '2026-01-01', scores: { 'long-run': 3 } }, activities)).toBe(3);
    expect(psfsAverage({ date: '2026-01-01', scores: {} }, activities)).toBeNull();
  });

  it('judges change against the minimal important change, sorting by date', () => {
    const s = outcomeSummary({
      pain: [
        { date: '2026-03-01', nrs: 3 },
        { date: '2026-01-01', nrs: 6 },
      ],
      psfs: [
        { date: '2026-01-01', scores: { 'long-run': 2, sitting: 5 } },
        { date: '2026-03-01', scores: { 'long-run': 4, sitting: 6 } },
      ],
      activities,
    });
    expect(s.pain).toEqual({ baseline: 6, latest: 3, change: -3, verdict: 'improved' });
    expect(s.psfs.change).toBe(1.5);
    expect(s.psfs.verdict).toBe('no-clear-change');
    expect(OUTCOME_MIC.painNrs).toBe(2);
  });

  it('reports worse and not-enough-data', () => {
    const worse = outcomeSummary({
      pain: [
        { date: '2026-01-01', nrs: 2 },
        { date: '2026-02-01', nrs: 5 },
      ],
      psfs: [],
      activities,
    });
    expect(worse.pain.verdict).toBe('worse');
    expect(worse.psfs.verdict).toBe('not-enough-data');
  });

  it('attributes the PSFS to Stratford et al. 1995', () => {
    expect(PSFS_ATTRIBUTION).toMatch(/Stratford.*1995/);
  });
});
