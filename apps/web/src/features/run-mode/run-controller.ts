/**
 * Wires the run-mode ports to a run session: geolocation fixes in, cues out through speech and
 * vibration, the screen kept awake, a one-second tick for the clock on screen, and (belt mode) motion
 * readings through the posture monitor into nudges. Framework-free so tests can drive it directly.
 */
import { createCueScheduler, createDistanceTracker } from '@upright/core';
import type { CueInterval, CueOptionsCode } from '@upright/core';
import type { RecordedRun } from '@upright/api-contract';
import type { BeltMonitor } from './belt-monitor';
import type { GeoErrorCode, RunModePorts } from './ports';
import { createRunSession } from './run-session';
import type { SessionSnapshot } from './run-session';

export interface RunControllerOptions {
  readonly ports: RunModePorts;
  readonly interval: CueInterval;
  readonly predictedOnsetM: number | null;
  /** Present in waist-belt mode. */
  readonly belt: BeltMonitor | null;
  readonly onChange: (view: RunView) => void;
  readonly rng?: () => number;
}

export interface RunView {
  readonly snapshot: SessionSnapshot;
  readonly geoError: GeoErrorCode | null;
  readonly screenKeptOn: boolean;
  /** Lean beyond the runner's baseline, degrees; null until the belt baseline is ready. */
  readonly leanDeg: number | null;
  readonly beltBaselineReady: boolean;
}

export interface RunController {
  pause(): void;
  resume(): void;
  reportPain(): void;
  /** Stops every port and returns the recording (null when too short to save). */
  finish(): RecordedRun | null;
}

export function startRunController(
  o: RunControllerOptions,
): { ok: true; value: RunController } | { ok: false; code: CueOptionsCode } {
  const scheduler = createCueScheduler({
    interval: o.interval,
    predictedOnsetM: o.predictedOnsetM,
    rng: o.rng ?? Math.random,
  });
  if (!scheduler.ok) return { ok: false, code: scheduler.issues[0]?.code ?? 'CUE_INTERVAL_INVALID' };
  const { ports } = o;
  const startMs = ports.clock.nowMs();
  const session = createRunSession({
    scheduler: scheduler.value,
    tracker: createDistanceTracker(),
    speech: ports.speech,
    vibration: ports.vibration,
    startMs,
  });
  let geoError: GeoErrorCode | null = null;
  let screenKeptOn = false;
  const emit = (): void => {
    const posture = o.belt?.state() ?? null;
    o.onChange({
      snapshot: session.snapshot(ports.clock.nowMs()),
      geoError,
      screenKeptOn,
      leanDeg: posture?.leanDeg ?? null,
      beltBaselineReady: posture?.baselineReady ?? false,
    });
  };
  const stops: (() => void)[] = [];
  stops.push(
    ports.geolocation.watch(
      (fix) => {
        geoError = null;
        session.onFix(fix);
        emit();
      },
      (code) => {
        geoError = code;
        emit();
      },
    ),
  );
  if (o.belt !== null) {
    const belt = o.belt;
    stops.push(
      ports.motion.watch((reading) => {
        for (const event of belt.push(reading, startMs)) {
          if (event.kind === 'lean-drift' || event.kind === 'cadence-drop') {
            session.onNudge(event.kind, ports.clock.nowMs());
          }
        }
        session.onCadence(belt.state().cadenceSpm);
      }),
    );
  }
  stops.push(ports.clock.every(1000, emit));
  void ports.wakeLock.acquire().then((held) => {
    screenKeptOn = held;
    emit();
  });
  emit();
  const controller: RunController = {
    pause() {
      session.pause(ports.clock.nowMs());
      emit();
    },
    resume() {
      session.resume(ports.clock.nowMs());
      emit();
    },
    reportPain() {
      session.reportPain();
      emit();
    },
    finish() {
      for (const stop of stops) stop();
      ports.wakeLock.release();
      const recorded = session.finish(ports.clock.nowMs());
      emit();
      return recorded;
    },
  };
  return { ok: true, value: controller };
}
