import type { Programme } from '@upright/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { typicalAnswers, typicalSetup } from './answers';
import { pgUrlOrSkip } from './pg-url';
import { testDeps } from './test-deps';
import { createTestStore, type Backend, type TestStore } from './test-store';

const pgUrl = pgUrlOrSkip();

function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/\bat .+:\d+:\d+|\/work\/|node_modules|Error:/);
}

describe.each<Backend>(['sqlite', 'postgres'])('API on %s', (backend) => {
  const skip = backend === 'postgres' && pgUrl === null;
  let ts: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (skip) return;
    ts = await createTestStore(backend, pgUrl);
    app = await buildApp(testDeps(ts.store, ts.dataDir));
  });
  afterAll(async () => {
    if (skip) return;
    await app.close();
    await ts.dispose();
  });

  describe.skipIf(skip)('basics', () => {
    it('serves the OpenAPI document and status with security headers', async () => {
      const doc = await app.inject({ url: '/api/openapi.json' });
      expect(doc.statusCode).toBe(200);
      expect(doc.json<{ openapi: string }>().openapi).toBe('3.1.0');
      expect(doc.headers['x-content-type-options']).toBe('nosniff');
      expect(doc.headers['content-security-policy']).toContain("default-src 'self'");
      const status = await app.inject({ url: '/api/status' });
      expect(status.json()).toEqual({ version: 'test', storage: backend, demo: false, activities: 0 });
    });

    it('answers unknown routes and bad JSON with coded errors and no internals', async () => {
      const missing = await app.inject({ url: '/api/nope' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint.' } });
      const bad = await app.inject({
        method: 'PUT',
        url: '/api/profile',
        payload: '{"name":',
        headers: { 'content-type': 'application/json' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { code: string } }>().error.code).toBe('INVALID_JSON');
      expectNoLeak(bad.body);
      const type = await app.inject({
        method: 'PUT',
        url: '/api/profile',
        payload: '<name>x</name>',
        headers: { 'content-type': 'application/xml' },
      });
      expect(type.statusCode).toBe(415);
      expectNoLeak(type.body);
    });
  });

  describe.skipIf(skip)('profile and settings', () => {
    it('starts empty with default settings', async () => {
      const res = await app.inject({ url: '/api/profile' });
      expect(res.json()).toMatchObject({
        profile: null,
        demo: false,
        settings: { units: 'km', cueIntervalM: 2000 },
      });
    });

    it('refuses wrong types and unknown keys, listing the issues', async () => {
      const res = await app.inject({
        method: 'PUT',
        url: '/api/profile',
        payload: { name: 42, extra: true },
      });
      expect(res.statusCode).toBe(400);
      const error = res.json<{ error: { code: string; issues: { path: string }[] } }>().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.issues.map((i) => i.path)).toContain('body.name');
      const settings = await app.inject({
        method: 'PUT',
        url: '/api/settings',
        payload: { units: 'leagues' },
      });
      expect(settings.statusCode).toBe(400);
      const cue = await app.inject({
        method: 'PUT',
        url: '/api/settings',
        payload: { cueIntervalM: '2000' },
      });
      expect(cue.statusCode).toBe(400);
    });

    it('creates the profile and changes settings', async () => {
      const res = await app.inject({
        method: 'PUT',
        url: '/api/profile',
        payload: { name: 'Sam', birthYear: 1988 },
      });
      expect(res.json()).toMatchObject({ profile: { name: 'Sam', birthYear: 1988, isDemo: false } });
      const settings = await app.inject({
        method: 'PUT',
        url: '/api/settings',
        payload: { units: 'mi', voiceName: 'Daniel' },
      });
      expect(settings.json()).toMatchObject({ units: 'mi', voiceName: 'Daniel', theme: 'system' });
      const again = await app.inject({ url: '/api/profile' });
      expect(again.json()).toMatchObject({ profile: { name: 'Sam' }, settings: { units: 'mi' } });
    });
  });

  describe.skipIf(skip)('screening, plan and check-ins', () => {
    it('refuses a plan before any screening', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/plan/regenerate',
        payload: { input: typicalSetup },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('SCREENING_NOT_FOUND');
    });

    it('validates and stores screenings, newest first', async () => {
      const bad = await app.inject({
        method: 'POST',
        url: '/api/screening',
        payload: { answers: { age: 'old' } },
      });
      expect(bad.statusCode).toBe(400);
      const missing = await app.inject({ method: 'POST', url: '/api/screening', payload: {} });
      expect(missing.statusCode).toBe(400);
      const ok = await app.inject({
        method: 'POST',
        url: '/api/screening',
        payload: { answers: typicalAnswers() },
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({
        stopped: false,
        result: { referral: { level: 'none' } },
      });
      const history = await app.inject({ url: '/api/screening' });
      expect(history.json<{ items: unknown[] }>().items).toHaveLength(1);
    });

    it('builds a plan from the setup, then reuses it', async () => {
      const noInput = await app.inject({ method: 'POST', url: '/api/plan/regenerate', payload: {} });
      expect(noInput.statusCode).toBe(400);
      const badDate = await app.inject({
        method: 'POST',
        url: '/api/plan/regenerate',
        payload: { input: typicalSetup, startDate: '2026-02-30' },
      });
      expect(badDate.statusCode).toBe(400);
      const first = await app.inject({
        method: 'POST',
        url: '/api/plan/regenerate',
        payload: { input: typicalSetup, startDate: '2026-03-02' },
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        version: 1,
        reason: 'initial',
        startDate: '2026-03-02',
        input: { age: 38, minutesPerDay: 20 },
      });
      const second = await app.inject({ method: 'POST', url: '/api/plan/regenerate', payload: {} });
      expect(second.json()).toMatchObject({ version: 2, reason: 'regenerated', startDate: '2026-03-02' });
      const plan = await app.inject({ url: '/api/plan' });
      expect(plan.json()).toMatchObject({ versions: 2, plan: { version: 2 } });
    });

    it('records check-ins and stores an adapted plan version when the plan changes', async () => {
      const bad = await app.inject({
        method: 'POST',
        url: '/api/plan/check-ins',
        payload: { kind: 'session', date: '2026-03-02', status: 'done', painDuringNrs: 12, painAfterNrs: 0 },
      });
      expect(bad.statusCode).toBe(400);
      const unknownRun = await app.inject({
        method: 'POST',
        url: '/api/plan/check-ins',
        payload: {
          kind: 'run',
          date: '2026-03-02',
          status: 'done',
          painDuringNrs: 1,
          painAfterNrs: 1,
          activityId: 'nope',
        },
      });
      expect(unknownRun.statusCode).toBe(404);
      const current = (await app.inject({ url: '/api/plan' })).json<{ plan: { programme: Programme } }>();
      const coreDay = current.plan.programme.plan?.weeks
        .flatMap((w) => w.days)
        .find((d) => d.sessions.some((x) => x.kind === 'core' || x.kind === 'strength'));
      const sore = await app.inject({
        method: 'POST',
        url: '/api/plan/check-ins',
        payload: {
          kind: 'session',
          date: coreDay?.date,
          status: 'done',
          painDuringNrs: 4,
          painAfterNrs: 7,
          psfs: [{ activity: 'Running 15 km', score: 4 }],
        },
      });
      expect(sore.statusCode).toBe(201);
      expect(sore.json()).toMatchObject({
        planChanged: true,
        plan: { version: 3, reason: 'adapted' },
        changes: expect.arrayContaining([expect.objectContaining({ kind: 'regress' })]) as unknown,
        checkIn: { planVersion: 2, psfs: [{ score: 4 }] },
      });
      const list = await app.inject({ url: '/api/plan/check-ins?from=2026-03-01&to=2026-03-31' });
      expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
      const badRange = await app.inject({ url: '/api/plan/check-ins?from=yesterday' });
      expect(badRange.statusCode).toBe(400);
    });

    it('stops at red flags: the screening is stored but no plan is built', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/screening',
        payload: { answers: typicalAnswers('saddleNumbness') },
      });
      expect(res.json()).toMatchObject({ stopped: true, result: { referral: { level: 'emergency' } } });
      const plan = await app.inject({ method: 'POST', url: '/api/plan/regenerate', payload: {} });
      expect(plan.statusCode).toBe(409);
      expect(plan.json<{ error: { code: string } }>().error.code).toBe('SCREENING_STOPPED');
      await app.inject({ method: 'POST', url: '/api/screening', payload: { answers: typicalAnswers() } });
    });
  });
});
