import { describe, expect, it } from 'vitest';
import { DRIVER_IDS } from '../screening/types';
import { SOURCES } from '../screening/sources';
import { EXERCISES, chainStep, exerciseAvailable, exerciseById } from './catalogue';
import { doseDurationS } from './dose';
import { posePoints } from './pose-geometry';
import type { LimbAngles, Pose } from './types';

const limbAngles = (l: LimbAngles): number[] => [
  l.hipFlexionDeg,
  l.kneeFlexionDeg,
  l.shoulderFlexionDeg,
  l.elbowFlexionDeg,
];

const NAMED_IN_SOURCES = [
  'forearm-plank',
  'side-plank',
  'dead-bug',
  'cat-cow',
  'bird-dog',
  'thoracic-open-book',
  'thread-the-needle',
  'foam-roller-thoracic-extension',
  'glute-bridge',
  'single-leg-bridge',
  'hip-thrust',
  'kneeling-hip-flexor-stretch',
  'couch-stretch',
  'supine-hamstring-stretch',
  'foam-roll-hamstrings',
  'toe-tap',
  'heel-slide',
];

describe('exercise catalogue', () => {
  it('has at least 30 exercises with unique kebab-case ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('includes every exercise the source articles name', () => {
    for (const id of NAMED_IN_SOURCES) expect(exerciseById(id), id).toBeDefined();
  });

  it('covers every driver', () => {
    for (const d of DRIVER_IDS)
      expect(
        EXERCISES.some((e) => e.targets.includes(d)),
        d,
      ).toBe(true);
  });

  it('fills every field of every exercise', () => {
    for (const e of EXERCISES) {
      expect(e.name.length, e.id).toBeGreaterThan(3);
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.mistakes.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.evidence.note.length, e.id).toBeGreaterThan(40);
      expect(e.evidence.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.evidence.sources) expect(SOURCES[s]).toBeDefined();
      expect(e.dose.sets).toBeGreaterThanOrEqual(1);
      expect(doseDurationS(e.dose)).toBeGreaterThan(15);
    }
  });

  it('links regressions and progressions both ways into chains without cycles', () => {
    for (const e of EXERCISES) {
      if (e.progressionId !== null) expect(exerciseById(e.progressionId)?.regressionId, e.id).toBe(e.id);
      if (e.regressionId !== null) expect(exerciseById(e.regressionId)?.progressionId, e.id).toBe(e.id);
      const seen = new Set<string>();
      let cur: string | null = e.id;
      while (cur !== null) {
        expect(seen.has(cur), `cycle at ${cur}`).toBe(false);
        seen.add(cur);
        cur = exerciseById(cur)?.progressionId ?? null;
      }
    }
  });

  it('walks a chain, stopping before equipment the runner lacks', () => {
    expect(chainStep('glute-bridge', 2, [])).toBe('single-leg-bridge');
    expect(chainStep('glute-bridge', 3, [])).toBe('single-leg-bridge');
    expect(chainStep('glute-bridge', 3, ['bench'])).toBe('hip-thrust');
    expect(chainStep('hip-thrust', -1, ['bench'])).toBe('single-leg-bridge');
    expect(exerciseAvailable(exerciseById('hip-thrust')!, [])).toBe(false);
  });
});

function lowest(p: Pose): number {
  const pts = posePoints(p);
  return Math.min(
    pts.pelvis.y,
    pts.shoulder.y,
    pts.head.y,
    ...[pts.near, pts.far].flatMap((l) => [l.knee.y, l.ankle.y, l.wrist.y, l.elbow.y]),
  );
}

describe('poses', () => {
  it('gives every exercise a start and end pose with finite angles and a ground contact', () => {
    for (const e of EXERCISES) {
      for (const p of [e.pose.start, e.pose.end]) {
        const angles = [
          p.trunkDeg,
          p.neckFlexionDeg,
          p.trunkRotationDeg,
          ...limbAngles(p.near),
          ...limbAngles(p.far),
        ];
        expect(angles.every(Number.isFinite), e.id).toBe(true);
        expect(p.ground.length + (p.prop ? 1 : 0), e.id).toBeGreaterThan(0);
      }
    }
  });

  it('draws standing upright and lying flat as the angle convention says', () => {
    const stand = exerciseById('leg-swings')!.pose.start;
    const s = posePoints(stand);
    expect(s.head.y).toBeGreaterThan(s.shoulder.y);
    expect(s.far.ankle.y).toBeLessThan(s.pelvis.y);
    const lying = posePoints(exerciseById('heel-slide')!.pose.start);
    expect(Math.abs(lying.shoulder.y - lying.pelvis.y)).toBeLessThan(1e-9);
    expect(lying.shoulder.x).toBeLessThan(lying.pelvis.x);
    expect(lying.near.knee.y).toBeGreaterThan(0);
    expect(lowest(exerciseById('heel-slide')!.pose.start)).toBeGreaterThan(-0.01);
  });

  it('puts the quadruped hands and knees below the trunk', () => {
    const q = posePoints(exerciseById('bird-dog')!.pose.start);
    expect(q.near.wrist.y).toBeLessThan(q.shoulder.y - 0.5);
    expect(q.near.knee.y).toBeLessThan(q.pelvis.y - 0.5);
    expect(q.near.ankle.x).toBeLessThan(q.near.knee.x);
  });
});
