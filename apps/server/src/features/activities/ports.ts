import type { FormSummary, PredictionResponse } from '@upright/api-contract';
import type { Activity, ImportResult } from '@upright/core';

/** A file as read from disk, a zip member or an upload. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One stored run as the personal model and predictions see it. */
export interface RunHistoryItem {
  readonly activityId: string;
  readonly startTimeMs: number;
  readonly distanceM: number | null;
  /** The stored analysis brief (see AnalysisPort.brief), parsed; null when the run was not analysed. */
  readonly analysis: unknown;
}

/** The analysis side the server needs; the real one wraps @upright/core, tests may pass a fake. */
export interface AnalysisPort {
  /** Analyses one run; null analysis when the run cannot be analysed. */
  analyzeRun(activity: Activity, model: unknown): { analysis: unknown; form: FormSummary };
  /** The small part of an analysis that buildModel and predict read, stored beside it. */
  brief(analysis: unknown): unknown;
  /** The personal fresh model from the stored history (null with too little history). */
  buildModel(history: readonly RunHistoryItem[]): unknown;
  predict(
    history: readonly RunHistoryItem[],
    plannedDistanceM: number,
  ): Omit<PredictionResponse, 'plannedDistanceM'>;
}

/** Decodes one file into an activity (the formats package's importActivityBytes). */
export type ImportPort = (source: SourceFile) => ImportResult;
