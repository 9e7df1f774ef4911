// Messages between importManyInWorkers and its workers.
import type { ImportResult } from '@upright/core';
import type { ImportOptions } from '../../options';

export interface WorkerTask {
  readonly index: number;
  readonly name: string;
  /** The file's bytes (transferred), or a path the worker reads itself. */
  readonly bytes: Uint8Array | null;
  readonly path: string | null;
}

export interface WorkerSetup {
  readonly importOptions: ImportOptions;
  /** Absolute path or file: URL of an ES module exporting `analyse(activity)`, or null. */
  readonly analysisModule: string | null;
  /** Passed as `analyse(activity, input)`'s second argument (e.g. the caller's personal model). */
  readonly analysisInput: unknown;
}

/** A coded failure of the caller's analysis (the import itself succeeded). */
export interface AnalysisError {
  readonly code: 'ANALYSIS_FAILED';
  readonly message: string;
}

export interface WorkerReply {
  readonly index: number;
  readonly result: ImportResult;
  /** What `analyse(activity)` returned (structured-cloned), when an analysis module was given. */
  readonly analysis?: unknown;
  readonly analysisError?: AnalysisError;
}
