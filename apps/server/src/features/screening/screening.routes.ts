import { ENDPOINTS } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { addRoute } from '../../http/route';
import { listScreenings } from './screening.repository';
import { submitScreening } from './screening.service';

export function registerScreeningRoutes(app: FastifyInstance, deps: AppDeps): void {
  const ctx = { db: deps.store.db, programme: deps.programme, now: deps.now, newId: deps.newId };
  addRoute(app, ENDPOINTS.submitScreening, ({ body }) => submitScreening(ctx, body.answers));
  addRoute(app, ENDPOINTS.screeningHistory, async () => ({
    ok: true,
    value: { items: await listScreenings(ctx.db) },
  }));
}
