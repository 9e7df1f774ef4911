import type { CheckIn } from './types';

/**
 * Pain-monitoring thresholds after Silbernagel et al. 2007: pain up to 5/10 during or after activity
 * is acceptable, provided it settles by the next morning and does not build week on week. That model
 * was developed and tested in Achilles tendinopathy, not in back pain; Upright borrows it as a
 * pragmatic, documented rule.
 */
export const ADAPTATION_RULES = {
  /** Pain above this (0-10) during or after → regress or deload. */
  painLimitNrs: 5,
  /** "Pain-free": at or below this (0-2 is the model's safe zone). */
  painFreeNrs: 2,
  /** Effort at or below this on the 0-10 scale counts as easy (CR10: 3 = moderate). */
  easyEffortRpe: 3,
  /** Consecutive easy, pain-free check-ins of the same exercise needed to progress. */
  progressAfter: 2,
  /** Two over-limit check-ins within this many days → a deload. */
  deloadWindowDays: 7,
  /** Length of a deload, days. */
  deloadDays: 7,
} as const;

const R = ADAPTATION_RULES;

/** Pain above the limit during or after, or worse next morning. */
export function checkInOverLimit(c: CheckIn): boolean {
  return c.painDuringNrs > R.painLimitNrs || c.painAfterNrs > R.painLimitNrs || c.nextMorning === 'worse';
}

/** Completed, easy and pain-free, and not worse next morning. */
export function checkInEasyAndPainFree(c: CheckIn): boolean {
  return (
    c.status === 'done' &&
    c.effortRpe !== null &&
    c.effortRpe <= R.easyEffortRpe &&
    c.painDuringNrs <= R.painFreeNrs &&
    c.painAfterNrs <= R.painFreeNrs &&
    c.nextMorning !== 'worse'
  );
}
