import { describe, expect, it } from 'vitest';
import { createCueScheduler, createDistanceTracker, planCueDistances } from '@upright/core';
import { createRunSession } from './run-session';
import { scriptedTrack } from './scripted-track';

function setup(opts: { predictedOnsetM: number | null; interval: 'two-km' | 'mile' }) {
  const spoken: string[] = [];
  const vibrations: (readonly number[])[] = [];
  const scheduler = createCueScheduler({
    interval: { kind: opts.interval },
    predictedOnsetM: opts.predictedOnsetM,
    rng: () => 0.5,
  });
  if (!scheduler.ok) throw new Error('scheduler options');
  const session = createRunSession({
    scheduler: scheduler.value,
    tracker: createDistanceTracker(),
    speech: { speak: (t) => spoken.push(t), cancel: () => undefined },
    vibration: { vibrate: (p) => vibrations.push(p) },
    startMs: 1_000_000,
  });
  return { session, spoken, vibrations };
}

function planFor(distanceM: number) {
  const plan = planCueDistances({ interval: { kind: 'two-km' }, predictedOnsetM: 7000 }, distanceM);
  if (!plan.ok) throw new Error('plan');
  return plan.value;
}

describe('run session', () => {
  it('cues every 2 km, once before the predicted breakdown, and denser after it', () => {
    const { session, spoken, vibrations } = setup({ predictedOnsetM: 7000, interval: 'two-km' });
    for (const fix of scriptedTrack({ startMs: 1_000_000, speedMps: 3.3, durationS: 3200 }))
      session.onFix(fix);
    const snap = session.snapshot(1_000_000 + 3_200_000);
    expect(snap.distanceM).toBeGreaterThan(10_400);
    expect(snap.distanceM).toBeLessThan(10_700);
    const kinds = snap.cues.map((c) => [c.kind, c.distanceM] as const);
    // Exactly the core plan for this distance, released in order.
    expect(kinds).toEqual(planFor(snap.distanceM).map((c) => [c.kind, c.distanceM]));
    expect(kinds.filter(([k]) => k === 'posture-reset').map(([, d]) => d)).toEqual([2000, 4000, 8000, 10000]);
    expect(kinds.filter(([k]) => k === 'breakdown-ahead')).toEqual([['breakdown-ahead', 6000]]);
    const dense = kinds.filter(([k]) => k === 'dense-reset').map(([, d]) => d);
    expect(dense.length).toBeGreaterThan(0);
    expect(dense.every((d) => d >= 7000)).toBe(true);
    expect(spoken).toHaveLength(kinds.length);
    expect(new Set(spoken).size).toBeGreaterThan(3);
    expect(vibrations).toHaveLength(kinds.length);
    expect(snap.cues.every((c) => c.observedDistanceM - c.distanceM < 20)).toBe(true);
    expect(snap.nextCue?.distanceM).toBe(
      planFor(20_000).find((c) => c.distanceM > snap.distanceM)?.distanceM,
    );
  });

  it('cues every mile when the setting says miles', () => {
    const { session } = setup({ predictedOnsetM: null, interval: 'mile' });
    for (const fix of scriptedTrack({ startMs: 1_000_000, speedMps: 3, durationS: 1700 })) session.onFix(fix);
    const cues = session.snapshot(0).cues;
    expect(cues.map((c) => Math.round(c.distanceM))).toEqual([1609, 3219, 4828]);
  });

  it('does not count distance or give cues while paused, and records the pause as a gap', () => {
    const { session } = setup({ predictedOnsetM: null, interval: 'two-km' });
    const fixes = scriptedTrack({ startMs: 1_000_000, speedMps: 3, durationS: 1200 });
    fixes.slice(0, 601).forEach((f) => session.onFix(f));
    const before = session.snapshot(1_000_000 + 600_000).distanceM;
    session.pause(1_000_000 + 600_000);
    fixes.slice(601, 901).forEach((f) => session.onFix(f));
    expect(session.snapshot(1_000_000 + 900_000).distanceM).toBe(before);
    session.resume(1_000_000 + 900_000);
    fixes.slice(901).forEach((f) => session.onFix(f));
    const after = session.snapshot(1_000_000 + 1_200_000);
    expect(after.distanceM - before).toBeGreaterThan(800);
    expect(after.distanceM - before).toBeLessThan(1000);
    expect(after.movingS).toBeCloseTo(900, 0);
    const recorded = session.finish(1_000_000 + 1_200_000);
    expect(recorded?.gaps).toEqual([{ startS: 600, endS: 900 }]);
    expect(recorded?.timeS.length).toBe(recorded?.distanceM.length);
    expect(recorded?.startTime).toBe(new Date(1_000_000).toISOString());
  });

  it('speaks a lean nudge at once but not twice within the scheduler gap', () => {
    const { session, spoken } = setup({ predictedOnsetM: null, interval: 'two-km' });
    scriptedTrack({ startMs: 1_000_000, speedMps: 3, durationS: 300 }).forEach((f) => session.onFix(f));
    expect(session.onNudge('lean-drift', 1_000_000 + 300_000)?.kind).toBe('form-nudge');
    expect(session.onNudge('lean-drift', 1_000_000 + 310_000)).toBeNull();
    expect(spoken).toHaveLength(1);
  });
});
