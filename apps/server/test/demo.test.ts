import type { ActivityListResponse, ProfileResponse } from '@upright/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { seedDemo } from '../src/demo/seed-demo';
import { saveProfile } from '../src/features/profile/profile.repository';
import { pgUrlOrSkip } from './pg-url';
import { testClock, testDeps } from './test-deps';
import { createTestStore, type Backend, type TestStore } from './test-store';

const pgUrl = pgUrlOrSkip();

describe.each<Backend>(['sqlite', 'postgres'])('demo seeding on %s', (backend) => {
  const skip = backend === 'postgres' && pgUrl === null;
  let ts: TestStore;

  beforeAll(async () => {
    if (!skip) ts = await createTestStore(backend, pgUrl);
  });
  afterAll(async () => {
    if (!skip) await ts.dispose();
  });

  it.skipIf(skip)('seeds a marked demo runner once, with runs, a plan and check-ins', async () => {
    const clock = testClock('2026-03-18T12:00:00.000Z');
    const deps = testDeps(ts.store, ts.dataDir, { now: clock.now });
    const outcome = await seedDemo({ ...deps, db: ts.store.db }, { weeks: 2 });
    expect(outcome).toMatchObject({ seeded: true, runs: 4 });
    const again = await seedDemo({ ...deps, db: ts.store.db }, { weeks: 2 });
    expect(again).toEqual({ seeded: false, reason: 'the demo runner is already there' });
    const app = await buildApp(deps);
    const profile = (await app.inject({ url: '/api/profile' })).json<ProfileResponse>();
    expect(profile).toMatchObject({ demo: true, profile: { name: 'Demo runner', isDemo: true } });
    const runs = (await app.inject({ url: '/api/activities' })).json<ActivityListResponse>();
    expect(runs.total).toBe(4);
    expect(runs.items.every((r) => r.isDemo && r.sourceName.startsWith('demo-'))).toBe(true);
    expect((await app.inject({ url: '/api/plan' })).json()).toMatchObject({
      plan: { startDate: '2026-03-09' },
    });
    const checkIns = (await app.inject({ url: '/api/plan/check-ins' })).json<{ items: unknown[] }>();
    expect(checkIns.items.length).toBeGreaterThan(3);
    await app.close();
  });
});

describe('demo seeding next to real data', () => {
  it('never seeds over a real runner', async () => {
    const ts = await createTestStore('sqlite', null);
    try {
      await saveProfile(ts.store.db, {
        name: 'Real',
        birthYear: null,
        maxHeartRate: null,
        isDemo: false,
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      const deps = testDeps(ts.store, ts.dataDir);
      expect(await seedDemo({ ...deps, db: ts.store.db }, { weeks: 1 })).toEqual({
        seeded: false,
        reason: 'this store holds a real runner’s data',
      });
    } finally {
      await ts.dispose();
    }
  });
});
