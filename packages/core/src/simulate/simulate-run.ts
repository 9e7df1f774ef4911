import type { Activity } from '../activity/model';
import { buildSimulatedActivity } from './build-activity';
import type { Course } from './course';
import { simulateCourse } from './course';
import type { Rng } from './rng';
import { rngGaussian } from './rng';
import type { Wander } from './sensors';
import { heartRateTarget, mechanicsAt, wanderCreate, wanderStep } from './sensors';
import type { FatigueEffect, RunnerProfile, RunSpec } from './spec';
import { simulateFatigue, simulateRunner } from './spec';
import type { SimColumns } from './build-activity';
import { simColumnsCreate } from './build-activity';

export interface SimulatedRun {
  readonly activity: Activity;
  readonly truth: { readonly onsetDistanceM: number | null };
}

interface SimState {
  readonly spec: RunSpec;
  readonly rng: Rng;
  readonly runner: RunnerProfile;
  readonly fatigue: FatigueEffect;
  readonly course: Course;
  readonly cols: SimColumns;
  readonly noise: Record<'speed' | 'cadence' | 'contact' | 'osc' | 'gps' | 'alt' | 'posX' | 'posY', Wander>;
  timeS: number;
  distanceM: number;
  speedMps: number;
  heartRate: number;
  recordedDistanceM: number;
  x: number;
  y: number;
  heading: number;
  nextStop: number;
}

function createState(spec: RunSpec, rng: Rng): SimState {
  const runner = spec.runner ?? simulateRunner(rng);
  const fatigue = spec.fatigue ?? simulateFatigue(rng);
  const gpsOnly = spec.channels === 'gps-hr';
  return {
    spec,
    rng,
    runner,
    fatigue,
    course: simulateCourse(rng, spec.kind, spec.distanceM),
    cols: simColumnsCreate(),
    noise: {
      speed: wanderCreate(0.02, 120),
      cadence: wanderCreate(0.006, 200),
      contact: wanderCreate(0.01, 200),
      osc: wanderCreate(0.015, 200),
      gps: wanderCreate(0.12, 5),
      alt: wanderCreate(gpsOnly ? 3 : 0.8, gpsOnly ? 120 : 60),
      posX: wanderCreate(2, 30),
      posY: wanderCreate(2, 30),
    },
    timeS: 0,
    distanceM: 0,
    speedMps: 0,
    heartRate: runner.restHr + 30,
    recordedDistanceM: 0,
    x: 0,
    y: 0,
    heading: rng() * 2 * Math.PI,
    nextStop: 0,
  };
}

function fatigueLevel(s: SimState, distanceM: number): number {
  const onset = s.spec.onsetDistanceM;
  if (onset === null || onset === undefined || distanceM <= onset) return 0;
  return Math.min(1, (distanceM - onset) / s.fatigue.rampM);
}

function gradeAt(course: Course, d: number): number {
  return (course.altitudeAt(d + 5) - course.altitudeAt(d - 5)) / 10;
}

function targetSpeed(s: SimState, grade: number, level: number): number {
  const hill = grade > 0 ? 1 - 2.5 * grade : 1 - 1.0 * grade;
  const wander = 1 + wanderStep(s.noise.speed, s.rng);
  const fade = 1 - level * s.fatigue.speedFade;
  const plan = s.course.paceFactorAt(s.distanceM) * (s.spec.paceFactor ?? 1);
  return s.runner.easySpeedMps * plan * Math.min(1.15, Math.max(0.7, hill)) * wander * fade;
}

