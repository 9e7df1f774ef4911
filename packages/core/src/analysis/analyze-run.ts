import type { Activity } from '../activity/model';
import { activityDistanceM, activityForEachSample } from './activity-samples';
import { decouplingOf } from './decoupling';
import type { FreshModel } from './fresh-model';
import { freshModelFit, indexChannels } from './fresh-model';
import type { DetectedOnset } from './onset-detector';
import { createOnsetDetector } from './onset-detector';
import type { AnalyzeOptions, RunPlan } from './options';
import { DEFAULT_ANALYZE_OPTIONS, runPlanFor } from './options';
import { statsMedian } from './robust-fit';
import type { ScoredBin } from './scoring';
import { scoreBin } from './scoring';
import type { Bin } from './segment-binner';
import { createSegmentBinner } from './segment-binner';
import { perKmBuild, segmentSeriesBuild } from './series';
import type { AnalysisNote, FormBreakdown, FreshSummary, RunAnalysis } from './types';
import { FORM_CHANNELS } from './types';
import { roundTo } from './round';

/** Share of post-fresh segments that must be comparable before "none" is a verdict. */
const MIN_COMPARABLE_SHARE = 0.3;

function binsOf(activity: Activity, options: AnalyzeOptions): Bin[] {
  const binner = createSegmentBinner(options);
  const bins: Bin[] = [];
  activityForEachSample(activity, (s) => {
    const bin = binner.push(s);
    if (bin) bins.push(bin);
  });
  return bins;
}

function unscored(bin: Bin, plan: RunPlan): ScoredBin {
  const inWarmup = bin.movingStartM < plan.warmupM;
  return {
    bin,
    score: null,
    lnResidual: {},
    z: {},
    inWarmup,
    inFresh: !inWarmup && bin.movingStartM < plan.freshEndM,
    offGrade: false,
    offSpeed: false,
  };
}

/** Runs the shared onset detector over the segments after the fresh section. */
export function detectOnset(
  scored: readonly ScoredBin[],
  model: FreshModel,
  plan: RunPlan,
  options: AnalyzeOptions,
): DetectedOnset | null {
  const detector = createOnsetDetector({
    options,
    channels: indexChannels(model),
    freshEndM: plan.freshEndM,
  });
  for (const s of scored) detector.push(s);
  detector.finish();
  return detector.confirmed();
}

function freshSummaryOf(activity: Activity, model: FreshModel, totalM: number): FreshSummary {
  return {
    startTimeMs: activity.startTimeMs,
    totalDistanceM: Math.round(totalM),
    speedRefMps: model.speedRefMps,
    speedMinMps: model.seenSpeedMinMps,
    speedMaxMps: model.seenSpeedMaxMps,
    channels: model.channels,
  };
}

interface Verdict {
  readonly breakdown: FormBreakdown;
  readonly notes: AnalysisNote[];
  readonly durability: number | null;
}

const NOT_DETECTED = { onsetDistanceM: null, onsetTimeS: null, confidence: null, contributors: [] };

