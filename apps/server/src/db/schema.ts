/**
 * Table shapes as Kysely sees them. Booleans are integers (0/1) and JSON documents are text, so the
 * same queries run on SQLite and PostgreSQL. Times are ISO strings, except start_time_ms (epoch ms,
 * double precision so PostgreSQL returns a number).
 */
export interface ProfileTable {
  id: number;
  name: string;
  birth_year: number | null;
  max_heart_rate: number | null;
  is_demo: number;
  created_at: string;
}

export interface SettingsTable {
  id: number;
  settings_json: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface ScreeningTable {
  id: string;
  taken_at: string;
  answers_json: string;
  result_json: string;
  stopped: number;
}

export interface PlanTable {
  id: string;
  version: number;
  created_at: string;
  start_date: string;
  reason: string;
  screening_id: string;
  input_json: string;
  programme_json: string;
}

export interface CheckInTable {
  id: string;
  created_at: string;
  kind: string;
  date: string;
  session_id: string | null;
  activity_id: string | null;
  status: string;
  pain_during: number;
  pain_after: number;
  next_morning: string | null;
  effort: number | null;
  red_flags_json: string;
  psfs_json: string;
  note: string;
  plan_version: number | null;
}

/** The original bytes of every imported file, keyed by their sha256 (hex). */
export interface OriginalFileTable {
  sha256: string;
  name: string;
  size_bytes: number;
  bytes: Uint8Array;
  created_at: string;
}

export interface ActivityTable {
  id: string;
  sha256: string;
  source_name: string;
  origin: string;
  start_time_ms: number;
  sport: string;
  sport_raw: string | null;
  format: string;
  device_json: string;
  totals_json: string;
  laps_json: string;
  warnings_json: string;
  distance_m: number | null;
  elapsed_s: number;
  moving_s: number;
  ascent_m: number | null;
  avg_heart_rate: number | null;
  avg_cadence: number | null;
  channels_json: string;
  verdict: string | null;
  headline: string | null;
  onset_distance_m: number | null;
  decoupling_pct: number | null;
  durability_pct: number | null;
  imported_at: string;
  is_demo: number;
}

/** Samples: a JSON layout plus one deflated blob of typed arrays (see docs/storage.md). */
export interface SamplesTable {
  activity_id: string;
  sample_count: number;
  layout_json: string;
  data: Uint8Array;
}

export interface AnalysisTable {
  activity_id: string;
  analysis_json: string;
  /** The small part of the analysis that models and predictions read (verdict and fresh summary). */
  brief_json: string;
  analysed_at: string;
}

export interface PersonalModelTable {
  id: number;
  model_json: string;
  runs_used: number;
  updated_at: string;
}

export interface Database {
  profile: ProfileTable;
  settings: SettingsTable;
  meta: MetaTable;
  screening: ScreeningTable;
  plan: PlanTable;
  check_in: CheckInTable;
  original_file: OriginalFileTable;
  activity: ActivityTable;
  activity_samples: SamplesTable;
  activity_analysis: AnalysisTable;
  personal_model: PersonalModelTable;
}
