import type { LimbAngles, Pose } from './types';

export interface PosePoint {
  readonly x: number;
  readonly y: number;
}

export interface LimbPoints {
  readonly knee: PosePoint;
  readonly ankle: PosePoint;
  readonly elbow: PosePoint;
  readonly wrist: PosePoint;
}

export interface PosePoints {
  readonly pelvis: PosePoint;
  readonly shoulder: PosePoint;
  readonly head: PosePoint;
  readonly near: LimbPoints;
  readonly far: LimbPoints;
}

/** Segment lengths as fractions of trunk length (pelvis to shoulders), roughly adult proportions. */
export const SEGMENT_LENGTHS = {
  trunk: 1,
  neck: 0.35,
  thigh: 0.85,
  shank: 0.8,
  upperArm: 0.55,
  forearm: 0.5,
} as const;

const RAD = Math.PI / 180;
const at = (from: PosePoint, angleDeg: number, length: number): PosePoint => ({
  x: from.x + length * Math.cos(angleDeg * RAD),
  y: from.y + length * Math.sin(angleDeg * RAD),
});

function limbPoints(pelvis: PosePoint, shoulder: PosePoint, trunkDeg: number, a: LimbAngles): LimbPoints {
  const L = SEGMENT_LENGTHS;
  const thighDeg = trunkDeg + 180 + a.hipFlexionDeg;
  const knee = at(pelvis, thighDeg, L.thigh);
  const ankle = at(knee, thighDeg - a.kneeFlexionDeg, L.shank);
  const upperArmDeg = trunkDeg + 180 + a.shoulderFlexionDeg;
  const elbow = at(shoulder, upperArmDeg, L.upperArm);
  const wrist = at(elbow, upperArmDeg + a.elbowFlexionDeg, L.forearm);
  return { knee, ankle, elbow, wrist };
}

/**
 * The reference drawing of a pose: joint positions with the pelvis at the origin, trunk length 1,
 * y up. The web app scales, flips y for the screen, and draws lines between neighbouring joints.
 * @example posePoints(STANDING).head.y > posePoints(STANDING).pelvis.y // true
 */
export function posePoints(pose: Pose): PosePoints {
  const pelvis = { x: 0, y: 0 };
  const shoulder = at(pelvis, pose.trunkDeg, SEGMENT_LENGTHS.trunk);
  const head = at(shoulder, pose.trunkDeg - pose.neckFlexionDeg, SEGMENT_LENGTHS.neck);
  return {
    pelvis,
    shoulder,
    head,
    near: limbPoints(pelvis, shoulder, pose.trunkDeg, pose.near),
    far: limbPoints(pelvis, shoulder, pose.trunkDeg, pose.far),
  };
}
