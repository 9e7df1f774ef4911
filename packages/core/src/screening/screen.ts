import { findingsFromAnswers } from './findings';
import { referralFromAnswers } from './referral';
import type { ScreeningAnswers, ScreeningResult } from './types';

/**
 * Screens a runner: red flags first (NICE NG59, AHCPR 1994, BMJ 2009 on cauda equina), then the
 * self-tests against their norms. Pure and deterministic.
 * @example screen(answers).referral.level // 'none' | 'soon' | 'urgent' | 'emergency'
 */
export function screen(answers: ScreeningAnswers): ScreeningResult {
  return { referral: referralFromAnswers(answers), findings: findingsFromAnswers(answers) };
}
