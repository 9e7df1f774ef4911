import { ENDPOINTS } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { addRoute } from '../../http/route';
import { countActivities } from '../activities/activities.repository';
import { readProfile, updateProfile, updateSettings } from './profile.service';

export function registerProfileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  addRoute(app, ENDPOINTS.status, async () => {
    const [profile, activities] = await Promise.all([readProfile(db), countActivities(db)]);
    return {
      ok: true,
      value: { version: deps.version, storage: deps.store.dialect, demo: profile.demo, activities },
    };
  });
  addRoute(app, ENDPOINTS.getProfile, async () => ({ ok: true, value: await readProfile(db) }));
  addRoute(app, ENDPOINTS.putProfile, async ({ body }) => ({
    ok: true,
    value: await updateProfile(db, body, deps.now()),
  }));
  addRoute(app, ENDPOINTS.putSettings, async ({ body }) => ({
    ok: true,
    value: await updateSettings(db, body),
  }));
}
