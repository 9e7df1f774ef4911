import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { captureOutput } from './capture-output';
import { runCli } from '../src/program';

const root = resolve(import.meta.dirname, '../../..');
const runs = join(root, 'fixtures/runs');
const dir = mkdtempSync(join(tmpdir(), 'upright-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { stdout, stderr } = captureOutput();

function jsonLines(): Record<string, unknown>[] {
  return stdout
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('upright analyze', () => {
  it('prints one JSON object per activity with the documented fields, exit 0', async () => {
    expect(await runCli(['analyze', runs, '--json'])).toBe(0);
    const lines = jsonLines();
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.ok).toBe(true);
      expect(Object.keys(line.activity as object)).toEqual(
        expect.arrayContaining([
          'sport',
          'startTime',
          'durationS',
          'movingTimeS',
          'distanceM',
          'laps',
          'channels',
        ]),
      );
      expect(Array.isArray(line.warnings)).toBe(true);
    }
    const stryd = lines.find((l) => String(l.file).endsWith('running-with-developer-data.fit'));
    expect(stryd?.activity).toMatchObject({
      sport: 'running',
      startTime: '2018-06-14T14:55:22.000Z',
      channels: expect.arrayContaining([
        'cadence',
        'groundContactTime',
        'formPower',
        'legSpringStiffness',
      ]) as unknown,
    });
    expect(stderr.join('')).toBe('');
  });

  it('reports a bad input on stderr with its code, keeps the rest, exit 1', async () => {
    const bad = join(dir, 'bad.fit');
    writeFileSync(bad, 'not a fit file at all');
    const fit = join(runs, 'python-fitparse__garmin-fenix-5-run.fit');
    expect(await runCli(['analyze', '--json', bad, fit])).toBe(1);
    const lines = jsonLines();
    expect(lines.map((l) => l.ok)).toEqual([false, true]);
    expect(lines[0]?.error).toMatchObject({ code: 'FIT_INVALID_HEADER' });
    expect(stderr.join('')).toMatch(/^upright: FIT_INVALID_HEADER .*bad\.fit: /);
    expect(stderr.join('')).not.toMatch(/\n\s+at /);
  });

  it('reads a zip export and names members archive!member', async () => {
    const zip = join(dir, 'export.zip');
    writeFileSync(
      zip,
      zipSync({
        'activities/run.fit': new Uint8Array(
          readFileSync(join(runs, 'python-fitparse__garmin-fenix-5-run.fit')),
        ),
      }),
    );
    expect(await runCli(['analyze', '--json', zip])).toBe(0);
    expect(jsonLines()[0]?.file).toBe(`${zip}!activities/run.fit`);
  });

  it('prints a readable summary per activity without --json', async () => {
    expect(await runCli(['analyze', join(runs, 'python-fitparse__garmin-fenix-5-run.fit')])).toBe(0);
    const text = stdout.join('');
    expect(text).toContain('running');
    expect(text).toContain('2017-06-11 14:34 UTC');
    expect(text).toMatch(/channels: .*groundContactTime/);
  });

  it('exits 2 on usage errors and 1 when nothing could be read', async () => {
    expect(await runCli(['analyze'])).toBe(2);
    expect(await runCli(['analyze', join(dir, 'missing')])).toBe(1);
    expect(stderr.join('')).toContain('upright: READ_FAILED');
  });
});
