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
  movingM: number;
  durationS: number;
  halfS: number;
  startDistanceM: number;
  startTimeS: number;
  startAltM: number;
  pause: boolean;
  sums: Record<BinValue, number>;
  weights: Record<BinValue, number>;
}

function zeros(): Record<BinValue, number> {
  return { heartRate: 0, power: 0, cadence: 0, stepLength: 0, groundContactTime: 0, verticalOscillation: 0 };
}

export interface SegmentBinner {
  /** Feeds one sample (the object may be reused by the caller); returns a finished bin or null. */
  push(sample: Readonly<BinnerSample>): Bin | null;
}

const MAX_SAMPLE_GAP_S = 10;
const ALTITUDE_SMOOTHING_S = 15;

/** Running segments of fixed moving distance, built one sample at a time with constant work. */
export function createSegmentBinner(options: AnalyzeOptions): SegmentBinner {
  let prevTime = NaN;
  let prevDistance = NaN;
  let altSmooth = NaN;
  let stillUntilS = -Infinity;
  let movingTotalM = 0;
  let index = 0;
  let acc: Acc | null = null;

  const finish = (a: Acc, endDistanceM: number, endTimeS: number): Bin => {
    const values = zeros();
    for (const k of Object.keys(values) as BinValue[]) {
      values[k] = a.weights[k] > 0.5 * a.durationS ? a.sums[k] / a.weights[k] : NaN;
    }
    const half = options.segmentM / 2;
    const v1 = half / Math.max(a.halfS, 1e-9);
    const v2 = (a.movingM - half) / Math.max(a.durationS - a.halfS, 1e-9);
    const speedMps = a.movingM / a.durationS;
    const grade = Number.isFinite(altSmooth) ? (altSmooth - a.startAltM) / a.movingM : NaN;
    const bin: Bin = {
      index,
      movingStartM: movingTotalM - a.movingM,
      startDistanceM: a.startDistanceM,
      endDistanceM,
      startTimeS: a.startTimeS,
      endTimeS,
      durationS: a.durationS,
      speedMps,
      speedChange: Math.abs(v2 - v1) / speedMps,
      grade: Number.isFinite(grade) ? grade : 0,
      pause: a.pause,
      values,
    };
    index += 1;
    return bin;
  };

  return {
    push(s) {
      const dt = s.timeS - prevTime;
      const dd = s.distanceM - prevDistance;
      const first = !Number.isFinite(dt);
      if (!first && dt <= 0) return null;
      if (Number.isFinite(s.altitudeM)) {
        altSmooth = Number.isFinite(altSmooth)
          ? altSmooth +
            ((s.altitudeM - altSmooth) * Math.min(dt, 60)) / (ALTITUDE_SMOOTHING_S + Math.min(dt, 60))
          : s.altitudeM;
      }
      prevTime = s.timeS;
      if (Number.isFinite(s.distanceM)) prevDistance = s.distanceM;
      if (first) return null;
      const stepM = Number.isFinite(dd) ? Math.max(0, dd) : Math.max(0, s.speedMps) * dt;
      const speed = Number.isFinite(s.speedMps) ? s.speedMps : stepM / dt;
      const notRunning =
        speed < options.minRunningSpeedMps ||
        (Number.isFinite(s.cadence) && s.cadence < options.minRunningCadenceSpm);
      if (s.afterPause || dt > MAX_SAMPLE_GAP_S || notRunning) {
        stillUntilS = s.timeS + options.settleS;
        if (acc) acc.pause = true;
        return null;
      }
      if (s.timeS < stillUntilS) return null;
      acc ??= {
        movingM: 0,
        durationS: 0,
        halfS: 0,
        startDistanceM: Number.isFinite(s.distanceM) ? s.distanceM - stepM : movingTotalM,
        startTimeS: s.timeS - dt,
        startAltM: altSmooth,
        pause: false,
        sums: zeros(),
        weights: zeros(),
      };
      const before = acc.movingM;
      const half = options.segmentM / 2;
      if (before < half && before + stepM >= half) acc.halfS = acc.durationS + (dt * (half - before)) / stepM;
      acc.movingM += stepM;
      acc.durationS += dt;
      movingTotalM += stepM;
      for (const k of BIN_VALUES) {
        const v = s[k];
        if (Number.isFinite(v) && v > 0) {
          acc.sums[k] += v * dt;
          acc.weights[k] += dt;
        }
      }
      if (acc.movingM < options.segmentM) return null;
      const done = finish(acc, Number.isFinite(s.distanceM) ? s.distanceM : movingTotalM, s.timeS);
      acc = null;
      return done;
    },
  };
}
