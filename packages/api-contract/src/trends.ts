import { z } from 'zod';
import { IsoDateSchema, IsoWeekSchema, queryInt } from './common';

/** GET /api/trends?weeks=N — the last N ISO weeks (default 16), oldest first. */
export const TrendsQuerySchema = z.object({ weeks: queryInt(1, 260).default(16) }).strict();

/** One ISO week. Every measure is null when the week has no data for it. */
export const TrendWeekSchema = z.object({
  week: IsoWeekSchema,
  /** Monday of the week. */
  weekStart: IsoDateSchema,
  runs: z.number().int().min(0),
  distanceM: z.number().min(0),
  /** Median form-breakdown distance over the week's runs that broke down. */
  onsetDistanceM: z.number().nullable(),
  /** The week's long run (longest): its onset distance and durability. */
  longRun: z
    .object({
      activityId: z.string(),
      distanceM: z.number(),
      onsetDistanceM: z.number().nullable(),
      durabilityPct: z.number().nullable(),
    })
    .nullable(),
  decouplingPct: z.number().nullable(),
  durabilityPct: z.number().nullable(),
  /** Mean and max pain (0-10) from the week's check-ins. */
  painMean: z.number().nullable(),
  painMax: z.number().nullable(),
  /** Mean Patient-Specific Functional Scale score (0-10, higher is better). */
  psfsMean: z.number().nullable(),
  sessionsPlanned: z.number().int().min(0),
  sessionsDone: z.number().int().min(0),
  /** sessionsDone / sessionsPlanned, percent; null when nothing was planned. */
  adherencePct: z.number().nullable(),
  /** The programme phase the week fell in, when a plan covers it. */
  phase: z.string().nullable(),
});
export type TrendWeek = z.infer<typeof TrendWeekSchema>;

export const TrendsResponseSchema = z.object({ weeks: z.array(TrendWeekSchema) });
export type TrendsResponse = z.infer<typeof TrendsResponseSchema>;
