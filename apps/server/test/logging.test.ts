import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig, testDeps } from './test-deps';
import { createTestStore, type TestStore } from './test-store';

describe('request logging', () => {
  let ts: TestStore;
  beforeAll(async () => {
    ts = await createTestStore('sqlite', null);
  });
  afterAll(async () => {
    await ts.dispose();
  });

  it('logs method, path and status, never bodies, query strings or addresses', async () => {
    const config = testConfig(ts.dataDir, { logLevel: 'info' });
    const app = await buildApp(testDeps(ts.store, ts.dataDir, { config }));
    let logged = '';
    const spy = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => ((logged += String(chunk)), true));
    try {
      await app.inject({ method: 'PUT', url: '/api/profile', payload: { name: 'Secret Runner' } });
      await app.inject({ url: '/api/activities?from=2026-01-01&to=2026-02-01' });
      await app.inject({ method: 'PUT', url: '/api/settings', payload: { voiceName: 42 } });
    } finally {
      spy.mockRestore();
      await app.close();
    }
    const lines = logged
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(logged).toContain('"url":"/api/activities"');
    expect(logged).toContain('"statusCode":400');
    for (const secret of [
      'Secret Runner',
      'from=',
      '2026-01-01',
      'remoteAddress',
      '127.0.0.1',
      'hostname":"localhost',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
