import { z } from 'zod';
import { IsoDateTimeSchema } from './common';

const column = z.array(z.number().nullable()).max(200_000);

/**
 * POST /api/activities/recorded — a run recorded in the browser's run mode. Columns align with
 * `timeS` (elapsed seconds, strictly increasing); null is "no value". If a watch file of the same run
 * is imported later (start within 10 minutes, overlapping), the file replaces this recording.
 */
export const RecordedRunSchema = z
  .object({
    startTime: IsoDateTimeSchema,
    timeS: z.array(z.number().min(0)).min(2).max(200_000),
    distanceM: column,
    latitude: column.optional(),
    longitude: column.optional(),
    altitudeM: column.optional(),
    /** Steps per minute estimated from DeviceMotion, when the phone rode at the waist. */
    cadence: column.optional(),
    gaps: z
      .array(z.object({ startS: z.number(), endS: z.number() }))
      .max(10_000)
      .default([]),
  })
  .strict()
  .refine((run) => run.distanceM.length === run.timeS.length, {
    message: 'distanceM must have one value per timeS entry',
    path: ['distanceM'],
  });
export type RecordedRun = z.infer<typeof RecordedRunSchema>;
