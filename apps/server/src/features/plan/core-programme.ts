import { PlanInputSchema, ScreeningAnswersSchema, issuePath } from '@upright/api-contract';
import { adaptProgramme, buildProgramme, screen } from '@upright/core';
import type { z } from 'zod';
import type { Parsed, PlanSetup, ProgrammePort } from './programme-port';

const PlanSetupSchema = PlanInputSchema.pick({
  running: true,
  equipment: true,
  minutesPerDay: true,
  units: true,
});

function parsedWith<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message })),
  };
}

/** The programme port on @upright/core and the contract's programme schemas. */
export const coreProgramme: ProgrammePort = {
  parseAnswers: (value) => parsedWith(ScreeningAnswersSchema, value),
  parseSetup: (value) => parsedWith<PlanSetup>(PlanSetupSchema, value),
  screen,
  build: (input, startDate) => buildProgramme(input, { startDate }),
  adapt: adaptProgramme,
};
