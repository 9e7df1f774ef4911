import type { FreshModel } from './fresh-model';
import { freshModelFit, indexChannels } from './fresh-model';
import type { DetectorEvent, OnsetDetector } from './onset-detector';
import { createOnsetDetector } from './onset-detector';
import type { AnalyzeOptions, RunPlan } from './options';
import { DEFAULT_ANALYZE_OPTIONS, runPlanFor } from './options';
import { scoreBin } from './scoring';
import type { Bin, BinnerSample, SegmentBinner } from './segment-binner';
import { createSegmentBinner } from './segment-binner';
import type { Contributor } from './types';

/** One live sample; leave out (or pass null/NaN for) what the watch does not measure. */
export interface StreamingFormSample {
  readonly timeS: number;
  readonly distanceM?: number | null;
  readonly speedMps?: number | null;
  readonly altitudeM?: number | null;
  readonly heartRate?: number | null;
  readonly power?: number | null;
  readonly cadence?: number | null;
  readonly stepLength?: number | null;
  readonly groundContactTime?: number | null;
  readonly verticalOscillation?: number | null;
  /** True on the first sample after the runner paused the timer. */
  readonly afterPause?: boolean;
}

export interface StreamingFormEvent {
  readonly kind: 'suspected' | 'confirmed';
  /** Where the runner is when the event fires. */
  readonly atDistanceM: number;
  readonly atTimeS: number;
  readonly onsetDistanceM: number;
  readonly onsetTimeS: number;
  /** Null for 'suspected'. */
  readonly confidence: number | null;
  readonly contributors: readonly Contributor[];
}

export interface StreamingOptions extends Partial<AnalyzeOptions> {
  /** Planned distance of the run: sets warm-up and fresh section exactly as analyzeRun would. */
  readonly plannedDistanceM?: number;
}

export interface StreamingDetector {
  /** Feeds one sample; constant work per sample (one fit, on ≤ 25 segments, when the fresh section ends). */
  push(sample: StreamingFormSample): readonly StreamingFormEvent[];
  /** End of run: settles a pending alarm like the offline analysis does. */
  finish(): readonly StreamingFormEvent[];
}

/** Without a planned distance the live detector assumes a 10 km run (warm-up 1.5 km, fresh to ~4 km). */
export const STREAMING_DEFAULT_DISTANCE_M = 10000;

const num = (v: number | null | undefined): number => (v === null || v === undefined ? NaN : v);

function toEvent(e: DetectorEvent | null): StreamingFormEvent[] {
  if (!e) return [];
  const at = e.kind === 'suspected' ? e.at : e.confirmedAt;
  return [
    {
      kind: e.kind,
      atDistanceM: Math.round(at.bin.endDistanceM),
      atTimeS: Math.round(at.bin.endTimeS),
      onsetDistanceM: Math.round(e.onset.bin.startDistanceM),
      onsetTimeS: Math.round(e.onset.bin.startTimeS),
      confidence: e.kind === 'confirmed' ? e.confidence : null,
      contributors: e.kind === 'confirmed' ? e.contributors : [],
    },
  ];
}

interface StreamState {
  readonly opts: AnalyzeOptions;
  readonly plan: RunPlan;
  readonly binner: SegmentBinner;
  readonly fresh: Bin[];
  readonly scratch: BinnerSample;
  detection: { readonly model: FreshModel; readonly detector: OnsetDetector } | null;
  gaveUp: boolean;
}

function toBinnerSample(scratch: BinnerSample, sample: StreamingFormSample): BinnerSample {
  scratch.timeS = sample.timeS;
  scratch.distanceM = num(sample.distanceM);
  scratch.speedMps = num(sample.speedMps);
  scratch.altitudeM = num(sample.altitudeM);
  scratch.heartRate = num(sample.heartRate);
  scratch.power = num(sample.power);
  scratch.cadence = num(sample.cadence);
  scratch.stepLength = num(sample.stepLength);
  scratch.groundContactTime = num(sample.groundContactTime);
  scratch.verticalOscillation = num(sample.verticalOscillation);
  scratch.afterPause = sample.afterPause ?? false;
  return scratch;
}

/** Once, when the fresh section ends: fit the fresh model and replay the fresh segments as context. */
function streamStartDetection(st: StreamState): void {
  const model = freshModelFit(st.fresh, st.opts);
  const channels = model ? indexChannels(model) : [];
  if (!model || channels.length === 0) {
    st.gaveUp = true;
    return;
  }
  const detector = createOnsetDetector({ options: st.opts, channels, freshEndM: st.plan.freshEndM });
  for (const b of st.fresh) detector.push(scoreBin(b, model, st.plan, st.opts));
  st.detection = { model, detector };
}

function streamOnBin(st: StreamState, bin: Bin): StreamingFormEvent[] {
  if (st.gaveUp) return [];
  if (bin.movingStartM < st.plan.freshEndM) {
    if (bin.movingStartM >= st.plan.warmupM) st.fresh.push(bin);
    return [];
  }
  if (!st.detection) streamStartDetection(st);
  if (!st.detection) return [];
  const { model, detector } = st.detection;
  return toEvent(detector.push(scoreBin(bin, model, st.plan, st.opts)));
}

/**
 * The live form-breakdown detector: the same segments, fresh model, scoring and CUSUM detector as
 * analyzeRun, fed one sample at a time. Emits 'suspected' when the CUSUM alarms and 'confirmed' once
 * the change has persisted. With the same planned distance it reports the same onset as analyzeRun on
 * the finished run (test: streaming.test.ts).
 * @example const d = createStreamingDetector({ plannedDistanceM: 21097 }); d.push({ timeS: 1, distanceM: 3, cadence: 172 });
 */
export function createStreamingDetector(options: StreamingOptions = {}): StreamingDetector {
  const { plannedDistanceM, ...overrides } = options;
  const opts: AnalyzeOptions = { ...DEFAULT_ANALYZE_OPTIONS, ...overrides };
  const st: StreamState = {
    opts,
    plan: runPlanFor(plannedDistanceM ?? STREAMING_DEFAULT_DISTANCE_M),
    binner: createSegmentBinner(opts),
    fresh: [],
    scratch: {
      timeS: 0,
      distanceM: NaN,
      speedMps: NaN,
      altitudeM: NaN,
      heartRate: NaN,
      power: NaN,
      cadence: NaN,
      stepLength: NaN,
      groundContactTime: NaN,
      verticalOscillation: NaN,
      afterPause: false,
    },
    detection: null,
    gaveUp: false,
  };
  return {
    push(sample) {
      const bin = st.binner.push(toBinnerSample(st.scratch, sample));
      return bin ? streamOnBin(st, bin) : [];
    },
    finish: () => (st.detection ? toEvent(st.detection.detector.finish()) : []),
  };
}
