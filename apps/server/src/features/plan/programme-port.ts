import type {
  AdaptationResult,
  CheckIn as CoreCheckIn,
  PlanInput,
  Programme,
  ScreeningAnswers,
  ScreeningResult,
} from '@upright/core';

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] };

/** The plan input without the screening answers: what the running-week step of onboarding sends. */
export type PlanSetup = Omit<PlanInput, keyof ScreeningAnswers>;

/** The programme side the server needs; the real one wraps @upright/core and the contract schemas. */
export interface ProgrammePort {
  parseAnswers(value: unknown): Parsed<ScreeningAnswers>;
  parseSetup(value: unknown): Parsed<PlanSetup>;
  screen(answers: ScreeningAnswers): ScreeningResult;
  build(input: PlanInput, startDate: string): Programme;
  adapt(programme: Programme, checkIns: readonly CoreCheckIn[]): AdaptationResult;
}

/** Red flags at emergency or urgent level stop the flow: no plan is built. */
export function screeningStopped(result: ScreeningResult): boolean {
  return result.referral.level === 'emergency' || result.referral.level === 'urgent';
}
