// Steps a runner takes in the app, shared by the e2e tests (getByRole/label: what a person sees).
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, screenshot } from './harness';
import type { ViewportName } from './harness';

/** Screenshot and axe check of the page as it is now. */
export async function capture(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await screenshot(page, name, viewport);
  await expectNoSeriousA11yViolations(page, `${name} (${viewport})`);
}

export async function answerAllRedFlagsNo(page: Page): Promise<void> {
  const noes = page.getByRole('radio', { name: 'No', exact: true });
  const count = await noes.count();
  for (let i = 0; i < count; i++) await noes.nth(i).check();
}

export async function fillAboutYou(page: Page, name: string): Promise<void> {
  await page.getByLabel('First name').fill(name);
  await page.getByLabel('Age').fill('41');
  await page.getByRole('radio', { name: 'Female' }).check();
  await page.getByLabel('Lower-back pain right now').fill('3');
  await page.getByLabel('How long has this spell of back pain lasted?').fill('6');
  await page
    .getByRole('group', { name: 'Does the pain travel down a leg, below the knee?' })
    .getByLabel('No')
    .check();
}

/** Saves a result for the current self-test: sided tests get left/right, others one value. */
export async function saveSelfTest(
  page: Page,
  values: { left?: number; right?: number; value?: number },
): Promise<void> {
  if (values.value !== undefined) await page.getByLabel('Your result').fill(String(values.value));
  if (values.left !== undefined) await page.getByLabel('Left', { exact: true }).fill(String(values.left));
  if (values.right !== undefined) await page.getByLabel('Right', { exact: true }).fill(String(values.right));
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

export async function skipSelfTest(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip this test' }).click();
}

export async function selfTestHeading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}
