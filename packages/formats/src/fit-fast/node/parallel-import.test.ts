import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importActivityBytes } from '../../import';
import { runFit } from '../../../test/fit-fast/activity-builder';
import { importManyInWorkers } from './parallel-import';

const dir = mkdtempSync(join(tmpdir(), 'upright-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runs = [40, 90, 60, 150, 30].map((records, i) => ({
  name: `run-${i}.fit`,
  bytes: runFit({ records }),
}));

describe('importManyInWorkers', () => {
  it('imports on worker threads and returns one result per source, in input order', async () => {
    const seen: [number, string][] = [];
    const results = await importManyInWorkers(runs, {
      workers: 2,
      onResult: (r, index) => seen.push([index, r.name]),
    });
    expect(results.map((r) => r.name)).toEqual(runs.map((r) => r.name));
    expect(seen.sort((a, b) => a[0] - b[0])).toEqual(runs.map((r, i) => [i, r.name]));
    results.forEach((r, i) => {
      const expected = importActivityBytes(runs[i] ?? { name: '', bytes: new Uint8Array() });
      if (!r.result.ok || !expected.ok) throw new Error('import failed');
      expect(r.result.activity.samples.time).toEqual(expected.activity.samples.time);
      expect(r.result.activity.totals).toEqual(expected.activity.totals);
    });
  });

  it('fails only the bad items: garbage bytes, a missing path', async () => {
    const path = join(dir, 'on-disk.fit');
    writeFileSync(path, runFit({ records: 20 }));
    const results = await importManyInWorkers(
      [
        { name: 'garbage.fit', bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) },
        { name: 'on-disk.fit', path },
        { name: 'missing.fit', path: join(dir, 'missing.fit') },
      ],
      { workers: 2 },
    );
    expect(results.map((r) => (r.result.ok ? 'ok' : r.result.error.code))).toEqual([
      'FIT_INVALID_HEADER',
      'ok',
      'READ_FAILED',
    ]);
  });

  it('runs the caller’s analysis module in the worker, and reports its failures as values', async () => {
    const analysis = join(dir, 'analysis.mjs');
    writeFileSync(
      analysis,
      `export function analyse(activity) {
        if (activity.samples.time.length > 100) throw new Error('too long for this test');
        return { samples: activity.samples.time.length, sport: activity.sport };
      }`,
    );
    const results = await importManyInWorkers(runs.slice(0, 4), { workers: 2, analysisModule: analysis });
    expect(results.map((r) => r.analysis ?? r.analysisError?.code)).toEqual([
      { samples: 40, sport: 'running' },
      { samples: 90, sport: 'running' },
      { samples: 60, sport: 'running' },
      'ANALYSIS_FAILED',
    ]);
  });

  it('passes the caller’s analysis input to every analyse() call', async () => {
    const analysis = join(dir, 'analysis-input.mjs');
    writeFileSync(
      analysis,
      'export const analyse = (activity, input) => input.scale * activity.samples.time.length;',
    );
    const results = await importManyInWorkers(runs.slice(0, 2), {
      workers: 1,
      analysisModule: analysis,
      analysisInput: { scale: 10 },
    });
    expect(results.map((r) => r.analysis)).toEqual([400, 900]);
  });
});
