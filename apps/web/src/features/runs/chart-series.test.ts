import { describe, expect, it } from 'vitest';
import type { SamplesJson } from '@upright/api-contract';
import { chartSeries, paceLabel, smoothOverTime } from './chart-series';

function samples(n: number, extra: Record<string, (i: number) => number | null> = {}): SamplesJson {
  const time = Array.from({ length: n }, (_, i) => i);
  const ch = (unit: string, f: (i: number) => number | null) => ({
    unit,
    source: { kind: 'native' as const, field: 'x' },
    values: time.map(f),
  });
  return {
    time,
    channels: {
      distance: ch('m', (i) => i * 3),
      speed: ch('m/s', () => 3),
      ...Object.fromEntries(Object.entries(extra).map(([k, f]) => [k, ch('', f)])),
    },
    gaps: [],
  };
}

describe('chartSeries', () => {
  it('charts only the metrics the run recorded, against distance in display units', () => {
    const s = chartSeries(samples(100, { heartRate: () => 150 }), 'km');
    expect(s?.metrics.map((m) => m.def.key)).toEqual(['pace', 'heartRate']);
    expect(s?.x[99]).toBeCloseTo(0.297, 6);
    expect(s?.metrics[0]?.y[50]).toBeCloseTo(333.33, 1);
  });

  it('leaves walking-pace stretches out of the pace chart', () => {
    const input = samples(60);
    const speed = input.channels.speed;
    if (speed) speed.values = speed.values.map((_, i) => (i >= 20 && i < 40 ? 0.5 : 3));
    const pace = chartSeries(input, 'km')?.metrics[0]?.y ?? [];
    expect(pace[30]).toBeNull();
    expect(pace[5]).toBeCloseTo(333.33, 1);
  });

  it('leaves out a metric with too few values', () => {
    const s = chartSeries(samples(100, { power: (i) => (i < 5 ? 250 : null) }), 'mi');
    expect(s?.metrics.map((m) => m.def.key)).toEqual(['pace']);
  });

  it('breaks every line at a pause and reports where it happened', () => {
    const input = { ...samples(20, { cadence: () => 170 }), gaps: [{ startS: 9.5, endS: 10 }] };
    const s = chartSeries(input, 'km');
    expect(s?.metrics.every((m) => m.y[9] === null && m.y[10] !== null)).toBe(true);
    expect(s?.pausesAt).toEqual([0.03]);
  });

  it('returns null without a distance channel', () => {
    const input = samples(10);
    const { distance: _d, ...rest } = input.channels;
    expect(chartSeries({ ...input, channels: rest }, 'km')).toBeNull();
  });

  it('carries distance forward over missing values so x never goes back', () => {
    const s = chartSeries(samples(10, {}), 'km');
    const input = samples(10);
    const d = input.channels.distance;
    if (d) d.values[4] = null;
    const t = chartSeries(input, 'km');
    expect(t?.x[4]).toBe(t?.x[3]);
    expect(s?.x[4]).toBeGreaterThan(s?.x[3] ?? 0);
  });
});

describe('smoothOverTime', () => {
  it('averages within the window and keeps missing values missing', () => {
    expect(smoothOverTime([1, 2, 3, null, 5], [0, 1, 2, 3, 4], 2)).toEqual([1.5, 2, 2.5, null, 5]);
  });
});

describe('paceLabel', () => {
  it('shows minutes and seconds', () => {
    expect(paceLabel(312.4)).toBe('5:12');
  });
});
