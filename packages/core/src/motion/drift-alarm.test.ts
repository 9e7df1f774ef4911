import { describe, expect, it } from 'vitest';
import { createDriftAlarm } from './drift-alarm';

const options = { threshold: 5, hysteresis: 2, sustainS: 10, cooldownS: 60 };

/** Feeds `value(t)` once a second from 0 to `toS` and returns the firing times. */
function firings(value: (tS: number) => number, toS: number): number[] {
  const alarm = createDriftAlarm(options);
  const out: number[] = [];
  for (let t = 0; t <= toS; t++) if (alarm.update(t, value(t))) out.push(t);
  return out;
}

describe('createDriftAlarm', () => {
  it('fires once the value has stayed above threshold for the sustain time', () => {
    expect(firings((t) => (t >= 20 ? 6 : 0), 40)).toEqual([30]);
  });

  it('ignores excursions shorter than the sustain time', () => {
    expect(firings((t) => (t % 15 < 8 ? 7 : 0), 200)).toEqual([]);
  });

  it('keeps counting through a dip that stays within the hysteresis band', () => {
    // Dips to 4 (not below 5 - 2) at 25-26: the drift that began at 20 goes on and fires at 30.
    const value = (t: number): number => (t < 20 ? 0 : t < 25 ? 6 : t < 27 ? 4 : 6);
    expect(firings(value, 40)).toEqual([30]);
    // A dip below 3 ends it: the clock restarts at 27.
    const corrected = (t: number): number => (t < 20 ? 0 : t < 25 ? 6 : t < 27 ? 2 : 6);
    expect(firings(corrected, 40)).toEqual([37]);
  });

  it('re-fires after a correction and a fresh drift, but not within the cooldown', () => {
    const value = (t: number): number => (t < 20 ? 0 : t < 35 ? 6 : t < 40 ? 0 : 6);
    expect(firings(value, 120)).toEqual([30, 90]);
  });

  it('reminds about a drift that never went away once per cooldown', () => {
    expect(firings((t) => (t >= 10 ? 8 : 0), 200)).toEqual([20, 80, 140, 200]);
  });

  it('forgets pending drift when paused', () => {
    const alarm = createDriftAlarm(options);
    for (let t = 0; t < 8; t++) alarm.update(t, 9);
    alarm.pause();
    const fired: number[] = [];
    for (let t = 8; t < 30; t++) if (alarm.update(t, 9)) fired.push(t);
    expect(fired).toEqual([18]);
  });
});
