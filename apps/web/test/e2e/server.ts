// The real server for the e2e tests: the production wiring (defaultDeps: real store, formats, core
// analysis and programme) through buildApp, SQLite in a temp dir, on a free loopback port.
import { buildApp, defaultDeps, loadConfig, openStore, seedDemo } from '@upright/server';

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
  const store = await openStore(config);
  const deps = defaultDeps(store, config);
  if (opts.demo) await seedDemo({ ...deps, db: store.db });
  const app = await buildApp(deps);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
