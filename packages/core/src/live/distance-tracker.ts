import { axisFilterInit, axisFilterPredict, axisFilterUpdate } from './kalman';
import type { AxisFilter } from './kalman';

/** A Geolocation fix as the browser reports it (GeolocationPosition.coords + timestamp). */
export interface GeoFix {
  readonly latitude: number;
  readonly longitude: number;
  /** Radius of 68 % confidence, metres (GeolocationCoordinates.accuracy). */
  readonly accuracyM: number;
  readonly timestampMs: number;
}

export type FixRejectReason = 'invalid' | 'out-of-order' | 'poor-accuracy' | 'implausible-speed';

export interface DistanceUpdate {
  /** Filtered cumulative distance since the first accepted fix, metres. Never decreases. */
  readonly distanceM: number;
  /** Filtered ground speed, m/s (0 until a fix has been accepted). */
  readonly speedMps: number;
  readonly accepted: boolean;
  readonly rejectReason: FixRejectReason | null;
}

export interface DistanceTrackerOptions {
  /** Fixes less accurate than this are ignored; default 25 m. */
  readonly maxAccuracyM: number;
  /** A fix implying a faster move than this (beyond its accuracy) is an outlier; default 10 m/s. */
  readonly maxSpeedMps: number;
  /** Below this filtered speed a moving runner counts as stopped: nothing accumulates; default 0.5 m/s. */
  readonly stationarySpeedMps: number;
  /** A stopped runner counts as moving again above this filtered speed (hysteresis); default 1.5 m/s. */
  readonly movingSpeedMps: number;
  /** Distance accumulates in chords at least this long; default 3 m. */
  readonly minStepM: number;
  /** ...and at least this many standard deviations of the filtered position; default 2. */
  readonly chordSigmas: number;
  /** Kalman white-acceleration spectral density, m²/s³; default 0.1 (steady running, road turns). */
  readonly accelVar: number;
  /** After this many outliers in a row the filter restarts at the newest fix (lost lock); default 5. */
  readonly maxConsecutiveRejects: number;
}

export const DISTANCE_TRACKER_DEFAULTS: DistanceTrackerOptions = {
  maxAccuracyM: 25,
  maxSpeedMps: 10,
  stationarySpeedMps: 0.5,
  movingSpeedMps: 1.5,
  minStepM: 3,
  chordSigmas: 2,
  accelVar: 0.1,
  maxConsecutiveRejects: 5,
};

