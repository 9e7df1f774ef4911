import type { CueInterval } from '@upright/core';
import type { Settings } from '../../settings/settings';

const METERS_PER_MILE = 1609.344;

/** The runner's cue setting as the core's interval: 2 km and 1 mile are named, anything else custom. */
export function cueIntervalFromSettings(s: Pick<Settings, 'cueIntervalM'>): CueInterval {
  if (Math.abs(s.cueIntervalM - 2000) < 0.5) return { kind: 'two-km' };
  if (Math.abs(s.cueIntervalM - METERS_PER_MILE) < 0.5) return { kind: 'mile' };
  return { kind: 'custom', intervalM: s.cueIntervalM };
}
