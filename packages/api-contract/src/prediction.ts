import type { OnsetPrediction } from '@upright/core';
import { z } from 'zod';

/** GET /api/prediction?distanceM=N — where this runner's form is likely to break on a planned run. */
export const PredictionQuerySchema = z
  .object({ distanceM: z.coerce.number().min(500).max(200_000) })
  .strict();

export const PredictionResponseSchema = z.object({
  plannedDistanceM: z.number(),
  /** Predicted onset distance in metres; null when the model expects form to hold or lacks history. */
  onsetDistanceM: z.number().nullable(),
  /** A plausible range around the prediction, metres; null without enough history. */
  lowM: z.number().nullable(),
  highM: z.number().nullable(),
  /** How many stored runs the personal model used. */
  runsUsed: z.number().int().min(0),
  /** The core prediction as computed; null without enough history. */
  detail: z.custom<OnsetPrediction | null>(),
});
export type PredictionResponse = z.infer<typeof PredictionResponseSchema>;
