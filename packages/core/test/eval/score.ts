import type { RunAnalysis } from '../../src/analysis/index';
import type { LabelledCase } from './labelled-set';

/** Onset counts as found when within this distance of the truth. */
export const RECALL_WINDOW_M = 1500;

export interface CaseOutcome {
  readonly case: LabelledCase;
  readonly truthM: number | null;
  readonly status: RunAnalysis['formBreakdown']['status'];
  readonly foundM: number | null;
}

export interface CellScore {
  readonly runs: number;
  readonly positives: number;
  readonly hits: number;
  readonly negatives: number;
  readonly falseAlarms: number;
  readonly insufficient: number;
  readonly errorsM: readonly number[];
}

export function scoreOutcomes(outcomes: readonly CaseOutcome[]): CellScore {
  let positives = 0;
  let hits = 0;
  let negatives = 0;
  let falseAlarms = 0;
  let insufficient = 0;
  const errorsM: number[] = [];
  for (const o of outcomes) {
    if (o.status === 'insufficient-data') insufficient += 1;
    if (o.truthM === null) {
      negatives += 1;
      if (o.status === 'detected') falseAlarms += 1;
      continue;
    }
    positives += 1;
    if (o.foundM === null) continue;
    const error = Math.abs(o.foundM - o.truthM);
    errorsM.push(error);
    if (error <= RECALL_WINDOW_M) hits += 1;
  }
  return { runs: outcomes.length, positives, hits, negatives, falseAlarms, insufficient, errorsM };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] ?? null) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}
