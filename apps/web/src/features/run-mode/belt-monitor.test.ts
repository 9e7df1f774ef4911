import { describe, expect, it } from 'vitest';
import { motionSyntheticTrace, rngFromSeed } from '@upright/core';
import { createBeltMonitor } from './belt-monitor';

describe('belt monitor', () => {
  it('nudges once the runner leans forward past the threshold for long enough, not before', () => {
    const trace = motionSyntheticTrace(
      { durationS: 480, rateHz: 50, tilt: { startS: 380, rampS: 20, deg: 10 } },
      rngFromSeed(3),
    );
    const belt = createBeltMonitor();
    const startMs = 1_700_000_000_000;
    const events = trace.flatMap((s) =>
      belt.push({ timestampMs: startMs + s.tS * 1000, x: s.ax, y: s.ay, z: s.az }, startMs),
    );
    const leans = events.filter((e) => e.kind === 'lean-drift');
    expect(leans.length).toBe(1);
    expect(leans[0]?.tS).toBeGreaterThan(380);
    expect(belt.state().baselineReady).toBe(true);
    expect(belt.state().cadenceSpm).toBeGreaterThan(150);
  });

  it('ignores repeated timestamps', () => {
    const belt = createBeltMonitor();
    expect(belt.push({ timestampMs: 1000, x: 0, y: 9.8, z: 0 }, 0)).toEqual([]);
    expect(belt.push({ timestampMs: 1000, x: 0, y: 9.8, z: 0 }, 0)).toEqual([]);
    expect(belt.state().tS).toBe(1);
  });
});
