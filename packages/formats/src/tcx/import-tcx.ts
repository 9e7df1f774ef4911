import type { ImportResult, Lap, Sport } from '@upright/core';
import type { TotalsDraft } from '../build/totals';
import { activityFinish } from '../build/finish';
import { xmlParse } from '../xml/parse';
import { XmlTimeReader } from '../xml/time';
import type { PointValues } from '../xml/track';
import { TrackBuilder, xmlNumber } from '../xml/track';
import { xmlTrackWarnings } from '../xml/warnings';

interface TcxLap {
  startMs: number | null;
  totalTimeS: number | null;
  distanceM: number | null;
  calories: number | null;
  avgHr: number | null;
  maxHr: number | null;
  trigger: string | null;
}

const POINT_FIELDS: Readonly<Record<string, keyof PointValues>> = {
  LatitudeDegrees: 'latitude',
  LongitudeDegrees: 'longitude',
  AltitudeMeters: 'altitude',
  DistanceMeters: 'distance',
  Speed: 'speed',
  RunCadence: 'cadence',
  Watts: 'power',
};

function tcxSport(raw: string | null): Sport {
  switch ((raw ?? '').toLowerCase()) {
    case 'running':
      return 'running';
    case 'biking':
      return 'cycling';
    default:
      return 'other';
  }
}

class TcxReader {
  readonly track = new TrackBuilder();
  readonly times = new XmlTimeReader();
  readonly laps: TcxLap[] = [];
  sportRaw: string | null = null;
  /** The recording device's name (Activity/Creator/Name), e.g. "Forerunner 935". */
  creator: string | null = null;
  activities = 0;
  courses = 0;
  #point: PointValues = {};
  #pointMs: number | null = null;

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    if (name === 'Activity') {
      this.activities++;
      if (this.activities === 1) this.sportRaw = attrs.Sport ?? null;
    } else if (name === 'Course') this.courses++;
    if (this.activities !== 1) return;
    if (name === 'Lap')
      this.laps.push({
        startMs: this.times.read(attrs.StartTime ?? ''),
        totalTimeS: null,
        distanceM: null,
        calories: null,
        avgHr: null,
        maxHr: null,
        trigger: null,
      });
    else if (name === 'Track') this.track.segmentBreak();
    else if (name === 'Trackpoint') {
      this.#point = {};
      this.#pointMs = null;
    }
  }

  close(name: string, text: string, path: readonly string[]): void {
    if (this.activities !== 1 || !path.includes('Activity')) return;
    const parent = path[path.length - 1];
    if (path.includes('Trackpoint') || name === 'Trackpoint') this.closePoint(name, text, parent);
    else if (parent === 'Lap' || path[path.length - 2] === 'Lap') this.closeLap(name, text, parent);
    else if (name === 'Name' && parent === 'Creator') this.creator = text || null;
  }

  closePoint(name: string, text: string, parent: string | undefined): void {
    if (name === 'Trackpoint') {
      if (this.#pointMs !== null) this.track.point(this.#pointMs, this.#point);
      return;
    }
    if (name === 'Time') this.#pointMs = this.times.read(text);
    else if (name === 'Value' && parent === 'HeartRateBpm') this.setPoint('heartRate', text);
    else if (name === 'Cadence') this.setPoint('cadence', text);
    else {
      const key = POINT_FIELDS[name];
      if (key !== undefined) this.setPoint(key, text);
    }
  }

  setPoint(key: keyof PointValues, text: string): void {
    const v = xmlNumber(text);
    if (v !== null && this.#point[key] === undefined) this.#point[key] = v;
  }

  closeLap(name: string, text: string, parent: string | undefined): void {
    const lap = this.laps[this.laps.length - 1];
    if (lap === undefined) return;
    if (parent === 'Lap') {
      if (name === 'TotalTimeSeconds') lap.totalTimeS = xmlNumber(text);
      else if (name === 'DistanceMeters') lap.distanceM = xmlNumber(text);
      else if (name === 'Calories') lap.calories = xmlNumber(text);
      else if (name === 'TriggerMethod') lap.trigger = text || null;
    } else if (name === 'Value' && parent === 'AverageHeartRateBpm') lap.avgHr = xmlNumber(text);
    else if (name === 'Value' && parent === 'MaximumHeartRateBpm') lap.maxHr = xmlNumber(text);
  }
}

function sumOf(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0);
}

