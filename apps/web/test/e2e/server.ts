// The real server for the e2e tests: buildApp with the real store (SQLite in a temp dir), the real
// programme (core screen/buildProgramme/adaptProgramme behind the contract's schemas) and the real
// analysis, listening on a free loopback port.
import { PlanInputSchema, ScreeningAnswersSchema } from '@upright/api-contract';
import { adaptProgramme, buildPersonalModel, buildProgramme, predictOnset, screen } from '@upright/core';
import type { RunAnalysis } from '@upright/core';
import { importActivityBytes } from '@upright/formats';
import type { z } from 'zod';
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { openStore } from '../../../server/src/db/store';
import type { AppDeps } from '../../../server/src/deps';
import { systemClock, uuid } from '../../../server/src/deps';
import { analyzeWithCore } from '../../../server/src/features/activities/core-analysis';
import { readUploadsWith } from '../../../server/src/features/activities/read-uploads';
import type { Parsed, ProgrammePort } from '../../../server/src/features/plan/programme-port';

export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

function parsed<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

const SetupSchema = PlanInputSchema.pick({
  running: true,
  equipment: true,
  minutesPerDay: true,
  units: true,
});

const programme: ProgrammePort = {
  parseAnswers: (value) => parsed(ScreeningAnswersSchema.safeParse(value)),
  parseSetup: (value) => parsed(SetupSchema.safeParse(value)),
  screen,
  build: (input, startDate) => buildProgramme(input, { startDate }),
  adapt: adaptProgramme,
};

const analyses = (history: readonly { analysis: unknown }[]): RunAnalysis[] =>
  history.map((h) => h.analysis).filter((a): a is RunAnalysis => a !== null && typeof a === 'object');

const analysis: AppDeps['analysis'] = {
  analyzeRun: analyzeWithCore,
  buildModel: (history) => buildPersonalModel(analyses(history)),
  predict: (history, plannedDistanceM) => {
    const p = predictOnset(analyses(history), plannedDistanceM);
    return {
      onsetDistanceM: p?.onsetDistanceM ?? null,
      lowM: p?.lowM ?? null,
      highM: p?.highM ?? null,
      runsUsed: p?.basis.runs ?? 0,
      detail: p,
    };
  },
};

export async function startTestServer(opts: {
  readonly dataDir: string;
  readonly webDist: string;
  readonly demo: boolean;
}): Promise<TestServer> {
  const loaded = loadConfig(
    {},
    { dataDir: opts.dataDir, webDist: opts.webDist, port: 0, logLevel: 'silent', demo: opts.demo },
  );
  if (!loaded.ok) throw new Error(loaded.message);
  const config = loaded.config;
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: null });
  const app = await buildApp({
    store,
    config,
    importFile: (source) => importActivityBytes(source),
    readUploads: readUploadsWith(config.uploadFileBytes),
    analysis,
    programme,
    now: systemClock,
    newId: uuid,
    version: 'e2e',
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
