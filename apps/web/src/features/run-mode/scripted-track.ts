/**
 * Synthetic GPS tracks for tests: a runner going round a long loop at a steady speed, one fix a
 * second, with optional position noise from a seeded generator. Also used by the e2e run-mode test.
 */
import type { GeoFix } from './ports';

const EARTH_RADIUS_M = 6_371_008.8;
const DEG_PER_M = 180 / (Math.PI * EARTH_RADIUS_M);

export interface ScriptedTrackOptions {
  readonly startMs: number;
  readonly speedMps: number;
  readonly durationS: number;
  readonly startLatitude?: number;
  readonly startLongitude?: number;
  /** Loop circumference, metres (a big circle so turns stay gentle); default 4000. */
  readonly loopM?: number;
  readonly accuracyM?: number;
  /** Position noise, metres (uniform ±); needs rng. */
  readonly noiseM?: number;
  readonly rng?: () => number;
}

/** Fixes every second along a circle, starting at the given point and going anticlockwise. */
export function scriptedTrack(o: ScriptedTrackOptions): GeoFix[] {
  const lat0 = o.startLatitude ?? 52.37;
  const lon0 = o.startLongitude ?? 4.89;
  const radiusM = (o.loopM ?? 4000) / (2 * Math.PI);
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  const noise = (): number => (o.noiseM !== undefined && o.rng ? (o.rng() * 2 - 1) * o.noiseM : 0);
  const fixes: GeoFix[] = [];
  for (let t = 0; t <= o.durationS; t++) {
    const angle = (o.speedMps * t) / radiusM;
    const northM = radiusM * Math.sin(angle) + noise();
    const eastM = radiusM * (1 - Math.cos(angle)) + noise();
    fixes.push({
      latitude: lat0 + northM * DEG_PER_M,
      longitude: lon0 + (eastM * DEG_PER_M) / cosLat,
      accuracyM: o.accuracyM ?? 5,
      altitudeM: null,
      timestampMs: o.startMs + t * 1000,
    });
  }
  return fixes;
}
