import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect';

/** The first schema: profile, settings, screening, plans, check-ins, files, activities. */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  await createRunnerTables(db);
  await createProgrammeTables(db);
  await createActivityTables(db, blob);
  await createDerivedTables(db, blob);
  await createCheckInTable(db);
}

/** The runner: profile, settings, small markers. */
async function createRunnerTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profile')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer')
    .addColumn('max_heart_rate', 'integer')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** Screenings and plan versions. */
async function createProgrammeTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('screening')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('stopped', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('screening_id', 'text', (c) => c.notNull().references('screening.id').onDelete('cascade'))
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('programme_json', 'text', (c) => c.notNull())
    .execute();
}

/** Check-ins refer to plan sessions and, optionally, to a stored run. */
async function createCheckInTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('check_in')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('activity_id', 'text', (c) => c.references('activity.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pain_during', 'integer', (c) => c.notNull())
    .addColumn('pain_after', 'integer', (c) => c.notNull())
    .addColumn('next_morning', 'text')
    .addColumn('effort', 'integer')
    .addColumn('red_flags_json', 'text', (c) => c.notNull())
    .addColumn('psfs_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('plan_version', 'integer')
    .execute();
  await db.schema.createIndex('check_in_date').on('check_in').column('date').execute();
}

/** Original files and the activity rows. */
async function createActivityTables(db: Kysely<unknown>, blob: 'bytea' | 'blob'): Promise<void> {
  await db.schema
    .createTable('original_file')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('bytes', blob, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) =>
      c.notNull().unique().references('original_file.sha256').onDelete('cascade'),
    )
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('start_time_ms', 'double precision', (c) => c.notNull())
    .addColumn('sport', 'text', (c) => c.notNull())
    .addColumn('sport_raw', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('device_json', 'text', (c) => c.notNull())
    .addColumn('totals_json', 'text', (c) => c.notNull())
    .addColumn('laps_json', 'text', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('distance_m', 'double precision')
    .addColumn('elapsed_s', 'double precision', (c) => c.notNull())
    .addColumn('moving_s', 'double precision', (c) => c.notNull())
    .addColumn('ascent_m', 'double precision')
    .addColumn('avg_heart_rate', 'double precision')
    .addColumn('avg_cadence', 'double precision')
    .addColumn('channels_json', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('headline', 'text')
    .addColumn('onset_distance_m', 'double precision')
    .addColumn('decoupling_pct', 'double precision')
    .addColumn('durability_pct', 'double precision')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('activity_start').on('activity').column('start_time_ms').execute();
}

/** Samples, analyses and the personal model, all derived from an activity. */
async function createDerivedTables(db: Kysely<unknown>, blob: 'bytea' | 'blob'): Promise<void> {
  await db.schema
    .createTable('activity_samples')
    .addColumn('activity_id', 'text', (c) => c.primaryKey().references('activity.id').onDelete('cascade'))
    .addColumn('sample_count', 'integer', (c) => c.notNull())
    .addColumn('layout_json', 'text', (c) => c.notNull())
    .addColumn('data', blob, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('activity_analysis')
    .addColumn('activity_id', 'text', (c) => c.primaryKey().references('activity.id').onDelete('cascade'))
    .addColumn('analysis_json', 'text', (c) => c.notNull())
    .addColumn('brief_json', 'text', (c) => c.notNull())
    .addColumn('analysed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('personal_model')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('model_json', 'text', (c) => c.notNull())
    .addColumn('runs_used', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
