import type { SourceId } from './sources';
import type { DriverId, SelfTestId } from './types';

export interface SelfTest {
  readonly id: SelfTestId;
  readonly name: string;
  readonly drivers: readonly DriverId[];
  readonly unit: 'deg' | 's' | 'reps';
  /** Whether the test records a left and a right value. */
  readonly sided: boolean;
  readonly equipment: readonly string[];
  readonly steps: readonly string[];
  /** What to write down. */
  readonly record: string;
  /** The norm in words, with its population. */
  readonly norm: string;
  readonly sources: readonly SourceId[];
}

/**
 * Screening thresholds. A value below (or, for the Thomas test, above) the threshold counts as a
 * finding; `marked` thresholds set the severity. docs/programme.md explains each value and its limits.
 */
export const SELF_TEST_THRESHOLDS = {
  thoracicRotationMinDeg: 45,
  thoracicRotationMarkedDeg: 35,
  thoracicRotationAsymmetryDeg: 10,
  thomasThighMaxDeg: 0,
  thomasThighMarkedDeg: 10,
  activeSlrMinDeg: 70,
  activeSlrMarkedDeg: 60,
  singleLegBridgeMinS: 30,
  singleLegBridgeMarkedS: 15,
  bridgeAsymmetryFraction: 0.25,
  bieringSorensenMinS: 176,
  bieringSorensenMarkedS: 100,
  trunkFlexorMinS: 90,
  sideBridgeMinS: 60,
  sideBridgeMarkedS: 30,
  plankMinS: 60,
  plankMarkedS: 30,
  deadBugMinReps: 10,
  deadBugMarkedReps: 5,
  /** McGill 1999 ratio targets. */
  flexorExtensorRatioMax: 1,
  sideBridgeLeftRightTolerance: 0.05,
  sideBridgeExtensorRatioMax: 0.75,
} as const;

const T = SELF_TEST_THRESHOLDS;

