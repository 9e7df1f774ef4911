// Turns a core Pose (segment angles, see packages/core/src/catalogue/types.ts) into drawable points.
// Drawing units: y up, pelvis at the origin; the figure is about 190 units tall when standing.
import type { GroundContact, LimbAngles, Pose } from '@upright/core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Limb {
  readonly hip: Point;
  readonly knee: Point;
  readonly ankle: Point;
  readonly toe: Point;
  readonly shoulder: Point;
  readonly elbow: Point;
  readonly hand: Point;
}

export interface Skeleton {
  readonly pelvis: Point;
  readonly shoulders: Point;
  readonly headCentre: Point;
  readonly near: Limb;
  readonly far: Limb;
}

export const SEGMENT = {
  trunk: 56,
  neck: 9,
  headRadius: 11,
  thigh: 46,
  shank: 44,
  foot: 13,
  upperArm: 30,
  forearm: 28,
};

function toward(from: Point, deg: number, length: number): Point {
  const rad = (deg * Math.PI) / 180;
  return { x: from.x + Math.cos(rad) * length, y: from.y + Math.sin(rad) * length };
}

function limb(pose: Pose, angles: LimbAngles, pelvis: Point, shoulders: Point): Limb {
  const thighDeg = pose.trunkDeg + 180 + angles.hipFlexionDeg;
  const shankDeg = thighDeg - angles.kneeFlexionDeg;
  const upperArmDeg = pose.trunkDeg + 180 + angles.shoulderFlexionDeg;
  const knee = toward(pelvis, thighDeg, SEGMENT.thigh);
  const ankle = toward(knee, shankDeg, SEGMENT.shank);
  const elbow = toward(shoulders, upperArmDeg, SEGMENT.upperArm);
  // Feet point to the figure's front; seen from the front (frontal plane) they are foreshortened.
  const footLength = pose.plane === 'frontal' ? SEGMENT.foot / 3 : SEGMENT.foot;
  return {
    hip: pelvis,
    knee,
    ankle,
    toe: toward(ankle, shankDeg + 90, footLength),
    shoulder: shoulders,
    elbow,
    hand: toward(elbow, upperArmDeg + angles.elbowFlexionDeg, SEGMENT.forearm),
  };
}

/** Joint positions of a pose with the pelvis at (0, 0). */
export function skeletonFromPose(pose: Pose): Skeleton {
  const pelvis = { x: 0, y: 0 };
  const shoulders = toward(pelvis, pose.trunkDeg, SEGMENT.trunk);
  const headDeg = pose.trunkDeg - pose.neckFlexionDeg;
  return {
    pelvis,
    shoulders,
    headCentre: toward(shoulders, headDeg, SEGMENT.neck + SEGMENT.headRadius),
    near: limb(pose, pose.near, pelvis, shoulders),
    far: limb(pose, pose.far, pelvis, shoulders),
  };
}

function mid(a: Point, b: Point, t = 0.5): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Where a body part touches the floor or a prop. */
export function contactPoint(s: Skeleton, part: GroundContact): Point {
  switch (part) {
    case 'head':
      return { x: s.headCentre.x, y: s.headCentre.y - SEGMENT.headRadius };
    case 'upper-back':
    case 'chest':
      return mid(s.pelvis, s.shoulders, 0.75);
    case 'back':
    case 'side':
      return mid(s.pelvis, s.shoulders);
    case 'pelvis':
      return s.pelvis;
    case 'near-forearm':
      return mid(s.near.elbow, s.near.hand);
    case 'far-forearm':
      return mid(s.far.elbow, s.far.hand);
    case 'near-hand':
      return s.near.hand;
    case 'far-hand':
      return s.far.hand;
    case 'near-knee':
      return s.near.knee;
    case 'far-knee':
      return s.far.knee;
    case 'near-foot':
      return s.near.ankle;
    case 'far-foot':
      return s.far.ankle;
    case 'near-shin':
      return mid(s.near.knee, s.near.ankle);
    case 'far-shin':
      return mid(s.far.knee, s.far.ankle);
  }
}

/** Every drawn point, for framing. */
export function skeletonPoints(s: Skeleton): Point[] {
  const head = s.headCentre;
  const r = SEGMENT.headRadius;
  const limbs = [s.near, s.far].flatMap((l) => [l.knee, l.ankle, l.toe, l.elbow, l.hand]);
  return [
    s.pelvis,
    s.shoulders,
    { x: head.x - r, y: head.y - r },
    { x: head.x + r, y: head.y + r },
    ...limbs,
  ];
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function lerpLimb(a: LimbAngles, b: LimbAngles, t: number): LimbAngles {
  return {
    hipFlexionDeg: lerp(a.hipFlexionDeg, b.hipFlexionDeg, t),
    kneeFlexionDeg: lerp(a.kneeFlexionDeg, b.kneeFlexionDeg, t),
    shoulderFlexionDeg: lerp(a.shoulderFlexionDeg, b.shoulderFlexionDeg, t),
    elbowFlexionDeg: lerp(a.elbowFlexionDeg, b.elbowFlexionDeg, t),
  };
}

/** The pose a fraction `t` (0..1) of the way from `start` to `end`; discrete fields come from start. */
export function poseBetween(start: Pose, end: Pose, t: number): Pose {
  return {
    ...start,
    trunkDeg: lerp(start.trunkDeg, end.trunkDeg, t),
    neckFlexionDeg: lerp(start.neckFlexionDeg, end.neckFlexionDeg, t),
    trunkRotationDeg: lerp(start.trunkRotationDeg, end.trunkRotationDeg, t),
    near: lerpLimb(start.near, end.near, t),
    far: lerpLimb(start.far, end.far, t),
  };
}

function shift(s: Skeleton, dx: number, dy: number): Skeleton {
  const p = (q: Point): Point => ({ x: q.x + dx, y: q.y + dy });
  const l = (m: Limb): Limb => ({
    hip: p(m.hip),
    knee: p(m.knee),
    ankle: p(m.ankle),
    toe: p(m.toe),
    shoulder: p(m.shoulder),
    elbow: p(m.elbow),
    hand: p(m.hand),
  });
  return {
    pelvis: p(s.pelvis),
    shoulders: p(s.shoulders),
    headCentre: p(s.headCentre),
    near: l(s.near),
    far: l(s.far),
  };
}

/**
 * Places a pose on the floor (y = 0 at its lowest ground contact) with its first ground contact at
 * `anchorX`, so planted parts stay put while the rest of the body moves between start and end.
 */
export function placedSkeleton(pose: Pose, anchorX: number): Skeleton {
  const s = skeletonFromPose(pose);
  const contacts = pose.ground.map((g) => contactPoint(s, g));
  const floorY =
    contacts.length > 0
      ? Math.min(...contacts.map((c) => c.y))
      : Math.min(...skeletonPoints(s).map((q) => q.y));
  const anchor = contacts[0] ?? s.pelvis;
  return shift(s, anchorX - anchor.x, -floorY);
}

export interface Frame {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** Bounds that hold the figure through the whole movement (and the floor at y = 0). */
export function movementFrame(start: Pose, end: Pose): Frame {
  const points = [0, 0.25, 0.5, 0.75, 1].flatMap((t) =>
    skeletonPoints(placedSkeleton(poseBetween(start, end, t), 0)),
  );
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(0, ...ys), maxY: Math.max(...ys) };
}
