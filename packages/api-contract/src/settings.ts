import { z } from 'zod';
import { IsoDateTimeSchema } from './common';

export const UnitsSchema = z.enum(['km', 'mi']);
export type Units = z.infer<typeof UnitsSchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** The runner's app settings. Distances are stored in metres whatever the display units. */
export const SettingsSchema = z.object({
  units: UnitsSchema,
  /** Posture reset cue every this many metres during run mode (2 km = 2000, 2 mi = 3218.688). */
  cueIntervalM: z.number().min(200).max(20_000),
  voiceEnabled: z.boolean(),
  /** A Web Speech voice name, or null for the browser default. */
  voiceName: z.string().max(200).nullable(),
  theme: ThemeSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  units: 'km',
  cueIntervalM: 2000,
  voiceEnabled: true,
  voiceName: null,
  theme: 'system',
});

/** PUT /api/settings: any subset of the settings. */
export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const ProfileSchema = z.object({
  name: z.string().min(1).max(100),
  /** For heart-rate zones; optional. */
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  maxHeartRate: z.number().int().min(100).max(250).nullable(),
  /** True for the seeded demo runner: the web shows a "demo data" banner. */
  isDemo: z.boolean(),
  createdAt: IsoDateTimeSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

/** PUT /api/profile. */
export const ProfileUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    maxHeartRate: z.number().int().min(100).max(250).nullable().optional(),
  })
  .strict();
export type ProfileUpdate = z.infer<typeof ProfileUpdateSchema>;

/** GET /api/profile: profile is null until the runner has created one (onboarding). */
export const ProfileResponseSchema = z.object({
  profile: ProfileSchema.nullable(),
  settings: SettingsSchema,
  /** True when the store holds the seeded demo runner. */
  demo: z.boolean(),
});
export type ProfileResponse = z.infer<typeof ProfileResponseSchema>;

/** GET /api/status. */
export const StatusResponseSchema = z.object({
  version: z.string(),
  storage: z.enum(['sqlite', 'postgres']),
  demo: z.boolean(),
  activities: z.number().int().min(0),
});
export type StatusResponse = z.infer<typeof StatusResponseSchema>;
