import type { Samples } from '@upright/core';
import { describe, expect, it } from 'vitest';
import { samplesDecode, samplesEncode } from './samples-codec';

function sampleRun(n: number): Samples {
  const time = Float64Array.from({ length: n }, (_, i) => i * 1.5);
  const latitude = Float64Array.from({ length: n }, (_, i) => 51.501234567 + i * 1e-6);
  const heartRate = Float64Array.from({ length: n }, (_, i) => (i === 3 ? NaN : 140 + (i % 7)));
  return {
    time,
    channels: {
      latitude: {
        name: 'latitude',
        unit: 'deg',
        source: { kind: 'native', field: 'position_lat' },
        values: latitude,
      },
      heartRate: {
        name: 'heartRate',
        unit: 'bpm',
        source: { kind: 'native', field: 'heart_rate' },
        values: heartRate,
      },
    },
    extras: [
      {
        name: 'groundContactTime:developer:Stryd',
        quantity: 'groundContactTime',
        unit: 'ms',
        source: { kind: 'developer', field: 'GCT', app: 'Stryd', appId: null },
        values: Float64Array.from({ length: n }, () => 251.25),
      },
    ],
    gaps: [{ startS: 3, endS: 4.5 }],
  };
}

describe('samples codec', () => {
  it('round-trips time and positions exactly, other channels to float32, NaN kept', () => {
    const samples = sampleRun(1000);
    const { layout, data } = samplesEncode(samples);
    const back = samplesDecode(JSON.parse(JSON.stringify(layout)) as typeof layout, data);
    expect(back.time).toEqual(samples.time);
    expect(back.channels.latitude?.values).toEqual(samples.channels.latitude?.values);
    expect(Number.isNaN(back.channels.heartRate?.values[3])).toBe(true);
    expect(back.channels.heartRate?.values[5]).toBe(145);
    expect(back.channels.heartRate?.source).toEqual({ kind: 'native', field: 'heart_rate' });
    expect(back.extras[0]?.values[0]).toBe(251.25);
    expect(back.extras[0]?.quantity).toBe('groundContactTime');
    expect(back.gaps).toEqual(samples.gaps);
  });

  it('stores far fewer bytes than JSON would', () => {
    const samples = sampleRun(5000);
    const { data } = samplesEncode(samples);
    const json = JSON.stringify([...samples.time, ...(samples.channels.latitude?.values ?? [])]);
    expect(data.byteLength).toBeLessThan(json.length / 2);
  });

  it('handles an activity with no samples', () => {
    const empty: Samples = { time: new Float64Array(0), channels: {}, extras: [], gaps: [] };
    const { layout, data } = samplesEncode(empty);
    expect(samplesDecode(layout, data).time.length).toBe(0);
  });
});
