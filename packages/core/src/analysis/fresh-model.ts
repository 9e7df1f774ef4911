import type { Bin } from './segment-binner';
import type { AnalyzeOptions } from './options';
import { fitRobustRidge, statsMedian, statsQuantile } from './robust-fit';
import type { ChannelModel, FormChannel, PersonalModel } from './types';
import { FORM_CHANNELS } from './types';

/**
 * Population starting points for ln(channel) vs ln(speed) and grade, used as ridge priors. Cadence
 * rises slowly with speed and step length carries most of a speed increase; contact time falls with
 * speed; oscillation changes little (treadmill studies reviewed in Apte et al. 2021; Zandbergen et al.
 * 2023 for the speed dependence of step rate). Uphill shortens steps, lengthens contact, lowers bounce.
 */
const PRIORS: Record<FormChannel, { slopes: [number, number]; floor: number }> = {
  cadence: { slopes: [0.3, 0.3], floor: 0.008 },
  stepLength: { slopes: [0.7, -0.3], floor: 0.01 },
  groundContactTime: { slopes: [-0.7, 1.0], floor: 0.015 },
  verticalOscillation: { slopes: [0.1, -1.0], floor: 0.02 },
};
const PRIOR_SD: readonly [number, number] = [0.06, 0.4];
const PERSONAL_PRIOR_SD: readonly [number, number] = [0.03, 0.2];
/**
 * Neighbouring segments share slow stride-to-stride wander, so n segments carry far fewer than n
 * independent looks; the fit counts them as n / 4 against the prior, and the residual scale from the
 * same (in-sample) segments is inflated by 1.25.
 */
const AUTOCORRELATION_DISCOUNT = 4;
const IN_SAMPLE_INFLATION = 1.25;
export const MIN_FRESH_SEGMENTS = 8;

/** The fitted fresh model of one run, with the speed and grade range it may be used in. */
export interface FreshModel {
  readonly speedRefMps: number;
  /** Where most fresh segments were: speed quartiles (m/s) and grade deciles. */
  readonly speedTypicalMps: readonly [number, number];
  readonly gradeTypical: readonly [number, number];
  /** Speed range seen in the fresh section (and personal history), before the margin. */
  readonly seenSpeedMinMps: number;
  readonly seenSpeedMaxMps: number;
  readonly speedMinMps: number;
  readonly speedMaxMps: number;
  /** ln speeds of the fresh segments, for the support count (at most ~25 values). */
  readonly freshLnSpeeds: readonly number[];
  /** Speed range (m/s) a personal model vouches for, or null. */
  readonly personalRangeMps: readonly [number, number] | null;
  readonly gradeMin: number;
  readonly gradeMax: number;
  readonly channels: Partial<Record<FormChannel, ChannelModel>>;
}

/** Channels the form index combines: step length only stands in for cadence when cadence is missing. */
export function indexChannels(model: FreshModel): FormChannel[] {
  const present = FORM_CHANNELS.filter((c) => model.channels[c] !== undefined);
  return present.includes('cadence') ? present.filter((c) => c !== 'stepLength') : present;
}

function fitChannel(
  channel: FormChannel,
  bins: readonly Bin[],
  speedRefMps: number,
  personal: PersonalModel | null,
): ChannelModel | null {
  const usable = bins.filter((b) => Number.isFinite(b.values[channel]));
  if (usable.length < MIN_FRESH_SEGMENTS) return null;
  const pooled = personal?.channels[channel];
  const prior = pooled
    ? { slopes: [pooled.speedSlope, pooled.gradeSlope] as const, sd: PERSONAL_PRIOR_SD }
    : { slopes: PRIORS[channel].slopes, sd: PRIOR_SD };
  const y = usable.map((b) => Math.log(b.values[channel]));
  const x = usable.map((b) => [Math.log(b.speedMps / speedRefMps), b.grade] as const);
  const discounted = {
    slopes: prior.slopes,
    sd: [prior.sd[0], prior.sd[1]].map((sd) => sd / Math.sqrt(AUTOCORRELATION_DISCOUNT)) as [number, number],
  };
  const fit = fitRobustRidge(y, x, discounted, PRIORS[channel].floor);
  return {
    intercept: fit.intercept,
    speedSlope: fit.slopes[0],
    gradeSlope: fit.slopes[1],
    sigma: Math.max(PRIORS[channel].floor, fit.sigma * IN_SAMPLE_INFLATION),
    segments: usable.length,
  };
}

