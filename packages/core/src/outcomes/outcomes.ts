import type { OutcomeSummary, OutcomeTrend, PainEntry, PsfsActivity, PsfsEntry } from './types';

/**
 * Smallest changes Upright treats as real. NRS: 2 points, the minimal clinically important change in
 * low back pain (Childs 2005). PSFS average score: 2 points, the minimum detectable change (90% CI)
 * printed with the scale since Stratford 1995 (Horn 2012 reviews the measurement properties).
 */
export const OUTCOME_MIC = { painNrs: 2, psfsAverage: 2 } as const;

/**
 * The Patient-Specific Functional Scale is free to use with attribution (Stratford et al. 1995).
 * Show this line wherever the PSFS appears.
 */
export const PSFS_ATTRIBUTION =
  'Patient-Specific Functional Scale: Stratford P, Gill C, Westaway M, Binkley J. Physiotherapy Canada 1995;47:258-263. Free to use with attribution.';

export const PSFS_INSTRUCTIONS = {
  baseline:
    'Name up to five activities that your back makes hard or impossible (for example "running past 15 km" or "sitting through a work meeting"). For each, rate how well you can do it today.',
  followUp: 'For each activity you named, rate how well you can do it today.',
  scale: '0 = unable to do the activity, 10 = able to do it at the level you could before the back problem.',
  maxActivities: 5,
} as const;

/** Mean PSFS score over the given activities that were rated; null if none were. */
export function psfsAverage(entry: PsfsEntry, activities: readonly PsfsActivity[]): number | null {
  const scores = activities.map((a) => entry.scores[a.id]).filter((s): s is number => s !== undefined);
  if (scores.length === 0) return null;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

function trend(values: readonly number[], mic: number, higherIsBetter: boolean): OutcomeTrend {
  const baseline = values[0] ?? null;
  const latest = values.length > 0 ? (values[values.length - 1] ?? null) : null;
  if (baseline === null || latest === null || values.length < 2) {
    return { baseline, latest, change: null, verdict: 'not-enough-data' };
  }
  const change = Math.round((latest - baseline) * 10) / 10;
  const better = higherIsBetter ? change : -change;
  const verdict = better >= mic ? 'improved' : better <= -mic ? 'worse' : 'no-clear-change';
  return { baseline, latest, change, verdict };
}

const byDate = <T extends { readonly date: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * Baseline (earliest) versus latest pain NRS and PSFS average, judged against the minimal important
 * change. Entries may come in any order; they are sorted by date (stable for equal dates).
 * @example outcomeSummary({ pain: [{date:'2026-01-01',nrs:6},{date:'2026-03-01',nrs:3}], psfs: [], activities: [] }).pain.verdict // 'improved'
 */
export function outcomeSummary(history: {
  readonly pain: readonly PainEntry[];
  readonly psfs: readonly PsfsEntry[];
  readonly activities: readonly PsfsActivity[];
}): OutcomeSummary {
  const pains = byDate(history.pain).map((p) => p.nrs);
  const psfs = byDate(history.psfs)
    .map((e) => psfsAverage(e, history.activities))
    .filter((x): x is number => x !== null);
  return { pain: trend(pains, OUTCOME_MIC.painNrs, false), psfs: trend(psfs, OUTCOME_MIC.psfsAverage, true) };
}
