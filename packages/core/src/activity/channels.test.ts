import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNEL_UNITS, isChannelName } from './channels';

describe('channels', () => {
  it('names every channel the activity model promises, with its unit', () => {
    expect(CHANNEL_NAMES).toHaveLength(16);
    expect(CHANNEL_UNITS.cadence).toBe('steps/min');
    expect(CHANNEL_UNITS.groundContactTime).toBe('ms');
  });

  it('recognises channel names and rejects others, including prototype keys', () => {
    expect(isChannelName('verticalRatio')).toBe(true);
    expect(isChannelName('toString')).toBe(false);
    expect(isChannelName('pace')).toBe(false);
  });
});
