import { z } from 'zod';
import { EASE_FACTORS, EQUIPMENT, RED_FLAG_IDS, SEXES, WEEKDAYS, isIsoDate } from '@upright/core';
import type { PlanInput, RedFlagId } from '@upright/core';

/** Zod error option: "is required" when the field is missing, else `text`. */
export const required =
  (text: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? 'is required' : text;

const num = (what: string, min: number, max: number) =>
  z
    .number({ error: required(`must be a number (${what})`) })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });

const int = (what: string, min: number, max: number) =>
  num(what, min, max).int({ error: `must be a whole number (${what})` });

const bool = (what: string) => z.boolean({ error: required(`must be true or false (${what})`) });

const leftRight = (what: string, min: number, max: number) =>
  z.strictObject(
    { left: num(what, min, max), right: num(what, min, max) },
    { error: required(`must be an object { "left": number, "right": number } (${what})`) },
  );

const weekday = z.enum(WEEKDAYS, { error: required(`must be one of ${WEEKDAYS.join(', ')}`) });

export const IsoCalendarDateSchema = z
  .string({ error: required('must be a date written YYYY-MM-DD') })
  .refine(isIsoDate, { error: 'must be a real calendar date written YYYY-MM-DD' });

const redFlagShape = Object.fromEntries(
  RED_FLAG_IDS.map((id) => [id, bool('answer every red-flag question')]),
) as Record<RedFlagId, z.ZodBoolean>;

export const RedFlagAnswersSchema = z.strictObject(redFlagShape, {
  error: required(`must be an object with one true/false per red flag: ${RED_FLAG_IDS.join(', ')}`),
});

export const PainAnswersSchema = z.strictObject(
  {
    nowNrs: int('pain now, 0-10', 0, 10),
    durationWeeks: num('weeks this episode has lasted; 0 if no current pain', 0, 520),
    radiatesBelowKnee: bool('does the pain travel below the knee'),
    startsAtKm: num('km into a run where pain starts', 0, 300)
      .nullable()
      .describe('Distance into a run at which back pain or fatigue usually starts, km; null if it does not.'),
    morningStiffnessMinutes: num('minutes of morning stiffness', 0, 1440).optional(),
    easedBy: z.array(z.enum(EASE_FACTORS, { error: `must be one of ${EASE_FACTORS.join(', ')}` })).optional(),
    firstOnsetAge: int('age at the first ever episode', 1, 110).optional(),
  },
  { error: required('must be an object with nowNrs, durationWeeks, radiatesBelowKnee, startsAtKm') },
);

export const SelfTestResultsSchema = z.strictObject(
  {
    thoracicRotationDeg: leftRight('degrees of seated rotation', 0, 120).optional(),
    modifiedThomasThighDeg: leftRight(
      'thigh angle to horizontal, degrees, positive above',
      -60,
      90,
    ).optional(),
    activeSlrDeg: leftRight('degrees of straight-leg raise', 0, 150).optional(),
    singleLegBridgeS: leftRight('seconds held', 0, 600).optional(),
    bieringSorensenS: num('seconds held', 0, 900).optional(),
    trunkFlexorS: num('seconds held', 0, 900).optional(),
    sideBridgeS: leftRight('seconds held', 0, 900).optional(),
    plankS: num('seconds held', 0, 1800).optional(),
    deadBugControlledReps: int('controlled reps per side, 0-10', 0, 10).optional(),
  },
  { error: required('must be an object of self-test results (use {} if none were done)') },
);

export const RunningWeekSchema = z
  .strictObject(
    {
      runDays: z
        .array(weekday, { error: required('must be a list of days like ["tue", "thu", "sun"]') })
        .min(1, { error: 'must list at least one run day' })
        .refine((d) => new Set(d).size === d.length, { error: 'must not repeat a day' }),
      longRunDay: weekday,
      weeklyKm: num('usual weekly distance in km', 1, 400),
      longRunKm: num('usual long run in km', 1, 200),
      race: z
        .strictObject({ date: IsoCalendarDateSchema, distanceKm: num('race distance in km', 1, 400) })
        .optional(),
    },
    { error: required('must be an object with runDays, longRunDay, weeklyKm, longRunKm') },
  )
  .superRefine((r, ctx) => {
    if (!r.runDays.includes(r.longRunDay)) {
      ctx.addIssue({
        code: 'custom',
        path: ['longRunDay'],
        message: `must be one of the runDays (${r.runDays.join(', ')})`,
      });
    }
    if (r.longRunKm > r.weeklyKm) {
      ctx.addIssue({
        code: 'custom',
        path: ['longRunKm'],
        message: `must not exceed weeklyKm (${r.weeklyKm})`,
      });
    }
  });

/** The plan input document: screening answers plus the running week. Unknown fields are rejected. */
export const PlanInputSchema = z.strictObject(
  {
    age: int('age in years', 16, 110),
    sex: z.enum(SEXES, { error: required(`must be one of ${SEXES.join(', ')}`) }),
    redFlags: RedFlagAnswersSchema,
    pain: PainAnswersSchema,
    selfTests: SelfTestResultsSchema,
    running: RunningWeekSchema,
    equipment: z
      .array(z.enum(EQUIPMENT, { error: `must be one of ${EQUIPMENT.join(', ')}` }), {
        error: required(`must be a list drawn from ${EQUIPMENT.join(', ')} (use [] for none)`),
      })
      .describe('Equipment owned; floor, wall, chair, sofa and towel are assumed.')
      .refine((e) => new Set(e).size === e.length, { error: 'must not repeat an item' }),
    minutesPerDay: int('minutes a day for back care; the pre-run routine alone takes 3', 5, 120).describe(
      'Minutes a day available for back care, not counting the run. Every day of the plan fits within it.',
    ),
    units: z
      .enum(['km', 'mi'], { error: required('must be "km" or "mi"') })
      .describe(
        'Display units and cue spacing: every 2 km, or every mile. All distances in this document are km.',
      ),
  },
  { error: required('must be a JSON object') },
);

/** The screening part alone (POST /api/screening). */
export const ScreeningAnswersSchema = PlanInputSchema.pick({
  age: true,
  sex: true,
  redFlags: true,
  pain: true,
  selfTests: true,
});

// Compile-time guarantee that the schema's output is the core's PlanInput.
type Parsed = z.output<typeof PlanInputSchema>;
const _schemaMatchesCore: (p: Parsed) => PlanInput = (p) => p;
void _schemaMatchesCore;
