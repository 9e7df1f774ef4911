import type { Sport } from '@upright/core';
import type { FitEnum } from './messages';

/** Our sport for a FIT sport/sub-sport pair (profile enum strings). */
export function fitSport(sport: FitEnum | undefined, subSport: FitEnum | undefined): Sport {
  switch (sport) {
    case 'running':
      if (subSport === 'trail') return 'trail-running';
      if (subSport === 'treadmill' || subSport === 'indoorRunning' || subSport === 'virtualActivity')
        return 'treadmill-running';
      return 'running';
    case 'walking':
      return 'walking';
    case 'hiking':
      return 'hiking';
    case 'cycling':
      return 'cycling';
    case 'swimming':
      return 'swimming';
    case 'multisport':
      return 'multisport';
    case undefined:
    default:
      return 'other';
  }
}

export function sportIsRunning(sport: Sport): boolean {
  return sport === 'running' || sport === 'trail-running' || sport === 'treadmill-running';
}

/** Sports measured in steps (cadence is steps/min, running dynamics apply). */
export function sportIsOnFoot(sport: Sport): boolean {
  return sportIsRunning(sport) || sport === 'walking' || sport === 'hiking';
}

export function fitSportRaw(sport: FitEnum | undefined, subSport: FitEnum | undefined): string | null {
  if (sport === undefined) return null;
  return subSport === undefined ? String(sport) : `${String(sport)}/${String(subSport)}`;
}
