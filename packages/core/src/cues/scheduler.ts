import { ok } from '../result';
import type { Result } from '../result';
import { CUE_PHRASES, CUE_VIBRATION_MS, phrasePick } from './phrases';
import type { PhraseBankKey } from './phrases';
import { cuePlanOptionsResolve, cuePlanResolved } from './plan';
import { CUE_DEFAULTS } from './types';
import type {
  CueEvent,
  CueOptionsCode,
  CueProgress,
  CueSchedulerOptions,
  NudgeReason,
  PlannedCue,
  ResolvedCuePlanOptions,
} from './types';

export interface NudgeRequest extends CueProgress {
  readonly reason: NudgeReason;
}

export interface CueScheduler {
  /**
   * Feed the live cumulative distance (m) and elapsed time (s); returns the cues due now, in order
   * (usually none, sometimes one; several only if the distance jumped across several markers).
   * Distance that goes backwards (GPS jitter) is ignored: each planned cue is released exactly once.
   */
  update(progress: CueProgress): readonly CueEvent[];
  /** The runner reports back pain now: denser resets from here on (from the furthest distance seen). */
  reportPain(distanceM: number): void;
  /**
   * A motion-driven nudge (lean drift, cadence drop). Returns null when another cue was given less
   * than `nudgeGapS` ago or a planned cue is due within the minimum spacing anyway.
   */
  nudge(request: NudgeRequest): CueEvent | null;
  /** The plan as it stands now (including reported pain) for a run of `runDistanceM`. */
  plan(runDistanceM: number): readonly PlannedCue[];
  /** Every cue released so far, in order. */
  emitted(): readonly CueEvent[];
}

/** Plans are computed this far past the furthest distance seen, then extended as the run goes on. */
const PLAN_CHUNK_M = 20_000;

interface SchedulerState {
  options: ResolvedCuePlanOptions;
  planned: readonly PlannedCue[];
  horizonM: number;
  next: number;
  maxDistanceM: number;
  lastPlannedM: number;
  lastText: string | null;
  readonly events: CueEvent[];
}

function replan(s: SchedulerState, horizonM: number): void {
  s.horizonM = horizonM;
  s.planned = cuePlanResolved(s.options, horizonM);
  s.next = s.planned.findIndex((c) => c.distanceM > s.lastPlannedM);
  if (s.next < 0) s.next = s.planned.length;
}

function release(
  s: SchedulerState,
  key: PhraseBankKey,
  rng: () => number,
): Pick<CueEvent, 'text' | 'vibrationPatternMs'> {
  const text = phrasePick(CUE_PHRASES[key], s.lastText, rng);
  s.lastText = text;
  return { text, vibrationPatternMs: CUE_VIBRATION_MS[key] };
}

function takeDue(s: SchedulerState, progress: CueProgress, rng: () => number): CueEvent[] {
  const out: CueEvent[] = [];
  for (let c = s.planned[s.next]; c !== undefined && c.distanceM <= s.maxDistanceM; c = s.planned[s.next]) {
    s.next++;
    s.lastPlannedM = c.distanceM;
    const event: CueEvent = {
      kind: c.kind,
      distanceM: c.distanceM,
      observedDistanceM: s.maxDistanceM,
      timeS: progress.timeS,
      ...release(s, c.kind, rng),
    };
    out.push(event);
    s.events.push(event);
  }
  return out;
}

/** A motion nudge unless another cue was just given or a planned one is about to come. */
function nudgeStep(
  s: SchedulerState,
  request: NudgeRequest,
  nudgeGapS: number,
  rng: () => number,
): CueEvent | null {
  const last = s.events[s.events.length - 1];
  if (last !== undefined && request.timeS - last.timeS < nudgeGapS) return null;
  const upcoming = s.planned[s.next];
  const hereM = Math.max(s.maxDistanceM, request.distanceM);
  if (upcoming !== undefined && upcoming.distanceM - hereM < s.options.minSpacingM) return null;
  const event: CueEvent = {
    kind: 'form-nudge',
    distanceM: request.distanceM,
    observedDistanceM: hereM,
    timeS: request.timeS,
    reason: request.reason,
    ...release(s, request.reason, rng),
  };
  s.events.push(event);
  return event;
}

/**
 * Live posture-cue scheduler for run mode. Pure: the caller passes distance, time and `rng`.
 * Cues follow `planCueDistances` exactly; wording comes from `CUE_PHRASES` with no immediate repeats.
 * @example
 * const r = createCueScheduler({ interval: { kind: 'mile' }, predictedOnsetM: 16000, rng: Math.random });
 * if (r.ok) for (const cue of r.value.update({ distanceM: 1610, timeS: 480 })) speech.speak(cue.text);
 */
export function createCueScheduler(options: CueSchedulerOptions): Result<CueScheduler, CueOptionsCode> {
  const resolved = cuePlanOptionsResolve(options);
  if (!resolved.ok) return resolved;
  const rng = options.rng;
  const nudgeGapS = options.nudgeGapS ?? CUE_DEFAULTS.nudgeGapS;
  const s: SchedulerState = {
    options: resolved.value,
    planned: [],
    horizonM: 0,
    next: 0,
    maxDistanceM: 0,
    lastPlannedM: -Infinity,
    lastText: null,
    events: [],
  };
  replan(s, PLAN_CHUNK_M);

  const scheduler: CueScheduler = {
    update(progress) {
      if (!Number.isFinite(progress.distanceM) || !Number.isFinite(progress.timeS)) return [];
      s.maxDistanceM = Math.max(s.maxDistanceM, progress.distanceM);
      if (s.maxDistanceM > s.horizonM) replan(s, s.maxDistanceM + PLAN_CHUNK_M);
      return takeDue(s, progress, rng);
    },
    reportPain(distanceM) {
      const fromM = Math.max(Number.isFinite(distanceM) ? distanceM : 0, s.maxDistanceM);
      const current = s.options.painStartM;
      s.options = { ...s.options, painStartM: current === null ? fromM : Math.min(current, fromM) };
      replan(s, s.horizonM);
    },
    nudge: (request) => nudgeStep(s, request, nudgeGapS, rng),
    plan: (runDistanceM) => cuePlanResolved(s.options, runDistanceM),
    emitted: () => [...s.events],
  };
  return ok(scheduler);
}
