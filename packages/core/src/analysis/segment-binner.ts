import type { AnalyzeOptions } from './options';

/** One sample as the binner sees it. NaN marks a missing value. */
export interface BinnerSample {
  timeS: number;
  distanceM: number;
  speedMps: number;
  altitudeM: number;
  heartRate: number;
  power: number;
  cadence: number;
  stepLength: number;
  groundContactTime: number;
  verticalOscillation: number;
  /** True when a timer pause ended just before this sample. */
  afterPause: boolean;
}

export const BIN_VALUES = [
  'heartRate',
  'power',
  'cadence',
  'stepLength',
  'groundContactTime',
  'verticalOscillation',
] as const;
export type BinValue = (typeof BIN_VALUES)[number];

/** A finished segment of `segmentM` moving metres. */
export interface Bin {
  readonly index: number;
  /** Cumulative moving metres at the segment's start. */
  readonly movingStartM: number;
  readonly startDistanceM: number;
  readonly endDistanceM: number;
  readonly startTimeS: number;
  readonly endTimeS: number;
  readonly durationS: number;
  readonly speedMps: number;
  /** |v2 − v1| / v between the segment's halves. */
  readonly speedChange: number;
  readonly grade: number;
  readonly pause: boolean;
  readonly values: Readonly<Record<BinValue, number>>;
}

interface Acc {
  readonly halfM: number;
  movingM: number;
  durationS: number;
  halfS: number;
  startDistanceM: number;
  startTimeS: number;
  startAltM: number;
  pause: boolean;
  /** Time-weighted sums and weights per BIN_VALUES entry (same order). */
  readonly sums: Float64Array;
  readonly weights: Float64Array;
}

export interface SegmentBinner {
  /** Feeds one sample (the object may be reused by the caller); returns a finished bin or null. */
  push(sample: Readonly<BinnerSample>): Bin | null;
}

const MAX_SAMPLE_GAP_S = 10;
const ALTITUDE_SMOOTHING_S = 15;

/**
 * Distance travelled since the first sample, robust to files that record distance only on some
 * samples (speed fills the holes without double counting), to small backward GPS corrections and to
 * an offset start (the run leg of a multisport file).
 */
interface Odometer {
  readonly step: (s: Readonly<BinnerSample>, dt: number) => number;
  readonly total: () => number;
}

function createOdometer(): Odometer {
  let lastFinite = NaN;
  let creditedSinceFinite = 0;
  let total = 0;
  return {
    step(s, dt) {
      let step = 0;
      if (Number.isFinite(s.distanceM)) {
        if (Number.isFinite(lastFinite)) step = Math.max(0, s.distanceM - lastFinite - creditedSinceFinite);
        if (!Number.isFinite(lastFinite) || s.distanceM > lastFinite) lastFinite = s.distanceM;
        creditedSinceFinite = 0;
      } else if (Number.isFinite(s.speedMps) && Number.isFinite(dt)) {
        step = Math.max(0, s.speedMps) * dt;
        creditedSinceFinite += step;
      }
      total += step;
      return step;
    },
    total: () => total,
  };
}

function newAcc(
  s: Readonly<BinnerSample>,
  start: { distanceM: number; altM: number; halfM: number },
  dt: number,
): Acc {
  return {
    halfM: start.halfM,
    movingM: 0,
    durationS: 0,
    halfS: 0,
    startDistanceM: start.distanceM,
    startTimeS: s.timeS - dt,
    startAltM: start.altM,
    pause: false,
    sums: new Float64Array(BIN_VALUES.length),
    weights: new Float64Array(BIN_VALUES.length),
  };
}

function addValue(acc: Acc, slot: number, value: number, dt: number): void {
  if (value > 0) {
    acc.sums[slot] = (acc.sums[slot] ?? 0) + value * dt;
    acc.weights[slot] = (acc.weights[slot] ?? 0) + dt;
  }
}

/** Adds one sample; the values are read field by field (keeps this hot loop monomorphic). */
function accumulate(acc: Acc, s: Readonly<BinnerSample>, stepM: number, dt: number): void {
  if (acc.movingM < acc.halfM && acc.movingM + stepM >= acc.halfM) {
    acc.halfS = acc.durationS + (dt * (acc.halfM - acc.movingM)) / stepM;
  }
  acc.movingM += stepM;
  acc.durationS += dt;
  addValue(acc, 0, s.heartRate, dt);
  addValue(acc, 1, s.power, dt);
  addValue(acc, 2, s.cadence, dt);
  addValue(acc, 3, s.stepLength, dt);
  addValue(acc, 4, s.groundContactTime, dt);
  addValue(acc, 5, s.verticalOscillation, dt);
}

