import type { ActivityDetail, ActivitySummary, ChannelJson, SamplesJson } from '@upright/api-contract';
import type { RunAnalysis, Samples } from '@upright/core';
import type { ActivityRow, StoredActivity } from './activities.repository';
import { samplesDecode } from './samples-codec';

export function activitySummary(row: ActivityRow): ActivitySummary {
  return {
    id: row.id,
    startTime: new Date(row.start_time_ms).toISOString(),
    sport: row.sport,
    format: row.format as ActivitySummary['format'],
    sourceName: row.source_name,
    sha256: row.sha256,
    distanceM: row.distance_m,
    elapsedS: row.elapsed_s,
    movingS: row.moving_s,
    ascentM: row.ascent_m,
    avgHeartRate: row.avg_heart_rate,
    avgCadence: row.avg_cadence,
    channels: JSON.parse(row.channels_json) as string[],
    form: {
      verdict: row.verdict,
      headline: row.headline,
      onsetDistanceM: row.onset_distance_m,
      decouplingPct: row.decoupling_pct,
      durabilityPct: row.durability_pct,
    },
    importedAt: row.imported_at,
    isDemo: row.is_demo === 1,
  };
}

/**
 * Decimal places sent per channel: positions keep ~1 cm, time 1 ms, everything else 4 places (beyond
 * any running sensor, and it keeps Float32-stored values from printing 17 digits).
 */
function placesFor(name: string): number {
  if (name === 'latitude' || name === 'longitude') return 7;
  return name === 'time' ? 3 : 4;
}

function pick(values: Float64Array, indexes: readonly number[] | null, places: number): (number | null)[] {
  const out: (number | null)[] = [];
  const scale = 10 ** places;
  const take = (v: number | undefined): void => {
    out.push(v === undefined || Number.isNaN(v) ? null : Math.round(v * scale) / scale);
  };
  if (indexes === null) for (const v of values) take(v);
  else for (const i of indexes) take(values[i]);
  return out;
}

/** Every k-th sample so at most maxPoints remain; the last sample is always kept. */
function thinIndexes(count: number, maxPoints: number | undefined): number[] | null {
  if (maxPoints === undefined || count <= maxPoints) return null;
  const step = Math.ceil(count / maxPoints);
  const indexes: number[] = [];
  for (let i = 0; i < count; i += step) indexes.push(i);
  if (indexes[indexes.length - 1] !== count - 1) indexes.push(count - 1);
  return indexes;
}

export function samplesJson(samples: Samples, maxPoints?: number): SamplesJson {
  const indexes = thinIndexes(samples.time.length, maxPoints);
  const channels: Record<string, ChannelJson> = {};
  for (const channel of Object.values(samples.channels)) {
    channels[channel.name] = {
      unit: channel.unit,
      source: channel.source,
      values: pick(channel.values, indexes, placesFor(channel.name)),
    };
  }
  return {
    time: pick(samples.time, indexes, placesFor('time')).map((t) => t ?? 0),
    channels,
    gaps: [...samples.gaps],
  };
}

export function activityDetail(stored: StoredActivity, maxPoints?: number): ActivityDetail {
  const { row } = stored;
  return {
    activity: {
      ...activitySummary(row),
      sportRaw: row.sport_raw,
      device: JSON.parse(row.device_json) as ActivityDetail['activity']['device'],
      totals: JSON.parse(row.totals_json) as ActivityDetail['activity']['totals'],
      laps: JSON.parse(row.laps_json) as ActivityDetail['activity']['laps'],
      warnings: JSON.parse(row.warnings_json) as ActivityDetail['activity']['warnings'],
    },
    samples: samplesJson(samplesDecode(stored.layout, stored.data), maxPoints),
    analysis: stored.analysisJson === null ? null : (JSON.parse(stored.analysisJson) as RunAnalysis),
  };
}
