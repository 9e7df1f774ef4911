import { rngGaussian } from '../simulate/rng';
import type { GeoFix } from './distance-tracker';

export interface ScriptedTrackOptions {
  readonly startLatitude: number;
  readonly startLongitude: number;
  /** Direction of travel, degrees clockwise from north. */
  readonly headingDeg: number;
  readonly speedMps: number;
  readonly durationS: number;
  /** Fix interval; default 1000 ms (what phones deliver with enableHighAccuracy). */
  readonly intervalMs?: number;
  /** Timestamp of the first fix; default 0. */
  readonly startMs?: number;
  /** Sd of a slowly wandering position error, metres; default 0 (exact fixes). Needs `rng` when > 0. */
  readonly noiseM?: number;
  /** Reported accuracy, metres; default 5. */
  readonly accuracyM?: number;
}

const M_PER_DEG_LAT = 111_195;
const WANDER_TAU_S = 30;

/**
 * A scripted Geolocation track: a straight line at constant speed, optionally with GPS-like error (a
 * bias wandering with a 30 s time constant, sd `noiseM`). For replaying a run into run mode in tests
 * (the browser's geolocation is faked with these fixes). Pure: randomness only from `rng`.
 * @example liveScriptedTrack({ startLatitude: 52.37, startLongitude: 4.89, headingDeg: 90, speedMps: 4, durationS: 3000 })
 */
export function liveScriptedTrack(options: ScriptedTrackOptions, rng: () => number = () => 0.5): GeoFix[] {
  const intervalMs = options.intervalMs ?? 1000;
  const noise = options.noiseM ?? 0;
  const heading = (options.headingDeg * Math.PI) / 180;
  const cosLat = Math.cos((options.startLatitude * Math.PI) / 180);
  const decay = Math.exp(-intervalMs / 1000 / WANDER_TAU_S);
  const drive = noise * Math.sqrt(1 - decay * decay);
  let biasE = 0;
  let biasN = 0;
  const out: GeoFix[] = [];
  for (let tMs = 0; tMs <= options.durationS * 1000; tMs += intervalMs) {
    if (noise > 0) {
      biasE = decay * biasE + drive * rngGaussian(rng);
      biasN = decay * biasN + drive * rngGaussian(rng);
    }
    const along = (options.speedMps * tMs) / 1000;
    const east = along * Math.sin(heading) + biasE;
    const north = along * Math.cos(heading) + biasN;
    out.push({
      latitude: options.startLatitude + north / M_PER_DEG_LAT,
      longitude: options.startLongitude + east / (M_PER_DEG_LAT * cosLat),
      accuracyM: options.accuracyM ?? 5,
      timestampMs: (options.startMs ?? 0) + tMs,
    });
  }
  return out;
}
