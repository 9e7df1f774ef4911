// The real server for the e2e tests: buildApp with the real store (SQLite in a temp dir), the real
// programme and analysis ports (core behind the contract's schemas), on a free loopback port.
import { importActivityBytes } from '@upright/formats';
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { openStore } from '../../../server/src/db/store';
import { systemClock, uuid } from '../../../server/src/deps';
import { coreAnalysis } from '../../../server/src/features/activities/core-analysis';
import { readUploadsWith } from '../../../server/src/features/activities/read-uploads';
import { coreProgramme } from '../../../server/src/features/plan/core-programme';

export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

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
    importFile: (source) => importActivityBytes(source, { maxFileBytes: config.uploadFileBytes }),
    readUploads: readUploadsWith(config.uploadFileBytes),
    analysis: coreAnalysis,
    programme: coreProgramme,
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
