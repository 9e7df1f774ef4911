import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rngFromSeed, simulateRun } from '@upright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityToFit } from '../src/demo/activity-fit';
import { openStore, SQLITE_FILE_NAME, type Store } from '../src/db/store';
import { pgUrlOrSkip } from './pg-url';
import { createPgDatabase, type Backend } from './test-store';

const FILES = 40;
const KILL_AFTER = 8;
const BIN = resolve(import.meta.dirname, '../../cli/bin/upright.js');
const pgUrl = pgUrlOrSkip();

/** A folder of distinct generated runs as FIT files; returns the folder and sha256 -> bytes. */
function writeHistory(dir: string): Map<string, Buffer> {
  const byHash = new Map<string, Buffer>();
  for (let i = 0; i < FILES; i++) {
    const sim = simulateRun(
      {
        kind: 'steady',
        channels: 'dynamics',
        distanceM: 2500,
        startTimeMs: Date.UTC(2025, 0, 1) + i * 86_400_000,
      },
      rngFromSeed(500 + i),
    );
    const bytes = Buffer.from(activityToFit(sim.activity));
    writeFileSync(join(dir, `run-${String(i).padStart(3, '0')}.fit`), bytes);
    byHash.set(createHash('sha256').update(bytes).digest('hex'), bytes);
  }
  return byHash;
}

function runImport(dir: string, dataDir: string, databaseUrl: string | null): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, UPRIGHT_LOG_LEVEL: 'silent' };
  if (databaseUrl === null) delete env.DATABASE_URL;
  else env.DATABASE_URL = databaseUrl;
  return spawn(process.execPath, [BIN, 'import', dir, '--data', dataDir, '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, stdout })));
}

async function countActivities(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('activity')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each<Backend>(['sqlite', 'postgres'])('bulk import killed midway on %s', (backend) => {
  const skip = backend === 'postgres' && pgUrl === null;
  let root = '';
  let databaseUrl: string | null = null;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'upright-crash-'));
    if (!skip && backend === 'postgres' && pgUrl !== null)
      ({ url: databaseUrl, drop } = await createPgDatabase(pgUrl));
  });
  afterAll(async () => {
    await drop?.();
    rmSync(root, { recursive: true, force: true });
  });

  it.skipIf(skip)(
    'loses nothing, duplicates nothing and leaves no partial run after kill -9',
    { timeout: 180_000 },
    async () => {
      const files = join(root, 'files');
      const dataDir = join(root, 'data');
      mkdirSync(files);
      const expected = writeHistory(files);

      const first = runImport(files, dataDir, databaseUrl);
      const firstExit = exited(first);
      let store: Store | null = null;
      let before = 0;
      for (let tries = 0; tries < 2400 && before < KILL_AFTER; tries++) {
        await new Promise((r) => setTimeout(r, 25));
        if (store === null && (databaseUrl !== null || existsSync(join(dataDir, SQLITE_FILE_NAME)))) {
          store = await openStore({ dataDir, databaseUrl }).catch(() => null);
        }
        if (store !== null) before = await countActivities(store).catch(() => 0);
      }
      first.kill('SIGKILL');
      const killed = await firstExit;
      expect(killed.signal).toBe('SIGKILL');
      expect(before).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(before).toBeLessThan(FILES);
      await store?.close();

      const second = await exited(runImport(files, dataDir, databaseUrl));
      expect(second.code).toBe(0);
      const report = JSON.parse(second.stdout) as {
        summary: { imported: number; duplicate: number; failed: number };
      };
      expect(report.summary.failed).toBe(0);
      expect(report.summary.imported + report.summary.duplicate).toBe(FILES);
      expect(report.summary.duplicate).toBeGreaterThanOrEqual(KILL_AFTER);

      const check = await openStore({ dataDir, databaseUrl });
      try {
        const activities = await check.db.selectFrom('activity').select(['id', 'sha256']).execute();
        expect(activities).toHaveLength(FILES);
        expect(new Set(activities.map((a) => a.sha256))).toEqual(new Set(expected.keys()));
        const originals = await check.db.selectFrom('original_file').select(['sha256', 'bytes']).execute();
        expect(originals).toHaveLength(FILES);
        for (const o of originals)
          expect(Buffer.compare(Buffer.from(o.bytes), expected.get(o.sha256) ?? Buffer.alloc(0))).toBe(0);
        const samples = await check.db.selectFrom('activity_samples').select('activity_id').execute();
        const analyses = await check.db.selectFrom('activity_analysis').select('activity_id').execute();
        expect(new Set(samples.map((s) => s.activity_id))).toEqual(new Set(activities.map((a) => a.id)));
        expect(new Set(analyses.map((s) => s.activity_id))).toEqual(new Set(activities.map((a) => a.id)));
      } finally {
        await check.close();
      }
    },
  );
});
