import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './common';
import { PlanRecordSchema } from './plan';
import { ScreeningRecordSchema } from './screening';
import { ProfileSchema } from './settings';
import { TrendWeekSchema } from './trends';

export const LongRunSchema = z.object({
  activityId: IdSchema,
  date: IsoDateSchema,
  distanceM: z.number(),
  onsetDistanceM: z.number().nullable(),
  durabilityPct: z.number().nullable(),
  decouplingPct: z.number().nullable(),
});

const firstLatest = z.object({ first: z.number().nullable(), latest: z.number().nullable() });

/** GET /api/report — everything the one-page physio report renders. */
export const PhysioReportSchema = z.object({
  generatedAt: IsoDateTimeSchema,
  profile: ProfileSchema.nullable(),
  screening: ScreeningRecordSchema.nullable(),
  screeningsTaken: z.number().int().min(0),
  plan: PlanRecordSchema.nullable(),
  adherence: z.object({
    sessionsPlanned: z.number().int().min(0),
    sessionsDone: z.number().int().min(0),
    pct: z.number().nullable(),
  }),
  /** Pain (0-10) and PSFS mean (0-10) at the first and latest check-in. */
  pain: firstLatest,
  psfs: firstLatest,
  weeks: z.array(TrendWeekSchema),
  /** The long run of each week, oldest first: the durability chart. */
  longRuns: z.array(LongRunSchema),
  runsTotal: z.number().int().min(0),
});
export type PhysioReport = z.infer<typeof PhysioReportSchema>;
