import type { CheckIn } from '@upright/api-contract';
import { describe, expect, it } from 'vitest';
import { latestPsfsEntry, psfsHistory, psfsMean, psfsToSave, startingRows } from './psfs-rows';

function checkIn(date: string, createdAt: string, psfs: CheckIn['psfs']): CheckIn {
  return {
    id: `${date}-${createdAt}`,
    createdAt,
    kind: 'run',
    date,
    sessionId: null,
    activityId: null,
    status: 'done',
    painDuringNrs: 2,
    painAfterNrs: 2,
    nextMorning: null,
    effortRpe: 5,
    redFlags: {},
    psfs,
    note: '',
    planVersion: null,
  };
}

describe('latestPsfsEntry', () => {
  it('picks the newest check-in with scores, whatever the list order', () => {
    const old = checkIn('2026-01-01', '2026-01-01T10:00:00.000Z', [{ activity: 'Running', score: 3 }]);
    const newer = checkIn('2026-01-08', '2026-01-08T10:00:00.000Z', [{ activity: 'Running', score: 6 }]);
    const none = checkIn('2026-01-09', '2026-01-09T10:00:00.000Z', []);
    expect(latestPsfsEntry([none, old, newer])?.id).toBe(newer.id);
    expect(latestPsfsEntry([newer, none, old])?.id).toBe(newer.id);
  });

  it('is null when no check-in carried PSFS scores', () => {
    expect(latestPsfsEntry([checkIn('2026-01-09', '2026-01-09T10:00:00.000Z', [])])).toBeNull();
    expect(latestPsfsEntry([])).toBeNull();
  });
});

describe('startingRows', () => {
  it('starts with one empty row the first time', () => {
    expect(startingRows([])).toEqual([{ activity: '', score: 5, previousScore: null }]);
  });

  it('reuses the last activities and shows their previous score', () => {
    expect(startingRows([{ activity: 'Sitting at work', score: 4 }])).toEqual([
      { activity: 'Sitting at work', score: 4, previousScore: 4 },
    ]);
  });
});

describe('psfsToSave', () => {
  it('trims, drops blanks and repeats, and keeps at most five', () => {
    const rows = ['  Running past 15 km ', '', 'running past 15 km', 'a', 'b', 'c', 'd', 'e'].map(
      (activity, i) => ({ activity, score: i, previousScore: null }),
    );
    expect(psfsToSave(rows)).toEqual([
      { activity: 'Running past 15 km', score: 0 },
      { activity: 'a', score: 3 },
      { activity: 'b', score: 4 },
      { activity: 'c', score: 5 },
      { activity: 'd', score: 6 },
    ]);
  });
});

describe('psfsMean', () => {
  it('averages to one decimal, null when empty', () => {
    expect(psfsMean([])).toBeNull();
    expect(
      psfsMean([
        { activity: 'a', score: 3 },
        { activity: 'b', score: 4 },
        { activity: 'c', score: 4 },
      ]),
    ).toBe(3.7);
  });
});

describe('psfsHistory', () => {
  it('follows each activity from its first to its latest score, ignoring case', () => {
    const a = checkIn('2026-01-01', '2026-01-01T10:00:00.000Z', [
      { activity: 'running past 15 km', score: 3 },
      { activity: 'Sitting at work', score: 5 },
    ]);
    const b = checkIn('2026-01-15', '2026-01-15T10:00:00.000Z', [
      { activity: 'Running past 15 km', score: 7 },
    ]);
    expect(psfsHistory([b, a, checkIn('2026-01-20', '2026-01-20T10:00:00.000Z', [])])).toEqual([
      {
        activity: 'Running past 15 km',
        firstDate: '2026-01-01',
        firstScore: 3,
        latestDate: '2026-01-15',
        latestScore: 7,
        entries: 2,
      },
      {
        activity: 'Sitting at work',
        firstDate: '2026-01-01',
        firstScore: 5,
        latestDate: '2026-01-01',
        latestScore: 5,
        entries: 1,
      },
    ]);
  });
});
