import { ENDPOINTS } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { addRoute } from '../../http/route';
import { loadHistory } from '../activities/model.service';
import { buildReport } from './report.service';
import { loadTrendInputs, trendWeeks } from './trends.service';

export function registerTrendRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  addRoute(app, ENDPOINTS.trends, async ({ query }) => {
    const inputs = await loadTrendInputs(db);
    return { ok: true, value: { weeks: trendWeeks(inputs, deps.now().getTime(), query.weeks) } };
  });
  addRoute(app, ENDPOINTS.prediction, async ({ query }) => {
    const history = await loadHistory(db);
    const prediction = deps.analysis.predict(history, query.distanceM);
    return { ok: true, value: { plannedDistanceM: query.distanceM, ...prediction } };
  });
  addRoute(app, ENDPOINTS.report, async () => ({ ok: true, value: await buildReport(db, deps.now()) }));
}
