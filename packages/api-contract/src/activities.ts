import type { RunAnalysis } from '@upright/core';
import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, queryInt } from './common';

/** Upload limits the server enforces (the web shows them before upload). */
export const UPLOAD_LIMITS = Object.freeze({
  /** Per uploaded file (a zip counts as one file). */
  fileBytes: 200 * 1024 * 1024,
  filesPerRequest: 500,
});

export const ActivityFormatSchema = z.enum(['fit', 'tcx', 'gpx']);

/** Per-file failure codes: the formats package's ImportErrorCode, plus what storage adds. */
export const ImportFailureCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

/**
 * One file's outcome. `name` is the uploaded name; zip members are "export.zip!path/in/zip.fit".
 * A duplicate (same original bytes, sha256) points at the activity already stored.
 */
export const UploadOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    name: z.string(),
    status: z.literal('imported'),
    activityId: IdSchema,
    warnings: z.array(z.string()),
  }),
  z.object({ name: z.string(), status: z.literal('duplicate'), activityId: IdSchema }),
  z.object({
    name: z.string(),
    status: z.literal('failed'),
    code: ImportFailureCodeSchema,
    message: z.string(),
  }),
]);
export type UploadOutcome = z.infer<typeof UploadOutcomeSchema>;

/** POST /api/activities (multipart/form-data, one or many parts named "files"). */
export const UploadResponseSchema = z.object({
  outcomes: z.array(UploadOutcomeSchema),
  summary: z.object({
    imported: z.number().int().min(0),
    duplicate: z.number().int().min(0),
    failed: z.number().int().min(0),
  }),
});
export type UploadResponse = z.infer<typeof UploadResponseSchema>;

/** The form verdict at a glance, taken from the run's analysis (null when not analysable). */
export const FormSummarySchema = z.object({
  /** The analysis's verdict code, e.g. "held", "broke-down", "not-enough-data". */
  verdict: z.string().nullable(),
  /** One plain-language line for lists. */
  headline: z.string().nullable(),
  /** Where form broke down, metres from the start; null if it held or could not be told. */
  onsetDistanceM: z.number().nullable(),
  /** Aerobic decoupling (pace:HR drift second half vs first), percent. */
  decouplingPct: z.number().nullable(),
  /** Share of the run with form inside the fresh band, percent. */
  durabilityPct: z.number().nullable(),
});
export type FormSummary = z.infer<typeof FormSummarySchema>;

export const ActivitySummarySchema = z.object({
  id: IdSchema,
  startTime: IsoDateTimeSchema,
  sport: z.string(),
  format: ActivityFormatSchema,
  /** The original file's name (for a zip member, its path inside the zip). */
  sourceName: z.string(),
  sha256: z.string(),
  distanceM: z.number().nullable(),
  elapsedS: z.number(),
  movingS: z.number(),
  ascentM: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
  avgCadence: z.number().nullable(),
  /** Channel names present in the samples. */
  channels: z.array(z.string()),
  form: FormSummarySchema,
  importedAt: IsoDateTimeSchema,
  isDemo: z.boolean(),
});
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>;

/** GET /api/activities?from=&to=&limit=&offset= — newest first; from/to are inclusive UTC days. */
export const ActivityListQuerySchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    limit: queryInt(1, 500).default(50),
    offset: queryInt(0, 1_000_000).default(0),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

export const ActivityListResponseSchema = z.object({
  items: z.array(ActivitySummarySchema),
  total: z.number().int().min(0),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ActivityListResponse = z.infer<typeof ActivityListResponseSchema>;

export const ChannelSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('native'), field: z.string() }),
  z.object({
    kind: z.literal('developer'),
    field: z.string(),
    app: z.string().nullable(),
    appId: z.string().nullable(),
  }),
  z.object({ kind: z.literal('derived'), from: z.string() }),
]);

/** A channel as JSON: NaN ("no value at this sample") becomes null. */
export const ChannelJsonSchema = z.object({
  unit: z.string(),
  source: ChannelSourceSchema,
  values: z.array(z.number().nullable()),
});
export type ChannelJson = z.infer<typeof ChannelJsonSchema>;

/** Columnar samples: every channel's values align with `time` (elapsed seconds since start). */
export const SamplesJsonSchema = z.object({
  time: z.array(z.number()),
  channels: z.record(z.string(), ChannelJsonSchema),
  gaps: z.array(z.object({ startS: z.number(), endS: z.number() })),
});
export type SamplesJson = z.infer<typeof SamplesJsonSchema>;

export const TotalsJsonSchema = z.object({
  elapsedS: z.number(),
  movingS: z.number(),
  distanceM: z.number().nullable(),
  ascentM: z.number().nullable(),
  descentM: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
  maxHeartRate: z.number().nullable(),
  avgCadence: z.number().nullable(),
  avgPower: z.number().nullable(),
  calories: z.number().nullable(),
  origin: z.enum(['file', 'computed']),
});

export const LapJsonSchema = z.object({
  startS: z.number(),
  endS: z.number(),
  totals: TotalsJsonSchema,
  trigger: z.string().nullable(),
});

/**
 * GET /api/activities/:id — the run with its samples and its analysis: the core RunAnalysis as JSON,
 * or null when the run could not be analysed.
 */
export const ActivityDetailSchema = z.object({
  activity: ActivitySummarySchema.extend({
    sportRaw: z.string().nullable(),
    device: z.object({ manufacturer: z.string().nullable(), product: z.string().nullable() }),
    totals: TotalsJsonSchema,
    laps: z.array(LapJsonSchema),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  }),
  samples: SamplesJsonSchema,
  analysis: z.custom<RunAnalysis | null>(),
});
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;

/** GET /api/activities/:id?maxPoints=N thins samples for charts (every k-th sample, gaps kept). */
export const ActivityDetailQuerySchema = z
  .object({ maxPoints: queryInt(100, 1_000_000).optional() })
  .strict();
