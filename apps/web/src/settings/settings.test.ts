import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, cueIntervalInUnits, cueIntervalToM, parseSettings } from './settings';

describe('parseSettings', () => {
  it('returns defaults for nothing stored or broken JSON', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{oops')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs invalid ones', () => {
    const s = parseSettings(JSON.stringify({ units: 'mi', theme: 'neon', cueIntervalM: 99_999 }));
    expect(s).toEqual({ ...DEFAULT_SETTINGS, units: 'mi' });
  });
});

describe('cue interval conversion', () => {
  it('shows metres in the chosen units and converts back', () => {
    expect(cueIntervalInUnits({ ...DEFAULT_SETTINGS, cueIntervalM: 2000 })).toBe(2);
    expect(cueIntervalInUnits({ ...DEFAULT_SETTINGS, units: 'mi', cueIntervalM: 3218.688 })).toBe(2);
    expect(cueIntervalToM(1, 'mi')).toBeCloseTo(1609.344);
  });
});
