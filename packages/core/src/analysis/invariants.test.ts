import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity, Channel } from '../activity/model';
import { rngFromSeed, simulateRun } from '../simulate/index';
import { analyzeRun } from './analyze-run';
import { createOnsetDetector } from './onset-detector';
import { DEFAULT_ANALYZE_OPTIONS } from './options';
import { fitRobustRidge } from './robust-fit';
import type { ScoredBin } from './scoring';
import type { Bin, BinnerSample } from './segment-binner';
import { createSegmentBinner } from './segment-binner';

function sample(timeS: number, distanceM: number, speedMps: number, afterPause = false): BinnerSample {
  return {
    timeS,
    distanceM,
    speedMps,
    altitudeM: 10,
    heartRate: 140,
    power: NaN,
    cadence: 170,
    stepLength: NaN,
    groundContactTime: 250,
    verticalOscillation: NaN,
    afterPause,
  };
}

describe('segment binner (property)', () => {
  it('gives every segment the stream speed, whatever the sample spacing and pauses', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 6, noNaN: true }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 400, maxLength: 900 }),
        fc.array(fc.nat({ max: 899 }), { maxLength: 4 }),
        (speed, steps, pauseAt) => {
          const binner = createSegmentBinner(DEFAULT_ANALYZE_OPTIONS);
          const bins: Bin[] = [];
          let t = 0;
          let d = 0;
          steps.forEach((dt, i) => {
            const paused = pauseAt.includes(i);
            t += paused ? 300 : dt;
            d += paused ? 0 : speed * dt;
            const bin = binner.push(sample(t, d, speed, paused));
            if (bin) bins.push(bin);
          });
          for (const b of bins) {
            expect(b.speedMps).toBeCloseTo(speed, 6);
            expect(b.values.cadence).toBeCloseTo(170, 9);
            expect(b.speedChange).toBeLessThan(0.05);
          }
          const starts = bins.map((b) => b.movingStartM);
          starts.slice(1).forEach((s, i) => expect(s - (starts[i] ?? 0)).toBeGreaterThanOrEqual(200 - 1e-6));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads smart recording (a sample every 12 s) as running, not as pauses', () => {
    const binner = createSegmentBinner(DEFAULT_ANALYZE_OPTIONS);
    let emitted = 0;
    for (let i = 0; i < 300; i += 1) if (binner.push(sample(12 * i, 36 * i, 3))) emitted += 1;
    expect(emitted).toBeGreaterThanOrEqual(45);
  });

  it('leaves standing samples out of the moving distance', () => {
    const binner = createSegmentBinner(DEFAULT_ANALYZE_OPTIONS);
    let emitted = 0;
    for (let t = 0; t < 600; t += 1) if (binner.push(sample(t, 0, 0))) emitted += 1;
    expect(emitted).toBe(0);
  });
});

describe('robust ridge fit (property)', () => {
  it('recovers a noise-free relation and shrugs off one wild segment', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        (a, b, outlier) => {
          const x = Array.from({ length: 30 }, (_, i) => [(i % 7) / 20 - 0.15, (i % 5) / 25 - 0.08] as const);
          const y = x.map(([x1, x2]) => a + b * x1 + 0.5 * x2);
          y[3] = (y[3] ?? 0) + outlier;
          const fit = fitRobustRidge(y, x, { slopes: [b, 0.5], sd: [0.01, 0.01] }, 0.001);
          expect(fit.intercept).toBeCloseTo(a, 2);
          expect(fit.slopes[0]).toBeCloseTo(b, 2);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('onset detector (property)', () => {
  it('never fires while every segment stays inside the fresh band', () => {
    const reference = 1 + DEFAULT_ANALYZE_OPTIONS.cusumSlack;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: reference, noNaN: true }), { maxLength: 300 }),
        (scores) => {
          const detector = createOnsetDetector({
            options: DEFAULT_ANALYZE_OPTIONS,
            channels: ['cadence'],
            freshEndM: 0,
          });
          const events = scores.map((score, i) => {
            const bin = { index: i, movingStartM: 200 * i } as Bin;
            return detector.push({ bin, score, lnResidual: {}, z: {} } as ScoredBin);
          });
          expect([...events, detector.finish()].filter((e) => e !== null)).toEqual([]);
        },
      ),
    );
  });
});

function scaleChannel(activity: Activity, name: 'groundContactTime', factor: number): Activity {
  const channel = activity.samples.channels[name] as Channel;
  const scaled: Channel = { ...channel, values: channel.values.map((v) => v * factor) };
  return {
    ...activity,
    samples: { ...activity.samples, channels: { ...activity.samples.channels, [name]: scaled } },
  };
}

describe('analyzeRun invariants', () => {
  const { activity } = simulateRun(
    { kind: 'long', channels: 'dynamics', distanceM: 20000, onsetDistanceM: 14000 },
    rngFromSeed(31),
  );
  const reference = analyzeRun(activity).formBreakdown;

  it('does not depend on the unit a channel is recorded in (the model is on log values)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), (factor) => {
        const scaled = analyzeRun(scaleChannel(activity, 'groundContactTime', factor)).formBreakdown;
        expect(scaled.status).toBe(reference.status);
        expect(scaled.onsetDistanceM).toBe(reference.onsetDistanceM);
      }),
      { numRuns: 8 },
    );
  });

  it('analyses a 3-hour run in a few milliseconds', () => {
    const long = simulateRun(
      { kind: 'long', channels: 'dynamics', distanceM: 36000 },
      rngFromSeed(2),
    ).activity;
    expect(long.totals.elapsedS).toBeGreaterThan(3 * 3600 * 0.9);
    analyzeRun(long);
    const t0 = performance.now();
    for (let i = 0; i < 5; i += 1) analyzeRun(long);
    expect((performance.now() - t0) / 5).toBeLessThan(100);
  });
});

function channel(name: 'distance' | 'speed' | 'cadence' | 'altitude', values: number[]): Channel {
  return { name, unit: '', source: { kind: 'native', field: name }, values: Float64Array.from(values) };
}

describe('analyzeRun on arbitrary input (property)', () => {
  it('never throws and always gives a known status, whatever the samples', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6 }), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -10, max: 1e5, noNaN: true }), value, value, value, value), {
          maxLength: 400,
        }),
        (rows) => {
          const { activity } = simulateRun(
            { kind: 'steady', channels: 'gps-hr', distanceM: 300 },
            rngFromSeed(1),
          );
          const time = rows.map((r) => r[0]);
          const broken: Activity = {
            ...activity,
            samples: {
              time: Float64Array.from(time),
              channels: {
                distance: channel(
                  'distance',
                  rows.map((r) => r[1]),
                ),
                speed: channel(
                  'speed',
                  rows.map((r) => r[2]),
                ),
                cadence: channel(
                  'cadence',
                  rows.map((r) => r[3]),
                ),
                altitude: channel(
                  'altitude',
                  rows.map((r) => r[4]),
                ),
              },
              extras: [],
              gaps: [{ startS: 5, endS: 2 }],
            },
          };
          const analysis = analyzeRun(broken);
          expect(['detected', 'none', 'insufficient-data']).toContain(analysis.formBreakdown.status);
          expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
        },
      ),
      { numRuns: 60 },
    );
  });
});
