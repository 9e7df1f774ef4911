import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../src/db/store';

export type Backend = 'sqlite' | 'postgres';

export interface TestStore {
  readonly store: Store;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh database in PostgreSQL (created under the admin URL), returning its URL and a dropper. */
export async function createPgDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  counter += 1;
  const name = `upright_t_${process.pid}_${counter}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** An empty, migrated store on the given backend, in its own temp dir or database. */
export async function createTestStore(backend: Backend, pgAdminUrl: string | null): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-test-'));
  if (backend === 'sqlite') {
    const store = await openStore({ dataDir, databaseUrl: null });
    return {
      store,
      dataDir,
      databaseUrl: null,
      dispose: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (pgAdminUrl === null) throw new Error('no PostgreSQL server for this test');
  const db = await createPgDatabase(pgAdminUrl);
  const store = await openStore({ dataDir, databaseUrl: db.url });
  return {
    store,
    dataDir,
    databaseUrl: db.url,
    dispose: async () => {
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
