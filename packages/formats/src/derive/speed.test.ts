import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speedFromDistance } from './speed';

describe('speedFromDistance', () => {
  it('recovers a constant speed exactly at any sampling interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 8, noNaN: true }),
        (n, dt, v) => {
          const time = Float64Array.from({ length: n }, (_, i) => i * dt);
          const distance = time.map((t) => t * v);
          for (const s of speedFromDistance(time, distance, [])) expect(s).toBeCloseTo(v, 6);
        },
      ),
    );
  });

  it('is never negative and never differentiates across a pause', () => {
    const time = Float64Array.from([0, 1, 2, 100, 101, 102]);
    const distance = Float64Array.from([0, 3, 6, 1000, 1003, 1006]);
    const speed = speedFromDistance(time, distance, [{ startS: 2, endS: 100 }]);
    for (const s of speed) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeCloseTo(3, 6);
    }
  });
});
