import { createCadenceEstimator } from './cadence-estimator';
import { createDriftAlarm } from './drift-alarm';
import { POSTURE_MONITOR_DEFAULTS } from './types';
import type { DeviceAxis, MotionSample, PostureEvent, PostureMonitorOptions, PostureState } from './types';

export interface PostureMonitor {
  /** Feeds one accelerometer sample; returns the events it caused (usually none). */
  push(sample: MotionSample): readonly PostureEvent[];
  state(): PostureState;
}

type Vec = [number, number, number];

const DEG = 180 / Math.PI;
/** Cadence-drop must last longer than lean drift: pace changes and hills move cadence briefly. */
const CADENCE_SUSTAIN_FACTOR = 2;

const dot = (a: readonly number[], b: readonly number[]): number =>
  (a[0] ?? 0) * (b[0] ?? 0) + (a[1] ?? 0) * (b[1] ?? 0) + (a[2] ?? 0) * (b[2] ?? 0);

function unit(v: readonly number[]): Vec {
  const n = Math.hypot(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0) || 1;
  return [(v[0] ?? 0) / n, (v[1] ?? 0) / n, (v[2] ?? 0) / n];
}

/** The forward axis with its component along the baseline "up" removed, or null if it is (near) vertical. */
function forwardInPlane(forward: DeviceAxis | null, up: Vec): Vec | null {
  if (forward === null) return null;
  const f = unit(forward);
  const along = dot(f, up);
  const h: Vec = [f[0] - along * up[0], f[1] - along * up[1], f[2] - along * up[2]];
  return Math.hypot(...h) < 0.3 ? null : unit(h);
}

/**
 * Lean of the current gravity direction `g` from the baseline `up`, degrees. Leaning forward turns the
 * phone's forward axis down, so the measured (upward) specific force gains a backward component.
 */
function leanDegOf(g: Vec, up: Vec, forward: Vec | null): number {
  if (forward === null) return Math.acos(Math.min(1, Math.max(-1, dot(g, up)))) * DEG;
  return Math.atan2(-dot(g, forward), dot(g, up)) * DEG;
}

interface Baseline {
  sum: Vec;
  cadenceSum: number;
  cadenceN: number;
  up: Vec | null;
  forward: Vec | null;
  cadenceSpm: number | null;
}

/**
 * Streaming posture monitor for a phone in a waist belt at the lower back. Per sample (constant work):
 * gravity = one-pole low-pass of the accelerometer (time constant `gravityTauS`); vertical dynamic
 * acceleration = projection on gravity minus its magnitude, fed to the autocorrelation cadence
 * estimator; after `warmupS`, gravity direction and cadence are averaged for `baselineS` into the
 * runner's own fresh baseline; from then on lean = angle of gravity from that baseline (signed forward
 * when `forwardAxis` is given) and cadence are compared with it, and `lean-drift` / `cadence-drop`
 * fire through sustained-threshold alarms with hysteresis and cooldown. Only while running
 * (cadence detected): bending to tie a shoe is not a posture drift.
 * @example const m = createPostureMonitor({ forwardAxis: [0, 0, -1] }); m.push({ tS: 0, ax: 0, ay: 9.81, az: 0 });
 */
export function createPostureMonitor(options: Partial<PostureMonitorOptions> = {}): PostureMonitor {
  const o: PostureMonitorOptions = { ...POSTURE_MONITOR_DEFAULTS, ...options };
  const cadence = createCadenceEstimator();
  const leanAlarm = createDriftAlarm({
    threshold: o.leanThresholdDeg,
    hysteresis: o.leanHysteresisDeg,
    sustainS: o.sustainS,
    cooldownS: o.cooldownS,
  });
  const cadenceAlarm = createDriftAlarm({
    threshold: o.cadenceDropFraction,
    hysteresis: o.cadenceDropFraction / 2,
    sustainS: o.sustainS * CADENCE_SUSTAIN_FACTOR,
    cooldownS: o.cooldownS,
  });
  const base: Baseline = {
    sum: [0, 0, 0],
    cadenceSum: 0,
    cadenceN: 0,
    up: null,
    forward: null,
    cadenceSpm: null,
  };
  let gravity: Vec | null = null;
  let startS: number | null = null;
  let lastS: number | null = null;
  let leanDeg: number | null = null;

  function baselineStep(tS: number, g: Vec, spm: number | null): PostureEvent | null {
    const sinceStart = tS - (startS ?? tS);
    if (sinceStart < o.warmupS) return null;
    if (sinceStart < o.warmupS + o.baselineS) {
      if (spm === null) return null;
      base.sum = [base.sum[0] + g[0], base.sum[1] + g[1], base.sum[2] + g[2]];
      base.cadenceSum += spm;
      base.cadenceN++;
      return null;
    }
    // A run with no running in the baseline window yet keeps collecting until it has some.
    if (base.cadenceN === 0) return null;
    base.up = unit(base.sum);
    base.forward = forwardInPlane(o.forwardAxis, base.up);
    base.cadenceSpm = base.cadenceSum / base.cadenceN;
    return { kind: 'baseline-ready', tS, baselineCadenceSpm: base.cadenceSpm };
  }

  function compare(tS: number, g: Vec, spm: number | null, up: Vec): PostureEvent[] {
    leanDeg = leanDegOf(g, up, base.forward);
    if (spm === null) {
      leanAlarm.pause();
      cadenceAlarm.pause();
      return [];
    }
    const out: PostureEvent[] = [];
    if (leanAlarm.update(tS, leanDeg)) out.push({ kind: 'lean-drift', tS, leanDeg });
    const ref = base.cadenceSpm;
    if (ref !== null && cadenceAlarm.update(tS, (ref - spm) / ref)) {
      out.push({ kind: 'cadence-drop', tS, cadenceSpm: spm, baselineCadenceSpm: ref });
    }
    return out;
  }

  return {
    push(sample) {
      const { tS, ax, ay, az } = sample;
      if (![tS, ax, ay, az].every(Number.isFinite) || (lastS !== null && tS <= lastS)) return [];
      const dtS = lastS === null ? 0 : tS - lastS;
      lastS = tS;
      startS ??= tS;
      const a = 1 - Math.exp(-dtS / o.gravityTauS);
      gravity =
        gravity === null
          ? [ax, ay, az]
          : [
              gravity[0] + a * (ax - gravity[0]),
              gravity[1] + a * (ay - gravity[1]),
              gravity[2] + a * (az - gravity[2]),
            ];
      const gNorm = Math.hypot(...gravity) || 1;
      cadence.push(tS, dot([ax, ay, az], gravity) / gNorm - gNorm);
      const g = unit(gravity);
      const spm = cadence.cadenceSpm();
      if (base.up === null) {
        const ready = baselineStep(tS, g, spm);
        return ready === null ? [] : [ready];
      }
      return compare(tS, g, spm, base.up);
    },
    state: () => ({
      tS: lastS,
      cadenceSpm: cadence.cadenceSpm(),
      leanDeg,
      baselineReady: base.up !== null,
      baselineCadenceSpm: base.cadenceSpm,
    }),
  };
}
