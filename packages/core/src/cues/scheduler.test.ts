import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../simulate/rng';
import { planCueDistances } from './plan';
import { createCueScheduler } from './scheduler';
import type { CueScheduler } from './scheduler';
import type { CueEvent, CuePlanOptions, CueSchedulerOptions } from './types';
import { planOptionsArb } from './cue-arbitraries.testkit';

function schedulerOf(options: CueSchedulerOptions): CueScheduler {
  const r = createCueScheduler(options);
  if (!r.ok) throw new Error(r.issues[0]?.code);
  return r.value;
}

/** A scripted steady run: 1 Hz updates at `speedMps`, returning every cue released. */
function runSteady(s: CueScheduler, distanceM: number, speedMps: number): CueEvent[] {
  const out: CueEvent[] = [];
  for (let t = 0; t * speedMps <= distanceM + speedMps; t++) {
    out.push(...s.update({ distanceM: Math.min(t * speedMps, distanceM), timeS: t }));
  }
  return out;
}

describe('createCueScheduler', () => {
  it('releases the planned cues at the right times on a scripted 12 km run at 4 m/s', () => {
    const s = schedulerOf({ interval: { kind: 'two-km' }, predictedOnsetM: 9000, rng: rngFromSeed(1) });
    const cues = runSteady(s, 12_000, 4);
    expect(cues.map((c) => [c.kind, c.distanceM, c.timeS])).toEqual([
      ['posture-reset', 2000, 500],
      ['posture-reset', 4000, 1000],
      ['posture-reset', 6000, 1500],
      ['breakdown-ahead', 8000, 2000],
      ['dense-reset', 9000, 2250],
      ['posture-reset', 10000, 2500],
      ['dense-reset', 11000, 2750],
      ['posture-reset', 12000, 3000],
    ]);
    expect(cues.every((c) => c.observedDistanceM - c.distanceM < 5)).toBe(true);
    expect(s.emitted()).toHaveLength(8);
  });

  it('never repeats the same wording twice in a row', () => {
    const s = schedulerOf({
      interval: { kind: 'custom', intervalM: 500 },
      predictedOnsetM: null,
      rng: () => 0,
    });
    const texts = runSteady(s, 20_000, 4).map((c) => c.text);
    expect(texts.length).toBe(40);
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
    expect(new Set(texts).size).toBeGreaterThan(1);
  });

  it('adds denser resets from the moment pain is reported', () => {
    const s = schedulerOf({ interval: { kind: 'two-km' }, predictedOnsetM: null, rng: rngFromSeed(2) });
    const early = runSteady(s, 4600, 4);
    s.reportPain(4600);
    const later: CueEvent[] = [];
    for (let d = 4600; d <= 8000; d += 4) later.push(...s.update({ distanceM: d, timeS: d / 4 }));
    expect(early.map((c) => c.distanceM)).toEqual([2000, 4000]);
    expect(later.map((c) => `${c.kind}@${c.distanceM}`)).toEqual([
      'dense-reset@5000',
      'posture-reset@6000',
      'dense-reset@7000',
      'posture-reset@8000',
    ]);
  });

  it('holds back a motion nudge right after another cue, then lets one through', () => {
    const s = schedulerOf({ interval: { kind: 'two-km' }, predictedOnsetM: null, rng: rngFromSeed(3) });
    s.update({ distanceM: 2000, timeS: 600 });
    expect(s.nudge({ distanceM: 2050, timeS: 620, reason: 'lean-drift' })).toBeNull();
    const nudge = s.nudge({ distanceM: 2300, timeS: 700, reason: 'lean-drift' });
    expect(nudge?.kind).toBe('form-nudge');
    expect(nudge?.reason).toBe('lean-drift');
    expect(s.nudge({ distanceM: 3800, timeS: 1200, reason: 'cadence-drop' })).toBeNull();
    expect(s.nudge({ distanceM: 3600, timeS: 1200, reason: 'cadence-drop' })?.reason).toBe('cadence-drop');
  });

  it('releases each planned cue exactly once, in order, whatever the GPS jitter', () => {
    const stepArb = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: 0, max: 12, noNaN: true }) },
      { weight: 2, arbitrary: fc.double({ min: -25, max: 0, noNaN: true }) },
      { weight: 1, arbitrary: fc.double({ min: 100, max: 2500, noNaN: true }) },
    );
    fc.assert(
      fc.property(planOptionsArb, fc.array(stepArb, { minLength: 1, maxLength: 600 }), (options, steps) => {
        const s = schedulerOf({ ...options, rng: rngFromSeed(4) });
        let d = 0;
        let maxD = 0;
        const cues: CueEvent[] = [];
        steps.forEach((step, t) => {
          d = Math.max(0, d + step);
          maxD = Math.max(maxD, d);
          cues.push(...s.update({ distanceM: d, timeS: t }));
        });
        const expected = planOf(options, maxD).map((c) => c.distanceM);
        expect(cues.map((c) => c.distanceM)).toEqual(expected);
        expect(cues.every((c) => c.observedDistanceM >= c.distanceM)).toBe(true);
      }),
    );
  });
});

function planOf(options: CuePlanOptions, runM: number) {
  const r = planCueDistances(options, runM);
  if (!r.ok) throw new Error(r.issues[0]?.code);
  return r.value;
}
