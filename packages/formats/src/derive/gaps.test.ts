import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapsFromTime, gapsMerge, gapsTotalS, selectKth, timeMedianIntervalS } from './gaps';

const gapArb = fc
  .tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }))
  .map(([startS, len]) => ({ startS, endS: startS + len }));

describe('gaps', () => {
  it('turns a silent time jump into a pause', () => {
    expect(gapsFromTime(Float64Array.from([0, 1, 2, 100, 101]), [])).toEqual([{ startS: 2, endS: 100 }]);
  });

  it('does not call sparse but regular recording a pause (smart recording every 8 s)', () => {
    const time = Float64Array.from({ length: 100 }, (_, i) => i * 8);
    expect(gapsFromTime(time, [])).toEqual([]);
  });

  it('merges into sorted, disjoint gaps that cover the same total time as their union', () => {
    fc.assert(
      fc.property(fc.array(gapArb, { maxLength: 30 }), (gaps) => {
        const merged = gapsMerge(gaps);
        for (let i = 1; i < merged.length; i++)
          expect(merged[i]!.startS).toBeGreaterThan(merged[i - 1]!.endS);
        // Union length by sampling on a fine grid equals the merged total.
        const horizon = 1300;
        let covered = 0;
        for (let t = 0.05; t < horizon; t += 0.1)
          if (gaps.some((g) => t >= g.startS && t < g.endS)) covered += 0.1;
        expect(Math.abs(gapsTotalS(merged, horizon) - covered)).toBeLessThan(0.1 * (2 * gaps.length + 1));
      }),
    );
  });

  it('never reports more paused time than elapsed time', () => {
    fc.assert(
      fc.property(
        fc.array(gapArb, { maxLength: 30 }),
        fc.double({ min: 0, max: 1500, noNaN: true }),
        (gaps, elapsed) => {
          const total = gapsTotalS(gapsMerge(gaps), elapsed);
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(elapsed + 1e-9);
        },
      ),
    );
  });

  it('selects the k-th smallest value exactly as a sort would (ties, runs of equal values)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: -50, max: 50, noNaN: true })), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const sorted = [...values].sort((a, b) => a - b);
          expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
        },
      ),
    );
  });

  it('takes the upper median interval, 1 when there is none', () => {
    expect(timeMedianIntervalS(Float64Array.from([0, 1, 3, 6, 10]))).toBe(3);
    expect(timeMedianIntervalS(Float64Array.from([5]))).toBe(1);
    expect(timeMedianIntervalS(Float64Array.from([0, 1, 2, 3, 13, 14]))).toBe(1);
  });
});
