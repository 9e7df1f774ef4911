import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rngFromSeed, simulateRun } from '@upright/core';
import { activityToFit } from '@upright/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../program';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await runCli(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('upright import and upright runs', () => {
  let root = '';
  let files = '';
  let data = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'upright-cli-'));
    files = join(root, 'files');
    data = join(root, 'data');
    mkdirSync(files);
    for (let i = 0; i < 3; i++) {
      const sim = simulateRun(
        { kind: 'steady', channels: 'dynamics', distanceM: 4000, startTimeMs: Date.UTC(2026, 1, 1 + i, 7) },
        rngFromSeed(40 + i),
      );
      writeFileSync(join(files, `run-${i}.fit`), activityToFit(sim.activity));
    }
    writeFileSync(join(files, 'broken.fit'), 'this is not a FIT file');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('imports a folder with per-file outcomes, then finds everything already there', async () => {
    const first = await capture(['import', files, '--data', data, '--json']);
    expect(first.code).toBe(1);
    const report = JSON.parse(first.out) as {
      summary: unknown;
      outcomes: { name: string; status: string; code?: string }[];
    };
    expect(report.summary).toEqual({ imported: 3, duplicate: 0, failed: 1 });
    expect(report.outcomes.find((o) => o.name.endsWith('broken.fit'))).toMatchObject({
      status: 'failed',
      code: expect.stringMatching(/^[A-Z_]+$/) as unknown,
    });
    const again = await capture(['import', files, '--data', data]);
    expect(again.out).toContain('0 imported, 3 already there, 1 failed.');
    expect(again.out).toMatch(/already there {2}.*run-0\.fit/);
  });

  it('lists the stored runs newest first with their verdicts', async () => {
    const json = await capture(['runs', '--data', data, '--json']);
    expect(json.code).toBe(0);
    const runs = JSON.parse(json.out) as { startTime: string; form: { verdict: string | null } }[];
    expect(runs.map((r) => r.startTime.slice(0, 10))).toEqual(['2026-02-03', '2026-02-02', '2026-02-01']);
    for (const run of runs) expect(run.form.verdict).toMatch(/^(detected|none|insufficient-data)$/);
    const human = await capture(['runs', '--data', data]);
    expect(human.out.split('\n')[0]).toMatch(
      /^2026-02-03 07:00 +[34]\.\d\d km +\d+:\d\d {2}(form held|form broke down|not enough data)/,
    );
  });

  it('refuses a bad port with a usage error and no stack trace', async () => {
    const res = await capture(['serve', '--port', 'eighty', '--data', data]);
    expect(res.code).toBe(2);
    expect(res.err).toBe('upright: USAGE --port must be a whole number 0-65535\n');
  });
});