export interface DistanceTracker {
  update(fix: GeoFix): DistanceUpdate;
  readonly distanceM: number;
  readonly speedMps: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
/** Re-centre the local plane this far from its origin so the flat-earth projection stays exact enough. */
const REBASE_M = 2000;

interface Track {
  lat0: number;
  lon0: number;
  cosLat0: number;
  x: AxisFilter;
  y: AxisFilter;
  lastMs: number;
  anchorX: number;
  anchorY: number;
  moving: boolean;
  rejects: number;
}

function trackStart(fix: GeoFix): Track {
  const r2 = fix.accuracyM * fix.accuracyM;
  return {
    lat0: fix.latitude,
    lon0: fix.longitude,
    cosLat0: Math.cos(fix.latitude * RAD),
    x: axisFilterInit(0, r2),
    y: axisFilterInit(0, r2),
    lastMs: fix.timestampMs,
    anchorX: 0,
    anchorY: 0,
    moving: false,
    rejects: 0,
  };
}

function project(t: Track, fix: GeoFix): { xM: number; yM: number } {
  return {
    xM: (fix.longitude - t.lon0) * RAD * EARTH_RADIUS_M * t.cosLat0,
    yM: (fix.latitude - t.lat0) * RAD * EARTH_RADIUS_M,
  };
}

function rebase(t: Track): void {
  const lat = t.lat0 + t.y.p / EARTH_RADIUS_M / RAD;
  t.lon0 += t.x.p / (EARTH_RADIUS_M * t.cosLat0) / RAD;
  t.lat0 = lat;
  t.cosLat0 = Math.cos(lat * RAD);
  t.anchorX -= t.x.p;
  t.anchorY -= t.y.p;
  t.x.p = 0;
  t.y.p = 0;
}

function classify(t: Track | null, fix: GeoFix, o: DistanceTrackerOptions): FixRejectReason | null {
  const values = [fix.latitude, fix.longitude, fix.accuracyM, fix.timestampMs];
  if (!values.every(Number.isFinite) || Math.abs(fix.latitude) > 90 || Math.abs(fix.longitude) > 180) {
    return 'invalid';
  }
  if (t !== null && fix.timestampMs <= t.lastMs) return 'out-of-order';
  if (fix.accuracyM > o.maxAccuracyM) return 'poor-accuracy';
  if (t === null) return null;
  const { xM, yM } = project(t, fix);
  const dtS = (fix.timestampMs - t.lastMs) / 1000;
  const jumpM = Math.hypot(xM - t.x.p, yM - t.y.p) - fix.accuracyM - Math.sqrt(t.x.pp + t.y.pp);
  return jumpM / dtS > o.maxSpeedMps ? 'implausible-speed' : null;
}

/** Fuses the fix, then adds the chord from the anchor when moving; returns the distance added. */
function trackAdvance(t: Track, fix: GeoFix, o: DistanceTrackerOptions): number {
  const dtS = (fix.timestampMs - t.lastMs) / 1000;
  const { xM, yM } = project(t, fix);
  const r2 = fix.accuracyM * fix.accuracyM;
  axisFilterPredict(t.x, dtS, o.accelVar);
  axisFilterPredict(t.y, dtS, o.accelVar);
  axisFilterUpdate(t.x, xM, r2);
  axisFilterUpdate(t.y, yM, r2);
  t.lastMs = fix.timestampMs;
  t.rejects = 0;
  const speedMps = Math.hypot(t.x.v, t.y.v);
  // While stopped the anchor stays where the runner stopped, so a restart counts from there.
  t.moving = speedMps >= (t.moving ? o.stationarySpeedMps : o.movingSpeedMps);
  let addedM = 0;
  const chordM = Math.hypot(t.x.p - t.anchorX, t.y.p - t.anchorY);
  // Chords shorter than the filtered position's own uncertainty would mostly measure noise (zig-zag).
  const stepM = Math.max(o.minStepM, o.chordSigmas * Math.sqrt(t.x.pp + t.y.pp));
  if (t.moving && chordM >= stepM) {
    addedM = chordM;
    t.anchorX = t.x.p;
    t.anchorY = t.y.p;
  }
  if (Math.hypot(t.x.p, t.y.p) > REBASE_M) rebase(t);
  return addedM;
}

/**
 * Live running distance from Geolocation fixes. Fixes that are invalid, out of order or less accurate
 * than `maxAccuracyM` are dropped; outliers implying more than `maxSpeedMps` are dropped (after
 * `maxConsecutiveRejects` in a row the filter restarts at the newest fix, adding no distance). Accepted
 * fixes feed a 2-D constant-velocity Kalman filter (measurement sd = reported accuracy); distance grows
 * by chords of the filtered track of at least `minStepM`, and not at all while stopped (filtered speed
 * fell under `stationarySpeedMps` and has not yet risen above `movingSpeedMps`), so GPS wander while
 * standing at a crossing adds nothing; on restart the chord from the stopping point is counted.
 * @example const t = createDistanceTracker(); t.update({ latitude: 51.5, longitude: -0.12, accuracyM: 5, timestampMs: 0 });
 */
export function createDistanceTracker(options: Partial<DistanceTrackerOptions> = {}): DistanceTracker {
  const o: DistanceTrackerOptions = { ...DISTANCE_TRACKER_DEFAULTS, ...options };
  let track: Track | null = null;
  let distanceM = 0;
  const speedNow = (): number => (track === null ? 0 : Math.hypot(track.x.v, track.y.v));
  const result = (accepted: boolean, rejectReason: FixRejectReason | null): DistanceUpdate => ({
    distanceM,
    speedMps: speedNow(),
    accepted,
    rejectReason,
  });
  return {
    update(fix) {
      const reason = classify(track, fix, o);
      if (reason === 'implausible-speed' && track !== null && ++track.rejects >= o.maxConsecutiveRejects) {
        track = trackStart(fix);
        return result(true, null);
      }
      if (reason !== null) return result(false, reason);
      if (track === null) track = trackStart(fix);
      else distanceM += trackAdvance(track, fix, o);
      return result(true, null);
    },
    get distanceM() {
      return distanceM;
    },
    get speedMps() {
      return speedNow();
    },
  };
}