function verdictOf(input: {
  scored: readonly ScoredBin[];
  model: FreshModel | null;
  plan: RunPlan;
  options: AnalyzeOptions;
  totalM: number;
  hasForm: boolean;
}): Verdict {
  const { scored, model, plan, options, totalM } = input;
  const insufficient = (code: AnalysisNote['code'], message: string): Verdict => ({
    breakdown: { status: 'insufficient-data', ...NOT_DETECTED },
    notes: [{ code, message }],
    durability: null,
  });
  if (scored.length === 0) {
    return insufficient('RUN_TOO_SHORT', 'Too short to compare the later run with a fresh section.');
  }
  if (!input.hasForm) {
    return insufficient(
      'NO_FORM_CHANNELS',
      'No cadence or running dynamics: form cannot be judged from pace and heart rate alone.',
    );
  }
  const after = scored.filter((s) => s.bin.movingStartM >= plan.freshEndM);
  if (after.length < options.persistenceSegments) {
    return insufficient('RUN_TOO_SHORT', 'Too short to compare the later run with a fresh section.');
  }
  if (!model) return insufficient('FRESH_SECTION_TOO_SHORT', 'Too few steady segments in the fresh section.');
  const comparable = after.filter((s) => s.score !== null).length;
  if (comparable < Math.max(options.persistenceSegments, MIN_COMPARABLE_SHARE * after.length)) {
    return insufficient(
      'FEW_COMPARABLE_SEGMENTS',
      'Too little of the run was at speeds and grades the fresh section covered.',
    );
  }
  const found = detectOnset(scored, model, plan, options);
  if (!found) return { breakdown: { status: 'none', ...NOT_DETECTED }, notes: [], durability: 1 };
  const onsetDistanceM = Math.round(found.onset.bin.startDistanceM);
  return {
    breakdown: {
      status: 'detected',
      onsetDistanceM,
      onsetTimeS: Math.round(found.onset.bin.startTimeS),
      confidence: found.confidence,
      contributors: found.contributors,
    },
    notes: [],
    durability: totalM > 0 ? roundTo(Math.min(1, onsetDistanceM / totalM), 3) : null,
  };
}

/**
 * Finds where a runner's form gave way in one run, corrected for speed and grade: segments of
 * `segmentM` moving metres (pauses, standing stops and warm-up left out), a robust per-run fresh model
 * of each mechanic against speed and grade, residuals, a composite form index and a CUSUM onset with a
 * persistence check. Also pace:HR or power:HR decoupling, durability and a per-km table. O(n) in the
 * samples; a 3-hour 1 Hz run takes a few milliseconds. Method and sources: docs/analysis.md.
 * @example analyzeRun(activity).formBreakdown // { status: 'detected', onsetDistanceM: 24600, ... }
 */
export function analyzeRun(activity: Activity, options?: Partial<AnalyzeOptions>): RunAnalysis {
  const opts: AnalyzeOptions = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const totalM = activityDistanceM(activity);
  const plan = runPlanFor(totalM);
  const bins = binsOf(activity, opts);
  const fresh = bins.filter((b) => b.movingStartM >= plan.warmupM && b.movingStartM < plan.freshEndM);
  const model = freshModelFit(fresh, opts);
  const scored = bins.map((b) => (model ? scoreBin(b, model, plan, opts) : unscored(b, plan)));
  const hasForm = FORM_CHANNELS.some((c) => bins.some((b) => Number.isFinite(b.values[c])));
  const usableModel = model && indexChannels(model).length > 0 ? model : null;
  const verdict = verdictOf({ scored, model: usableModel, plan, options: opts, totalM, hasForm });
  const notes = [...verdict.notes];
  if (opts.personalModel && usableModel) {
    notes.push({
      code: 'PERSONAL_MODEL_USED',
      message: `Personal model from ${opts.personalModel.runs} earlier runs.`,
    });
  }
  if (!bins.some((b) => Number.isFinite(b.values.heartRate))) {
    notes.push({ code: 'NO_HEART_RATE', message: 'No heart rate: decoupling cannot be computed.' });
  }
  return {
    formBreakdown: verdict.breakdown,
    decoupling: decouplingOf(scored, statsMedian(bins.map((b) => b.speedMps))),
    durability: verdict.durability,
    perKm: perKmBuild(scored),
    segments: segmentSeriesBuild(scored, usableModel, opts.segmentM),
    freshBand: usableModel
      ? {
          fromM: plan.warmupM,
          toM: plan.freshEndM,
          formIndexMax: Math.round(Math.sqrt(1 + opts.cusumSlack) * 100) / 100,
        }
      : null,
    freshSummary: usableModel ? freshSummaryOf(activity, usableModel, totalM) : null,
    notes,
  };
}
