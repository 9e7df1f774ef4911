import { createHash } from 'node:crypto';
import type { FormSummary } from '@upright/api-contract';
import type { Activity } from '@upright/core';
import type { ActivityRow } from './activities.repository';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function activityRow(
  activity: Activity,
  meta: { id: string; sha256: string; name: string; importedAt: string; isDemo: boolean },
  extra: { form: FormSummary; warnings: readonly { code: string; message: string }[] },
): ActivityRow {
  const { totals, form } = { totals: activity.totals, form: extra.form };
  return {
    id: meta.id,
    sha256: meta.sha256,
    source_name: meta.name,
    origin: 'file',
    start_time_ms: activity.startTimeMs,
    sport: activity.sport,
    sport_raw: activity.sportRaw,
    format: activity.format,
    device_json: JSON.stringify(activity.device),
    totals_json: JSON.stringify(totals),
    laps_json: JSON.stringify(activity.laps),
    warnings_json: JSON.stringify(extra.warnings),
    distance_m: totals.distanceM,
    elapsed_s: totals.elapsedS,
    moving_s: totals.movingS,
    ascent_m: totals.ascentM,
    avg_heart_rate: totals.avgHeartRate,
    avg_cadence: totals.avgCadence,
    channels_json: JSON.stringify(Object.keys(activity.samples.channels)),
    verdict: form.verdict,
    headline: form.headline,
    onset_distance_m: form.onsetDistanceM,
    decoupling_pct: form.decouplingPct,
    durability_pct: form.durabilityPct,
    imported_at: meta.importedAt,
    is_demo: meta.isDemo ? 1 : 0,
  };
}
