import { z } from 'zod';

/** Stored ids are opaque strings (UUIDs); never parse them. */
export const IdSchema = z.string().min(1).max(64);

export const IdParamsSchema = z.object({ id: IdSchema });

/** A calendar day, "2026-03-14". */
export const IsoDateSchema = z.iso.date();

/** An instant, "2026-03-14T07:30:00.000Z". */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** An ISO week, "2026-W11". */
export const IsoWeekSchema = z.string().regex(/^\d{4}-W\d{2}$/);

/** Query numbers arrive as strings: coerce, then validate. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
