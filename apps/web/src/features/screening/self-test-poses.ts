// The starting and end positions of each self-test, in core's Pose format (packages/core/src/catalogue/
// types.ts), so the screening illustrates them with the same figure as the exercises.
import type { LimbAngles, Pose, SelfTestId } from '@upright/core';

const limb = (hip: number, knee: number, shoulder: number, elbow: number): LimbAngles => ({
  hipFlexionDeg: hip,
  kneeFlexionDeg: knee,
  shoulderFlexionDeg: shoulder,
  elbowFlexionDeg: elbow,
});

const CROSSED = { shoulder: 35, elbow: 120 };

function pose(p: Partial<Pose> & Pick<Pose, 'orientation' | 'trunkDeg' | 'near' | 'far' | 'ground'>): Pose {
  return { plane: 'sagittal', neckFlexionDeg: 0, trunkRotationDeg: 0, ...p };
}

const seated = pose({
  orientation: 'sitting',
  trunkDeg: 90,
  near: limb(90, 90, CROSSED.shoulder, CROSSED.elbow),
  far: limb(90, 90, CROSSED.shoulder, CROSSED.elbow),
  ground: ['near-foot', 'far-foot'],
  prop: { kind: 'chair', under: 'pelvis' },
});

const supineStraight = pose({
  orientation: 'supine',
  trunkDeg: 180,
  near: limb(0, 0, 10, 0),
  far: limb(0, 0, 10, 0),
  ground: ['back', 'pelvis', 'far-foot'],
});

const crookLying = pose({
  orientation: 'supine',
  trunkDeg: 180,
  near: limb(50, 100, 10, 0),
  far: limb(50, 100, 10, 0),
  ground: ['upper-back', 'near-foot'],
});

const plank = pose({
  orientation: 'plank',
  trunkDeg: 8,
  near: limb(0, 0, 82, 90),
  far: limb(0, 0, 82, 90),
  ground: ['near-forearm', 'near-foot'],
});

export const SELF_TEST_POSES: Readonly<Record<SelfTestId, { readonly start: Pose; readonly end: Pose }>> = {
  thoracicRotationDeg: { start: seated, end: { ...seated, trunkRotationDeg: 45 } },
  modifiedThomasThighDeg: {
    start: pose({
      orientation: 'supine',
      trunkDeg: 180,
      near: limb(120, 130, 40, 100),
      far: limb(120, 130, 40, 100),
      ground: ['back'],
      prop: { kind: 'bench', under: 'pelvis' },
    }),
    end: pose({
      orientation: 'supine',
      trunkDeg: 180,
      near: limb(-10, 80, 10, 0),
      far: limb(120, 130, 40, 100),
      ground: ['back'],
      prop: { kind: 'bench', under: 'pelvis' },
    }),
  },
  activeSlrDeg: { start: supineStraight, end: { ...supineStraight, near: limb(75, 0, 10, 0) } },
  singleLegBridgeS: {
    start: crookLying,
    end: pose({
      orientation: 'bridge',
      trunkDeg: 200,
      near: limb(0, 95, 10, 0),
      far: limb(0, 0, 10, 0),
      ground: ['upper-back', 'near-foot'],
    }),
  },
  bieringSorensenS: {
    start: pose({
      orientation: 'prone',
      trunkDeg: -20,
      near: limb(0, 0, CROSSED.shoulder, CROSSED.elbow),
      far: limb(0, 0, CROSSED.shoulder, CROSSED.elbow),
      ground: ['pelvis'],
      prop: { kind: 'bench', under: 'pelvis' },
    }),
    end: pose({
      orientation: 'prone',
      trunkDeg: 0,
      near: limb(0, 0, CROSSED.shoulder, CROSSED.elbow),
      far: limb(0, 0, CROSSED.shoulder, CROSSED.elbow),
      ground: ['pelvis'],
      prop: { kind: 'bench', under: 'pelvis' },
    }),
  },
  trunkFlexorS: {
    start: pose({
      orientation: 'sitting',
      trunkDeg: 120,
      near: limb(105, 90, CROSSED.shoulder, CROSSED.elbow),
      far: limb(105, 90, CROSSED.shoulder, CROSSED.elbow),
      ground: ['pelvis', 'near-foot'],
    }),
    end: pose({
      orientation: 'sitting',
      trunkDeg: 120,
      near: limb(105, 90, CROSSED.shoulder, CROSSED.elbow),
      far: limb(105, 90, CROSSED.shoulder, CROSSED.elbow),
      ground: ['pelvis', 'near-foot'],
    }),
  },
  sideBridgeS: {
    start: pose({
      plane: 'frontal',
      orientation: 'side-lying',
      trunkDeg: 178,
      near: limb(0, 0, -75, 90),
      far: limb(0, 0, 0, 0),
      ground: ['near-foot', 'near-forearm', 'pelvis'],
    }),
    end: pose({
      plane: 'frontal',
      orientation: 'side-plank',
      trunkDeg: 163,
      near: limb(0, 0, -75, 90),
      far: limb(0, 0, 0, 0),
      ground: ['near-foot', 'near-forearm'],
    }),
  },
  plankS: { start: { ...plank, trunkDeg: 2, near: limb(-5, 0, 82, 90) }, end: plank },
  deadBugControlledReps: {
    start: pose({
      orientation: 'supine',
      trunkDeg: 180,
      near: limb(90, 90, 90, 0),
      far: limb(90, 90, 90, 0),
      ground: ['back', 'pelvis'],
    }),
    end: pose({
      orientation: 'supine',
      trunkDeg: 180,
      near: limb(20, 0, 90, 0),
      far: limb(90, 90, 180, 0),
      ground: ['back', 'pelvis'],
    }),
  },
};
