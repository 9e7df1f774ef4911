import { importActivityBytes } from '@upright/formats';
import type { Config } from '../src/config';
import type { Store } from '../src/db/store';
import type { AppDeps } from '../src/deps';
import { coreAnalysis } from '../src/features/activities/core-analysis';
import { readUploadsWith } from '../src/features/activities/read-uploads';
import { coreProgramme } from '../src/features/plan/core-programme';

/** A fixed clock that tests can move. */
export function testClock(iso = '2026-03-02T08:00:00.000Z'): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next) => (current = new Date(next)) };
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return Object.freeze({
    dataDir,
    databaseUrl: null,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    webDist: null,
    uploadFileBytes: 2 * 1024 * 1024,
    uploadFiles: 20,
    demo: false,
    ...overrides,
  });
}

export function testDeps(store: Store, dataDir: string, overrides: Partial<AppDeps> = {}): AppDeps {
  const clock = testClock();
  const config = overrides.config ?? testConfig(dataDir);
  return {
    store,
    config,
    importFile: (source) => importActivityBytes(source),
    readUploads: readUploadsWith(config.uploadFileBytes),
    analysis: coreAnalysis,
    programme: coreProgramme,
    now: clock.now,
    newId: sequentialIds(),
    version: 'test',
    ...overrides,
  };
}
