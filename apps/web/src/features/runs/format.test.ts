import { describe, expect, it } from 'vitest';
import { formatDistance, formatDuration, formatPace, paceSecondsPerUnit } from './format';

describe('run formatting', () => {
  it('formats distance in the chosen unit', () => {
    expect(formatDistance(21097.5, 'km')).toBe('21.10 km');
    expect(formatDistance(21097.5, 'mi')).toBe('13.11 mi');
    expect(formatDistance(null, 'km')).toBe('–');
  });

  it('formats durations with hours only when needed', () => {
    expect(formatDuration(2527)).toBe('42:07');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(-1)).toBe('–');
  });

  it('turns speed into pace per unit and hides standing still', () => {
    expect(formatPace(paceSecondsPerUnit(1000 / 312, 'km'), 'km')).toBe('5:12 /km');
    expect(formatPace(paceSecondsPerUnit(0, 'km'), 'km')).toBe('–');
    expect(paceSecondsPerUnit(1609.344 / 480, 'mi')).toBeCloseTo(480, 6);
  });
});
