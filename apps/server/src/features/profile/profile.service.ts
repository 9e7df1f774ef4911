import type { ProfileResponse, ProfileUpdate, Settings, SettingsPatch } from '@upright/api-contract';
import type { Db } from '../../db/store';
import { getProfile, getSettings, saveProfile, saveSettings } from './profile.repository';

export async function readProfile(db: Db): Promise<ProfileResponse> {
  const [profile, settings] = await Promise.all([getProfile(db), getSettings(db)]);
  return { profile, settings, demo: profile?.isDemo ?? false };
}

/** Creates the profile on first save; later saves change only the fields given. */
export async function updateProfile(db: Db, update: ProfileUpdate, now: Date): Promise<ProfileResponse> {
  const current = await getProfile(db);
  await saveProfile(db, {
    name: update.name,
    birthYear: update.birthYear !== undefined ? update.birthYear : (current?.birthYear ?? null),
    maxHeartRate: update.maxHeartRate !== undefined ? update.maxHeartRate : (current?.maxHeartRate ?? null),
    isDemo: current?.isDemo ?? false,
    createdAt: current?.createdAt ?? now.toISOString(),
  });
  return readProfile(db);
}

export async function updateSettings(db: Db, patch: SettingsPatch): Promise<Settings> {
  const current = await getSettings(db);
  const next: Settings = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  await saveSettings(db, next);
  return next;
}
