// A runner with a red flag is stopped at once with the right advice and gets no plan.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, E2E_TEST_TIMEOUT_MS, startE2e } from './harness';
import type { E2e } from './harness';
import { capture } from './flows';

describe.skipIf(!E2E_ENABLED)('red flags stop the screening', () => {
  let e2e: E2e;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    page = await (await e2e.newContext('phone')).newPage();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it(
    'stops at the first emergency answer with what to do now',
    async () => {
      await page.goto(`${e2e.baseUrl}/#/start`);
      const saddle = page.getByRole('group', {
        name: /numbness or pins and needles around your back passage/,
      });
      await saddle.getByLabel('Yes').click();
      await page.getByRole('heading', { name: 'Stop here and get help today' }).waitFor();
      await expect
        .poll(() => page.getByText(/Go to an emergency department today/).count())
        .toBeGreaterThan(0);
      expect(await page.getByText(/cauda equina/).count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
      await capture(page, 'screening-stopped-emergency', 'phone');
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'builds no plan and keeps the advice on Today',
    async () => {
      const plan = await page.request.get(`${e2e.baseUrl}/api/plan`);
      expect(((await plan.json()) as { plan: unknown }).plan).toBeNull();
      await page.goto(`${e2e.baseUrl}/#/`);
      await page.getByRole('heading', { name: 'Your screening stopped at a warning sign' }).waitFor();
      await capture(page, 'today-stopped', 'phone');
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page.getByText('There is no plan yet.', { exact: false }).waitFor();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'sends an urgent answer to a doctor before any plan',
    async () => {
      await page.goto(`${e2e.baseUrl}/#/start`);
      const groups = page.getByRole('group');
      const count = await groups.count();
      for (let i = 0; i < count; i++) {
        const group = groups.nth(i);
        const yes = /treated for cancer/.test((await group.textContent()) ?? '');
        await group.getByLabel(yes ? 'Yes' : 'No', { exact: true }).check();
      }
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'See a doctor before you start' }).waitFor();
      expect(await page.getByText(/cancer history/).count()).toBeGreaterThan(0);
      await capture(page, 'screening-stopped-urgent', 'phone');
    },
    E2E_TEST_TIMEOUT_MS,
  );
});
