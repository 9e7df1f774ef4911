import { describe, expect, it } from 'vitest';
import { cueIntervalFromSettings } from './cue-interval';

describe('cueIntervalFromSettings', () => {
  it('maps the common settings to the named intervals and others to metres', () => {
    expect(cueIntervalFromSettings({ cueIntervalM: 2000 })).toEqual({ kind: 'two-km' });
    expect(cueIntervalFromSettings({ cueIntervalM: 1609.344 })).toEqual({ kind: 'mile' });
    expect(cueIntervalFromSettings({ cueIntervalM: 3218.688 })).toEqual({
      kind: 'custom',
      intervalM: 3218.688,
    });
  });
});
