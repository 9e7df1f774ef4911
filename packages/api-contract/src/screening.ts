import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common';

/**
 * POST /api/screening — the runner's answers document. The server validates `answers` with the
 * programme's screening schema and runs the core `screen()`.
 */
export const ScreeningSubmitSchema = z.object({ answers: z.unknown() }).strict();
export type ScreeningSubmit = z.infer<typeof ScreeningSubmitSchema>;

/** One stored screening: the answers and the core screening result as computed then. */
export const ScreeningRecordSchema = z.object({
  id: IdSchema,
  takenAt: IsoDateTimeSchema,
  answers: z.unknown(),
  result: z.unknown(),
  /** True when a red flag stopped the flow: no plan may be built from it. */
  stopped: z.boolean(),
});
export type ScreeningRecord = z.infer<typeof ScreeningRecordSchema>;

/** GET /api/screening — newest first. */
export const ScreeningHistorySchema = z.object({ items: z.array(ScreeningRecordSchema) });
export type ScreeningHistory = z.infer<typeof ScreeningHistorySchema>;
