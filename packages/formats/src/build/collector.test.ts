import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SampleCollector } from './collector';

describe('SampleCollector', () => {
  it('always yields strictly increasing times, one per distinct in-order time, counting the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 50 }), { maxLength: 200 }), (times) => {
        const c = new SampleCollector();
        let kept = 0;
        let dropped = 0;
        let latest = -Infinity;
        for (const t of times) {
          if (t > latest) kept++;
          if (t < latest) dropped++;
          latest = Math.max(latest, t);
          c.begin(t);
        }
        const out = c.time();
        for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThan(out[i - 1] ?? 0);
        expect(out.length).toBe(kept);
        expect(c.droppedBackwards).toBe(dropped);
      }),
    );
  });

  it('merges rows with the same time, first value per column winning, and pads columns with NaN', () => {
    const c = new SampleCollector();
    c.begin(0);
    c.set('hr', 100);
    c.begin(0);
    c.set('hr', 999);
    c.set('power', 200);
    c.begin(1);
    c.set('power', 210);
    c.begin(2);
    expect([...c.column('hr')]).toEqual([100, Number.NaN, Number.NaN]);
    expect([...c.column('power')]).toEqual([200, 210, Number.NaN]);
  });
});
