import type { GroundContact, LimbAngles, Pose, PoseOrientation } from './types';

/** Limb angles: hip flexion, knee flexion, shoulder flexion, elbow flexion (degrees). */
export function limb(hip: number, knee: number, shoulder: number, elbow: number): LimbAngles {
  return { hipFlexionDeg: hip, kneeFlexionDeg: knee, shoulderFlexionDeg: shoulder, elbowFlexionDeg: elbow };
}

interface PoseSpec {
  readonly orientation: PoseOrientation;
  readonly trunkDeg: number;
  readonly near: LimbAngles;
  readonly far?: LimbAngles;
  readonly ground: readonly GroundContact[];
  readonly neck?: number;
  readonly rotation?: number;
  readonly plane?: Pose['plane'];
  readonly prop?: Pose['prop'];
}

/** Builds a pose; `far` defaults to `near` (symmetric), neck and rotation to 0, plane to sagittal. */
export function pose(spec: PoseSpec): Pose {
  const base: Pose = {
    plane: spec.plane ?? 'sagittal',
    orientation: spec.orientation,
    trunkDeg: spec.trunkDeg,
    neckFlexionDeg: spec.neck ?? 0,
    trunkRotationDeg: spec.rotation ?? 0,
    near: spec.near,
    far: spec.far ?? spec.near,
    ground: spec.ground,
  };
  return spec.prop ? { ...base, prop: spec.prop } : base;
}

const FEET: readonly GroundContact[] = ['near-foot', 'far-foot'];

/** Lying on the back, head to the left, knees bent and feet flat, arms by the sides. */
export const HOOK_LYING = pose({
  orientation: 'supine',
  trunkDeg: 180,
  near: limb(45, 90, 0, 0),
  ground: ['head', 'back', 'pelvis', ...FEET],
});

/** On hands and knees, head to the right. */
export const QUADRUPED = pose({
  orientation: 'quadruped',
  trunkDeg: 0,
  near: limb(90, 90, 90, 0),
  ground: ['near-hand', 'far-hand', 'near-knee', 'far-knee', 'near-shin', 'far-shin'],
});

/** Standing tall, arms by the sides, facing right. */
export const STANDING = pose({ orientation: 'standing', trunkDeg: 90, near: limb(0, 0, 0, 0), ground: FEET });

/** Lying on the back with legs straight, head to the left. */
export const SUPINE_FLAT = pose({
  orientation: 'supine',
  trunkDeg: 180,
  near: limb(0, 0, 0, 0),
  ground: ['head', 'back', 'pelvis', ...FEET],
});

/** Dead-bug start: on the back, hips and knees at 90°, arms to the ceiling. */
export const TABLETOP_SUPINE = pose({
  orientation: 'supine',
  trunkDeg: 180,
  near: limb(90, 90, 90, 0),
  ground: ['head', 'back', 'pelvis'],
});

/** Bridge top: shoulders down, hips lifted in line with knees, feet flat. */
export const BRIDGE_TOP = pose({
  orientation: 'bridge',
  trunkDeg: 160,
  near: limb(20, 90, 0, 0),
  ground: ['head', 'upper-back', ...FEET],
});

/** Forearm plank, head to the right. */
export const FOREARM_PLANK = pose({
  orientation: 'plank',
  trunkDeg: 5,
  near: limb(0, 0, 90, 90),
  ground: ['near-forearm', 'far-forearm', ...FEET],
});

/** Half-kneeling, near (back) knee down, far (front) foot forward, trunk upright. */
export const HALF_KNEELING = pose({
  orientation: 'half-kneeling',
  trunkDeg: 90,
  near: limb(-5, 90, 0, 0),
  far: limb(90, 90, 0, 0),
  ground: ['near-knee', 'near-shin', 'far-foot'],
});

/** Sitting upright on a chair, hips and knees at 90°, arms crossed on the chest. */
export const SITTING = pose({
  orientation: 'sitting',
  trunkDeg: 90,
  near: limb(90, 90, 20, 140),
  ground: ['pelvis', ...FEET],
  prop: { kind: 'chair', under: 'pelvis' },
});

/** A variant of `base`: changing `near` alone changes both sides (symmetric), unless `far` is given. */
export function like(base: Pose, c: Partial<PoseSpec>): Pose {
  const prop = c.prop ?? base.prop;
  return pose({
    orientation: c.orientation ?? base.orientation,
    trunkDeg: c.trunkDeg ?? base.trunkDeg,
    near: c.near ?? base.near,
    far: c.far ?? c.near ?? base.far,
    ground: c.ground ?? base.ground,
    neck: c.neck ?? base.neckFlexionDeg,
    rotation: c.rotation ?? base.trunkRotationDeg,
    plane: c.plane ?? base.plane,
    ...(prop ? { prop } : {}),
  });
}
