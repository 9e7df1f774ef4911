import type { ImportOptions } from '@upright/formats';
import { importManyInWorkers, type WorkerImportResult } from '@upright/formats/node';
import type { DecodeMany, PreparedFile, PrepareFailure } from './bulk-import';
import type { WorkerPrepared } from './import-analysis-worker';

const ANALYSIS_MODULE = new URL('./import-analysis-worker.ts', import.meta.url).href;

function prepared(r: WorkerImportResult): PreparedFile | PrepareFailure {
  if (!r.result.ok) return r.result.error;
  if (r.analysisError !== undefined || r.analysis === undefined) {
    const reason = r.analysisError?.message.split('\n')[0] ?? 'no analysis';
    return { code: 'IMPORT_CRASHED', message: `Could not read this file (${reason}).` };
  }
  const { activity, warnings } = r.result;
  return { activity, warnings, ...(r.analysis as WorkerPrepared) };
}

/**
 * The production DecodeMany: formats' importManyInWorkers (one worker per core), with the server's
 * analysis and sample compaction running in the workers too, the personal model passed in once.
 */
export function decodeManyInWorkers(importOptions: ImportOptions): DecodeMany {
  return async (sources, model, onEach) => {
    const results = await importManyInWorkers(sources, {
      importOptions,
      analysisModule: ANALYSIS_MODULE,
      analysisInput: model,
      ...(onEach === undefined ? {} : { onResult: (r, index) => onEach(index, prepared(r)) }),
    });
    return results.map(prepared);
  };
}
