// The one place the server listens: `upright serve` (apps/cli) calls startServer; tests use buildApp + inject.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openStore, type Store } from './db/store';
import { defaultDeps } from './default-deps';
import { seedDemo, type SeedOutcome } from './demo/seed-demo';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly url: string;
  readonly demo: SeedOutcome | null;
  close(): Promise<void>;
}

/** Opens the store, seeds the demo runner when asked, builds the app and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const store = await openStore(config);
  try {
    const deps = defaultDeps(store, config);
    const demo = config.demo ? await seedDemo({ ...deps, db: store.db }) : null;
    const app = await buildApp(deps);
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      store,
      url: `http://${host}:${port}/`,
      demo,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
