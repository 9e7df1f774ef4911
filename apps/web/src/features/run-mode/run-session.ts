/**
 * One run in run mode: GPS fixes go through the core distance tracker, distance through the core cue
 * scheduler, and every released cue out through the speech and vibration ports. Motion nudges come in
 * from the posture monitor. The session records the track for saving. Time comes from the fixes and
 * from the caller (`nowMs`), never from a clock of its own, so tests replay a run exactly.
 */
import type { CueEvent, CueScheduler, DistanceTracker, NudgeReason, PlannedCue } from '@upright/core';
import type { RecordedRun } from '@upright/api-contract';
import type { SpeechPort } from '../../platform/speech';
import type { GeoFix, VibrationPort } from './ports';

export type SessionPhase = 'running' | 'paused' | 'finished';

export interface SessionSnapshot {
  readonly phase: SessionPhase;
  readonly distanceM: number;
  readonly elapsedS: number;
  readonly movingS: number;
  readonly speedMps: number;
  /** Accuracy of the latest fix, metres; null before the first. */
  readonly accuracyM: number | null;
  readonly lastCue: CueEvent | null;
  readonly cues: readonly CueEvent[];
  /** The next planned cue, for the screen. */
  readonly nextCue: PlannedCue | null;
  /** Latest cadence from the waist-belt monitor, steps/min. */
  readonly cadence: number | null;
}

export interface RunSessionDeps {
  readonly scheduler: CueScheduler;
  readonly tracker: DistanceTracker;
  readonly speech: SpeechPort;
  readonly vibration: VibrationPort;
  /** Epoch ms when the runner pressed start. */
  readonly startMs: number;
}

export interface RunSession {
  onFix(fix: GeoFix): SessionSnapshot;
  /** A posture monitor event; returns the nudge given, or null when the scheduler held it back. */
  onNudge(reason: NudgeReason, nowMs: number): CueEvent | null;
  onCadence(stepsPerMin: number | null): void;
  pause(nowMs: number): void;
  resume(nowMs: number): void;
  reportPain(): void;
  snapshot(nowMs: number): SessionSnapshot;
  /** Ends the run; returns the recording to save (null when too short to save). */
  finish(nowMs: number): RecordedRun | null;
}

interface Track {
  readonly timeS: number[];
  readonly distanceM: number[];
  readonly latitude: number[];
  readonly longitude: number[];
  readonly altitudeM: (number | null)[];
  readonly cadence: (number | null)[];
}

interface State {
  phase: SessionPhase;
  offsetM: number;
  pausedAtTrackerM: number;
  pausedAtS: number;
  readonly gaps: { startS: number; endS: number }[];
  accuracyM: number | null;
  cadence: number | null;
  readonly track: Track;
}

function deliver(cue: CueEvent, deps: RunSessionDeps): void {
  deps.speech.speak(cue.text, { interrupt: true });
  deps.vibration.vibrate(cue.vibrationPatternMs);
}

function pausedS(s: State, elapsedS: number): number {
  const closed = s.gaps.reduce((sum, g) => sum + (g.endS - g.startS), 0);
  return closed + (s.phase === 'paused' ? elapsedS - s.pausedAtS : 0);
}

function record(s: State, fix: GeoFix, timeS: number, distanceM: number): void {
  const t = s.track;
  const last = t.timeS[t.timeS.length - 1];
  if (last !== undefined && timeS <= last) return;
  t.timeS.push(timeS);
  t.distanceM.push(distanceM);
  t.latitude.push(fix.latitude);
  t.longitude.push(fix.longitude);
  t.altitudeM.push(fix.altitudeM);
  t.cadence.push(s.cadence);
}

