import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeRun } from '@upright/core';
import { importActivityBytes } from '@upright/formats';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/capture-output';
import { runCli } from '../program';
import { parseDistanceM } from './predict';

const root = resolve(import.meta.dirname, '../../../..');
const corpusDir = [process.env.UPRIGHT_CORPUS, join(root, '../shared/data')].find(
  (c): c is string => c !== undefined && c !== '' && existsSync(join(c, 'catalog.tsv')),
);

const { stdout, stderr } = captureOutput();

describe('parseDistanceM', () => {
  it.each([
    ['42.2km', 42200],
    ['21.1k', 21100],
    ['10000m', 10000],
    ['5000', 5000],
    [' 13.1 mi ', 13.1 * 1609.344],
  ])('reads %s', (text, metres) => expect(parseDistanceM(text)).toBeCloseTo(metres, 6));

  it.each(['', 'far', '-5km', '0km', '10 furlongs'])('refuses %j', (text) =>
    expect(parseDistanceM(text)).toBeNull(),
  );
});

describe('upright predict', () => {
  it('is a usage error with an unreadable distance', async () => {
    expect(await runCli(['predict', '--distance', 'marathonish', join(root, 'fixtures/runs')])).toBe(2);
    expect(stderr.join('')).toMatch(/^upright: INVALID_DISTANCE /);
  });

  it('says the history is too short instead of guessing', async () => {
    expect(await runCli(['predict', '--distance', '21.1km', join(root, 'fixtures/runs'), '--json'])).toBe(1);
    const out = JSON.parse(stdout.join('')) as { prediction: unknown; runs: unknown[] };
    expect(out.prediction).toBeNull();
    expect(out.runs).toHaveLength(3);
    expect(stderr.join('')).toMatch(/^upright: INSUFFICIENT_HISTORY /);
  });
});

/** Running files of the shared corpus (catalog sport column), read only when the corpus is present. */
function corpusRuns(dir: string): string[] {
  const rows = readFileSync(join(dir, 'catalog.tsv'), 'utf8').split('\n').slice(1);
  return rows
    .map((row) => row.split('\t'))
    .filter(
      (cols) => /^(running|trail|treadmill)/i.test(cols[7] ?? '') && /^(fit|tcx|gpx)\//.test(cols[0] ?? ''),
    )
    .map((cols) => join(dir, cols[0] ?? ''));
}

describe.skipIf(corpusDir === undefined)('form analysis on the real-file corpus', () => {
  it('gives every running file a verdict without throwing, as plain JSON', () => {
    const files = corpusRuns(corpusDir ?? '');
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const result = importActivityBytes({ name: file, bytes: new Uint8Array(readFileSync(file)) });
      if (!result.ok) continue;
      const analysis = analyzeRun(result.activity);
      expect(['detected', 'none', 'insufficient-data']).toContain(analysis.formBreakdown.status);
      expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    }
  }, 120_000);

  it('predicts an onset range from the corpus fit runs', async () => {
    const fitDir = join(corpusDir ?? '', 'fit');
    const files = readdirSync(fitDir)
      .filter((f) => /elevate__|Runalyze__(with-new|support|FR920-add)|GoldenCheetah__(Multi|2019)/.test(f))
      .map((f) => join(fitDir, f));
    const code = await runCli(['predict', '--distance', '42.2km', ...files, '--json']);
    const out = JSON.parse(stdout.join('')) as { prediction: { basis: { runs: number } } | null };
    expect(code === 0 || code === 1).toBe(true);
    expect(out.prediction?.basis.runs).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
