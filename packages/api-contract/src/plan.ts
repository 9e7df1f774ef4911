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
 * setup: the core PlanInput without the screening answers (running week, equipment, minutesPerDay,
 * units); the server adds the latest screening's answers. Omitted = reuse the last setup.
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
    /** The plan session's id (`${date}/${kind}`) for kind "session"; null = every session that day. */
    sessionId: z.string().max(100).nullable().default(null),
    /** The stored run (kind "run"), when there is one. */
    activityId: IdSchema.nullable().default(null),
    status: CheckInStatusSchema,
    /** Lower-back pain during, 0-10 NRS. */
    painDuringNrs: z.number().int().min(0).max(10),
    /** Lower-back pain after (that evening), 0-10 NRS. */
    painAfterNrs: z.number().int().min(0).max(10),
    /** Next-morning stiffness compared with usual; null = not answered. */
    nextMorning: z.enum(['better', 'same', 'worse']).nullable().default(null),
    /** Perceived effort 0-10 (modified Borg CR10). */
    effortRpe: z.number().int().min(0).max(10).nullable().default(null),
    /** Red-flag questions re-asked at check-in (ids as in the screening); only those answered. */
    redFlags: z.record(z.string(), z.boolean()).optional(),
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
  painDuringNrs: z.number().int(),
  painAfterNrs: z.number().int(),
  nextMorning: z.enum(['better', 'same', 'worse']).nullable(),
  effortRpe: z.number().int().nullable(),
  redFlags: z.record(z.string(), z.boolean()),
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
  /** The core PlanChange list this check-in caused (regress, progress, deload, stop-and-refer). */
  changes: z.array(z.unknown()),
});
export type CheckInResponse = z.infer<typeof CheckInResponseSchema>;

/** GET /api/plan/check-ins?from=&to= — newest first. */
export const CheckInListQuerySchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })
  .strict();
export const CheckInListSchema = z.object({ items: z.array(CheckInSchema) });
export type CheckInList = z.infer<typeof CheckInListSchema>;
