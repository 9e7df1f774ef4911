import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../simulate/rng';
import { createPostureMonitor } from './posture-monitor';
import { motionSyntheticTrace } from './synthetic-trace';
import type { SyntheticTraceOptions } from './synthetic-trace';
import type { PostureEvent, PostureMonitorOptions } from './types';

function eventsOf(
  trace: SyntheticTraceOptions,
  seed: number,
  options: Partial<PostureMonitorOptions> = { forwardAxis: [0, 0, -1] },
): PostureEvent[] {
  const monitor = createPostureMonitor(options);
  return motionSyntheticTrace(trace, rngFromSeed(seed)).flatMap((s) => [...monitor.push(s)]);
}

const TILT_START_S = 600;
const tilted: SyntheticTraceOptions = {
  durationS: 760,
  rateHz: 50,
  tilt: { startS: TILT_START_S, rampS: 60, deg: 8 },
};

describe('createPostureMonitor on synthetic belt traces', () => {
  it('establishes the baseline after warm-up and baseline time, at the true cadence', () => {
    const events = eventsOf({ durationS: 320, rateHz: 60, cadenceSpm: 172 }, 1);
    expect(events).toHaveLength(1);
    const ready = events[0];
    expect(ready?.kind).toBe('baseline-ready');
    expect(ready?.tS).toBeCloseTo(300, 0);
    expect(ready?.kind === 'baseline-ready' ? ready.baselineCadenceSpm : null).toBeCloseTo(172, 0);
  });

  it('nudges about lean after a forward tilt, within 30 s of the tilt passing the threshold', () => {
    const lean = eventsOf(tilted, 2).filter((e) => e.kind === 'lean-drift');
    expect(lean).toHaveLength(1);
    // 5° of an 8° tilt ramped over 60 s is reached 37.5 s after the tilt starts; it must then hold
    // for the 15 s sustain time (lean noise of about ±0.5° moves the crossing by a few seconds).
    const crossingS = TILT_START_S + (60 * 5) / 8;
    expect(lean[0]?.tS).toBeGreaterThan(crossingS + 15 - 5);
    expect(lean[0]?.tS).toBeLessThan(crossingS + 30);
  });

  it('never nudges before the tilt starts, whatever the noise', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        fc.integer({ min: 150, max: 185 }),
        (seed, noiseMps2, cadenceSpm) => {
          const events = eventsOf({ ...tilted, noiseMps2, cadenceSpm }, seed);
          const early = events.filter((e) => e.kind !== 'baseline-ready' && e.tS < TILT_START_S);
          expect(early).toEqual([]);
          expect(events.some((e) => e.kind === 'lean-drift')).toBe(true);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('detects lean without a known forward axis, as unsigned tilt', () => {
    const lean = eventsOf(tilted, 3, { forwardAxis: null }).filter((e) => e.kind === 'lean-drift');
    expect(lean).toHaveLength(1);
    expect(lean[0]?.tS).toBeGreaterThan(TILT_START_S);
  });

  it('flags a sustained cadence drop but not a steady run', () => {
    const drop = { startS: 400, rampS: 20, toSpm: 150 };
    const events = eventsOf({ durationS: 520, rateHz: 50, cadenceSpm: 164, cadenceChange: drop }, 4);
    const drops = events.filter((e) => e.kind === 'cadence-drop');
    expect(drops).toHaveLength(1);
    expect(drops[0]?.tS).toBeGreaterThan(430);
    expect(drops[0]?.tS).toBeLessThan(470);
    const steady = eventsOf({ durationS: 520, rateHz: 50, cadenceSpm: 164 }, 4);
    expect(steady.map((e) => e.kind)).toEqual(['baseline-ready']);
  });

  it('does not judge lean during a deliberate surge in cadence', () => {
    const surge = { startS: TILT_START_S, rampS: 20, toSpm: 176 };
    const events = eventsOf({ ...tilted, cadenceSpm: 160, cadenceChange: surge }, 6);
    expect(events.map((e) => e.kind)).toEqual(['baseline-ready']);
  });

  it('does not nudge while the runner is standing still', () => {
    const monitor = createPostureMonitor();
    const trace = motionSyntheticTrace({ durationS: 320, rateHz: 50 }, rngFromSeed(5));
    trace.forEach((s) => monitor.push(s));
    // Standing bent forward (tying a shoe): no rhythm, so no cadence and no drift alarm.
    const events: PostureEvent[] = [];
    for (let t = 320; t < 420; t += 0.02) events.push(...monitor.push({ tS: t, ax: 0, ay: 6.9, az: 6.9 }));
    expect(events).toEqual([]);
    expect(monitor.state().cadenceSpm).toBeNull();
  });

  it('ignores non-finite and out-of-order samples', () => {
    const monitor = createPostureMonitor();
    monitor.push({ tS: 1, ax: 0, ay: 9.8, az: 0 });
    expect(monitor.push({ tS: 0.5, ax: 0, ay: 9.8, az: 0 })).toEqual([]);
    expect(monitor.push({ tS: 2, ax: Number.NaN, ay: 9.8, az: 0 })).toEqual([]);
    expect(monitor.state().tS).toBe(1);
  });
});
