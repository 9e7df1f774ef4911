import { statsMedian } from './robust-fit';
import type { ChannelModel, FormChannel, FreshSummary, PersonalModel, RunAnalysis } from './types';
import { FORM_CHANNELS } from './types';

/** Earlier runs with a fresh section needed before a personal model is built. */
export const PERSONAL_MODEL_MIN_RUNS = 3;
/** Between-run speed spread (sd of ln speed) from which run-to-run differences inform the speed slope. */
const MIN_BETWEEN_RUN_SPREAD = 0.03;

function betweenRunSlope(points: readonly { x: number; y: number }[]): number | null {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  return Math.sqrt(sxx / n) >= MIN_BETWEEN_RUN_SPREAD ? sxy / sxx : null;
}

function pooledChannel(
  channel: FormChannel,
  runs: readonly FreshSummary[],
  lnRef: number,
): ChannelModel | null {
  const fits = runs.flatMap((r) => {
    const m = r.channels[channel];
    return m ? [{ m, lnSpeed: Math.log(r.speedRefMps) }] : [];
  });
  if (fits.length < PERSONAL_MODEL_MIN_RUNS) return null;
  const within = statsMedian(fits.map((f) => f.m.speedSlope));
  const between = betweenRunSlope(fits.map((f) => ({ x: f.lnSpeed, y: f.m.intercept })));
  const speedSlope = between === null ? within : (within + between) / 2;
  return {
    intercept: statsMedian(fits.map((f) => f.m.intercept + speedSlope * (lnRef - f.lnSpeed))),
    speedSlope,
    gradeSlope: statsMedian(fits.map((f) => f.m.gradeSlope)),
    sigma: statsMedian(fits.map((f) => f.m.sigma)),
    segments: fits.reduce((s, f) => s + f.m.segments, 0),
  };
}

/**
 * A runner's personal fresh model from the fresh sections of earlier runs (their `freshSummary`):
 * per channel the median within-run speed and grade slopes, averaged with the between-run speed slope
 * when the runs were at different paces, plus the speed range they covered. Passed to analyzeRun as
 * `personalModel`, it replaces the population priors and widens the speed range in which a run can be
 * compared with fresh form. Needs at least 3 earlier runs with cadence or dynamics; null otherwise.
 * @example analyzeRun(activity, { personalModel: buildPersonalModel(previousAnalyses) })
 */
export function buildPersonalModel(history: readonly RunAnalysis[]): PersonalModel | null {
  const runs = history.flatMap((a) => (a.freshSummary ? [a.freshSummary] : []));
  if (runs.length < PERSONAL_MODEL_MIN_RUNS) return null;
  const lnRef = statsMedian(runs.map((r) => Math.log(r.speedRefMps)));
  const channels: Partial<Record<FormChannel, ChannelModel>> = {};
  for (const channel of FORM_CHANNELS) {
    const pooled = pooledChannel(channel, runs, lnRef);
    if (pooled) channels[channel] = pooled;
  }
  if (Object.keys(channels).length === 0) return null;
  return {
    runs: runs.length,
    speedRefMps: Math.exp(lnRef),
    speedMinMps: Math.min(...runs.map((r) => r.speedMinMps)),
    speedMaxMps: Math.max(...runs.map((r) => r.speedMaxMps)),
    channels,
  };
}
