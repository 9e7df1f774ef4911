import { createCadenceEstimator } from './cadence-estimator';
import type { CadenceEstimator } from './cadence-estimator';
import { createDriftAlarm } from './drift-alarm';
import type { DriftAlarm } from './drift-alarm';
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

interface Monitor {
  readonly o: PostureMonitorOptions;
  readonly cadence: CadenceEstimator;
  readonly leanAlarm: DriftAlarm;
  readonly cadenceAlarm: DriftAlarm;
  readonly base: Baseline;
  gravity: Vec | null;
  startS: number | null;
  lastS: number | null;
  leanDeg: number | null;
}

/** The point in time of one processed sample: gravity direction and current cadence. */
interface Moment {
  readonly tS: number;
  readonly g: Vec;
  readonly spm: number | null;
}

function monitorInit(o: PostureMonitorOptions): Monitor {
  return {
    o,
    cadence: createCadenceEstimator(),
    leanAlarm: createDriftAlarm({
      threshold: o.leanThresholdDeg,
      hysteresis: o.leanHysteresisDeg,
      sustainS: o.sustainS,
      cooldownS: o.cooldownS,
    }),
    cadenceAlarm: createDriftAlarm({
      threshold: o.cadenceDropFraction,
      hysteresis: o.cadenceDropFraction / 2,
      sustainS: o.sustainS * CADENCE_SUSTAIN_FACTOR,
      cooldownS: o.cooldownS,
    }),
    base: { sum: [0, 0, 0], cadenceSum: 0, cadenceN: 0, up: null, forward: null, cadenceSpm: null },
    gravity: null,
    startS: null,
    lastS: null,
    leanDeg: null,
  };
}

/** Averages the baseline window; returns `baseline-ready` once it closes with some running in it. */
function baselineStep(m: Monitor, { tS, g, spm }: Moment): PostureEvent | null {
  const { o, base } = m;
  const sinceStart = tS - (m.startS ?? tS);
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

function compare(m: Monitor, { tS, g, spm }: Moment, up: Vec): PostureEvent[] {
  const leanDeg = leanDegOf(g, up, m.base.forward);
  m.leanDeg = leanDeg;
  const ref = m.base.cadenceSpm;
  if (spm === null || ref === null) {
    m.leanAlarm.pause();
    m.cadenceAlarm.pause();
    return [];
  }
  const out: PostureEvent[] = [];
  if (spm > ref * (1 + m.o.surgeCadenceFraction)) m.leanAlarm.pause();
  else if (m.leanAlarm.update(tS, leanDeg)) out.push({ kind: 'lean-drift', tS, leanDeg });
  if (m.cadenceAlarm.update(tS, (ref - spm) / ref)) {
    out.push({ kind: 'cadence-drop', tS, cadenceSpm: spm, baselineCadenceSpm: ref });
  }
  return out;
}

/** Low-passes gravity, feeds the cadence estimator, returns this sample's moment. */
function sampleStep(m: Monitor, { tS, ax, ay, az }: MotionSample): Moment {
  const dtS = m.lastS === null ? 0 : tS - m.lastS;
  m.lastS = tS;
  m.startS ??= tS;
  const a = 1 - Math.exp(-dtS / m.o.gravityTauS);
  const prev = m.gravity ?? [ax, ay, az];
  const gravity: Vec = [
    prev[0] + a * (ax - prev[0]),
    prev[1] + a * (ay - prev[1]),
    prev[2] + a * (az - prev[2]),
  ];
  m.gravity = gravity;
  const gNorm = Math.hypot(...gravity) || 1;
  m.cadence.push(tS, dot([ax, ay, az], gravity) / gNorm - gNorm);
  return { tS, g: unit(gravity), spm: m.cadence.cadenceSpm() };
}

/**
 * Streaming posture monitor for a phone in a waist belt at the lower back. Per sample (constant work):
 * gravity = one-pole low-pass of the accelerometer (time constant `gravityTauS`); vertical dynamic
 * acceleration = projection on gravity minus its magnitude, fed to the autocorrelation cadence
 * estimator; after `warmupS`, gravity direction and cadence are averaged for `baselineS` into the
 * runner's own fresh baseline; from then on lean = angle of gravity from that baseline (signed forward
 * when `forwardAxis` is given) and cadence are compared with it, and `lean-drift` / `cadence-drop`
 * fire through sustained-threshold alarms with hysteresis and cooldown. Only while running
 * (cadence detected): bending to tie a shoe is not a posture drift; and lean is not judged during a
 * surge (cadence more than `surgeCadenceFraction` above baseline), since running faster leans further.
 * @example const m = createPostureMonitor({ forwardAxis: [0, 0, -1] }); m.push({ tS: 0, ax: 0, ay: 9.81, az: 0 });
 */
export function createPostureMonitor(options: Partial<PostureMonitorOptions> = {}): PostureMonitor {
  const m = monitorInit({ ...POSTURE_MONITOR_DEFAULTS, ...options });
  return {
    push(sample) {
      const { tS, ax, ay, az } = sample;
      if (![tS, ax, ay, az].every(Number.isFinite) || (m.lastS !== null && tS <= m.lastS)) return [];
      const moment = sampleStep(m, sample);
      if (m.base.up !== null) return compare(m, moment, m.base.up);
      const ready = baselineStep(m, moment);
      return ready === null ? [] : [ready];
    },
    state: () => ({
      tS: m.lastS,
      cadenceSpm: m.cadence.cadenceSpm(),
      leanDeg: m.leanDeg,
      baselineReady: m.base.up !== null,
      baselineCadenceSpm: m.base.cadenceSpm,
    }),
  };
}