export const SELF_TESTS: readonly SelfTest[] = [
  {
    id: 'thoracicRotationDeg',
    name: 'Seated thoracic rotation',
    drivers: ['thoracic-stiffness'],
    unit: 'deg',
    sided: true,
    equipment: ['chair', 'broom handle or stick', 'phone with an angle app'],
    steps: [
      'Sit on a chair with your knees and feet together and a ball or folded towel squeezed between your knees to stop the pelvis turning.',
      'Hold a stick across the front of your shoulders, arms crossed over it.',
      'Turn your upper body as far as it goes to one side without leaning; keep your knees level.',
      'Lay the phone on the stick and read the angle from the starting line; repeat to the other side.',
    ],
    record: 'Degrees turned to the left and to the right.',
    norm: `Healthy adults typically turn about 40-50° each way in seated and lumbar-locked versions of this test. Upright flags less than ${T.thoracicRotationMinDeg}° either way, or a difference of more than ${T.thoracicRotationAsymmetryDeg}° between sides.`,
    sources: ['johnson-2012', 'wainner-2007'],
  },
  {
    id: 'modifiedThomasThighDeg',
    name: 'Modified Thomas test (hip flexor length)',
    drivers: ['hip-flexor-tightness', 'hip-extension-deficit'],
    unit: 'deg',
    sided: true,
    equipment: ['sturdy table or bed', 'phone with an angle app', 'a helper for the photo (optional)'],
    steps: [
      'Sit on the very edge of a firm table, then roll back while hugging both knees to your chest.',
      'Keep one knee hugged so your low back stays flat on the table.',
      'Let the other leg drop down over the edge and relax it completely.',
      'Measure the angle of the hanging thigh to horizontal (a helper or a propped-up phone photo helps). Swap sides.',
    ],
    record:
      'Thigh angle to horizontal, degrees: positive if the thigh stays above horizontal, negative if it drops below.',
    norm: `Elite athletes' thighs rested on average about 12° below horizontal (Harvey 1998). Upright flags a thigh that stays above horizontal (> ${T.thomasThighMaxDeg}°).`,
    sources: ['harvey-1998', 'kendall-2005'],
  },
  {
    id: 'activeSlrDeg',
    name: 'Active straight-leg raise (hamstring length)',
    drivers: ['hamstring-tightness'],
    unit: 'deg',
    sided: true,
    equipment: ['mat', 'phone with an angle app'],
    steps: [
      'Lie on your back, legs straight, toes pointing up.',
      'Keep the other leg pressed flat to the floor and lift one straight leg as high as you can without bending the knee.',
      'Hold the phone along the shin of the raised leg and read the angle from the floor.',
      'Swap legs.',
    ],
    record: 'Angle of the raised leg from the floor, degrees, each leg.',
    norm: `Normal hamstring length allows about 80° of straight-leg raise with the low back flat (Kendall 2005). Upright flags less than ${T.activeSlrMinDeg}°, leaving a margin for home measurement.`,
    sources: ['kendall-2005'],
  },
  {
    id: 'singleLegBridgeS',
    name: 'Single-leg bridge hold (hip extensors)',
    drivers: ['hip-extension-deficit'],
    unit: 's',
    sided: true,
    equipment: ['mat', 'timer'],
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart, arms across your chest.',
      'Lift your hips until shoulders, hips and knees line up.',
      'Straighten one knee so that leg lines up with the thigh; keep the pelvis level.',
      'Time how long you hold before the pelvis drops or tilts. Swap legs.',
    ],
    record: 'Seconds held on each leg.',
    norm: `No runner-specific published norm exists; people with low back pain hold bridge tests for less time than people without. Upright flags less than ${T.singleLegBridgeMinS} s or a difference of more than 25% between legs.`,
    sources: ['mcgill-2016'],
  },
  {
    id: 'bieringSorensenS',
    name: 'Biering-Sørensen hold (lumbar extensor endurance)',
    drivers: ['lumbar-extensor-endurance'],
    unit: 's',
    sided: false,
    equipment: ['bed or bench', 'a helper to hold your legs (or a strap)', 'timer'],
    steps: [
      'Lie face down with your hips at the edge of a bed or bench and your upper body hanging over the edge, supported by your hands on a chair.',
      'Have someone hold your ankles (or strap your legs down).',
      'Cross your arms over your chest and lift your upper body level with your legs.',
      'Time how long you can hold it level; stop when you drop or it hurts.',
    ],
    record: 'Seconds held.',
    norm: `In Biering-Sørensen's 1984 cohort, men who held less than 176 s were more likely to develop back pain within a year; McGill's healthy young adults averaged about 160-185 s. Upright flags less than ${T.bieringSorensenMinS} s.`,
    sources: ['biering-sorensen-1984', 'mcgill-1999'],
  },
  {
    id: 'trunkFlexorS',
    name: 'Trunk flexor endurance (McGill)',
    drivers: ['lower-abdominal-weakness'],
    unit: 's',
    sided: false,
    equipment: ['mat', 'a wedge or helper to set 60°', 'timer'],
    steps: [
      'Sit with knees and hips bent to 90°, feet held down, arms crossed on your chest.',
      'Lean back against a support set at 60° from the floor.',
      'Remove the support (or have a helper slide it back 10 cm) and hold the position.',
      'Time the hold until your back touches the support.',
    ],
    record: 'Seconds held.',
    norm: `Healthy young adults averaged about 134-136 s (McGill 1999). The flexor hold should be shorter than the extensor (Biering-Sørensen) hold: a ratio above ${T.flexorExtensorRatioMax} is flagged. Upright also flags a hold under ${T.trunkFlexorMinS} s.`,
    sources: ['mcgill-1999'],
  },
  {
    id: 'sideBridgeS',
    name: 'Side bridge hold (McGill)',
    drivers: ['lateral-core-endurance'],
    unit: 's',
    sided: true,
    equipment: ['mat', 'timer'],
    steps: [
      'Lie on one side with legs straight, top foot in front of the bottom foot.',
      'Prop yourself on the bottom forearm, elbow under the shoulder, free hand on the opposite shoulder.',
      'Lift your hips so your body forms a straight line from head to feet.',
      'Time the hold until the hips sag. Swap sides.',
    ],
    record: 'Seconds held lying on the left forearm and on the right forearm.',
    norm: `Healthy young adults averaged about 75-99 s per side (McGill 1999). Sides should match within 5% and each side should be under 75% of the extensor hold. Upright flags under ${T.sideBridgeMinS} s, a left-right ratio outside 0.95-1.05, or a side-to-extensor ratio over ${T.sideBridgeExtensorRatioMax}.`,
    sources: ['mcgill-1999'],
  },
  {
    id: 'plankS',
    name: 'Forearm plank hold',
    drivers: ['lower-abdominal-weakness'],
    unit: 's',
    sided: false,
    equipment: ['mat', 'timer'],
    steps: [
      'Forearms on the floor, elbows under shoulders, legs straight and toes tucked.',
      'Make a straight line from head to heels; squeeze your glutes and keep your ribs down.',
      'Time the hold until the hips sag or pike, or the low back starts to ache.',
    ],
    record: 'Seconds held with good form.',
    norm: `Upright's training goal is 3 × 45 s (background article). Upright flags a single hold under ${T.plankMinS} s, because a runner who cannot hold one minute cannot yet train three sets of 45 s.`,
    sources: ['article-lumbar-wall', 'mcgill-2016'],
  },
  {
    id: 'deadBugControlledReps',
    name: 'Dead bug control',
    drivers: ['lower-abdominal-weakness'],
    unit: 'reps',
    sided: false,
    equipment: ['mat'],
    steps: [
      'Lie on your back with arms pointing to the ceiling and hips and knees bent to 90°.',
      'Press your low back gently into the floor (slide a hand under it to check).',
      'Slowly lower the opposite arm and leg toward the floor, then return; alternate sides.',
      'Count the reps per side before your back lifts off the hand or the ribs flare. Stop at 10.',
    ],
    record: 'Controlled reps per side, 0 to 10.',
    norm: `Upright expects 10 slow, controlled reps per side (Pilates-style motor-control standard); fewer than ${T.deadBugMinReps} is flagged.`,
    sources: ['wells-2014', 'mcgill-2016'],
  },
];

export function selfTestById(id: SelfTestId): SelfTest | undefined {
  return SELF_TESTS.find((t) => t.id === id);
}
