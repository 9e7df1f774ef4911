import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../simulate/rng';
import { createCadenceEstimator } from './cadence-estimator';
import { motionSyntheticTrace } from './synthetic-trace';

/** Runs a synthetic belt trace through the estimator, feeding the vertical axis minus gravity. */
function cadenceAfter(seed: number, cadenceSpm: number, rateHz: number, asymmetry: number): number | null {
  const est = createCadenceEstimator();
  const trace = motionSyntheticTrace(
    { durationS: 30, rateHz, cadenceSpm, asymmetry, basePitchDeg: 0 },
    rngFromSeed(seed),
  );
  const jitter = rngFromSeed(seed + 1);
  for (const s of trace) est.push(s.tS + ((jitter() - 0.5) * 0.4) / rateHz, s.ay - 9.80665);
  return est.cadenceSpm();
}

describe('createCadenceEstimator', () => {
  it('finds the step rate within 2 steps/min across cadences, sample rates and left/right asymmetry', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 140, max: 200 }),
        fc.constantFrom(50, 60, 100),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        (seed, spm, rateHz, asymmetry) => {
          const est = cadenceAfter(seed, spm, rateHz, asymmetry);
          expect(est).not.toBeNull();
          expect(Math.abs((est ?? 0) - spm)).toBeLessThan(2);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reports no cadence for a still phone or pure noise', () => {
    const est = createCadenceEstimator();
    const rng = rngFromSeed(3);
    for (let t = 0; t < 30; t += 0.01) est.push(t, 0.05 * (rng() - 0.5));
    expect(est.cadenceSpm()).toBeNull();
  });

  it('forgets the rhythm soon after the runner stops', () => {
    const est = createCadenceEstimator();
    for (const s of motionSyntheticTrace({ durationS: 30, rateHz: 50 }, rngFromSeed(4)))
      est.push(s.tS, s.ay - 9.80665);
    expect(est.cadenceSpm()).not.toBeNull();
    for (let t = 30; t < 35; t += 0.02) est.push(t, 0);
    expect(est.cadenceSpm()).toBeNull();
  });
});