interface BinnerState {
  readonly options: AnalyzeOptions;
  readonly odometer: Odometer;
  prevTime: number;
  /** Typical sample interval (EWMA), so "smart recording" every 5–8 s is not read as pauses. */
  typicalDtS: number;
  altSmooth: number;
  stillUntilS: number;
  movingTotalM: number;
  index: number;
  acc: Acc | null;
}

function binMean(a: Acc, slot: number): number {
  const w = a.weights[slot] ?? 0;
  return w > 0.5 * a.durationS ? (a.sums[slot] ?? 0) / w : NaN;
}

function binFinish(st: BinnerState, a: Acc, endTimeS: number): Bin {
  const v1 = a.halfM / Math.max(a.halfS, 1e-9);
  const v2 = (a.movingM - a.halfM) / Math.max(a.durationS - a.halfS, 1e-9);
  const speedMps = a.movingM / a.durationS;
  const grade = (st.altSmooth - a.startAltM) / a.movingM;
  st.index += 1;
  return {
    index: st.index - 1,
    movingStartM: st.movingTotalM - a.movingM,
    startDistanceM: a.startDistanceM,
    endDistanceM: st.odometer.total(),
    startTimeS: a.startTimeS,
    endTimeS,
    durationS: a.durationS,
    speedMps,
    speedChange: Math.abs(v2 - v1) / speedMps,
    grade: Number.isFinite(grade) ? grade : 0,
    pause: a.pause,
    values: {
      heartRate: binMean(a, 0),
      power: binMean(a, 1),
      cadence: binMean(a, 2),
      stepLength: binMean(a, 3),
      groundContactTime: binMean(a, 4),
      verticalOscillation: binMean(a, 5),
    },
  };
}

function smoothAltitude(st: BinnerState, altitudeM: number, dt: number): void {
  if (!Number.isFinite(altitudeM)) return;
  const w = Number.isFinite(dt) ? Math.min(dt, 60) : 0;
  st.altSmooth = Number.isFinite(st.altSmooth)
    ? st.altSmooth + ((altitudeM - st.altSmooth) * w) / (ALTITUDE_SMOOTHING_S + w)
    : altitudeM;
}

function isRunning(options: AnalyzeOptions, s: Readonly<BinnerSample>, speedMps: number): boolean {
  // A cadence of 0 at running speed is a sensor dropout, not a stop.
  const cadenceSaysStill = s.cadence > 0 && s.cadence < options.minRunningCadenceSpm;
  return speedMps >= options.minRunningSpeedMps && !cadenceSaysStill;
}

function binnerPush(st: BinnerState, s: Readonly<BinnerSample>): Bin | null {
  const dt = s.timeS - st.prevTime;
  // A record without distance or speed says nothing about motion (e.g. a lap or event record).
  if (dt <= 0 || (!Number.isFinite(s.distanceM) && !Number.isFinite(s.speedMps))) return null;
  smoothAltitude(st, s.altitudeM, dt);
  st.prevTime = s.timeS;
  const stepM = st.odometer.step(s, dt);
  if (!Number.isFinite(dt)) return null;
  const speed = Number.isFinite(s.speedMps) ? s.speedMps : stepM / dt;
  const gapS = Math.max(MAX_SAMPLE_GAP_S, 3 * (Number.isFinite(st.typicalDtS) ? st.typicalDtS : dt));
  if (dt <= 30)
    st.typicalDtS = Number.isFinite(st.typicalDtS) ? st.typicalDtS + 0.05 * (dt - st.typicalDtS) : dt;
  if (s.afterPause || dt > gapS || !isRunning(st.options, s, speed)) {
    st.stillUntilS = s.timeS + st.options.settleS;
    if (st.acc) st.acc.pause = true;
    return null;
  }
  if (s.timeS < st.stillUntilS) return null;
  const start = {
    distanceM: st.odometer.total() - stepM,
    altM: st.altSmooth,
    halfM: st.options.segmentM / 2,
  };
  const acc = (st.acc ??= newAcc(s, start, dt));
  accumulate(acc, s, stepM, dt);
  st.movingTotalM += stepM;
  if (acc.movingM < st.options.segmentM) return null;
  st.acc = null;
  return binFinish(st, acc, s.timeS);
}

/** Running segments of fixed moving distance, built one sample at a time with constant work. */
export function createSegmentBinner(options: AnalyzeOptions): SegmentBinner {
  const state: BinnerState = {
    options,
    odometer: createOdometer(),
    prevTime: NaN,
    typicalDtS: NaN,
    altSmooth: NaN,
    stillUntilS: -Infinity,
    movingTotalM: 0,
    index: 0,
    acc: null,
  };
  return { push: (s) => binnerPush(state, s) };
}
