import { describe, expect, it } from 'vitest';
import { formatDay, formatDistanceKm, formatDose, formatDuration, localIsoDate } from './dose';

describe('formatDose', () => {
  it('describes holds, timed work and reps', () => {
    expect(formatDose({ kind: 'hold', sets: 3, holdS: 45, perSide: false, restS: 30 })).toBe(
      '3 × 45 s hold · rest 30 s',
    );
    expect(formatDose({ kind: 'timed', sets: 1, workS: 180, perSide: false, restS: 0 })).toBe('1 × 3 min');
    expect(formatDose({ kind: 'reps', sets: 2, reps: 8, perSide: true, restS: 20, secondsPerRep: 4 })).toBe(
      '2 × 8 reps, each side · rest 20 s',
    );
  });
});

describe('formatting', () => {
  it('formats durations, days and distances', () => {
    expect(formatDuration(750)).toBe('12 min 30 s');
    expect(formatDay('2026-03-14')).toBe('Sat 14 Mar');
    expect(formatDistanceKm(14, 'km')).toBe('14 km');
    expect(formatDistanceKm(14, 'mi')).toBe('8.7 mi');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
