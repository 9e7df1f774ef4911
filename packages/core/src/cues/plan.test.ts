import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCueDistances } from './plan';
import { METERS_PER_MILE } from './types';
import { planOptionsArb } from './cue-arbitraries.testkit';
import type { CueInterval, CuePlanOptions, PlannedCue } from './types';

function planOf(options: CuePlanOptions, runDistanceM: number): readonly PlannedCue[] {
  const r = planCueDistances(options, runDistanceM);
  if (!r.ok) throw new Error(r.issues[0]?.code);
  return r.value;
}

function intervalM(i: CueInterval): number {
  return i.kind === 'two-km' ? 2000 : i.kind === 'mile' ? METERS_PER_MILE : i.intervalM;
}

describe('planCueDistances', () => {
  it('puts a reset at every 2 km and warns 1 km before the predicted breakdown', () => {
    const plan = planOf({ interval: { kind: 'two-km' }, predictedOnsetM: 7000 }, 10_000);
    expect(plan.map((c) => `${c.kind}@${c.distanceM}`)).toEqual([
      'posture-reset@2000',
      'posture-reset@4000',
      'breakdown-ahead@6000',
      'dense-reset@7000',
      'posture-reset@8000',
      'dense-reset@9000',
      'posture-reset@10000',
    ]);
  });

  it('uses miles and half miles when the runner chose miles', () => {
    const plan = planOf({ interval: { kind: 'mile' }, predictedOnsetM: 5000 }, 8047);
    expect(plan.map((c) => [c.kind, Math.round(c.distanceM)])).toEqual([
      ['posture-reset', 1609],
      ['posture-reset', 3219],
      ['breakdown-ahead', 4000],
      ['posture-reset', 4828],
      ['dense-reset', 5633],
      ['posture-reset', 6437],
      ['dense-reset', 7242],
      ['posture-reset', 8047],
    ]);
  });

  it('starts denser resets at the reported pain distance even without a prediction', () => {
    const plan = planOf({ interval: { kind: 'two-km' }, predictedOnsetM: null, painStartM: 4500 }, 8000);
    expect(plan.map((c) => `${c.kind}@${c.distanceM}`)).toEqual([
      'posture-reset@2000',
      'posture-reset@4000',
      'dense-reset@5000',
      'posture-reset@6000',
      'dense-reset@7000',
      'posture-reset@8000',
    ]);
  });

  it('rejects an interval shorter than the minimum spacing with a stable code', () => {
    const r = planCueDistances({ interval: { kind: 'custom', intervalM: 100 }, predictedOnsetM: null }, 5000);
    expect(r.ok ? null : r.issues[0]?.code).toBe('CUE_INTERVAL_INVALID');
    const bad = planCueDistances({ interval: { kind: 'two-km' }, predictedOnsetM: Number.NaN }, 5000);
    expect(bad.ok ? null : bad.issues[0]?.code).toBe('CUE_ONSET_INVALID');
  });

  it('keeps cues increasing and never closer than the minimum spacing', () => {
    fc.assert(
      fc.property(planOptionsArb, fc.integer({ min: 0, max: 50_000 }), (options, runM) => {
        const plan = planOf(options, runM);
        for (let i = 1; i < plan.length; i++) {
          const gap = (plan[i]?.distanceM ?? 0) - (plan[i - 1]?.distanceM ?? 0);
          expect(gap).toBeGreaterThanOrEqual(options.minSpacingM ?? 300);
        }
        expect(plan.every((c) => c.distanceM > 0 && c.distanceM <= runM)).toBe(true);
      }),
    );
  });

  it('has exactly one cue on every interval marker', () => {
    fc.assert(
      fc.property(planOptionsArb, fc.integer({ min: 0, max: 50_000 }), (options, runM) => {
        const plan = planOf(options, runM);
        const step = intervalM(options.interval);
        for (let k = 1; k * step <= runM; k++) {
          expect(plan.filter((c) => c.distanceM === k * step)).toHaveLength(1);
        }
      }),
    );
  });

  it('gives exactly one pre-breakdown cue, within minSpacing of 1 km before the predicted onset', () => {
    fc.assert(
      fc.property(planOptionsArb, (options) => {
        const plan = planOf(options, 50_000);
        const warnings = plan.filter((c) => c.kind === 'breakdown-ahead');
        const onset = options.predictedOnsetM;
        if (onset === null || onset <= 1000) {
          expect(warnings).toHaveLength(0);
          return;
        }
        expect(warnings).toHaveLength(1);
        const spacing = options.minSpacingM ?? 300;
        expect(Math.abs((warnings[0]?.distanceM ?? 0) - (onset - 1000))).toBeLessThan(spacing);
      }),
    );
  });

  it('is the same plan whatever run length it was cut at', () => {
    fc.assert(
      fc.property(planOptionsArb, fc.integer({ min: 0, max: 40_000 }), (options, runM) => {
        const short = planOf(options, runM);
        const long = planOf(options, runM + 10_000).filter((c) => c.distanceM <= runM);
        expect(short).toEqual(long);
      }),
    );
  });
});