function toRecorded(s: State, startMs: number): RecordedRun | null {
  const t = s.track;
  if (t.timeS.length < 2) return null;
  const run: RecordedRun = {
    startTime: new Date(startMs).toISOString(),
    timeS: t.timeS,
    distanceM: t.distanceM,
    latitude: t.latitude,
    longitude: t.longitude,
    gaps: s.gaps.map((g) => ({ ...g })),
  };
  const withAlt = t.altitudeM.some((a) => a !== null) ? { ...run, altitudeM: t.altitudeM } : run;
  return t.cadence.some((c) => c !== null) ? { ...withAlt, cadence: t.cadence } : withAlt;
}

/** Plans this far ahead are enough to find the next cue (longer than any cue interval). */
const LOOKAHEAD_M = 60_000;

function nextCue(scheduler: CueScheduler, cues: readonly CueEvent[]): PlannedCue | null {
  const lastPlanned = cues.filter((c) => c.kind !== 'form-nudge').at(-1)?.distanceM ?? 0;
  return scheduler.plan(lastPlanned + LOOKAHEAD_M).find((c) => c.distanceM > lastPlanned) ?? null;
}

export function createRunSession(deps: RunSessionDeps): RunSession {
  const s: State = {
    phase: 'running',
    offsetM: 0,
    pausedAtTrackerM: 0,
    pausedAtS: 0,
    gaps: [],
    accuracyM: null,
    cadence: null,
    track: { timeS: [], distanceM: [], latitude: [], longitude: [], altitudeM: [], cadence: [] },
  };
  const elapsedAt = (ms: number): number => Math.max(0, (ms - deps.startMs) / 1000);
  const distance = (): number =>
    s.phase === 'paused' ? s.pausedAtTrackerM - s.offsetM : deps.tracker.distanceM - s.offsetM;
  const snapshot = (nowMs: number): SessionSnapshot => {
    const cues = deps.scheduler.emitted();
    const elapsedS = elapsedAt(nowMs);
    return {
      phase: s.phase,
      distanceM: distance(),
      elapsedS,
      movingS: elapsedS - pausedS(s, elapsedS),
      speedMps: s.phase === 'running' ? deps.tracker.speedMps : 0,
      accuracyM: s.accuracyM,
      lastCue: cues[cues.length - 1] ?? null,
      cues,
      nextCue: nextCue(deps.scheduler, cues),
      cadence: s.cadence,
    };
  };
  const resume = (nowMs: number): void => {
    if (s.phase !== 'paused') return;
    s.offsetM += deps.tracker.distanceM - s.pausedAtTrackerM;
    s.gaps.push({ startS: s.pausedAtS, endS: elapsedAt(nowMs) });
    s.phase = 'running';
  };
  return {
    onFix(fix) {
      if (s.phase === 'finished') return snapshot(fix.timestampMs);
      s.accuracyM = fix.accuracyM;
      const update = deps.tracker.update(fix);
      const timeS = elapsedAt(fix.timestampMs);
      if (s.phase === 'running' && update.accepted) {
        record(s, fix, timeS, distance());
        for (const cue of deps.scheduler.update({ distanceM: distance(), timeS })) deliver(cue, deps);
      }
      return snapshot(fix.timestampMs);
    },
    onNudge(reason, nowMs) {
      if (s.phase !== 'running') return null;
      const cue = deps.scheduler.nudge({ reason, distanceM: distance(), timeS: elapsedAt(nowMs) });
      if (cue !== null) deliver(cue, deps);
      return cue;
    },
    onCadence(stepsPerMin) {
      s.cadence = stepsPerMin;
    },
    pause(nowMs) {
      if (s.phase !== 'running') return;
      s.phase = 'paused';
      s.pausedAtTrackerM = deps.tracker.distanceM;
      s.pausedAtS = elapsedAt(nowMs);
    },
    resume,
    reportPain() {
      deps.scheduler.reportPain(distance());
    },
    snapshot,
    finish(nowMs) {
      resume(nowMs);
      s.phase = 'finished';
      return toRecorded(s, deps.startMs);
    },
  };
}
