// A new runner on a phone: onboarding with self-tests, the plan, a guided session with its check-in,
// everything still there after a reload, and still there offline. Then every page on a desktop.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, E2E_TEST_TIMEOUT_MS, spokenTexts, startE2e } from './harness';
import type { E2e } from './harness';
import {
  answerAllRedFlagsNo,
  capture,
  fillAboutYou,
  saveSelfTest,
  selfTestHeading,
  skipSelfTest,
} from './flows';

describe.skipIf(!E2E_ENABLED)('a new runner, end to end in Chromium', () => {
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
    'onboards: red flags, about you, self-tests with the hold timer, findings, running week',
    async () => {
      await page.goto(e2e.baseUrl);
      await page.getByRole('heading', { name: 'Welcome to Upright' }).waitFor();
      await capture(page, 'today-new-runner', 'phone');
      await page.getByRole('link', { name: 'Start the screening' }).click();
      await page.getByRole('heading', { name: 'First, a few safety questions' }).waitFor();
      await answerAllRedFlagsNo(page);
      await capture(page, 'screening-red-flags', 'phone');
      await page.getByRole('button', { name: 'Continue' }).click();
      await fillAboutYou(page, 'Alex');
      await capture(page, 'screening-about', 'phone');
      await page.getByRole('button', { name: 'Continue to the self-tests' }).click();

      for (let i = 0; i < 9; i++) {
        const heading = await selfTestHeading(page);
        if (heading.startsWith('Seated thoracic rotation')) {
          await capture(page, 'screening-self-test-rotation', 'phone');
          await saveSelfTest(page, { left: 38, right: 50 });
        } else if (heading.startsWith('Forearm plank')) {
          // The built-in timer: spoken 3-2-1, then the held seconds recorded as the result.
          await page.getByRole('button', { name: 'Start timer' }).click();
          await page.getByText('0:02').waitFor({ timeout: 10_000 });
          await page.getByRole('button', { name: 'Stop and record' }).click();
          expect(Number(await page.getByLabel('Your result').inputValue())).toBeGreaterThanOrEqual(2);
          await capture(page, 'screening-self-test-timer', 'phone');
          await page.getByRole('button', { name: 'Save and continue' }).click();
        } else {
          await skipSelfTest(page);
        }
      }
      expect(await spokenTexts(page)).toEqual(expect.arrayContaining(['3', '2', '1', 'Go']));
      await page.getByRole('heading', { name: 'What we found' }).waitFor();
      await expect.poll(() => page.getByText('Stiff upper back').count()).toBeGreaterThan(0);
      await capture(page, 'screening-findings', 'phone');
      await page.getByRole('button', { name: 'Continue to your running week' }).click();
      await capture(page, 'screening-running-week', 'phone');
      await page.getByRole('button', { name: 'Build my plan' }).click();
      await page.getByRole('heading', { name: 'Your plan' }).waitFor();
      await page.getByRole('heading', { name: 'The 12-week arc' }).waitFor();
      await capture(page, 'plan', 'phone');
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'opens an exercise drawn from its pose data',
    async () => {
      const session = page.locator('details.session-card').first();
      await session.locator('summary').click();
      await session.getByRole('link').first().click();
      await page.getByRole('heading', { name: 'How to do it' }).waitFor();
      expect(await page.getByRole('img', { name: /start position/ }).count()).toBe(1);
      expect(await page.locator('.pose-figure path.pose-limb').count()).toBeGreaterThan(2);
      await capture(page, 'exercise', 'phone');
      await page.goBack();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'completes a guided session with voice prompts and its check-in',
    async () => {
      await page.getByRole('heading', { name: 'Your plan' }).waitFor();
      const session = page.locator('details.session-card').first();
      if (!(await session.getAttribute('open'))) await session.locator('summary').click();
      await session.getByRole('link', { name: 'Start guided session' }).click();
      await page.getByRole('button', { name: 'Start' }).waitFor();
      await capture(page, 'session-start', 'phone');
      await page.clock.install();
      await page.getByRole('button', { name: 'Start' }).click();
      await capture(page, 'session-step', 'phone');
      const checkIn = page.getByRole('heading', { name: 'How did the session go?' });
      for (let i = 0; i < 400 && !(await checkIn.isVisible()); i++) {
        const done = page.getByRole('button', { name: 'Done', exact: true });
        if (await done.isVisible()) await done.click();
        else await page.clock.runFor(2_000);
      }
      await checkIn.waitFor();
      const spoken = await spokenTexts(page);
      expect(spoken.some((s) => s.includes('Set 1 of'))).toBe(true);
      expect(spoken).toContain('Session complete. Well done.');
      expect(await page.getByRole('radio', { name: 'Did all of it' }).isChecked()).toBe(true);
      await page.getByLabel('Lower-back pain during the session').fill('2');
      await page.getByLabel('Effort').fill('5');
      await capture(page, 'session-check-in', 'phone');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'finds everything persisted after a reload',
    async () => {
      await page.reload();
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page.getByRole('heading', { name: 'Your plan' }).waitFor();
      await page.getByText('Done', { exact: true }).first().waitFor();
      await page.goto(`${e2e.baseUrl}/#/`);
      await page.getByRole('heading', { name: 'Hello, Alex' }).waitFor();
      await capture(page, 'today', 'phone');
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'adapts the plan when a run check-in reports pain over the limit',
    async () => {
      await page.goto(`${e2e.baseUrl}/#/`);
      await page.getByRole('link', { name: 'Check in after the run' }).click();
      await page.getByRole('heading', { name: 'How did the run go?' }).waitFor();
      await page.getByLabel('Lower-back pain during the run').fill('7');
      await page.getByLabel('Lower-back pain now').fill('6');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText('Saved. Your plan has been adjusted.').waitFor();
      await capture(page, 'check-in-saved', 'phone');
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page.getByText(/Version 2/).waitFor();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'works offline after a first visit',
    async () => {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page.getByRole('heading', { name: 'The 12-week arc' }).waitFor();
      await phone.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'The 12-week arc' }).waitFor();
      await page.goto(`${e2e.baseUrl}/#/`);
      await page.getByRole('heading', { name: 'Hello, Alex' }).waitFor();
      await page.goto(`${e2e.baseUrl}/#/tape`);
      await page.getByRole('heading', { name: 'How to apply it' }).waitFor();
      await capture(page, 'offline-tape', 'phone');
      await phone.setOffline(false);
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'keeps settings: units, voice, theme following the choice',
    async () => {
      await page.goto(`${e2e.baseUrl}/#/settings`);
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await capture(page, 'settings', 'phone');
      await page.getByRole('radio', { name: 'Miles' }).check();
      await page.getByRole('radio', { name: 'Dark' }).check();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await capture(page, 'settings-dark', 'phone');
      await page.goto(`${e2e.baseUrl}/#/plan`);
      await page
        .getByText(/about \d+(\.\d)? mi/)
        .first()
        .waitFor();
      await capture(page, 'plan-dark', 'phone');
      await page.reload();
      await page.goto(`${e2e.baseUrl}/#/settings`);
      expect(await page.getByRole('radio', { name: 'Miles' }).isChecked()).toBe(true);
      await page.getByRole('radio', { name: 'Kilometres' }).check();
      await page.getByRole('radio', { name: 'Follow this device' }).check();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    },
    E2E_TEST_TIMEOUT_MS,
  );

  it(
    'shows every page cleanly on a desktop',
    async () => {
      const desktop = await e2e.newContext('desktop');
      const d = await desktop.newPage();
      await d.goto(`${e2e.baseUrl}/#/`);
      await d.getByRole('heading', { name: 'Hello, Alex' }).waitFor();
      await d.keyboard.press('Tab');
      expect(await d.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await d.keyboard.press('Enter');
      expect(await d.evaluate(() => document.activeElement?.id)).toBe('main');
      const pages: readonly [string, string, string][] = [
        ['/', 'Hello, Alex', 'today'],
        ['/plan', 'The 12-week arc', 'plan'],
        ['/settings', 'Settings', 'settings'],
        ['/tape', 'How to apply it', 'tape'],
        ['/start', 'First, a few safety questions', 'screening-red-flags'],
        ['/check-in?kind=run', 'How did the run go?', 'check-in-run'],
      ];
      for (const [path, heading, name] of pages) {
        await d.goto(`${e2e.baseUrl}/#${path}`);
        await d.getByRole('heading', { name: heading }).first().waitFor();
        await capture(d, name, 'desktop');
      }
      await d.goto(`${e2e.baseUrl}/#/plan`);
      const session = d.locator('details.session-card').first();
      await session.locator('summary').click();
      await session.getByRole('link').first().click();
      await d.getByRole('heading', { name: 'How to do it' }).waitFor();
      await capture(d, 'exercise', 'desktop');
      await d.goBack();
      const first = d.locator('details.session-card').first();
      await first.locator('summary').click();
      await first.getByRole('link', { name: /guided session|again/ }).click();
      await d.getByRole('button', { name: 'Start' }).waitFor();
      await capture(d, 'session-start', 'desktop');
      await desktop.close();
    },
    E2E_TEST_TIMEOUT_MS,
  );
});
