import type { FormSummary } from '@upright/api-contract';
import { analyzeRun, type Activity, type PersonalModel, type RunAnalysis } from '@upright/core';
import type { AnalysisPort } from './ports';

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

export type CoreAnalysisPort = AnalysisPort;
