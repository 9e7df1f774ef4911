import type { Profile, Settings } from '@upright/api-contract';
import { DEFAULT_SETTINGS, SettingsSchema } from '@upright/api-contract';
import type { Db } from '../../db/store';

const SINGLETON = 1;

export async function getProfile(db: Db): Promise<Profile | null> {
  const row = await db.selectFrom('profile').selectAll().where('id', '=', SINGLETON).executeTakeFirst();
  if (row === undefined) return null;
  return {
    name: row.name,
    birthYear: row.birth_year,
    maxHeartRate: row.max_heart_rate,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
  };
}

export async function saveProfile(db: Db, profile: Profile): Promise<void> {
  const values = {
    id: SINGLETON,
    name: profile.name,
    birth_year: profile.birthYear,
    max_heart_rate: profile.maxHeartRate,
    is_demo: profile.isDemo ? 1 : 0,
    created_at: profile.createdAt,
  };
  await db
    .insertInto('profile')
    .values(values)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: values.name,
        birth_year: values.birth_year,
        max_heart_rate: values.max_heart_rate,
        is_demo: values.is_demo,
      }),
    )
    .execute();
}

/** The stored settings, or the defaults; a stored document that no longer parses falls back too. */
export async function getSettings(db: Db): Promise<Settings> {
  const row = await db
    .selectFrom('settings')
    .select('settings_json')
    .where('id', '=', SINGLETON)
    .executeTakeFirst();
  if (row === undefined) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(JSON.parse(row.settings_json) as object),
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: Db, settings: Settings): Promise<void> {
  const json = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ id: SINGLETON, settings_json: json })
    .onConflict((oc) => oc.column('id').doUpdateSet({ settings_json: json }))
    .execute();
}

export async function getMeta(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