/** last − first of a never-decreasing distance column, else null (some files restart it per lap). */
function monotonicSpan(distance: Float64Array): number | null {
  let first = Number.NaN;
  let last = Number.NaN;
  for (const v of distance) {
    if (Number.isNaN(v)) continue;
    if (!Number.isNaN(last) && v < last - 1) return null;
    if (Number.isNaN(first)) first = v;
    last = v;
  }
  return Number.isNaN(first) ? null : last - first;
}

function tcxTotals(
  laps: readonly TcxLap[],
  startMs: number,
  time: Float64Array,
  distance: Float64Array,
): TotalsDraft {
  const lastSampleS = time[time.length - 1] ?? 0;
  // Laps do not always cover the whole recording: the track's own distance wins when it is longer.
  const lapDistance = sumOf(laps.map((l) => l.distanceM));
  const span = monotonicSpan(distance);
  const distanceM = span !== null && (lapDistance === null || span > lapDistance) ? span : lapDistance;
  let hrNum = 0;
  let hrDen = 0;
  for (const l of laps) {
    if (l.avgHr !== null && l.totalTimeS !== null) {
      hrNum += l.avgHr * l.totalTimeS;
      hrDen += l.totalTimeS;
    }
  }
  const maxHr = laps.map((l) => l.maxHr).filter((x): x is number => x !== null);
  const lapEnds = laps.map((l) =>
    l.startMs === null ? 0 : (l.startMs - startMs) / 1000 + (l.totalTimeS ?? 0),
  );
  return {
    elapsedS: Math.max(lastSampleS, ...lapEnds),
    movingS: sumOf(laps.map((l) => l.totalTimeS)),
    distanceM,
    calories: sumOf(laps.map((l) => l.calories)),
    avgHeartRate: hrDen > 0 ? Math.round(hrNum / hrDen) : null,
    maxHeartRate: maxHr.length > 0 ? Math.max(...maxHr) : null,
  };
}

function tcxLaps(laps: readonly TcxLap[], startMs: number): Lap[] {
  return laps
    .filter((l): l is TcxLap & { startMs: number } => l.startMs !== null)
    .map((l) => {
      const startS = (l.startMs - startMs) / 1000;
      const timeS = l.totalTimeS ?? 0;
      const totals = {
        elapsedS: timeS,
        movingS: timeS,
        distanceM: l.distanceM,
        ascentM: null,
        descentM: null,
        avgHeartRate: l.avgHr,
        maxHeartRate: l.maxHr,
        avgCadence: null,
        avgPower: null,
        calories: l.calories,
        origin: 'file' as const,
      };
      return { startS, endS: startS + timeS, totals, trigger: l.trigger };
    });
}

/** Imports a TCX (TrainingCenterDatabase v2) activity: the first Activity, with its laps and tracks. */
export function importTcxText(text: string): ImportResult {
  const r = new TcxReader();
  const outcome = xmlParse(text, { open: (n, a) => r.open(n, a), close: (n, t, p) => r.close(n, t, p) });
  if (outcome.error !== null) return { ok: false, error: outcome.error };
  if (r.activities === 0) {
    const what = r.courses > 0 ? 'a course (route), not a recorded activity' : 'no Activity';
    return { ok: false, error: { code: 'TCX_NO_ACTIVITY', message: `the TCX has ${what}` } };
  }
  const startMs = r.track.startMs;
  if (startMs === null)
    return {
      ok: false,
      error: { code: 'TCX_NO_ACTIVITY', message: 'the activity has no timed track points' },
    };
  const warnings = xmlTrackWarnings({
    times: r.times,
    unboundPrefixes: outcome.unboundPrefixes,
    droppedBackwards: r.track.collector.droppedBackwards,
  });
  if (r.activities > 1) {
    warnings.push({
      code: 'MULTIPLE_ACTIVITIES',
      message: `the file holds ${r.activities} activities; took the first`,
    });
  }
  const sport = tcxSport(r.sportRaw);
  const time = r.track.collector.time();
  const channels = r.track.channels(sport === 'running', {
    heartRate: 'HeartRateBpm',
    cadence: 'RunCadence',
  });
  const distance =
    channels.find((c) => c.name === 'distance')?.values ?? new Float64Array(time.length).fill(Number.NaN);
  return activityFinish(
    {
      format: 'tcx',
      sport,
      sportRaw: r.sportRaw,
      startTimeMs: startMs,
      device: { manufacturer: null, product: r.creator },
      time,
      channels,
      extras: [],
      pauses: r.track.pauses,
      laps: tcxLaps(r.laps, startMs),
      fileTotals: r.laps.length > 0 ? tcxTotals(r.laps, startMs, time, distance) : null,
    },
    warnings,
  );
}
