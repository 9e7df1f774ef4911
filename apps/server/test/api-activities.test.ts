import type { ActivityDetail, ActivityListResponse, UploadResponse } from '@upright/api-contract';
import type { Programme } from '@upright/core';
import type { FastifyInstance } from 'fastify';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { typicalAnswers, typicalSetup } from './answers';
import { generatedRun } from './fixtures';
import { multipartBody } from './multipart';
import { pgUrlOrSkip } from './pg-url';
import { testDeps } from './test-deps';
import { createTestStore, type Backend, type TestStore } from './test-store';

const pgUrl = pgUrlOrSkip();
const runs = [generatedRun(1), generatedRun(2), generatedRun(3)];

/** A runner with a profile, a screening, a plan and one sore check-in (pain 7, PSFS 4). */
async function onboard(app: FastifyInstance): Promise<void> {
  await app.inject({ method: 'PUT', url: '/api/profile', payload: { name: 'Sam' } });
  await app.inject({ method: 'POST', url: '/api/screening', payload: { answers: typicalAnswers() } });
  const plan = await app.inject({
    method: 'POST',
    url: '/api/plan/regenerate',
    payload: { input: typicalSetup, startDate: '2026-03-02' },
  });
  const coreDay = plan
    .json<{ programme: Programme }>()
    .programme.plan?.weeks.flatMap((w) => w.days)
    .find((d) => d.sessions.some((x) => x.kind === 'core' || x.kind === 'strength'));
  const payload = {
    kind: 'session',
    date: coreDay?.date,
    status: 'done',
    painDuringNrs: 4,
    painAfterNrs: 7,
    psfs: [{ activity: 'Running 15 km', score: 4 }],
  };
  await app.inject({ method: 'POST', url: '/api/plan/check-ins', payload });
}

