import { rngFromSeed, simulateRun } from '@upright/core';
import { afterEach, describe, expect, it } from 'vitest';
import { activityToFit } from '../src/demo/activity-fit';
import { listAllActivities } from '../src/features/activities/activities.repository';
import { importMany, type ActivityDeps } from '../src/features/activities/activities.service';
import { BULK_MIN_FILES, type DecodeMany } from '../src/features/activities/bulk-import';
import { decodeManyInWorkers } from '../src/features/activities/decode-many';
import { coreAnalysis } from '../src/features/activities/core-analysis';
import type { SourceFile } from '../src/features/activities/ports';
import { importActivityBytes } from '@upright/formats';
import { createTestStore, type TestStore } from './test-store';
import { sequentialIds, testClock } from './test-deps';

function run(i: number): SourceFile {
  const sim = simulateRun(
    {
      kind: 'steady',
      channels: 'dynamics',
      distanceM: 1200 + (i % 3) * 200,
      startTimeMs: Date.UTC(2025, 0, 1) + i * 86_400_000,
    },
    rngFromSeed(900 + i),
  );
  return { name: `run-${i}.fit`, bytes: activityToFit(sim.activity) };
}

const stores: TestStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.dispose();
});

async function freshDeps(decodeMany?: DecodeMany): Promise<ActivityDeps> {
  const ts = await createTestStore('sqlite', null);
  stores.push(ts);
  return {
    db: ts.store.db,
    importFile: (source) => importActivityBytes(source),
    analysis: coreAnalysis,
    now: testClock().now,
    newId: sequentialIds(),
    ...(decodeMany === undefined ? {} : { decodeMany }),
  };
}

/** What a stored run looks like, without ids and import times. */
async function storedSummary(deps: ActivityDeps): Promise<unknown[]> {
  const rows = await listAllActivities(deps.db);
  return rows.map((r) => ({ ...r, id: undefined, imported_at: undefined }));
}

describe('bulk import on worker threads', () => {
  it('stores the same runs as the one-by-one path, in order, with duplicates and failures as values', async () => {
    const files = Array.from({ length: BULK_MIN_FILES + 4 }, (_, i) => run(i));
    const garbage = { name: 'garbage.fit', bytes: new Uint8Array(64).fill(7) };
    const unreadable = { name: 'bad.zip!x.fit', error: { code: 'ZIP_INVALID', message: 'bad member' } };
    const input = [files[0]!, ...files, garbage, unreadable, files[3]!, garbage];

    const bulk = await freshDeps(decodeManyInWorkers({}));
    await importMany(bulk, [files[1]!]);
    const outcomes = await importMany(bulk, input);

    const status = outcomes.map((o) => (o.status === 'failed' ? o.code : o.status));
    expect(outcomes.map((o) => o.name)).toEqual(input.map((s) => s.name));
    expect(status[0]).toBe('imported');
    expect(status[1]).toBe('duplicate'); // files[0] again, within the batch
    expect(status[2]).toBe('duplicate'); // files[1], stored before the batch
    expect(status.slice(3, files.length + 1).every((s) => s === 'imported')).toBe(true);
    expect(status.slice(files.length + 1)).toEqual([
      'FIT_INVALID_HEADER',
      'ZIP_INVALID',
      'duplicate',
      'FIT_INVALID_HEADER',
    ]);
    const first = outcomes[0];
    expect(outcomes[1]).toMatchObject({ activityId: first?.status === 'imported' ? first.activityId : '' });

    const sequential = await freshDeps();
    await importMany(sequential, [files[1]!]);
    await importMany(sequential, input);
    expect(await storedSummary(bulk)).toEqual(await storedSummary(sequential));
  }, 60_000);

  it('keeps small batches on the one-by-one path (no worker start-up)', async () => {
    const never: DecodeMany = () => Promise.reject(new Error('workers used for a small batch'));
    const deps = await freshDeps(never);
    const outcomes = await importMany(
      deps,
      Array.from({ length: BULK_MIN_FILES - 1 }, (_, i) => run(i)),
    );
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
  });
});
