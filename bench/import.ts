// Bulk import of a synthetic history, end to end: generated runs written as FIT files to a folder, then
// `importMany` over `readImportSources` (the path `upright import DIR` takes) into a fresh SQLite store:
// decode, analyse, compact samples, keep originals; from 50 files on, on worker threads with 25 files per
// transaction (BENCH_SEQUENTIAL=1: one by one, a transaction per file). BENCH_RUNS overrides 1000.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rngFromSeed, simulateRun, simulateRunner } from '@upright/core';
import { readImportSources } from '@upright/formats/node';
import {
  activityToFit,
  defaultDeps,
  importMany,
  loadConfig,
  openStore,
  SQLITE_FILE_NAME,
} from '@upright/server';

const DAY_MS = 86_400_000;

function writeHistory(dir: string, runs: number): number {
  const runner = simulateRunner(rngFromSeed(7));
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const rng = rngFromSeed(10_000 + i);
    const long = i % 4 === 3;
    const distanceM = long ? 14_000 + (i % 5) * 1_000 : 6_000 + (i % 4) * 1_000;
    const sim = simulateRun(
      {
        kind: long ? 'long' : 'steady',
        channels: 'dynamics',
        distanceM,
        onsetDistanceM: long ? distanceM * 0.7 : null,
        runner,
        startTimeMs: Date.UTC(2020, 0, 1, 7) + i * 2 * DAY_MS,
      },
      rng,
    );
    const fit = activityToFit(sim.activity);
    bytes += fit.byteLength;
    writeFileSync(join(dir, `run-${String(i).padStart(5, '0')}.fit`), fit);
  }
  return bytes;
}

export async function run(): Promise<Record<string, number | string>> {
  const runs = Number(process.env.BENCH_RUNS ?? 1000);
  const root = mkdtempSync(join(tmpdir(), 'upright-bench-import-'));
  try {
    const files = join(root, 'files');
    const dataDir = join(root, 'data');
    mkdirSync(files);
    const genStart = performance.now();
    const fileBytes = writeHistory(files, runs);
    const genS = (performance.now() - genStart) / 1000;
    const loaded = loadConfig({}, { dataDir, logLevel: 'silent' });
    if (!loaded.ok) throw new Error(loaded.message);
    const store = await openStore(loaded.config);
    // BENCH_SEQUENTIAL=1 measures the one-file-at-a-time path (no worker threads, a commit per file).
    const { decodeMany, ...sequential } = defaultDeps(store, loaded.config);
    const parallel = process.env.BENCH_SEQUENTIAL !== '1' && decodeMany !== undefined;
    const deps = { ...sequential, ...(parallel ? { decodeMany } : {}), db: store.db };
    const start = performance.now();
    const outcomes = await importMany(deps, readImportSources([files]));
    const seconds = (performance.now() - start) / 1000;
    await store.close();
    const imported = outcomes.filter((o) => o.status === 'imported').length;
    if (imported !== runs) throw new Error(`imported ${imported} of ${runs}`);
    const dbBytes = statSync(join(dataDir, SQLITE_FILE_NAME)).size;
    return {
      runs,
      path: parallel ? 'worker threads + grouped commits' : 'sequential',
      generateSeconds: Number(genS.toFixed(1)),
      importSeconds: Number(seconds.toFixed(1)),
      runsPerSecond: Number((runs / seconds).toFixed(1)),
      fitMegabytes: Number((fileBytes / 1e6).toFixed(1)),
      sqliteMegabytes: Number((dbBytes / 1e6).toFixed(1)),
      note: 'SQLite store holds originals + Float32/Float64 deflated samples + analyses',
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
