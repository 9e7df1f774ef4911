import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFromSeed, rngGaussian } from '../simulate/rng';
import { createDistanceTracker } from './distance-tracker';
import type { GeoFix } from './distance-tracker';

const M_PER_DEG_LAT = 111_195;

interface TrackSpec {
  readonly seed: number;
  readonly lat0: number;
  readonly speedMps: number;
  readonly headingRad: number;
  readonly durationS: number;
  /** Sd of the slowly wandering GPS bias, metres (plus 0.7 m of white noise per fix). */
  readonly noiseM: number;
}

/** 1 Hz fixes along a straight line (speed 0: standing still) with realistic GPS noise. */
function fixesOf(spec: TrackSpec): GeoFix[] {
  const rng = rngFromSeed(spec.seed);
  const cos = Math.cos((spec.lat0 * Math.PI) / 180);
  let biasX = 0;
  let biasY = 0;
  const out: GeoFix[] = [];
  for (let t = 0; t <= spec.durationS; t++) {
    // Phone GPS error is mostly a bias wandering over tens of seconds (AR(1), 30 s time constant),
    // not independent jumps from fix to fix.
    const a = Math.exp(-1 / 30);
    const drive = spec.noiseM * Math.sqrt(1 - a * a);
    biasX = a * biasX + drive * rngGaussian(rng);
    biasY = a * biasY + drive * rngGaussian(rng);
    const along = spec.speedMps * t;
    const x = along * Math.sin(spec.headingRad) + biasX + 0.7 * rngGaussian(rng);
    const y = along * Math.cos(spec.headingRad) + biasY + 0.7 * rngGaussian(rng);
    out.push({
      latitude: spec.lat0 + y / M_PER_DEG_LAT,
      longitude: 10 + x / (M_PER_DEG_LAT * cos),
      accuracyM: 2 + spec.noiseM * 1.5,
      timestampMs: 1_700_000_000_000 + t * 1000,
    });
  }
  return out;
}

function distanceOf(fixes: readonly GeoFix[]): number {
  const tracker = createDistanceTracker();
  for (const f of fixes) tracker.update(f);
  return tracker.distanceM;
}

const specArb = (speed: fc.Arbitrary<number>): fc.Arbitrary<TrackSpec> =>
  fc.record({
    seed: fc.integer(),
    lat0: fc.double({ min: -60, max: 60, noNaN: true }),
    speedMps: speed,
    headingRad: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    durationS: fc.integer({ min: 600, max: 1200 }),
    noiseM: fc.double({ min: 1, max: 5, noNaN: true }),
  });

describe('createDistanceTracker', () => {
  it('accumulates almost nothing while standing still in noisy fixes', () => {
    fc.assert(
      fc.property(specArb(fc.constant(0)), (spec) => {
        expect(distanceOf(fixesOf(spec))).toBeLessThan(15);
      }),
      { numRuns: 40 },
    );
  });

  it('measures a straight line at constant running speed within 3 %', () => {
    fc.assert(
      fc.property(specArb(fc.double({ min: 2.5, max: 6.5, noNaN: true })), (spec) => {
        const trueM = spec.speedMps * spec.durationS;
        expect(Math.abs(distanceOf(fixesOf(spec)) - trueM) / trueM).toBeLessThan(0.03);
      }),
      { numRuns: 40 },
    );
  });

  it('drops inaccurate fixes and a single far outlier without adding their distance', () => {
    const fixes = fixesOf({ seed: 7, lat0: 48, speedMps: 3, headingRad: 1, durationS: 600, noiseM: 2 });
    const clean = distanceOf(fixes);
    const tracker = createDistanceTracker();
    const reasons: (string | null)[] = [];
    fixes.forEach((f, i) => {
      if (i === 200) reasons.push(tracker.update({ ...f, latitude: f.latitude + 0.01 }).rejectReason);
      if (i === 300) reasons.push(tracker.update({ ...f, accuracyM: 80 }).rejectReason);
      if (i === 400) reasons.push(tracker.update({ ...f, timestampMs: f.timestampMs - 5000 }).rejectReason);
      tracker.update(f);
    });
    expect(reasons).toEqual(['implausible-speed', 'poor-accuracy', 'out-of-order']);
    expect(Math.abs(tracker.distanceM - clean)).toBeLessThan(1);
  });

  it('restarts after losing lock instead of rejecting every later fix', () => {
    const tracker = createDistanceTracker();
    const base = 1_700_000_000_000;
    tracker.update({ latitude: 48, longitude: 10, accuracyM: 5, timestampMs: base });
    for (let t = 1; t <= 60; t++) {
      tracker.update({
        latitude: 48.05 + (t * 3) / M_PER_DEG_LAT,
        longitude: 10,
        accuracyM: 5,
        timestampMs: base + t * 1000,
      });
    }
    expect(tracker.distanceM).toBeGreaterThan(150);
    expect(tracker.distanceM).toBeLessThan(180);
    expect(tracker.speedMps).toBeGreaterThan(2.5);
  });

  it('never decreases and reports the reason for a malformed fix', () => {
    const tracker = createDistanceTracker();
    expect(
      tracker.update({ latitude: Number.NaN, longitude: 0, accuracyM: 5, timestampMs: 0 }).rejectReason,
    ).toBe('invalid');
    let last = 0;
    for (const f of fixesOf({ seed: 9, lat0: 0, speedMps: 4, headingRad: 2, durationS: 300, noiseM: 4 })) {
      const u = tracker.update(f);
      expect(u.distanceM).toBeGreaterThanOrEqual(last);
      last = u.distanceM;
    }
  });
});
