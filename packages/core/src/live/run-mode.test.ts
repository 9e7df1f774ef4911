import { describe, expect, it } from 'vitest';
import { createCueScheduler } from '../cues/scheduler';
import type { CueEvent } from '../cues/types';
import { rngFromSeed } from '../simulate/rng';
import { createDistanceTracker } from './distance-tracker';
import { liveScriptedTrack } from './scripted-track';

/** Replays fixes through tracker and scheduler as run mode does; returns the cues with their true distance. */
function replay(noiseM: number, seed: number): { cue: CueEvent; trueM: number }[] {
  const speedMps = 3.5;
  const fixes = liveScriptedTrack(
    {
      startLatitude: 52.37,
      startLongitude: 4.89,
      headingDeg: 60,
      speedMps,
      durationS: 3600,
      noiseM,
      accuracyM: 8,
    },
    rngFromSeed(seed),
  );
  const tracker = createDistanceTracker();
  const scheduler = createCueScheduler({
    interval: { kind: 'two-km' },
    predictedOnsetM: 9000,
    rng: rngFromSeed(1),
  });
  if (!scheduler.ok) throw new Error('options');
  const out: { cue: CueEvent; trueM: number }[] = [];
  for (const fix of fixes) {
    const timeS = fix.timestampMs / 1000;
    const { distanceM } = tracker.update(fix);
    for (const cue of scheduler.value.update({ distanceM, timeS }))
      out.push({ cue, trueM: speedMps * timeS });
  }
  return out;
}

describe('run mode: scripted geolocation track through the distance tracker and cue scheduler', () => {
  it('speaks every cue of the plan, each within 1.5 % of its true distance', () => {
    for (const [noiseM, seed] of [
      [0, 1],
      [4, 2],
      [4, 3],
    ] as const) {
      const cues = replay(noiseM, seed);
      expect(cues.map((c) => `${c.cue.kind}@${c.cue.distanceM}`)).toEqual([
        'posture-reset@2000',
        'posture-reset@4000',
        'posture-reset@6000',
        'breakdown-ahead@8000',
        'dense-reset@9000',
        'posture-reset@10000',
        'dense-reset@11000',
        'posture-reset@12000',
      ]);
      for (const { cue, trueM } of cues)
        expect(Math.abs(trueM - cue.distanceM) / cue.distanceM).toBeLessThan(0.015);
    }
  });

  it('scripts exact fixes along the heading at the given speed', () => {
    const fixes = liveScriptedTrack({
      startLatitude: 0,
      startLongitude: 0,
      headingDeg: 0,
      speedMps: 5,
      durationS: 10,
    });
    expect(fixes).toHaveLength(11);
    expect(fixes[10]?.latitude).toBeCloseTo(50 / 111_195, 9);
    expect(fixes[10]?.longitude).toBe(0);
    expect(fixes[10]?.timestampMs).toBe(10_000);
  });
});
