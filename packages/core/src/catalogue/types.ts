import type { DriverId } from '../screening/types';
import type { SourceId } from '../screening/sources';

/** Equipment a runner may own. Household items (floor, wall, chair, sofa, towel) are assumed. */
export const EQUIPMENT = [
  'mat',
  'foam-roller',
  'band',
  'kinesiology-tape',
  'strap',
  'bench',
  'dumbbell',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export type ExerciseCategory = 'warm-up' | 'mobility' | 'core' | 'strength' | 'lengthening';

/**
 * A dose. `hold`: static holds; `timed`: continuous slow movement for `workS`; `reps`: repetitions.
 * `perSide`: the work is done on each side in turn (doubles the time).
 */
export type Dose =
  | {
      readonly kind: 'hold';
      readonly sets: number;
      readonly holdS: number;
      readonly perSide: boolean;
      readonly restS: number;
    }
  | {
      readonly kind: 'timed';
      readonly sets: number;
      readonly workS: number;
      readonly perSide: boolean;
      readonly restS: number;
    }
  | {
      readonly kind: 'reps';
      readonly sets: number;
      readonly reps: number;
      readonly perSide: boolean;
      readonly restS: number;
      /** Seconds one rep takes at the prescribed tempo; used only to budget time. */
      readonly secondsPerRep: number;
    };

/**
 * Pose of a stick figure for drawing, in ONE drawing plane (docs/programme.md "Pose format").
 *
 * Coordinates: x to the right, y up; angles in degrees, counter-clockwise from +x.
 * - `trunkDeg`: absolute direction of the pelvis→shoulders segment (90 = upright, 0 = head to the
 *   right and horizontal, 180 = head to the left and horizontal). The figure's front faces
 *   `trunkDeg - 90` (standing: front faces right; lying on the back head-left: front faces up).
 * - Joint angles are relative, sign-fixed so the same numbers mean the same posture anywhere:
 *   - hip: thigh = trunkDeg + 180 + hipFlexionDeg (0 = thigh in line with trunk, 90 = sitting, negative = extension)
 *   - knee: shank = thigh - kneeFlexionDeg (0 = straight, 90 = right angle, the shank folds backward)
 *   - shoulder: upperArm = trunkDeg + 180 + shoulderFlexionDeg (0 = arm by the side, 90 = forward, 180 = overhead)
 *   - elbow: forearm = upperArm + elbowFlexionDeg (0 = straight)
 *   - neck: head = trunkDeg - neckFlexionDeg (0 = in line with the trunk, positive = chin toward chest)
 * - `near`/`far`: the limbs nearer to and further from the viewer (draw the far ones fainter).
 * - `plane: 'frontal'` (side planks, lateral walks): the figure is seen from the front, and each
 *   "flexion" angle is read as abduction in that plane; the drawing maths is identical.
 * - `trunkRotationDeg`: thoracic rotation out of the drawing plane (0 = square, positive = chest
 *   turned toward the viewer / ceiling); draw it as a hint (e.g. an arc), it is not projected.
 * - `ground`: body parts touching the floor (or the named support), used to draw the floor line.
 */
export interface Pose {
  readonly plane: 'sagittal' | 'frontal';
  readonly orientation: PoseOrientation;
  readonly trunkDeg: number;
  readonly neckFlexionDeg: number;
  readonly trunkRotationDeg: number;
  readonly near: LimbAngles;
  readonly far: LimbAngles;
  readonly ground: readonly GroundContact[];
  /** Something under a body part: `foam-roller`, `bench`, `wall`, `chair`, `strap`, `band`. */
  readonly prop?: {
    readonly kind: 'foam-roller' | 'bench' | 'wall' | 'chair' | 'strap' | 'band' | 'dumbbell';
    readonly under: GroundContact;
  };
}

export type PoseOrientation =
  | 'supine'
  | 'prone'
  | 'side-lying'
  | 'quadruped'
  | 'kneeling'
  | 'half-kneeling'
  | 'standing'
  | 'sitting'
  | 'plank'
  | 'side-plank'
  | 'bridge';

export type GroundContact =
  | 'head'
  | 'upper-back'
  | 'chest'
  | 'back'
  | 'pelvis'
  | 'side'
  | 'near-forearm'
  | 'far-forearm'
  | 'near-hand'
  | 'far-hand'
  | 'near-knee'
  | 'far-knee'
  | 'near-foot'
  | 'far-foot'
  | 'near-shin'
  | 'far-shin';

export interface LimbAngles {
  readonly hipFlexionDeg: number;
  readonly kneeFlexionDeg: number;
  readonly shoulderFlexionDeg: number;
  readonly elbowFlexionDeg: number;
}

export interface Exercise {
  /** Stable kebab-case id; never renamed (plans store it). */
  readonly id: string;
  readonly name: string;
  readonly category: ExerciseCategory;
  /** Drivers this exercise addresses (empty = general, e.g. the cat-cow warm-up). */
  readonly targets: readonly DriverId[];
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly mistakes: readonly string[];
  readonly dose: Dose;
  /** Easier exercise in the same chain, or null at the start of the chain. */
  readonly regressionId: string | null;
  /** Harder exercise in the same chain, or null at the end. */
  readonly progressionId: string | null;
  /** Everything required; an empty list means floor and household items only. */
  readonly equipment: readonly Equipment[];
  readonly cautions: readonly string[];
  /** Counts as hard strength work (never in the 24 h before a long run or race). */
  readonly hard: boolean;
  readonly evidence: { readonly note: string; readonly sources: readonly SourceId[] };
  readonly pose: { readonly start: Pose; readonly end: Pose };
}
