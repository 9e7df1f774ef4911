import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityListResponse, CheckInList, UploadResponse } from '@upright/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { generatedRun } from './fixtures';
import { multipartBody } from './multipart';
import { pgUrlOrSkip } from './pg-url';
import { testConfig, testDeps } from './test-deps';
import { createTestStore, type Backend, type TestStore } from './test-store';

const pgUrl = pgUrlOrSkip();

describe.each<Backend>(['sqlite', 'postgres'])(
  'a run-mode recording meets its watch file on %s',
  (backend) => {
    const skip = backend === 'postgres' && pgUrl === null;
    let ts: TestStore;
    beforeAll(async () => {
      if (!skip) ts = await createTestStore(backend, pgUrl);
    });
    afterAll(async () => {
      if (!skip) await ts.dispose();
    });

    it.skipIf(skip)('the file replaces the recording and takes over its check-ins', async () => {
      const app = await buildApp(testDeps(ts.store, ts.dataDir));
      const run = generatedRun(11);
      const startMs = run.activity.startTimeMs + 90_000;
      const timeS = Array.from({ length: 300 }, (_, i) => i * 2);
      const recorded = await app.inject({
        method: 'POST',
        url: '/api/activities/recorded',
        payload: { startTime: new Date(startMs).toISOString(), timeS, distanceM: timeS.map((t) => t * 3) },
      });
      const recordingId = recorded.json<{ activityId: string }>().activityId;
      const day = new Date(startMs).toISOString().slice(0, 10);
      const checkIn = {
        kind: 'run',
        date: day,
        status: 'done',
        painDuringNrs: 2,
        painAfterNrs: 1,
        activityId: recordingId,
      };
      expect(
        (await app.inject({ method: 'POST', url: '/api/plan/check-ins', payload: checkIn })).statusCode,
      ).toBe(201);

      const { payload, headers } = multipartBody([{ name: 'watch.fit', bytes: run.fit }]);
      const upload = (
        await app.inject({ method: 'POST', url: '/api/activities', payload, headers })
      ).json<UploadResponse>();
      const outcome = upload.outcomes[0];
      const fileId = outcome?.status === 'imported' ? outcome.activityId : '';
      expect(fileId).not.toBe('');

      expect((await app.inject({ url: `/api/activities/${recordingId}` })).statusCode).toBe(404);
      const list = (await app.inject({ url: '/api/activities' })).json<ActivityListResponse>();
      expect(list.items.map((i) => i.id)).toEqual([fileId]);
      const checkIns = (await app.inject({ url: '/api/plan/check-ins' })).json<CheckInList>();
      expect(checkIns.items.map((c) => c.activityId)).toEqual([fileId]);
      await app.close();
    });
  },
);

describe('serving the built web app', () => {
  let ts: TestStore;
  let web = '';
  beforeAll(async () => {
    ts = await createTestStore('sqlite', null);
    web = mkdtempSync(join(tmpdir(), 'upright-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Upright</title>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await ts.dispose();
    rmSync(web, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, and keeps /api 404s as JSON', async () => {
    const app = await buildApp(
      testDeps(ts.store, ts.dataDir, { config: testConfig(ts.dataDir, { webDist: web }) }),
    );
    const js = await app.inject({ url: '/app.js' });
    expect(js.body).toBe('console.log(1)');
    const route = await app.inject({ url: '/runs/abc' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Upright</title>');
    const api = await app.inject({ url: '/api/runs/abc' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint.' } });
    await app.close();
  });
});
