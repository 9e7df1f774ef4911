// The API hands the screening result and the programme over as JSON documents (`unknown` in
// api-contract). These schemas parse exactly the parts the web app reads, mirroring core's
// ScreeningResult and Programme (packages/core/src/{screening,plan}/types.ts).
import { z } from 'zod';

const LevelSchema = z.enum(['emergency', 'urgent', 'soon', 'none']);

export const ReferralSchema = z.object({
  level: LevelSchema,
  action: z.string(),
  reasons: z.array(z.object({ id: z.string(), level: LevelSchema, text: z.string() })),
});

export const FindingSchema = z.object({
  driver: z.string(),
  severity: z.enum(['mild', 'marked']),
  evidence: z.array(z.object({ kind: z.string(), text: z.string() })),
});
export type FindingView = z.infer<typeof FindingSchema>;

export const ScreeningResultSchema = z.object({ referral: ReferralSchema, findings: z.array(FindingSchema) });
export type ScreeningResultView = z.infer<typeof ScreeningResultSchema>;

export const DoseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hold'),
    sets: z.number(),
    holdS: z.number(),
    perSide: z.boolean(),
    restS: z.number(),
  }),
  z.object({
    kind: z.literal('timed'),
    sets: z.number(),
    workS: z.number(),
    perSide: z.boolean(),
    restS: z.number(),
  }),
  z.object({
    kind: z.literal('reps'),
    sets: z.number(),
    reps: z.number(),
    perSide: z.boolean(),
    restS: z.number(),
    secondsPerRep: z.number(),
  }),
]);
export type DoseView = z.infer<typeof DoseSchema>;

export const PlanItemSchema = z.object({
  exerciseId: z.string(),
  dose: DoseSchema,
  durationS: z.number(),
  reason: z.string(),
});
export type PlanItemView = z.infer<typeof PlanItemSchema>;

export const SessionSchema = z.object({
  id: z.string(),
  kind: z.enum(['pre-run', 'post-run', 'core', 'strength', 'mobility']),
  timing: z.enum(['before-run', 'after-run', 'any-time']),
  hard: z.boolean(),
  items: z.array(PlanItemSchema),
  durationS: z.number(),
});
export type SessionView = z.infer<typeof SessionSchema>;

export const RunSlotSchema = z.object({
  kind: z.enum(['easy', 'long', 'race']),
  distanceKm: z.number(),
  tapeSuggested: z.boolean(),
});

export const PlanDaySchema = z.object({
  date: z.string(),
  weekday: z.string(),
  run: RunSlotSchema.nullable(),
  sessions: z.array(SessionSchema),
  totalS: z.number(),
});
export type PlanDayView = z.infer<typeof PlanDaySchema>;

export const PlanWeekSchema = z.object({
  number: z.number(),
  phase: z.string(),
  startDate: z.string(),
  coreHoldS: z.number(),
  days: z.array(PlanDaySchema),
});
export type PlanWeekView = z.infer<typeof PlanWeekSchema>;

export const PhaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  weeks: z.array(z.number()),
  goal: z.string(),
});
export type PhaseView = z.infer<typeof PhaseSchema>;

export const ProgrammeSchema = z.object({
  startDate: z.string(),
  referral: ReferralSchema,
  findings: z.array(FindingSchema),
  plan: z
    .object({
      weeks: z.array(PlanWeekSchema),
      phases: z.array(PhaseSchema),
      warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    })
    .nullable(),
});
export type ProgrammeView = z.infer<typeof ProgrammeSchema>;
