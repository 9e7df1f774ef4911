import { EXERCISES } from '@upright/core';
import type { Pose } from '@upright/core';
import { describe, expect, it } from 'vitest';
import {
  SEGMENT,
  contactPoint,
  movementFrame,
  placedSkeleton,
  poseBetween,
  skeletonFromPose,
} from './pose-geometry';

const standing: Pose = {
  plane: 'sagittal',
  orientation: 'standing',
  trunkDeg: 90,
  neckFlexionDeg: 0,
  trunkRotationDeg: 0,
  near: { hipFlexionDeg: 0, kneeFlexionDeg: 0, shoulderFlexionDeg: 0, elbowFlexionDeg: 0 },
  far: { hipFlexionDeg: 0, kneeFlexionDeg: 0, shoulderFlexionDeg: 0, elbowFlexionDeg: 0 },
  ground: ['near-foot', 'far-foot'],
};

describe('pose geometry', () => {
  it('stands a straight figure on its feet with the head on top', () => {
    const s = placedSkeleton(standing, 0);
    expect(s.near.ankle.y).toBeCloseTo(0);
    expect(s.near.ankle.x).toBeCloseTo(0);
    expect(s.pelvis.y).toBeCloseTo(SEGMENT.thigh + SEGMENT.shank);
    expect(s.headCentre.y).toBeGreaterThan(s.shoulders.y);
    expect(s.near.toe.x).toBeGreaterThan(s.near.ankle.x);
  });

  it('bends the knee backward and the hip forward', () => {
    const sitting = skeletonFromPose({
      ...standing,
      near: { ...standing.near, hipFlexionDeg: 90, kneeFlexionDeg: 90 },
    });
    expect(sitting.near.knee.x).toBeCloseTo(SEGMENT.thigh);
    expect(sitting.near.ankle.y).toBeCloseTo(-SEGMENT.shank);
  });

  it('keeps the first ground contact planted through a movement', () => {
    const bent = { ...standing.near, hipFlexionDeg: 60, kneeFlexionDeg: 60 };
    const squat: Pose = { ...standing, trunkDeg: 70, near: bent, far: bent };
    for (const t of [0, 0.5, 1]) {
      const s = placedSkeleton(poseBetween(standing, squat, t), 0);
      const foot = contactPoint(s, 'near-foot');
      expect(foot.x).toBeCloseTo(0);
      expect(foot.y).toBeCloseTo(0);
    }
  });

  it('frames every catalogue exercise with finite bounds that include the floor', () => {
    for (const ex of EXERCISES) {
      const f = movementFrame(ex.pose.start, ex.pose.end);
      expect(Number.isFinite(f.maxX - f.minX), ex.id).toBe(true);
      expect(f.minY, ex.id).toBeLessThanOrEqual(0);
      expect(f.maxY, ex.id).toBeGreaterThan(0);
    }
  });
});
