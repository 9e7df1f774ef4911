import type { ImportResult, Sport } from '@upright/core';
import { activityFinish } from '../build/finish';
import { xmlParse } from '../xml/parse';
import { XmlTimeReader } from '../xml/time';
import type { PointValues } from '../xml/track';
import { TrackBuilder, xmlNumber } from '../xml/track';
import { sportIsOnFootXml, xmlTrackWarnings } from '../xml/warnings';

/** Extension element names (any namespace, lower-cased) → channel. Garmin, Cluetrack, OpenTracks, Strava. */
const EXTENSION_FIELDS: Readonly<Record<string, keyof PointValues>> = {
  hr: 'heartRate',
  heartrate: 'heartRate',
  cad: 'cadence',
  cadence: 'cadence',
  runcadence: 'cadence',
  atemp: 'temperature',
  temp: 'temperature',
  temperature: 'temperature',
  wtemp: 'temperature',
  power: 'power',
  watts: 'power',
  speed: 'speed',
  distance: 'distance',
};

/** GPX track types seen in real exports (Strava writes numbers: 9 run, 1 ride, 10 walk, 4 hike). */
function gpxSport(raw: string | null): Sport {
  const t = (raw ?? '').trim().toLowerCase();
  if (['running', 'run', '9', 'road_running', 'street_running'].includes(t)) return 'running';
  if (['trail_running', 'trail running', 'trail'].includes(t)) return 'trail-running';
  if (['treadmill_running', 'treadmill'].includes(t)) return 'treadmill-running';
  if (['walking', 'walk', '10'].includes(t)) return 'walking';
  if (['hiking', 'hike', '4'].includes(t)) return 'hiking';
  if (['cycling', 'biking', 'ride', '1', 'road_biking', 'mountain_biking'].includes(t)) return 'cycling';
  if (['swimming', 'swim'].includes(t)) return 'swimming';
  return 'other';
}

class GpxReader {
  readonly track = new TrackBuilder();
  readonly times = new XmlTimeReader();
  sportRaw: string | null = null;
  creator: string | null = null;
  tracks = 0;
  routePoints = 0;
  pointsWithoutTime = 0;
  #point: PointValues = {};
  #pointMs: number | null = null;
  #inPoint = false;

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    if (name === 'gpx') this.creator = attrs.creator ?? null;
    else if (name === 'trk') this.tracks++;
    else if (name === 'trkseg') this.track.segmentBreak();
    else if (name === 'rtept') this.routePoints++;
    else if (name === 'trkpt') {
      this.#inPoint = true;
      this.#pointMs = null;
      this.#point = {};
      const lat = xmlNumber(attrs.lat ?? '');
      const lon = xmlNumber(attrs.lon ?? '');
      if (lat !== null && lon !== null) {
        this.#point.latitude = lat;
        this.#point.longitude = lon;
      }
    }
  }

  close(name: string, text: string, path: readonly string[]): void {
    if (name === 'type' && path[path.length - 1] === 'trk' && this.sportRaw === null)
      this.sportRaw = text || null;
    if (!this.#inPoint) return;
    if (name === 'trkpt') {
      this.#inPoint = false;
      if (this.#pointMs === null) this.pointsWithoutTime++;
      else this.track.point(this.#pointMs, this.#point);
    } else if (name === 'time') this.#pointMs = this.times.read(text);
    else if (name === 'ele') this.set('altitude', text);
    else if (path.includes('extensions') || name === 'speed') {
      const key = EXTENSION_FIELDS[name.toLowerCase()];
      if (key !== undefined) this.set(key, text);
    }
  }

  emptyReason(): string {
    if (this.pointsWithoutTime > 0) return 'track points without timestamps';
    return this.routePoints > 0 ? 'a route, not a recorded track' : 'no track points';
  }

  set(key: keyof PointValues, text: string): void {
    const v = xmlNumber(text);
    if (v !== null && this.#point[key] === undefined) this.#point[key] = v;
  }
}

/** Imports a GPX 1.0/1.1 track (all segments of all tracks, pauses between segments). */
export function importGpxText(text: string): ImportResult {
  const r = new GpxReader();
  const outcome = xmlParse(text, { open: (n, a) => r.open(n, a), close: (n, t, p) => r.close(n, t, p) });
  if (outcome.error !== null) return { ok: false, error: outcome.error };
  const startMs = r.track.startMs;
  if (startMs === null)
    return { ok: false, error: { code: 'GPX_NO_TRACK', message: `the GPX has ${r.emptyReason()}` } };
  const warnings = xmlTrackWarnings({
    times: r.times,
    unboundPrefixes: outcome.unboundPrefixes,
    droppedBackwards: r.track.collector.droppedBackwards,
  });
  if (r.pointsWithoutTime > 0) {
    const message = `${r.pointsWithoutTime} point(s) without a timestamp were dropped`;
    warnings.push({ code: 'SENSOR_VALUES_DROPPED', message });
  }
  const sport = gpxSport(r.sportRaw);
  const onFoot = sportIsOnFootXml(sport);
  return activityFinish(
    {
      format: 'gpx',
      sport,
      sportRaw: r.sportRaw,
      startTimeMs: startMs,
      device: { manufacturer: null, product: r.creator },
      time: r.track.collector.time(),
      channels: r.track.channels(onFoot, { latitude: 'trkpt@lat', longitude: 'trkpt@lon', altitude: 'ele' }),
      extras: [],
      pauses: r.track.pauses,
      laps: [],
      fileTotals: null,
    },
    warnings,
  );
}
