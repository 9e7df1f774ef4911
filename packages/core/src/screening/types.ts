import type { SourceId } from './sources';

/** Every red-flag question Upright asks. Each answer is one boolean in `redFlags`. */
export const RED_FLAG_IDS = [
  'saddleNumbness',
  'bladderOrBowelChange',
  'sexualDysfunction',
  'bothLegsSymptoms',
  'progressiveLegWeakness',
  'feverOrUnwell',
  'unexplainedWeightLoss',
  'historyOfCancer',
  'significantTrauma',
  'constantNightPain',
  'longTermSteroids',
  'immuneSuppressionOrInjectedDrugs',
  'thoracicPain',
  'structuralDeformity',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
export type RedFlagAnswers = Readonly<Record<RedFlagId, boolean>>;

/** Ordered from most to least urgent. */
export const REFERRAL_LEVELS = ['emergency', 'urgent', 'soon', 'none'] as const;
export type ReferralLevel = (typeof REFERRAL_LEVELS)[number];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];

export const EASE_FACTORS = ['rest', 'movement', 'stretching', 'heat', 'lying-down', 'nothing'] as const;
export type EaseFactor = (typeof EASE_FACTORS)[number];

export interface PainAnswers {
  /** Lower-back pain right now, 0 (none) to 10 (worst imaginable). */
  readonly nowNrs: number;
  /** How long this episode has lasted, weeks (0 = no current episode). */
  readonly durationWeeks: number;
  /** Pain travels below the knee (a sign of nerve-root involvement). */
  readonly radiatesBelowKnee: boolean;
  /** Distance into a run at which back pain or fatigue usually starts, km; null = it does not. */
  readonly startsAtKm: number | null;
  /** Morning stiffness, minutes; absent = not asked. */
  readonly morningStiffnessMinutes?: number | undefined;
  /** What eases it; absent = not asked. */
  readonly easedBy?: readonly EaseFactor[] | undefined;
  /** Age at the first ever episode of back pain; absent = assume this episode is the first. */
  readonly firstOnsetAge?: number | undefined;
}

export interface LeftRight {
  readonly left: number;
  readonly right: number;
}

/**
 * Self-test results. Every test is optional: a runner records what they could do. Units are in the
 * field names' documentation: degrees for ranges, seconds for holds.
 */
export interface SelfTestResults {
  /** Seated (lumbar-locked) thoracic rotation, degrees each way. */
  readonly thoracicRotationDeg?: LeftRight | undefined;
  /** Modified Thomas test: thigh angle to horizontal, degrees; positive = thigh above horizontal. */
  readonly modifiedThomasThighDeg?: LeftRight | undefined;
  /** Active straight-leg raise: hip flexion of the raised straight leg, degrees. */
  readonly activeSlrDeg?: LeftRight | undefined;
  /** Single-leg bridge hold, seconds each leg. */
  readonly singleLegBridgeS?: LeftRight | undefined;
  /** Biering-Sørensen extensor hold, seconds. */
  readonly bieringSorensenS?: number | undefined;
  /** McGill trunk flexor endurance hold (60° lean), seconds. */
  readonly trunkFlexorS?: number | undefined;
  /** McGill side bridge hold, seconds each side (left = lying on the left forearm). */
  readonly sideBridgeS?: LeftRight | undefined;
  /** Forearm plank hold with a level pelvis, seconds. */
  readonly plankS?: number | undefined;
  /** Dead bug: slow alternating reps per side with the low back staying on the floor (stop at 10). */
  readonly deadBugControlledReps?: number | undefined;
}
export type SelfTestId = keyof SelfTestResults;

export interface ScreeningAnswers {
  /** Age in whole years (16 or over). */
  readonly age: number;
  readonly sex: Sex;
  readonly redFlags: RedFlagAnswers;
  readonly pain: PainAnswers;
  readonly selfTests: SelfTestResults;
}

export interface ReferralReason {
  /** A red-flag id, or a symptom rule id like `radiating-pain`. */
  readonly id: string;
  readonly level: ReferralLevel;
  /** Plain language for the runner. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface Referral {
  readonly level: ReferralLevel;
  /** Plain-language summary of what to do at this level. */
  readonly action: string;
  /** Most urgent first. Empty at `none`. */
  readonly reasons: readonly ReferralReason[];
}

/** The seven drivers of lower-back load in runners that Upright screens for. */
export const DRIVER_IDS = [
  'thoracic-stiffness',
  'hip-extension-deficit',
  'hip-flexor-tightness',
  'hamstring-tightness',
  'lower-abdominal-weakness',
  'lumbar-extensor-endurance',
  'lateral-core-endurance',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

export interface FindingEvidence {
  /** `self-test` = a measured result below its norm; `ratio` = a McGill ratio; `symptom` = from the pain answers. */
  readonly kind: 'self-test' | 'ratio' | 'symptom';
  readonly testId: SelfTestId | null;
  /** What was measured, e.g. 38 (degrees) or 0.82 (ratio). */
  readonly value: number;
  /** The norm it was compared with, same unit as value. */
  readonly threshold: number;
  readonly unit: 'deg' | 's' | 'ratio' | 'reps' | 'km';
  /** Plain language, e.g. "Right rotation 38°, below 45°". */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface Finding {
  readonly driver: DriverId;
  /** `marked` when a result is well past the norm (see docs/programme.md), else `mild`. */
  readonly severity: 'mild' | 'marked';
  readonly evidence: readonly FindingEvidence[];
}

export interface ScreeningResult {
  readonly referral: Referral;
  /** In the fixed order of DRIVER_IDS. */
  readonly findings: readonly Finding[];
}
