import { ENDPOINTS } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { addRoute } from '../../http/route';
import { countPlans, currentPlan, listCheckIns } from './plan.repository';
import { createCheckIn, regeneratePlan } from './plan.service';

export function registerPlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  const ctx = { db: deps.store.db, programme: deps.programme, now: deps.now, newId: deps.newId };
  addRoute(app, ENDPOINTS.getPlan, async () => {
    const [plan, versions] = await Promise.all([currentPlan(ctx.db), countPlans(ctx.db)]);
    return { ok: true, value: { plan, versions } };
  });
  addRoute(app, ENDPOINTS.regeneratePlan, ({ body }) => regeneratePlan(ctx, body));
  addRoute(app, ENDPOINTS.createCheckIn, ({ body }) => createCheckIn(ctx, body));
  addRoute(app, ENDPOINTS.listCheckIns, async ({ query }) => {
    const items = await listCheckIns(ctx.db, query);
    return { ok: true, value: { items: items.reverse() } };
  });
}
