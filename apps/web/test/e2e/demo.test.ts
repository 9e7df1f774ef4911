// `upright serve --demo`: a newcomer sees a populated app, clearly marked as demo data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { E2E_ENABLED, E2E_TEST_TIMEOUT_MS, startE2e } from './harness';
import type { E2e } from './harness';
import { capture } from './flows';

describe.skipIf(!E2E_ENABLED)('the demo runner', () => {
  let e2e: E2e;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e({ demo: true });
    page = await (await e2e.newContext('phone')).newPage();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it(
    'opens on a populated, clearly marked Today and plan',
    async () => {
      await page.goto(e2e.baseUrl);
      await page.getByText('Demo data.').waitFor();
      await page.getByRole('heading', { name: /^Hello, / }).waitFor();
      await capture(page, 'today-demo', 'phone');
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page.getByRole('heading', { name: 'The 12-week arc' }).waitFor();
    },
    E2E_TEST_TIMEOUT_MS,
  );
});
