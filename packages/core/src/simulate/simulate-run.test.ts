import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ChannelSet } from './index';
import { RUN_KINDS, rngFromSeed, simulateRun } from './index';

describe('simulateRun', () => {
  it('is deterministic for a seed', () => {
    const spec = { kind: 'steady', channels: 'dynamics', distanceM: 3000 } as const;
    const a = simulateRun(spec, rngFromSeed(11)).activity;
    const b = simulateRun(spec, rngFromSeed(11)).activity;
    expect(Array.from(a.samples.channels.cadence?.values ?? [])).toEqual(
      Array.from(b.samples.channels.cadence?.values ?? []),
    );
  });

  it('gives each channel set its own channels', () => {
    const channelsOf = (channels: ChannelSet) =>
      Object.keys(
        simulateRun({ kind: 'steady', channels, distanceM: 2000 }, rngFromSeed(1)).activity.samples.channels,
      ).sort();
    expect(channelsOf('gps-hr')).not.toContain('cadence');
    expect(channelsOf('wrist-cadence')).toContain('cadence');
    expect(channelsOf('wrist-cadence')).not.toContain('groundContactTime');
    expect(channelsOf('dynamics')).toEqual(
      expect.arrayContaining(['groundContactTime', 'verticalOscillation', 'stepLength', 'heartRate']),
    );
  });

  it('covers the distance with increasing time and aligned columns for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RUN_KINDS), fc.integer({ min: 0, max: 1e6 }), (kind, seed) => {
        const { activity } = simulateRun({ kind, channels: 'dynamics', distanceM: 4000 }, rngFromSeed(seed));
        const { time, channels } = activity.samples;
        for (let i = 1; i < time.length; i += 1) expect(time[i]).toBeGreaterThan(time[i - 1] ?? Infinity);
        for (const channel of Object.values(channels)) expect(channel.values.length).toBe(time.length);
        expect(activity.totals.distanceM).toBeGreaterThan(3500);
        expect(activity.totals.distanceM).toBeLessThan(4600);
      }),
      { numRuns: 20 },
    );
  });

  it('reports the onset as truth only when it lies inside the run', () => {
    const spec = { kind: 'long', channels: 'dynamics', distanceM: 5000 } as const;
    expect(simulateRun({ ...spec, onsetDistanceM: 3000 }, rngFromSeed(2)).truth.onsetDistanceM).toBe(3000);
    expect(simulateRun({ ...spec, onsetDistanceM: 9000 }, rngFromSeed(2)).truth.onsetDistanceM).toBeNull();
  });

  it('lengthens contact time after the onset', () => {
    const { activity } = simulateRun(
      {
        kind: 'steady',
        channels: 'dynamics',
        distanceM: 8000,
        onsetDistanceM: 4000,
        fatigue: { contactChange: 0.1, cadenceChange: 0, oscillationChange: 0, speedFade: 0, rampM: 300 },
      },
      rngFromSeed(5),
    );
    const d = activity.samples.channels.distance?.values ?? new Float64Array();
    const gct = activity.samples.channels.groundContactTime?.values ?? new Float64Array();
    const mean = (from: number, to: number) => {
      let sum = 0;
      let n = 0;
      d.forEach((x, i) => {
        const v = gct[i] ?? NaN;
        if (x >= from && x < to && Number.isFinite(v)) {
          sum += v;
          n += 1;
        }
      });
      return sum / n;
    };
    expect(mean(5000, 8000) / mean(1500, 3500)).toBeGreaterThan(1.05);
  });
});
