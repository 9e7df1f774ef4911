import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceFromPositions } from './distance';
import { geoDistanceM } from './geo';

/** A straight walk north from (lat0, lon0) at `speed` m/s, one point per second. */
function walkNorth(n: number, speedMps: number, lat0 = 45, lon0 = 5) {
  const degPerM = 1 / 111_195;
  const time = Float64Array.from({ length: n }, (_, i) => i);
  const latitude = Float64Array.from({ length: n }, (_, i) => lat0 + i * speedMps * degPerM);
  const longitude = new Float64Array(n).fill(lon0);
  return { time, latitude, longitude };
}

describe('geoDistanceM', () => {
  it('is about 111.2 km per degree of latitude', () => {
    expect(geoDistanceM(0, 0, 1, 0)).toBeCloseTo(111_195, -1);
  });

  it('is symmetric and zero for the same point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        (lat, lon, dLat, dLon) => {
          const a = geoDistanceM(lat, lon, lat + dLat, lon + dLon);
          expect(a).toBeCloseTo(geoDistanceM(lat + dLat, lon + dLon, lat, lon), 6);
          expect(geoDistanceM(lat, lon, lat, lon)).toBe(0);
        },
      ),
    );
  });
});

describe('distanceFromPositions', () => {
  it('recovers a steady run within 0.5 % (speed 2–6 m/s, any length)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 600 }),
        fc.double({ min: 2, max: 6, noNaN: true }),
        (n, speed) => {
          const d = distanceFromPositions({ ...walkNorth(n, speed), gaps: [] });
          const expected = (n - 1) * speed;
          expect(Math.abs((d[n - 1] ?? 0) - expected)).toBeLessThanOrEqual(expected * 0.005 + 3);
        },
      ),
    );
  });

  it('is non-decreasing whatever the positions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -0.001, max: 0.001, noNaN: true }),
            fc.double({ min: -0.001, max: 0.001, noNaN: true }),
          ),
          { minLength: 2, maxLength: 200 },
        ),
        (steps) => {
          const time = Float64Array.from(steps, (_, i) => i);
          const latitude = Float64Array.from(steps, ([dy]) => 45 + dy);
          const longitude = Float64Array.from(steps, ([, dx]) => 5 + dx);
          const d = distanceFromPositions({ time, latitude, longitude, gaps: [] });
          for (let i = 1; i < d.length; i++) expect(d[i] ?? 0).toBeGreaterThanOrEqual(d[i - 1] ?? 0);
        },
      ),
    );
  });

  it('adds nothing while standing still with GPS wander under the jitter threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 300 }),
        (wanderM) => {
          const time = Float64Array.from(wanderM, (_, i) => i);
          const latitude = Float64Array.from(wanderM, (m) => 45 + m / 111_195);
          const longitude = new Float64Array(wanderM.length).fill(5);
          const d = distanceFromPositions({ time, latitude, longitude, gaps: [] });
          expect(d[d.length - 1]).toBe(0);
        },
      ),
    );
  });

  it('skips a GPS spike and adds no distance across a pause', () => {
    const { time, latitude, longitude } = walkNorth(11, 3);
    latitude[5] = 46; // 100 km away for one second
    const d = distanceFromPositions({ time, latitude, longitude, gaps: [] });
    expect(d[10]).toBeCloseTo(30, 0);
    const jump = walkNorth(4, 3);
    jump.latitude[2] = 45.01; // moved 1 km during a 1-second pause
    jump.latitude[3] = 45.01 + 3 / 111_195;
    const paused = distanceFromPositions({ ...jump, gaps: [{ startS: 1, endS: 2 }] });
    expect(paused[3]).toBeCloseTo(6, 0);
  });

  it('leaves NaN before the first position fix', () => {
    const d = distanceFromPositions({
      time: Float64Array.from([0, 1, 2]),
      latitude: Float64Array.from([Number.NaN, 45, 45]),
      longitude: Float64Array.from([Number.NaN, 5, 5]),
      gaps: [],
    });
    expect(Number.isNaN(d[0])).toBe(true);
    expect(d[2]).toBe(0);
  });
});