function recordSample(s: SimState, grade: number, level: number): void {
  const { rng, noise, cols, spec } = s;
  const moving = s.speedMps > 0.5;
  const gpsSpeed = Math.max(0, s.speedMps + wanderStep(noise.gps, rng) + 0.05 * rngGaussian(rng));
  s.recordedDistanceM += moving ? gpsSpeed : 0;
  cols.time.push(s.timeS);
  cols.distance.push(s.recordedDistanceM);
  cols.speed.push(gpsSpeed);
  cols.altitude.push(s.course.altitudeAt(s.distanceM) + wanderStep(noise.alt, rng) + 0.2 * rngGaussian(rng));
  const lat0 = 48.85;
  const px = s.x + wanderStep(noise.posX, rng);
  const py = s.y + wanderStep(noise.posY, rng);
  cols.latitude.push(lat0 + py / 111320);
  cols.longitude.push(2.35 + px / (111320 * Math.cos((lat0 * Math.PI) / 180)));
  cols.heartRate.push(Math.round(s.heartRate + 0.8 * rngGaussian(rng)));
  if (spec.channels === 'gps-hr') return;
  const m = mechanicsAt({
    runner: s.runner,
    speedMps: s.speedMps,
    grade,
    fatigueLevel: level,
    fatigue: s.fatigue,
  });
  const cadence = m.cadenceSpm * (1 + wanderStep(noise.cadence, rng));
  if (spec.channels === 'wrist-cadence') {
    const dropped = rng() < 0.005;
    cols.cadence.push(!moving ? 0 : dropped ? NaN : Math.round(cadence + 2.5 * rngGaussian(rng)));
    return;
  }
  cols.cadence.push(moving ? Math.round(cadence + rngGaussian(rng)) : 0);
  const stepLength = (s.speedMps * 60) / cadence;
  cols.stepLength.push(moving ? stepLength * (1 + 0.01 * rngGaussian(rng)) : NaN);
  const contact = m.contactMs * (1 + wanderStep(noise.contact, rng)) + 4 * rngGaussian(rng);
  cols.groundContactTime.push(moving ? Math.round(contact) : NaN);
  const osc = m.oscillationMm * (1 + wanderStep(noise.osc, rng)) + 2.5 * rngGaussian(rng);
  cols.verticalOscillation.push(moving ? Math.round(osc * 10) / 10 : NaN);
}

function advance(s: SimState, speedTarget: number, grade: number): void {
  s.timeS += 1;
  s.speedMps += (speedTarget - s.speedMps) * 0.3;
  s.distanceM += s.speedMps;
  s.heading += 0.05 * rngGaussian(s.rng);
  s.x += s.speedMps * Math.cos(s.heading);
  s.y += s.speedMps * Math.sin(s.heading);
  const level = fatigueLevel(s, s.distanceM);
  const drift = ((s.spec.hrDriftBpmPerHour ?? 0) * s.timeS) / 3600;
  const hrTarget = heartRateTarget(s.runner, s.speedMps, grade) + drift + 5 * level;
  s.heartRate += (hrTarget - s.heartRate) / 25;
}

function runStop(s: SimState, durationS: number, timerPaused: boolean): void {
  const startS = s.timeS;
  for (let i = 0; i < durationS; i += 1) {
    advance(s, 0, 0);
    s.speedMps = 0;
    if (!timerPaused) recordSample(s, 0, fatigueLevel(s, s.distanceM));
  }
  if (timerPaused) s.cols.gaps.push({ startS, endS: s.timeS });
}

/**
 * Simulates one run at 1 Hz: a route with hills and stops, a pace plan for the run kind, speed-dependent
 * mechanics with natural wander, GPS/altimeter/sensor noise, heart rate with lag and heat drift, and
 * (optionally) a form breakdown from `spec.onsetDistanceM` on. Pure: all randomness comes from `rng`.
 * @example const { activity, truth } = simulateRun({ kind: 'long', channels: 'dynamics', distanceM: 25000, onsetDistanceM: 18000 }, rngFromSeed(7));
 */
export function simulateRun(spec: RunSpec, rng: Rng): SimulatedRun {
  const s = createState(spec, rng);
  recordSample(s, 0, 0);
  while (s.distanceM < spec.distanceM) {
    const stop = s.course.stops[s.nextStop];
    if (stop !== undefined && s.distanceM >= stop.atM) {
      s.nextStop += 1;
      runStop(s, Math.round(stop.durationS), stop.timerPaused);
      continue;
    }
    const grade = gradeAt(s.course, s.distanceM);
    const level = fatigueLevel(s, s.distanceM);
    advance(s, targetSpeed(s, grade, level), grade);
    recordSample(s, grade, level);
  }
  const onset = spec.onsetDistanceM ?? null;
  return {
    activity: buildSimulatedActivity(s.cols, spec),
    truth: { onsetDistanceM: onset === null || onset >= spec.distanceM ? null : onset },
  };
}
