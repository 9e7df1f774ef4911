import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { StoreDialect } from './dialect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** The opened, migrated store. */
export interface Store {
  readonly db: Db;
  readonly dialect: StoreDialect;
  /** Where the data lives, for messages: the SQLite file, or "postgres". */
  readonly location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  readonly dataDir: string;
  readonly databaseUrl: string | null;
}

export const SQLITE_FILE_NAME = 'upright.db';

function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens SQLite in dataDir, or PostgreSQL when databaseUrl is set, and runs migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const dialect: StoreDialect = options.databaseUrl === null ? 'sqlite' : 'postgres';
  const db = options.databaseUrl === null ? openSqlite(options.dataDir) : openPostgres(options.databaseUrl);
  try {
    await migrateToLatest(db as Kysely<unknown>, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const location = dialect === 'sqlite' ? join(options.dataDir, SQLITE_FILE_NAME) : 'postgres';
  return { db, dialect, location, close: () => db.destroy() };
}
