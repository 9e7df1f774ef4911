import { z } from 'zod';
import type { CheckIn, PlanInput, Result, ScreeningAnswers } from '@upright/core';
import { ProgrammeCheckInSchema } from './check-in';
import { PlanInputSchema, ScreeningAnswersSchema } from './plan-input';

export type ProgrammeInputCode = 'PLAN_INPUT_INVALID' | 'SCREENING_INVALID' | 'CHECK_IN_INVALID';

/** `running.runDays[2]` style path for an issue. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issuePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? 'the document' : path;
    return `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${path === '' ? 'the document' : path}: ${issue.message}`;
}

function parseWith<T, C extends ProgrammeInputCode>(
  schema: z.ZodType<T>,
  code: C,
  value: unknown,
): Result<T, C> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      code,
      message: describeIssue(issue),
      context: { path: issuePath(issue.path) },
    })),
  };
}

/**
 * Validates a plan input document. Every issue's message starts with the field path, e.g.
 * `running.longRunDay: must be one of the runDays (tue, thu, sun)`.
 */
export function parsePlanInput(value: unknown): Result<PlanInput, 'PLAN_INPUT_INVALID'> {
  return parseWith(PlanInputSchema, 'PLAN_INPUT_INVALID', value);
}

/** Validates the screening part alone (age, sex, redFlags, pain, selfTests). */
export function parseScreeningAnswers(value: unknown): Result<ScreeningAnswers, 'SCREENING_INVALID'> {
  return parseWith(ScreeningAnswersSchema, 'SCREENING_INVALID', value);
}

export function parseCheckIn(value: unknown): Result<CheckIn, 'CHECK_IN_INVALID'> {
  return parseWith(ProgrammeCheckInSchema, 'CHECK_IN_INVALID', value);
}

/** JSON Schema (draft 2020-12) of the plan input document, as `upright plan --schema` prints it. */
export function planInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanInputSchema, { io: 'input' });
}
