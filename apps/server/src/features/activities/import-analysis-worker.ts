// Loaded by importManyInWorkers inside each worker thread (see defaultDeps' decodeMany): analyses an
// imported activity with the personal model and compacts its samples there, so the main thread only
// hashes and stores. Returns the structured-cloneable part of a PreparedFile.
import type { Activity } from '@upright/core';
import { analysisColumns } from './analysis-columns';
import type { PreparedFile } from './bulk-import';
import { coreAnalysis } from './core-analysis';
import { samplesEncode } from './samples-codec';

export type WorkerPrepared = Omit<PreparedFile, 'activity' | 'warnings'>;

export function analyse(activity: Activity, model: unknown): WorkerPrepared {
  const { analysis, form } = coreAnalysis.analyzeRun(activity, model);
  return { form, ...analysisColumns(coreAnalysis, analysis), samples: samplesEncode(activity.samples) };
}
