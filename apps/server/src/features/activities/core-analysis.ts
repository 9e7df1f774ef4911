import type { FormSummary } from '@upright/api-contract';
import {
  analyzeRun,
  buildPersonalModel,
  predictOnset,
  type Activity,
  type PersonalModel,
  type RunAnalysis,
} from '@upright/core';
import type { AnalysisPort, RunHistoryItem } from './ports';

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  cadence: 'cadence',
  stepLength: 'step length',
  groundContactTime: 'ground contact time',
  verticalOscillation: 'vertical oscillation',
};

/** One plain line per verdict (no distances: the web formats those in the runner's units). */
function headlineOf(analysis: RunAnalysis): string {
  const { formBreakdown: fb } = analysis;
  if (fb.status === 'none') return 'Form held to the end.';
  if (fb.status === 'insufficient-data')
    return analysis.notes[0]?.message ?? 'Not enough data to judge form.';
  const top = fb.contributors[0];
  if (top === undefined) return 'Form gave way.';
  const sign = top.changePct > 0 ? '+' : '';
  return `Form gave way: ${CHANNEL_WORDS[top.channel] ?? top.channel} ${sign}${top.changePct.toFixed(1)} %.`;
}

export function formSummaryOf(analysis: RunAnalysis): FormSummary {
  return {
    verdict: analysis.formBreakdown.status,
    headline: headlineOf(analysis),
    onsetDistanceM: analysis.formBreakdown.onsetDistanceM,
    decouplingPct: analysis.decoupling?.pct ?? null,
    durabilityPct: analysis.durability === null ? null : analysis.durability * 100,
  };
}

export function analyzeWithCore(
  activity: Activity,
  model: unknown,
): { analysis: RunAnalysis; form: FormSummary } {
  const analysis = analyzeRun(activity, { personalModel: (model as PersonalModel | null) ?? null });
  return { analysis, form: formSummaryOf(analysis) };
}

/**
 * What buildPersonalModel and predictOnset read from an analysis: the verdict and the fresh summary
 * (plus the small scalar results). Stored beside the full analysis so a long history loads fast.
 */
export function analysisBrief(analysis: RunAnalysis): Partial<RunAnalysis> {
  const { formBreakdown, freshSummary, decoupling, durability, freshBand, notes } = analysis;
  return { formBreakdown, freshSummary, decoupling, durability, freshBand, notes };
}

function briefsOf(history: readonly RunHistoryItem[]): RunAnalysis[] {
  return history.flatMap((h) => (h.analysis === null ? [] : [h.analysis as RunAnalysis]));
}

/** The analysis port on @upright/core: analyzeRun, buildPersonalModel, predictOnset. */
export const coreAnalysis: AnalysisPort = {
  analyzeRun: analyzeWithCore,
  brief: (analysis) => analysisBrief(analysis as RunAnalysis),
  buildModel: (history) => buildPersonalModel(briefsOf(history)),
  predict: (history, plannedDistanceM) => {
    const prediction = predictOnset(briefsOf(history), plannedDistanceM);
    return {
      onsetDistanceM: prediction?.onsetDistanceM ?? null,
      lowM: prediction?.lowM ?? null,
      highM: prediction?.highM ?? null,
      runsUsed: prediction?.basis.runs ?? 0,
      detail: prediction,
    };
  },
};
