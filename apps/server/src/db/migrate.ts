import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { StoreDialect } from './dialect';
import * as initial from './migrations/0001-initial';

/** Migrations in order. Never edit one that has shipped: add the next file. */
function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-initial': { up: (db) => initial.up(db, dialect) },
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: StoreDialect) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrationsFor(this.dialect));
  }
}

/** Two processes opening a new SQLite file at once (serve + import) race; the loser retries. */
function isSqliteRace(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /database is locked|SQLITE_BUSY|already exists/i.test(message);
}

/** Brings the schema up to date; safe to run on every start and from concurrent processes. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect) });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (error === undefined) return;
    if (dialect !== 'sqlite' || attempt >= 20 || !isSqliteRace(error)) {
      throw error instanceof Error ? error : new Error('migration failed');
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}
