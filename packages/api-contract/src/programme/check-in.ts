import { z } from 'zod';
import { RED_FLAG_IDS } from '@upright/core';
import type { CheckIn, PainEntry, PsfsEntry, RedFlagId } from '@upright/core';
import { IsoCalendarDateSchema } from './plan-input';

const nrs = (what: string) =>
  z
    .number({ error: `must be a number 0-10 (${what})` })
    .int({ error: `must be a whole number 0-10 (${what})` })
    .min(0, { error: `must be 0-10 (${what})` })
    .max(10, { error: `must be 0-10 (${what})` });

const flagShape = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, z.boolean().optional()])) as Record<
  RedFlagId,
  z.ZodOptional<z.ZodBoolean>
>;

/** A check-in after a plan session or a run (core `CheckIn`). */
export const ProgrammeCheckInSchema = z.strictObject({
  date: IsoCalendarDateSchema,
  kind: z.enum(['session', 'run'], { error: 'must be "session" or "run"' }),
  sessionId: z.string().max(100).nullable(),
  status: z.enum(['done', 'partial', 'skipped'], { error: 'must be "done", "partial" or "skipped"' }),
  painDuringNrs: nrs('back pain during'),
  painAfterNrs: nrs('back pain after'),
  nextMorning: z
    .enum(['better', 'same', 'worse'], { error: 'must be "better", "same", "worse" or null' })
    .nullable(),
  effortRpe: nrs('effort').nullable(),
  redFlags: z.strictObject(flagShape).optional(),
});

export const PainEntrySchema = z.strictObject({
  date: IsoCalendarDateSchema,
  nrs: nrs('average back pain last week'),
});

export const PsfsEntrySchema = z.strictObject({
  date: IsoCalendarDateSchema,
  scores: z.record(z.string().min(1).max(64), nrs('PSFS score: 0 unable, 10 as before')),
});

type Parsed = z.output<typeof ProgrammeCheckInSchema>;
const _checkInMatchesCore: (c: Parsed) => CheckIn = (c) => c;
const _painMatchesCore: (p: z.output<typeof PainEntrySchema>) => PainEntry = (p) => p;
const _psfsMatchesCore: (p: z.output<typeof PsfsEntrySchema>) => PsfsEntry = (p) => p;
void _checkInMatchesCore;
void _painMatchesCore;
void _psfsMatchesCore;
