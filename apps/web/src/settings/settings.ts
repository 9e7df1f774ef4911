// Runner preferences: the API's settings (GET /api/profile, PUT /api/settings), cached on this device
// so the app applies them instantly and offline. A stored value that fails the schema field by field
// falls back to the defaults instead of breaking the app.
import { DEFAULT_SETTINGS, SettingsSchema } from '@upright/api-contract';
import type { Settings } from '@upright/api-contract';

export type { Settings };
export { DEFAULT_SETTINGS };

export const SETTINGS_KEY = 'upright.settings.v1';

const METRES_PER_UNIT = { km: 1000, mi: 1609.344 } as const;

/** Parses cached JSON; each missing or invalid field takes its default. */
export function parseSettings(raw: string | null): Settings {
  if (raw === null) return DEFAULT_SETTINGS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof json !== 'object' || json === null) return DEFAULT_SETTINGS;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse((json as Record<string, unknown>)[key]);
    if (field.success) result[key] = field.data;
  }
  return SettingsSchema.parse(result);
}

/** The cue interval in the runner's display units (2000 m -> 2 km; 3218.688 m -> 2 mi). */
export function cueIntervalInUnits(settings: Settings): number {
  return Math.round((settings.cueIntervalM / METRES_PER_UNIT[settings.units]) * 10) / 10;
}

/** Metres for an interval given in display units. */
export function cueIntervalToM(value: number, units: Settings['units']): number {
  return value * METRES_PER_UNIT[units];
}
