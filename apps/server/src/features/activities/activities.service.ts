import type { FormSummary, UploadOutcome } from '@upright/api-contract';
import type { Activity } from '@upright/core';
import type { Db } from '../../db/store';
import { findActivityIdBySha, insertActivity } from './activities.repository';
import { loadPersonalModel, refreshPersonalModel } from './model.service';
import type { AnalysisPort, ImportPort, SourceFile } from './ports';
import { samplesEncode } from './samples-codec';
import { analysisColumns } from './analysis-columns';
import { activityRow, sha256Hex } from './activity-row';
import { BULK_CHUNK_FILES, BULK_MIN_FILES, importBulk, type DecodeMany } from './bulk-import';

export { activityRow, sha256Hex };

export interface ActivityDeps {
  readonly db: Db;
  readonly importFile: ImportPort;
  readonly analysis: AnalysisPort;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Parallel decode + analysis for big batches (worker threads); absent = always one by one. */
  readonly decodeMany?: DecodeMany;
}

/** A source that could not even be read (bad zip member, unreadable file). */
export interface SourceError {
  readonly name: string;
  readonly error: { readonly code: string; readonly message: string };
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

type Source = SourceFile | SourceError;

interface BatchOptions {
  readonly isDemo: boolean;
  readonly model: unknown;
}

function sourceFailed(source: SourceError): UploadOutcome {
  return { name: source.name, status: 'failed', ...source.error };
}

/**
 * Imports buffered sources: on worker threads with grouped commits when the deps can and there are
 * at least BULK_MIN_FILES files, else one by one. Outcomes in source order.
 */
async function importBuffered(
  deps: ActivityDeps,
  sources: readonly Source[],
  options: BatchOptions,
): Promise<UploadOutcome[]> {
  const files = sources.filter((s): s is SourceFile => !('error' in s));
  if (deps.decodeMany === undefined || files.length < BULK_MIN_FILES) {
    const out: UploadOutcome[] = [];
    for (const s of sources) out.push('error' in s ? sourceFailed(s) : await importOne(deps, s, options));
    return out;
  }
  const ctx = { ...options, db: deps.db, decodeMany: deps.decodeMany, now: deps.now, newId: deps.newId };
  const bulk = await importBulk(ctx, files);
  let next = 0;
  return sources.map((s) =>
    'error' in s ? sourceFailed(s) : (bulk[next++] ?? sourceFailed({ ...s, error: crashed })),
  );
}

const crashed = { code: 'IMPORT_CRASHED', message: 'Could not read this file.' };

/**
 * Imports a stream of files (each file all or nothing; one bad file never sinks the batch), then
 * refreshes the personal model once. With `deps.decodeMany`, sources are buffered up to
 * BULK_CHUNK_FILES and big batches go through the parallel bulk path (see bulk-import.ts); otherwise
 * one by one, each its own transaction. `onOutcome` sees each result in source order.
 */
export async function importMany(
  deps: ActivityDeps,
  sources: AsyncIterable<Source> | Iterable<Source>,
  options: { isDemo?: boolean; onOutcome?: (outcome: UploadOutcome) => void } = {},
): Promise<UploadOutcome[]> {
  const batch = { isDemo: options.isDemo ?? false, model: await loadPersonalModel(deps.db) };
  const outcomes: UploadOutcome[] = [];
  const emit = (list: readonly UploadOutcome[]): void => {
    for (const o of list) {
      outcomes.push(o);
      options.onOutcome?.(o);
    }
  };
  let buffer: Source[] = [];
  for await (const source of sources) {
    if (deps.decodeMany === undefined) {
      emit(await importBuffered(deps, [source], batch));
      continue;
    }
    buffer.push(source);
    if (buffer.length < BULK_CHUNK_FILES) continue;
    emit(await importBuffered(deps, buffer, batch));
    buffer = [];
  }
  emit(await importBuffered(deps, buffer, batch));
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
