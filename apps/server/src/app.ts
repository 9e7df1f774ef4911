import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { buildOpenApiDocument } from '@upright/api-contract';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from './deps';
import { registerActivityRoutes } from './features/activities/activities.routes';
import { registerDataRoutes } from './features/data/data.routes';
import { registerPlanRoutes } from './features/plan/plan.routes';
import { registerProfileRoutes } from './features/profile/profile.routes';
import { registerScreeningRoutes } from './features/screening/screening.routes';
import { registerTrendRoutes } from './features/trends/trends.routes';
import { registerErrorHandling } from './http/errors-plugin';

/** Request logs carry method, path (no query), status and timing: nothing about the runner. */
function loggerOptions(level: AppDeps['config']['logLevel']) {
  return {
    level,
    // stderr, so `upright serve --json` and other machine output on stdout stay clean.
    stream: process.stderr,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0] ?? '',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

function webRoot(deps: AppDeps): string | null {
  const root = deps.config.webDist;
  return root !== null && existsSync(join(root, 'index.html')) ? root : null;
}

/** Builds the server without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: loggerOptions(deps.config.logLevel), bodyLimit: 32 * 1024 * 1024 });
  const web = webRoot(deps);
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        workerSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: deps.config.uploadFileBytes,
      files: deps.config.uploadFiles,
      fields: 20,
      parts: deps.config.uploadFiles + 20,
    },
  });
  registerErrorHandling(app, web !== null);
  if (web !== null) await app.register(fastifyStatic, { root: web, wildcard: false, index: 'index.html' });
  const openApi = buildOpenApiDocument(deps.version);
  app.get('/api/openapi.json', () => openApi);
  registerProfileRoutes(app, deps);
  registerScreeningRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerActivityRoutes(app, deps);
  registerTrendRoutes(app, deps);
  registerDataRoutes(app, deps);
  return app;
}
