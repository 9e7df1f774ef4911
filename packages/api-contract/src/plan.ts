import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './common';

export const PlanReasonSchema = z.enum(['initial', 'regenerated', 'adapted']);

/** One version of the plan. `programme` is the core programme as JSON; `input` the plan input used. */
export const PlanRecordSchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  createdAt: IsoDateTimeSchema,
  startDate: IsoDateSchema,
  reason: PlanReasonSchema,
  screeningId: IdSchema,
  input: z.unknown(),
  programme: z.unknown(),
});
export type PlanRecord = z.infer<typeof PlanRecordSchema>;

/** GET /api/plan — the current version (null before onboarding) and how many versions exist. */
export const PlanResponseSchema = z.object({
  plan: PlanRecordSchema.nullable(),
  versions: z.number().int().min(0),
});
export type PlanResponse = z.infer<typeof PlanResponseSchema>;

/**
 * POST /api/plan/regenerate — builds a new version from the latest screening. `input` is the plan
 * input (running week, equipment; validated with the programme's schema); omitted = reuse the last.
 */
export const PlanRegenerateSchema = z
  .object({ input: z.unknown().optional(), startDate: IsoDateSchema.optional() })
  .strict();
export type PlanRegenerate = z.infer<typeof PlanRegenerateSchema>;

export const CheckInStatusSchema = z.enum(['done', 'partial', 'skipped']);

/** Patient-Specific Functional Scale: activities the runner finds hard, each scored 0 (unable) to 10. */
export const PsfsItemSchema = z.object({
  activity: z.string().trim().min(1).max(100),
  score: z.number().int().min(0).max(10),
});

/** POST /api/plan/check-ins — after a guided session (kind "session") or a run (kind "run"). */
export const CheckInCreateSchema = z
  .object({
    kind: z.enum(['session', 'run']),
    date: IsoDateSchema,
    /** The plan session's id (kind "session"). */
    sessionId: z.string().max(100).nullable().default(null),
    /** The stored run (kind "run"), when there is one. */
    activityId: IdSchema.nullable().default(null),
    status: CheckInStatusSchema,
    /** Worst lower-back pain during or after, 0-10. */
    pain: z.number().int().min(0).max(10),
    /** Perceived effort (RPE), 0-10. */
    effort: z.number().int().min(0).max(10).nullable().default(null),
    psfs: z.array(PsfsItemSchema).max(5).default([]),
    note: z.string().max(1000).default(''),
  })
  .strict();
export type CheckInCreate = z.input<typeof CheckInCreateSchema>;

export const CheckInSchema = z.object({
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  kind: z.enum(['session', 'run']),
  date: IsoDateSchema,
  sessionId: z.string().nullable(),
  activityId: IdSchema.nullable(),
  status: CheckInStatusSchema,
  pain: z.number().int(),
  effort: z.number().int().nullable(),
  psfs: z.array(PsfsItemSchema),
  note: z.string(),
  /** The plan version this check-in was recorded against. */
  planVersion: z.number().int().nullable(),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** The answer to a check-in: the plan may have adapted (a new version). */
export const CheckInResponseSchema = z.object({
  checkIn: CheckInSchema,
  plan: PlanRecordSchema.nullable(),
  planChanged: z.boolean(),
});
export type CheckInResponse = z.infer<typeof CheckInResponseSchema>;

/** GET /api/plan/check-ins?from=&to= — newest first. */
export const CheckInListQuerySchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })
  .strict();
export const CheckInListSchema = z.object({ items: z.array(CheckInSchema) });
export type CheckInList = z.infer<typeof CheckInListSchema>;
