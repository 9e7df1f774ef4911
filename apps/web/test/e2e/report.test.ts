// The physio report and the progress charts, end to end in Chromium, over a runner seeded through the
// API: a screening and plan from a fixture's answers, eight weeks of generated long runs written as FIT
// files (form giving way later as the weeks go by), and weekly check-ins with pain and PSFS. The report
// prints to one A4 page and one Letter page (checked with pdfinfo, turned into PNGs with pdftoppm);
// export-all returns the JSON and the original files; delete-all empties everything.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rngFromSeed, simulateRun } from '@upright/core';
import { unzipSync } from 'fflate';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityToFit } from '../../../server/src/demo/activity-fit';
import { REPO_ROOT } from '../../scripts/build-web';
import { capture } from './flows';
import { E2E_ENABLED, startE2e } from './harness';
import type { E2e } from './harness';

const WEEK_MS = 7 * 86_400_000;
const PDF_DIR = join(REPO_ROOT, 'test-results', 'report-pdf');

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Monday 00:00 UTC of the week `weeksAgo` weeks before now. */
function mondayWeeksAgo(weeksAgo: number): number {
  const now = new Date();
  const monday =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
    ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return monday - weeksAgo * WEEK_MS;
}

async function seedRunner(api: APIRequestContext, base: string): Promise<void> {
  const answers = JSON.parse(
    await readFile(join(REPO_ROOT, 'fixtures', 'answers', 'typical-marathoner.json'), 'utf8'),
  ) as Record<string, unknown>;
  const { running, equipment, minutesPerDay, units, ...screening } = answers;
  const screened = await api.post(`${base}/api/screening`, { data: { answers: screening } });
  expect(screened.status(), await screened.text()).toBe(201);
  const start = mondayWeeksAgo(7);
  const plan = await api.post(`${base}/api/plan/regenerate`, {
    data: { input: { running, equipment, minutesPerDay, units: 'km' }, startDate: isoDay(start) },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  void units;
  for (let week = 0; week < 8; week++) {
    const sunday = start + week * WEEK_MS + 6 * 86_400_000 + 7 * 3_600_000;
    const onset = week === 7 ? null : 9000 + week * 1200;
    const run = simulateRun(
      {
        kind: 'long',
        channels: 'dynamics',
        distanceM: 16_000 + week * 500,
        onsetDistanceM: onset,
        startTimeMs: sunday,
      },
      rngFromSeed(100 + week),
    );
    const upload = await api.post(`${base}/api/activities`, {
      multipart: {
        files: {
          name: `long-${week}.fit`,
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(activityToFit(run.activity)),
        },
      },
    });
    const uploaded = await upload.text();
    expect(upload.ok(), uploaded).toBe(true);
    expect(uploaded, uploaded).toContain('"imported":1');
    for (const day of [1, 3]) {
      const checkIn = await api.post(`${base}/api/plan/check-ins`, {
        data: {
          kind: 'session',
          date: isoDay(start + week * WEEK_MS + day * 86_400_000),
          status: day === 3 && week % 3 === 0 ? 'skipped' : 'done',
          painDuringNrs: Math.max(0, 5 - Math.floor(week / 2)),
          painAfterNrs: Math.max(0, 4 - Math.floor(week / 2)),
          psfs: [{ activity: 'Running 15 km', score: Math.min(10, 4 + week) }],
        },
      });
      expect(checkIn.status(), await checkIn.text()).toBe(201);
    }
  }
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

describe.skipIf(!E2E_ENABLED)('progress and the physio report in Chromium', () => {
  let e2e: E2e;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    phone = await e2e.newContext('phone');
    await seedRunner(phone.request, e2e.baseUrl);
    page = await phone.newPage();
  }, 180_000);

  afterAll(async () => {
    await e2e?.close();
  });

  it('charts the weeks with the programme phases marked', async () => {
    await page.goto(`${e2e.baseUrl}/#/progress`);
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    const titles = await page.locator('.trend-chart figcaption').allTextContents();
    expect(titles.join('|')).toMatch(/Long runs.*Form durability.*Back pain.*Sessions done/);
    expect(
      await page.getByRole('region', { name: 'Week by week' }).locator('tbody tr').count(),
    ).toBeGreaterThanOrEqual(8);
    expect(await page.getByRole('region', { name: 'Week by week' }).locator('tbody').textContent()).toMatch(
      /held/,
    );
    await capture(page, 'progress', 'phone');
    const desktop = await (await e2e.newContext('desktop')).newPage();
    await desktop.goto(`${e2e.baseUrl}/#/progress`);
    await desktop.getByRole('heading', { name: 'Week by week' }).waitFor();
    await capture(desktop, 'progress', 'desktop');
    await desktop.goto(`${e2e.baseUrl}/#/report`);
    await desktop.getByRole('heading', { name: 'Long-run form durability' }).waitFor();
    await capture(desktop, 'report', 'desktop');
  });

  it('renders the report and prints it to one A4 and one Letter page', async () => {
    await page.goto(`${e2e.baseUrl}/#/report`);
    await page.getByRole('heading', { name: 'Running back-care report' }).waitFor();
    for (const heading of [
      'Screening and findings',
      'Plan and adherence',
      'Pain and function',
      'Long-run form durability',
    ]) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    expect(await page.locator('.report-findings li').count()).toBeGreaterThan(0);
    expect(await page.locator('.report-chart canvas').count()).toBe(1);
    await capture(page, 'report', 'phone');

    await mkdir(PDF_DIR, { recursive: true });
    const printPage = await (await e2e.newContext('desktop')).newPage();
    await printPage.goto(`${e2e.baseUrl}/#/report`);
    await printPage.locator('.report-chart canvas').waitFor();
    for (const format of ['A4', 'Letter'] as const) {
      const path = join(PDF_DIR, `report-${format}.pdf`);
      await writeFile(path, await printPage.pdf({ format, printBackground: true }));
      expect(pdfPages(path)).toBe(1);
      execFileSync('pdftoppm', ['-png', '-r', '70', path, join(PDF_DIR, `report-${format}`)]);
    }
  });

  it('exports everything as JSON plus the original files', async () => {
    const response = await phone.request.get(`${e2e.baseUrl}/api/export`);
    expect(response.status()).toBe(200);
    const files = unzipSync(new Uint8Array(await response.body()));
    const names = Object.keys(files);
    expect(names).toContain('upright-export.json');
    expect(names.filter((n) => n.startsWith('originals/') && n.endsWith('.fit'))).toHaveLength(8);
    await page.goto(`${e2e.baseUrl}/#/report`);
    expect(await page.getByRole('link', { name: 'Export all data (zip)' }).getAttribute('href')).toBe(
      '/api/export',
    );
  });

  it('deletes everything after a confirmation', async () => {
    await page.goto(`${e2e.baseUrl}/#/report`);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('I understand that everything will be deleted').check();
    await capture(page, 'report-delete-confirm', 'phone');
    await confirm.click();
    await page.getByText(/Deleted 8 runs/).waitFor();
    await page.goto(`${e2e.baseUrl}/#/runs`);
    await page.getByText('No runs yet.').waitFor();
  });
});
