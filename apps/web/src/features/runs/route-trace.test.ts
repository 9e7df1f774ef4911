import { describe, expect, it } from 'vitest';
import { routeTrace } from './route-trace';

describe('routeTrace', () => {
  it('fits a square loop into the box keeping its aspect', () => {
    const lat = [0, 0, 0.01, 0.01, 0];
    const lon = [0.001, 0.011, 0.011, 0.001, 0.001];
    const t = routeTrace({ latitudeDeg: lat, longitudeDeg: lon, widthPx: 200, heightPx: 100, paddingPx: 0 });
    expect(t.pointCount).toBe(5);
    expect(t.start?.x).toBeCloseTo(50, 6);
    expect(t.start?.y).toBeCloseTo(100, 6);
    expect(t.path.startsWith('M50.0 100.0L150.0 100.0')).toBe(true);
  });

  it('breaks the line where positions are missing and ignores null island', () => {
    const lat = [50, 50.001, NaN, 50.002, 0];
    const lon = [8, 8.001, NaN, 8.002, 0];
    const t = routeTrace({ latitudeDeg: lat, longitudeDeg: lon, widthPx: 100, heightPx: 100 });
    expect(t.pointCount).toBe(3);
    expect(t.path.match(/M/g)?.length).toBe(2);
  });

  it('returns an empty trace when there are no positions', () => {
    const t = routeTrace({ latitudeDeg: [NaN], longitudeDeg: [NaN], widthPx: 100, heightPx: 100 });
    expect(t).toEqual({ path: '', start: null, end: null, pointCount: 0 });
  });

  it('thins long tracks to the point budget', () => {
    const lat = Array.from({ length: 10_000 }, (_, i) => 50 + i * 1e-5);
    const lon = Array.from({ length: 10_000 }, (_, i) => 8 + Math.sin(i / 100) * 1e-3);
    const t = routeTrace({
      latitudeDeg: lat,
      longitudeDeg: lon,
      widthPx: 300,
      heightPx: 300,
      maxPoints: 500,
    });
    expect(t.pointCount).toBeLessThanOrEqual(500);
  });
});
