// A runner records the two outcomes the plan and the physio report use: next-morning stiffness in a
// check-in, and the Patient-Specific Functional Scale (activities named once, rescored later).
import type { CheckInList } from '@upright/api-contract';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture } from './flows';
import { E2E_ENABLED, E2E_TEST_TIMEOUT_MS, startE2e } from './harness';
import type { E2e } from './harness';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function openCheckIn(page: Page, e2e: E2e): Promise<void> {
  await page.goto(`${e2e.baseUrl}/#/check-in?kind=run&date=${today()}`);
  await page.getByRole('heading', { name: 'How did the run go?' }).waitFor();
}

/** Moves a 0-10 slider with the keyboard (its value starts at `from`). */
async function slide(page: Page, label: string, from: number, to: number): Promise<void> {
  await page.getByLabel(label).focus();
  const key = to > from ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
}

async function savedCheckIns(page: Page, e2e: E2e): Promise<CheckInList['items']> {
  const response = await page.request.get(`${e2e.baseUrl}/api/plan/check-ins`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as CheckInList).items;
}

describe.skipIf(!E2E_ENABLED)('outcomes: next-morning feel and the PSFS, end to end in Chromium', () => {
  let e2e: E2e;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    phone = await e2e.newContext('phone');
    page = await phone.newPage();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it(
    'records next-morning feel and two PSFS activities in a check-in',
    async () => {
      await openCheckIn(page, e2e);
      await page.getByRole('radio', { name: 'Worse: stiffer or more painful than usual' }).check();
      await page.getByRole('checkbox', { name: 'Score them with this check-in' }).check();
      const first = page.getByRole('group', { name: 'Activity 1' });
      await first.getByLabel('What is hard to do').fill('Running past 15 km');
      await slide(page, 'How well you can do activity 1 today', 5, 3);
      await page.getByRole('button', { name: 'Add an activity' }).click();
      await page
        .getByRole('group', { name: 'Activity 2' })
        .getByLabel('What is hard to do')
        .fill('Sitting at work');
      await slide(page, 'How well you can do activity 2 today', 5, 6);
      await page.getByText('Average score: 4.5/10').waitFor();
      await page.getByText(/Stratford P, Gill C/).waitFor();
      await capture(page, 'check-in-outcomes', 'phone');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText(/^Saved\./).waitFor();

      const [saved] = await savedCheckIns(page, e2e);
      expect(saved?.nextMorning).toBe('worse');
      expect(saved?.psfs).toEqual([
        { activity: 'Running past 15 km', score: 3 },
        { activity: 'Sitting at work', score: 6 },
      ]);
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'after a reload, the next check-in brings back the activities with their previous scores',
    async () => {
      await page.reload();
      await openCheckIn(page, e2e);
      await page.getByRole('checkbox', { name: 'Score them with this check-in' }).check();
      const first = page.getByRole('group', { name: 'Activity 1' });
      await expect.poll(() => first.getByLabel('What is hard to do').inputValue()).toBe('Running past 15 km');
      await first.getByText('Last time: 3/10').waitFor();
      await page.getByRole('group', { name: 'Activity 2' }).getByText('Last time: 6/10').waitFor();
      await slide(page, 'How well you can do activity 1 today', 3, 5);
      await page.getByText('Average score: 5.5/10').waitFor();
      await capture(page, 'check-in-psfs-follow-up', 'phone');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText(/^Saved\./).waitFor();
      const items = await savedCheckIns(page, e2e);
      expect(items.map((c) => c.psfs.map((p) => p.score))).toEqual([
        [5, 6],
        [3, 6],
      ]);
      expect(items[0]?.nextMorning).toBeNull();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'shows the PSFS average of the week on the Progress page',
    async () => {
      const desktop = await e2e.newContext('desktop');
      const wide = await desktop.newPage();
      await wide.goto(`${e2e.baseUrl}/#/progress`);
      await wide.getByRole('heading', { name: 'Week by week' }).waitFor();
      // Both check-ins this week: (3 + 6 + 5 + 6) / 4 = 5.0.
      const weeks = wide.getByRole('region', { name: 'Week by week' });
      const header = await weeks.getByRole('columnheader').allTextContents();
      const row = weeks.getByRole('row').last();
      const cells = await row.locator('th, td').allTextContents();
      expect(cells[header.indexOf('PSFS')]).toBe('5.0');
      const psfs = wide.getByRole('region', { name: 'PSFS activities' });
      await wide.getByText('Latest average: 5.5/10').waitFor();
      expect(
        await psfs
          .getByRole('row', { name: /Running past 15 km/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['3/10 (' + today() + ')', '5/10 (' + today() + ')', '+2']);
      await wide.getByText(/Stratford P, Gill C/).waitFor();
      await capture(wide, 'progress-psfs', 'desktop');
      await desktop.close();
    },
    E2E_TEST_TIMEOUT_MS,
  );
});
