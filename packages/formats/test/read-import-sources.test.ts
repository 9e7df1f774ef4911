import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportSource } from '@upright/formats';
import { importActivityBytes } from '@upright/formats';
import { readImportSources } from '@upright/formats/node';
import { FIXTURES } from './helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'upright-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fit = new Uint8Array(readFileSync(join(FIXTURES, 'runs/python-fitparse__garmin-fenix-5-run.fit')));

async function walk(paths: string[]): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for await (const s of readImportSources(paths)) out.push(s);
  return out;
}

describe('readImportSources', () => {
  it('walks a folder recursively, opening a Strava-like export zip with .gz members and a nested zip', async () => {
    const root = join(dir, 'export');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'run.fit'), fit);
    writeFileSync(join(root, 'notes.txt'), 'not an activity');
    const inner = zipSync({ 'uploaded.fit': fit });
    writeFileSync(
      join(root, 'strava.zip'),
      zipSync({
        'activities/1.fit.gz': gzipSync(fit),
        'activities/2.json': new Uint8Array(3),
        'DI/parts.zip': inner,
      }),
    );
    const sources = await walk([root]);
    expect(sources.map((s) => s.name.slice(root.length + 1))).toEqual([
      'strava.zip!activities/1.fit.gz',
      'strava.zip!DI/parts.zip!uploaded.fit',
      'sub/run.fit',
    ]);
    for (const s of sources) {
      expect('bytes' in s && importActivityBytes(s).ok).toBe(true);
    }
  });

  it('reports a missing path and a broken zip, and still yields the good input', async () => {
    writeFileSync(join(dir, 'broken.zip'), 'PK\u0003\u0004 this is not a zip');
    writeFileSync(join(dir, 'good.fit'), fit);
    const sources = await walk([join(dir, 'missing.fit'), join(dir, 'broken.zip'), join(dir, 'good.fit')]);
    expect(sources.map((s) => ('error' in s ? s.error.code : 'bytes'))).toEqual([
      'READ_FAILED',
      'ZIP_INVALID',
      'bytes',
    ]);
  });

  it('imports a plain .fit.gz file given directly', async () => {
    writeFileSync(join(dir, 'one.fit.gz'), gzipSync(fit));
    const [source] = await walk([join(dir, 'one.fit.gz')]);
    expect(source !== undefined && 'bytes' in source && importActivityBytes(source).ok).toBe(true);
  });
});
