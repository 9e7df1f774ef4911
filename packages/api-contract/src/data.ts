import { z } from 'zod';

/**
 * GET /api/export — application/zip with `upright-export.json` (profile, settings, screenings,
 * plans, check-ins, activity metadata and analyses) and `originals/<sha256>-<name>` (the files as
 * uploaded).
 */
export const EXPORT_FILE_NAME = 'upright-export.zip';

/** DELETE /api/data — deletes everything; the body must confirm. */
export const DELETE_ALL_CONFIRMATION = 'DELETE ALL MY DATA';
export const DeleteAllSchema = z.object({ confirm: z.literal(DELETE_ALL_CONFIRMATION) }).strict();
export type DeleteAll = z.infer<typeof DeleteAllSchema>;

export const DeleteAllResponseSchema = z.object({
  deleted: z.object({
    activities: z.number().int().min(0),
    screenings: z.number().int().min(0),
    plans: z.number().int().min(0),
    checkIns: z.number().int().min(0),
  }),
});
export type DeleteAllResponse = z.infer<typeof DeleteAllResponseSchema>;
