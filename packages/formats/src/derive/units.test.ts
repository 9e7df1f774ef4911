import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceStepsPerMin } from './units';
import { geoDegreesFromSemicircles } from './geo';
import { developerQuantity } from '../fit/developer';
import { cadenceAsSteps } from '../xml/track';

describe('unit normalisation', () => {
  it('turns FIT strides/min plus fraction into steps/min', () => {
    expect(cadenceStepsPerMin(88, 0.5)).toBe(177);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 254 }), fc.integer({ min: 0, max: 127 }), (whole, frac128) => {
        const steps = cadenceStepsPerMin(whole, frac128 / 128);
        expect(steps / 2 - whole).toBeGreaterThanOrEqual(0);
        expect(steps / 2 - whole).toBeLessThan(1);
      }),
    );
  });

  it('maps semicircles onto ±180 degrees', () => {
    expect(geoDegreesFromSemicircles(2 ** 31)).toBe(180);
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (s) => {
        const deg = geoDegreesFromSemicircles(s);
        expect(Math.abs(deg)).toBeLessThanOrEqual(180);
        expect(Math.sign(deg)).toBe(Math.sign(s));
      }),
    );
  });

  it('scales Stryd developer fields to channel units', () => {
    expect(developerQuantity('Vertical Oscillation', 'Centimeters')).toEqual({
      quantity: 'verticalOscillation',
      scale: 10,
    });
    expect(developerQuantity('Cadence', 'RPM')).toEqual({ quantity: 'cadence', scale: 2 });
    expect(developerQuantity('Ground Time', 'Milliseconds')).toEqual({
      quantity: 'groundContactTime',
      scale: 1,
    });
    expect(developerQuantity('Leg Spring Stiffness', 'kN/m')).toEqual({
      quantity: 'legSpringStiffness',
      scale: 1,
    });
    expect(developerQuantity('Air Power', 'Watts').quantity).toBeNull();
  });

  it('doubles XML cadence only when it is written in strides (median under 120)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 60, max: 110 }), { minLength: 1, maxLength: 50 }), (strides) => {
        const out = cadenceAsSteps(Float64Array.from(strides));
        out.forEach((v, i) => expect(v).toBe((strides[i] ?? 0) * 2));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 140, max: 220 }), { minLength: 1, maxLength: 50 }), (steps) => {
        expect([...cadenceAsSteps(Float64Array.from(steps))]).toEqual(steps);
      }),
    );
  });
});
