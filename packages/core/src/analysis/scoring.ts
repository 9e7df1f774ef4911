import type { Bin } from './segment-binner';
import type { FreshModel } from './fresh-model';
import { freshModelPredictLn, freshModelSigma, freshModelSupports, indexChannels } from './fresh-model';
import type { AnalyzeOptions, RunPlan } from './options';
import type { FormChannel } from './types';
import { FORM_CHANNELS } from './types';

/** A segment compared with the fresh model. */
export interface ScoredBin {
  readonly bin: Bin;
  /** Mean of clipped z² over the index channels; null when the segment is not comparable. */
  readonly score: number | null;
  /** ln(value / expected) per channel (all modelled channels, comparable or not). */
  readonly lnResidual: Partial<Record<FormChannel, number>>;
  readonly z: Partial<Record<FormChannel, number>>;
  readonly inWarmup: boolean;
  readonly inFresh: boolean;
  readonly offGrade: boolean;
  readonly offSpeed: boolean;
}

const Z_CLIP = 5;
/** Fresh segments needed near a segment's speed for it to count as "at equal speed". */
const MIN_SPEED_SUPPORT = 4;

/** Scores one segment against the fresh model: constant work, shared by offline and streaming. */
export function scoreBin(bin: Bin, model: FreshModel, plan: RunPlan, options: AnalyzeOptions): ScoredBin {
  const lnResidual: Partial<Record<FormChannel, number>> = {};
  const z: Partial<Record<FormChannel, number>> = {};
  for (const channel of FORM_CHANNELS) {
    const m = model.channels[channel];
    const value = bin.values[channel];
    if (!m || !Number.isFinite(value)) continue;
    const r = Math.log(value) - freshModelPredictLn(model, m, bin);
    lnResidual[channel] = r;
    z[channel] = Math.max(-Z_CLIP, Math.min(Z_CLIP, r / freshModelSigma(model, m, bin)));
  }
  const inWarmup = bin.movingStartM < plan.warmupM;
  const inFresh = !inWarmup && bin.movingStartM < plan.freshEndM;
  const offGrade = bin.grade < model.gradeMin || bin.grade > model.gradeMax;
  const offSpeed =
    !freshModelSupports(model, bin.speedMps, {
      window: options.speedMargin,
      minSupport: MIN_SPEED_SUPPORT,
    }) || bin.speedChange > options.maxSpeedChangeInSegment;
  let sum = 0;
  let n = 0;
  for (const channel of indexChannels(model)) {
    const zc = z[channel];
    if (zc === undefined) continue;
    sum += zc * zc;
    n += 1;
  }
  const comparable = !inWarmup && !offGrade && !offSpeed && n > 0;
  return { bin, score: comparable ? sum / n : null, lnResidual, z, inWarmup, inFresh, offGrade, offSpeed };
}