/** Fits each channel's fresh model on the fresh section's steady segments; null when too few. */
export function freshModelFit(freshBins: readonly Bin[], options: AnalyzeOptions): FreshModel | null {
  const steady = freshBins.filter((b) => b.speedChange <= options.maxSpeedChangeInSegment);
  if (steady.length < MIN_FRESH_SEGMENTS) return null;
  const speeds = steady.map((b) => b.speedMps);
  const grades = steady.map((b) => b.grade);
  const speedRefMps = statsMedian(speeds);
  const personal = options.personalModel;
  const channels: Partial<Record<FormChannel, ChannelModel>> = {};
  for (const channel of FORM_CHANNELS) {
    const model = fitChannel(channel, steady, speedRefMps, personal);
    if (model) channels[channel] = model;
  }
  const speedMin = Math.min(...speeds, personal?.speedMinMps ?? Infinity);
  const speedMax = Math.max(...speeds, personal?.speedMaxMps ?? -Infinity);
  return {
    speedRefMps,
    speedTypicalMps: [statsQuantile(speeds, 0.25), statsQuantile(speeds, 0.75)],
    gradeTypical: [statsQuantile(grades, 0.1), statsQuantile(grades, 0.9)],
    seenSpeedMinMps: speedMin,
    seenSpeedMaxMps: speedMax,
    speedMinMps: speedMin * (1 - options.speedMargin),
    speedMaxMps: speedMax * (1 + options.speedMargin),
    freshLnSpeeds: speeds.map((v) => Math.log(v)),
    personalRangeMps: personal ? [personal.speedMinMps, personal.speedMaxMps] : null,
    gradeMin: Math.min(...grades) - options.gradeMargin,
    gradeMax: Math.max(...grades) + options.gradeMargin,
    channels,
  };
}

/**
 * Model-form uncertainty: the log-linear fresh model is an approximation (cadence, for one, rises
 * faster with speed at high speeds), so a prediction is trusted less the further the segment lies
 * beyond the speeds and grades where most of the fresh section was run (its speed quartiles and grade
 * deciles). Added in quadrature to the channel's residual scale.
 */
const SPEED_MODEL_SD = 0.2;
const GRADE_MODEL_SD = 0.2;
/** Within 10 % of the typical fresh speeds and 3 % grade of the typical grades the model is taken as is. */
const SPEED_TOLERANCE = 0.1;
const GRADE_TOLERANCE = 0.03;

/**
 * "At equal speed" taken literally: a segment is compared with the fresh model only where at least
 * `minSupport` fresh segments ran within ±`window` (ln units, ≈ ±10 %) of its speed, or inside the
 * speed range a personal model vouches for. Constant work (≤ 25 fresh segments).
 */
export function freshModelSupports(
  model: FreshModel,
  speedMps: number,
  options: { readonly window: number; readonly minSupport: number },
): boolean {
  const range = model.personalRangeMps;
  if (range && speedMps >= range[0] && speedMps <= range[1]) return true;
  const lnV = Math.log(speedMps);
  let support = 0;
  for (const x of model.freshLnSpeeds) if (Math.abs(x - lnV) <= options.window) support += 1;
  return support >= options.minSupport;
}

/** How far x lies outside [low, high]. */
function outside(x: number, low: number, high: number): number {
  return x < low ? low - x : x > high ? x - high : 0;
}

/** Residual scale of a channel at a segment's speed and grade (ln units). */
export function freshModelSigma(model: FreshModel, m: ChannelModel, bin: Bin): number {
  const [vLow, vHigh] = model.speedTypicalMps;
  const [gLow, gHigh] = model.gradeTypical;
  const speedOff = outside(Math.log(bin.speedMps), Math.log(vLow), Math.log(vHigh));
  const speedTerm = SPEED_MODEL_SD * Math.max(0, speedOff - SPEED_TOLERANCE);
  const gradeTerm = GRADE_MODEL_SD * Math.max(0, outside(bin.grade, gLow, gHigh) - GRADE_TOLERANCE);
  return Math.sqrt(m.sigma * m.sigma + speedTerm * speedTerm + gradeTerm * gradeTerm);
}

/** ln(expected value) of a channel at a speed and grade. */
export function freshModelPredictLn(model: FreshModel, m: ChannelModel, bin: Bin): number {
  return m.intercept + m.speedSlope * Math.log(bin.speedMps / model.speedRefMps) + m.gradeSlope * bin.grade;
}
