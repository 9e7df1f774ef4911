import { screen, type PlanInput, type Programme, type ScreeningAnswers } from '@upright/core';
import { importActivityBytes } from '@upright/formats';
import type { Config } from '../src/config';
import type { Store } from '../src/db/store';
import type { AppDeps } from '../src/deps';
import { analyzeWithCore } from '../src/features/activities/core-analysis';
import { readUploadsWith } from '../src/features/activities/read-uploads';
import type { ProgrammePort } from '../src/features/plan/programme-port';

/** A fixed clock that tests can move. */
export function testClock(iso = '2026-03-02T08:00:00.000Z'): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next) => (current = new Date(next)) };
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

/**
 * A programme fake: answers must be an object with numeric age; the plan is one week echoing its input;
 * adaptation records one "regress" change per check-in with pain above 5.
 */
export const fakeProgramme: ProgrammePort = {
  parseAnswers: (value) =>
    typeof value === 'object' && value !== null && typeof (value as { age?: unknown }).age === 'number'
      ? { ok: true, value: value as ScreeningAnswers }
      : { ok: false, issues: [{ path: 'age', message: 'Expected number' }] },
  parseSetup: (value) =>
    typeof value === 'object' && value !== null && 'running' in value
      ? { ok: true, value: value as Omit<PlanInput, keyof ScreeningAnswers> }
      : { ok: false, issues: [{ path: 'running', message: 'Required' }] },
  screen,
  build: (input, startDate) => ({ schemaVersion: 1, startDate, input, plan: null }) as unknown as Programme,
  adapt: (programme, checkIns) => {
    const changes = checkIns
      .filter((c) => c.painAfterNrs > 5)
      .map((c) => ({
        kind: 'regress' as const,
        date: c.date,
        fromDate: c.date,
        fromExerciseId: null,
        toExerciseId: null,
        reason: 'pain',
        sources: [],
      }));
    return { programme: { ...programme, adaptedFor: changes.length } as unknown as Programme, changes };
  },
};

export const testAnalysis: AppDeps['analysis'] = {
  analyzeRun: analyzeWithCore,
  buildModel: () => null,
  predict: (history, plannedDistanceM) => ({
    onsetDistanceM: history.length === 0 ? null : plannedDistanceM * 0.7,
    lowM: null,
    highM: null,
    runsUsed: history.length,
    detail: null,
  }),
};

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
    analysis: testAnalysis,
    programme: fakeProgramme,
    now: clock.now,
    newId: sequentialIds(),
    version: 'test',
    ...overrides,
  };
}
