// Runs, end to end in Chromium: upload a real FIT file, an export zip built here (a folder of activity
// files plus the JSON an export carries), a dropped GPX and a broken file; see per-file outcomes; open
// the run page with its synchronised charts, verdict, per-km table and route; every page at both sizes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture } from './flows';
import { REPO_ROOT } from '../../scripts/build-web';
import { E2E_ENABLED, startE2e } from './harness';
import type { E2e, ViewportName } from './harness';

const RUNS = join(REPO_ROOT, 'fixtures', 'runs');
const FIT = 'fit-parser__running-with-developer-data.fit';
const FENIX = 'python-fitparse__garmin-fenix-5-run.fit';
const GPX = 'elevate__20171008_run_2067489619.gpx';

async function exportZip(): Promise<Buffer> {
  const zip = zipSync({
    'export/activities/1234.fit': new Uint8Array(await readFile(join(RUNS, FENIX))),
    'export/activities/5678.gpx': new Uint8Array(await readFile(join(RUNS, GPX))),
    'export/profile.json': new TextEncoder().encode('{"name":"x"}'),
  });
  return Buffer.from(zip);
}

async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
      const zone = document.querySelector('[data-testid="dropzone"]');
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, data: bytes.toString('base64') },
  );
}

async function uploadAndWait(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  await page.getByLabel('Activity files or export zip').setInputFiles(files);
  await page.getByText('Upload finished').waitFor({ timeout: 60_000 });
}

/** Points the mouse at the second chart and checks every chart's cursor and the readout. */
async function expectSharedCursor(page: Page): Promise<void> {
  const over = page.locator('.metric-chart').nth(1).locator('.u-over');
  await over.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await over.boundingBox();
  if (box === null) throw new Error('chart not laid out');
  const x = box.x + box.width * 0.6;
  const y = box.y + box.height / 2;
  // Enter the plot, then move inside it, as a pointer does.
  await page.mouse.move(x - 20, y);
  await page.mouse.move(x, y);
  const readout = page.getByTestId('chart-readout');
  await expect.poll(() => readout.locator('dd').first().textContent()).not.toBe('–');
  expect(await readout.locator('dt').allTextContents()).toEqual(
    expect.arrayContaining(['Distance', 'Pace', 'Heart rate', 'Cadence', 'Power']),
  );
  const cursors = await page
    .locator('.metric-chart .u-cursor-x')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform));
  expect(cursors.length).toBeGreaterThanOrEqual(5);
  expect(new Set(cursors).size).toBe(1);
  expect(cursors[0]).not.toContain('-10px');
}

describe.skipIf(!E2E_ENABLED)('runs: upload, list and the run page in Chromium', () => {
  let e2e: E2e;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    page = await (await e2e.newContext('phone')).newPage();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('starts empty and invites a first upload', async () => {
    await page.goto(`${e2e.baseUrl}/#/runs`);
    await page.getByText('No runs yet.').waitFor();
    await capture(page, 'runs-empty', 'phone');
  });

  it('imports a real FIT file, a zip export and a dropped GPX, and explains failures and duplicates', async () => {
    const fit = await readFile(join(RUNS, FIT));
    await uploadAndWait(page, [
      { name: FIT, mimeType: 'application/octet-stream', buffer: fit },
      { name: 'garmin-export.zip', mimeType: 'application/zip', buffer: await exportZip() },
      {
        name: 'broken.fit',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('this is not a FIT file at all'),
      },
    ]);
    const summary = page.locator('.upload-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^3 imported · 0 already there · 1 failed/);
    expect(await page.locator('.upload-outcome.failed').textContent()).toContain('broken.fit');
    await capture(page, 'runs-upload-result', 'phone');

    await uploadAndWait(page, [{ name: FIT, mimeType: 'application/octet-stream', buffer: fit }]);
    await expect.poll(() => summary.textContent()).toMatch(/^0 imported · 1 already there · 0 failed/);

    await dropFile(page, 'again.gpx', await readFile(join(RUNS, GPX)));
    await page.getByText('Upload finished').waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/^0 imported · 1 already there/);
    await expect.poll(() => page.locator('.run-row').count()).toBe(3);
    await capture(page, 'runs-list', 'phone');
  });

  it('opens the run page: stacked charts with one shared cursor, verdict, per-km table, route', async () => {
    const row = page.locator('.run-row', { hasText: '28:' }).first();
    const badge = (await row.locator('.verdict-badge').textContent()) ?? '';
    await row.click();
    await page.getByRole('heading', { name: 'Over the run' }).waitFor();
    const charts = page.locator('.metric-chart');
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(5);
    const captions = await page.locator('.metric-chart figcaption').allTextContents();
    expect(captions.join('|')).toMatch(/Pace.*Heart rate.*Cadence/);
    expect(captions.join('|')).toContain('Power');
    const verdict = await page.locator('.verdict-card h2').textContent();
    expect(verdict).toMatch(/form (started to give way|held)|Not enough form data/i);
    // The list's badge and the run page's verdict say the same thing.
    const expected = {
      'Form held': /held to the end/,
      'Form gave way': /started to give way/,
      'Not enough data': /Not enough/,
    };
    expect(verdict).toMatch(expected[badge as keyof typeof expected]);
    await page.getByRole('heading', { name: 'Per kilometre' }).waitFor();
    await page.getByRole('img', { name: /Route of the run/ }).waitFor();
    await expectSharedCursor(page);
    await capture(page, 'run-page', 'phone');
  });

  it('shows the runs pages cleanly on a desktop, where hovering one chart reads every chart at that point', async () => {
    const desktop = await (await e2e.newContext('desktop')).newPage();
    for (const [path, name] of [
      ['/runs', 'runs-list'],
      ['/progress', 'progress'],
    ] as const) {
      await desktop.goto(`${e2e.baseUrl}/#${path}`);
      await desktop.locator('h1').waitFor();
      await desktop.waitForLoadState('networkidle');
      await capture(desktop, name, 'desktop' satisfies ViewportName);
    }
    await desktop.goto(`${e2e.baseUrl}/#/runs`);
    await desktop.locator('.run-row', { hasText: '28:' }).first().click();
    await desktop.locator('.metric-chart').first().waitFor();
    await expectSharedCursor(desktop);
    await desktop.waitForLoadState('networkidle');
    await capture(desktop, 'run-page', 'desktop');
  });
});