describe.each<Backend>(['sqlite', 'postgres'])('activity API on %s', (backend) => {
  const skip = backend === 'postgres' && pgUrl === null;
  let ts: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (skip) return;
    ts = await createTestStore(backend, pgUrl);
    app = await buildApp(testDeps(ts.store, ts.dataDir));
    await onboard(app);
  });
  afterAll(async () => {
    if (skip) return;
    await app.close();
    await ts.dispose();
  });

  const upload = (files: { name: string; bytes: Uint8Array }[]) => {
    const { payload, headers } = multipartBody(files);
    return app.inject({ method: 'POST', url: '/api/activities', payload, headers });
  };

  describe.skipIf(skip)('activities', () => {
    let firstId = '';

    it('imports files with per-file outcomes: imported, duplicate, failed with a code', async () => {
      const zip = zipSync({ 'export/activities/run-3.fit': runs[2]?.fit ?? new Uint8Array() });
      const res = await upload([
        { name: 'run-1.fit', bytes: runs[0]?.fit ?? new Uint8Array() },
        { name: 'run-2.fit', bytes: runs[1]?.fit ?? new Uint8Array() },
        { name: 'again.fit', bytes: runs[0]?.fit ?? new Uint8Array() },
        { name: 'notes.txt', bytes: strToU8('not an activity') },
        { name: 'export.zip', bytes: zip },
      ]);
      expect(res.statusCode).toBe(200);
      const body = res.json<UploadResponse>();
      expect(body.summary).toEqual({ imported: 3, duplicate: 1, failed: 1 });
      expect(body.outcomes.map((o) => [o.name, o.status])).toEqual([
        ['run-1.fit', 'imported'],
        ['run-2.fit', 'imported'],
        ['again.fit', 'duplicate'],
        ['notes.txt', 'failed'],
        ['export.zip!export/activities/run-3.fit', 'imported'],
      ]);
      const failed = body.outcomes[3];
      expect(failed?.status === 'failed' ? failed.code : '').toMatch(/^[A-Z_]+$/);
      const first = body.outcomes[0];
      firstId = first?.status === 'imported' ? first.activityId : '';
      const again = body.outcomes[2];
      expect(again?.status === 'duplicate' ? again.activityId : '').toBe(firstId);
    });

    it('refuses uploads that are not multipart, empty, too many or too large', async () => {
      const json = await app.inject({ method: 'POST', url: '/api/activities', payload: { file: 'x' } });
      expect(json.statusCode).toBe(415);
      expect(json.json<{ error: { code: string } }>().error.code).toBe('NOT_MULTIPART');
      const empty = await upload([]);
      expect(empty.statusCode).toBe(400);
      const many = await upload(
        Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.fit`, bytes: new Uint8Array([1]) })),
      );
      expect(many.statusCode).toBe(413);
      expect(many.json<{ error: { code: string } }>().error.code).toBe('TOO_MANY_FILES');
      const huge = await upload([{ name: 'huge.fit', bytes: new Uint8Array(3 * 1024 * 1024) }]);
      expect(huge.statusCode).toBe(200);
      expect(huge.json<UploadResponse>().outcomes).toEqual([
        {
          name: 'huge.fit',
          status: 'failed',
          code: 'FILE_TOO_LARGE',
          message: 'The file is over the upload size limit.',
        },
      ]);
      const count = await app.inject({ url: '/api/status' });
      expect(count.json<{ activities: number }>().activities).toBe(3);
    });

    it('lists runs newest first, paged and filtered by date', async () => {
      const all = (await app.inject({ url: '/api/activities' })).json<ActivityListResponse>();
      expect(all.total).toBe(3);
      const starts = all.items.map((i) => i.startTime);
      expect([...starts].sort().reverse()).toEqual(starts);
      expect(all.items[0]?.form.verdict).toMatch(/detected|none|insufficient-data/);
      const page = (
        await app.inject({ url: '/api/activities?limit=1&offset=1' })
      ).json<ActivityListResponse>();
      expect(page.items.map((i) => i.id)).toEqual([all.items[1]?.id]);
      const day = all.items[2]?.startTime.slice(0, 10) ?? '';
      const filtered = (
        await app.inject({ url: `/api/activities?from=${day}&to=${day}` })
      ).json<ActivityListResponse>();
      expect(filtered.items.map((i) => i.id)).toEqual([all.items[2]?.id]);
      for (const bad of ['limit=0', 'limit=abc', 'offset=-1', 'from=2026-1-1', 'color=red']) {
        expect((await app.inject({ url: `/api/activities?${bad}` })).statusCode).toBe(400);
      }
    });

    it('returns one run with its samples and analysis, thinned on request', async () => {
      const res = await app.inject({ url: `/api/activities/${firstId}` });
      expect(res.statusCode).toBe(200);
      const detail = res.json<ActivityDetail>();
      expect(detail.activity.id).toBe(firstId);
      expect(detail.samples.time.length).toBe(runs[0]?.activity.samples.time.length);
      expect(Object.keys(detail.samples.channels)).toEqual(
        expect.arrayContaining(['heartRate', 'cadence', 'groundContactTime']),
      );
      expect((detail.analysis as { formBreakdown: { status: string } }).formBreakdown.status).toMatch(
        /^(detected|none|insufficient-data)$/,
      );
      const thin = (
        await app.inject({ url: `/api/activities/${firstId}?maxPoints=200` })
      ).json<ActivityDetail>();
      expect(thin.samples.time.length).toBeLessThanOrEqual(201);
      expect(thin.samples.channels.heartRate?.values.length).toBe(thin.samples.time.length);
      expect((await app.inject({ url: `/api/activities/${firstId}?maxPoints=5` })).statusCode).toBe(400);
    });

    it('returns the original bytes and 404s unknown ids', async () => {
      const original = await app.inject({ url: `/api/activities/${firstId}/original` });
      expect(original.statusCode).toBe(200);
      expect(Buffer.compare(original.rawPayload, Buffer.from(runs[0]?.fit ?? []))).toBe(0);
      for (const url of ['/api/activities/missing', '/api/activities/missing/original']) {
        const res = await app.inject({ url });
        expect(res.statusCode).toBe(404);
        expect(res.json<{ error: { code: string } }>().error.code).toBe('ACTIVITY_NOT_FOUND');
      }
      const del = await app.inject({ method: 'DELETE', url: '/api/activities/missing' });
      expect(del.statusCode).toBe(404);
    });

    it('saves a run-mode recording once', async () => {
      const timeS = Array.from({ length: 600 }, (_, i) => i);
      const run = {
        startTime: '2026-03-04T07:00:00.000Z',
        timeS,
        distanceM: timeS.map((t) => t * 3),
        cadence: timeS.map(() => 170),
      };
      const first = await app.inject({ method: 'POST', url: '/api/activities/recorded', payload: run });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ status: 'imported' });
      const again = await app.inject({ method: 'POST', url: '/api/activities/recorded', payload: run });
      expect(again.json()).toMatchObject({ status: 'duplicate' });
      const bad = await app.inject({
        method: 'POST',
        url: '/api/activities/recorded',
        payload: { ...run, timeS: timeS.map(() => 1) },
      });
      expect(bad.statusCode).toBe(400);
      const id = first.json<{ activityId: string }>().activityId;
      expect((await app.inject({ method: 'DELETE', url: `/api/activities/${id}` })).statusCode).toBe(204);
    });

    it('deletes a run with its original', async () => {
      const before = (await app.inject({ url: '/api/activities' })).json<ActivityListResponse>();
      const last = before.items[before.items.length - 1]?.id ?? '';
      expect((await app.inject({ method: 'DELETE', url: `/api/activities/${last}` })).statusCode).toBe(204);
      expect((await app.inject({ url: `/api/activities/${last}` })).statusCode).toBe(404);
      const res = await upload([{ name: 'back.fit', bytes: runs[0]?.fit ?? new Uint8Array() }]);
      expect(res.json<UploadResponse>().summary.imported).toBe(1);
    });
  });

  describe.skipIf(skip)('trends, prediction, report, export and delete-all', () => {
    it('gives weekly trends and validates the window', async () => {
      const res = await app.inject({ url: '/api/trends?weeks=12' });
      const weeks = res.json<{ weeks: { week: string; runs: number; painMax: number | null }[] }>().weeks;
      expect(weeks).toHaveLength(12);
      expect(weeks.reduce((s, w) => s + w.runs, 0)).toBe(3);
      expect(weeks.some((w) => w.painMax === 7)).toBe(true);
      expect((await app.inject({ url: '/api/trends?weeks=0' })).statusCode).toBe(400);
    });

    it('predicts for a planned distance and refuses nonsense distances', async () => {
      const res = await app.inject({ url: '/api/prediction?distanceM=20000' });
      expect(res.json()).toMatchObject({ plannedDistanceM: 20000, runsUsed: 3 });
      for (const bad of ['', '?distanceM=-5', '?distanceM=far']) {
        expect((await app.inject({ url: `/api/prediction${bad}` })).statusCode).toBe(400);
      }
    });

    it('builds the physio report', async () => {
      const res = await app.inject({ url: '/api/report' });
      expect(res.json()).toMatchObject({
        profile: { name: 'Sam' },
        screeningsTaken: 1,
        runsTotal: 3,
        pain: { first: 7, latest: 7 },
        psfs: { first: 4 },
      });
    });

    it('exports everything with the original files', async () => {
      const res = await app.inject({ url: '/api/export' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const files = unzipSync(new Uint8Array(res.rawPayload));
      const doc = JSON.parse(Buffer.from(files['upright-export.json'] ?? []).toString()) as {
        activities: { originalFile: string }[];
        checkIns: unknown[];
      };
      expect(doc.activities).toHaveLength(3);
      expect(doc.checkIns).toHaveLength(1);
      for (const a of doc.activities) expect(files[a.originalFile]?.byteLength).toBeGreaterThan(1000);
    });

    it('deletes everything only with the confirmation', async () => {
      const refused = await app.inject({ method: 'DELETE', url: '/api/data', payload: { confirm: 'yes' } });
      expect(refused.statusCode).toBe(400);
      const res = await app.inject({
        method: 'DELETE',
        url: '/api/data',
        payload: { confirm: 'DELETE ALL MY DATA' },
      });
      expect(res.json()).toEqual({ deleted: { activities: 3, screenings: 1, plans: 2, checkIns: 1 } });
      expect((await app.inject({ url: '/api/status' })).json()).toMatchObject({ activities: 0 });
      expect((await app.inject({ url: '/api/profile' })).json()).toMatchObject({ profile: null });
    });
  });
});
