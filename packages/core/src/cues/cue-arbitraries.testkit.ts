import fc from 'fast-check';
import type { CueInterval, CuePlanOptions } from './types';

// Shared fast-check generators for the cue property tests (not exported from the package).
const intervalArb: fc.Arbitrary<CueInterval> = fc.oneof(
  fc.constant({ kind: 'two-km' } as const),
  fc.constant({ kind: 'mile' } as const),
  fc.integer({ min: 600, max: 5000 }).map((intervalM) => ({ kind: 'custom', intervalM }) as const),
);

export const planOptionsArb: fc.Arbitrary<CuePlanOptions> = fc.record({
  interval: intervalArb,
  predictedOnsetM: fc.option(fc.double({ min: 1, max: 45_000, noNaN: true }), { nil: null }),
  painStartM: fc.option(fc.double({ min: 0, max: 45_000, noNaN: true }), { nil: null }),
  minSpacingM: fc.integer({ min: 100, max: 300 }),
});
