import type { ChannelName } from '@upright/core';
import { SampleCollector } from '../build/collector';
import { geoDegreesFromSemicircles } from '../derive/geo';
import { cadenceStepsPerMin } from '../derive/units';
import type { DeveloperMapping } from './developer';
import type { FitRecordMesg } from './messages';

/** Native record fields → channel, with the FIT field name recorded as the source. */
export interface NativeColumn {
  readonly channel: ChannelName;
  readonly field: string;
  readonly read: (r: FitRecordMesg) => number | undefined;
}

/** Native columns in precedence order (enhanced fields before their 16-bit originals). */
export const NATIVE_COLUMNS: readonly NativeColumn[] = [
  { channel: 'distance', field: 'distance', read: (r) => r.distance },
  { channel: 'speed', field: 'enhancedSpeed', read: (r) => r.enhancedSpeed ?? r.speed },
  { channel: 'altitude', field: 'enhancedAltitude', read: (r) => r.enhancedAltitude ?? r.altitude },
  { channel: 'latitude', field: 'positionLat', read: (r) => semicircles(r.positionLat) },
  { channel: 'longitude', field: 'positionLong', read: (r) => semicircles(r.positionLong) },
  { channel: 'heartRate', field: 'heartRate', read: (r) => r.heartRate },
  {
    channel: 'stepLength',
    field: 'stepLength',
    read: (r) => (r.stepLength === undefined ? undefined : r.stepLength / 1000),
  },
  { channel: 'groundContactTime', field: 'stanceTime', read: (r) => r.stanceTime },
  { channel: 'groundContactBalance', field: 'stanceTimeBalance', read: (r) => r.stanceTimeBalance },
  { channel: 'verticalOscillation', field: 'verticalOscillation', read: (r) => r.verticalOscillation },
  { channel: 'verticalRatio', field: 'verticalRatio', read: (r) => r.verticalRatio },
  { channel: 'power', field: 'power', read: (r) => r.power },
  { channel: 'temperature', field: 'temperature', read: (r) => r.temperature },
];

function semicircles(v: number | undefined): number | undefined {
  return v === undefined ? undefined : geoDegreesFromSemicircles(v);
}

/** Column key of a developer field in the collector. */
export function developerColumn(key: number): string {
  return `dev:${key}`;
}

export interface RecordsInput {
  readonly records: readonly FitRecordMesg[];
  readonly startTimeMs: number;
  readonly developer: readonly DeveloperMapping[];
  /** Running/walking: cadence is strides/min + fraction and becomes steps/min. Else rpm, kept apart. */
  readonly onFoot: boolean;
  /** Keep only records in these [startMs, endMs] ranges; null keeps all. */
  readonly ranges: readonly (readonly [number, number])[] | null;
}

function inRanges(t: number, ranges: RecordsInput['ranges']): boolean {
  return ranges === null || ranges.some(([a, b]) => t >= a && t <= b);
}

/** Reads records into columns keyed by channel name, "cadence:rpm" and "dev:<key>". */
export function recordsCollect(input: RecordsInput): SampleCollector {
  const c = new SampleCollector();
  for (const r of input.records) {
    const t = r.timestampMs;
    if (t === undefined || !inRanges(t, input.ranges)) continue;
    if (!c.begin((t - input.startTimeMs) / 1000)) continue;
    for (const col of NATIVE_COLUMNS) {
      const v = col.read(r);
      if (v !== undefined) c.set(col.channel, v);
    }
    if (r.cadence !== undefined) {
      if (input.onFoot) c.set('cadence', cadenceStepsPerMin(r.cadence, r.fractionalCadence));
      else c.set('cadence:rpm', r.cadence + (r.fractionalCadence ?? 0));
    }
    const dev = r.developerFields;
    if (dev === undefined) continue;
    for (const m of input.developer) {
      const v = dev[m.key];
      if (typeof v === 'number') c.set(developerColumn(m.key), v * m.scale);
    }
  }
  return c;
}
