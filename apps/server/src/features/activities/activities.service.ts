import { createHash } from 'node:crypto';
import type { FormSummary, UploadOutcome } from '@upright/api-contract';
import type { Activity } from '@upright/core';
import type { Db } from '../../db/store';
import { findActivityIdBySha, insertActivity, type ActivityRow } from './activities.repository';
import { loadPersonalModel, refreshPersonalModel } from './model.service';
import type { AnalysisPort, ImportPort, SourceFile } from './ports';
import { samplesEncode } from './samples-codec';
import { analysisColumns } from './analysis-columns';

export interface ActivityDeps {
  readonly db: Db;
  readonly importFile: ImportPort;
  readonly analysis: AnalysisPort;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** A source that could not even be read (bad zip member, unreadable file). */
export interface SourceError {
  readonly name: string;
  readonly error: { readonly code: string; readonly message: string };
}

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

export interface ImportOptions {
  readonly isDemo?: boolean;
  /** The personal model to analyse with (loaded once per batch). */
  readonly model?: unknown;
}

/** Decodes and analyses one file; a crash in either is this file's failure, never the batch's. */
function decodeAndAnalyse(deps: ActivityDeps, source: SourceFile, model: unknown): Decoded | UploadOutcome {
  try {
    const result = deps.importFile(source);
    if (!result.ok) return { name: source.name, status: 'failed', ...result.error };
    const { analysis, form } = deps.analysis.analyzeRun(result.activity, model);
    return { activity: result.activity, warnings: result.warnings, analysis, form };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      name: source.name,
      status: 'failed',
      code: 'IMPORT_CRASHED',
      message: `Could not read this file (${message}).`,
    };
  }
}

interface Decoded {
  readonly activity: Activity;
  readonly warnings: readonly { code: string; message: string }[];
  readonly analysis: unknown;
  readonly form: FormSummary;
}

/** Imports one file: duplicate by content hash, failed with the decoder's code, or stored whole. */
export async function importOne(
  deps: ActivityDeps,
  source: SourceFile,
  options: ImportOptions = {},
): Promise<UploadOutcome> {
  const sha256 = sha256Hex(source.bytes);
  const existing = await findActivityIdBySha(deps.db, sha256);
  if (existing !== null) return { name: source.name, status: 'duplicate', activityId: existing };
  const decoded = decodeAndAnalyse(deps, source, options.model ?? null);
  if ('status' in decoded) return decoded;
  const { activity, warnings, analysis, form } = decoded;
  const meta = {
    id: deps.newId(),
    sha256,
    name: source.name,
    importedAt: deps.now().toISOString(),
    isDemo: options.isDemo ?? false,
  };
  const stored = await insertActivity(deps.db, {
    row: activityRow(activity, meta, { form, warnings }),
    original: { name: source.name, bytes: source.bytes },
    samples: samplesEncode(activity.samples),
    ...analysisColumns(deps.analysis, analysis),
  });
  if (stored.status === 'duplicate') return { name: source.name, status: 'duplicate', activityId: stored.id };
  return {
    name: source.name,
    status: 'imported',
    activityId: stored.id,
    warnings: warnings.map((w) => w.code),
  };
}

/**
 * Imports a stream of files one by one (each its own transaction; one bad file never sinks the
 * batch), then refreshes the personal model once. `onOutcome` sees each result as it happens.
 */
export async function importMany(
  deps: ActivityDeps,
  sources: AsyncIterable<SourceFile | SourceError> | Iterable<SourceFile | SourceError>,
  options: { isDemo?: boolean; onOutcome?: (outcome: UploadOutcome) => void } = {},
): Promise<UploadOutcome[]> {
  const model = await loadPersonalModel(deps.db);
  const outcomes: UploadOutcome[] = [];
  for await (const source of sources) {
    const outcome =
      'error' in source
        ? ({ name: source.name, status: 'failed', ...source.error } as const)
        : await importOne(deps, source, { isDemo: options.isDemo ?? false, model });
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  if (outcomes.some((o) => o.status === 'imported')) await refreshPersonalModel(deps);
  return outcomes;
}

export function summarise(outcomes: readonly UploadOutcome[]): {
  imported: number;
  duplicate: number;
  failed: number;
} {
  const count = (status: UploadOutcome['status']): number =>
    outcomes.filter((o) => o.status === status).length;
  return { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') };
}
