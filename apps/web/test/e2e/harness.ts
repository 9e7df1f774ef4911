// End-to-end harness: builds the web app once per test file, serves it from the real server
// (buildApp on a free loopback port, temp data dir), and drives Debian's /usr/bin/chromium through
// playwright-core. Tests skip when chromium is absent locally and FAIL when env CI is set.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT, buildWeb } from '../../scripts/build-web';
import { startTestServer } from './server';
import type { TestServer } from './server';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** True when the e2e suite must run: chromium present, or CI (where a missing chromium must fail). */
/** Per-test limit: generous, because the whole repo's suite shares two cores with these browsers. */
export const E2E_TEST_TIMEOUT_MS = 120_000;

export const E2E_ENABLED = existsSync(CHROMIUM_PATH) || Boolean(process.env.CI);

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export type ViewportName = 'phone' | 'desktop';

export const VIEWPORTS: Readonly<Record<ViewportName, { width: number; height: number }>> = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

export interface E2e {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly server: TestServer;
  /** A fresh browser context at the given viewport, with the speech recorder installed. */
  newContext(viewport: ViewportName): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Replaces Web Speech with a recorder: every utterance's text lands in `window.__spoken`, so tests
 * can assert the voice prompts without audio.
 */
function installSpeechRecorder(): void {
  const spoken: string[] = [];
  const w = window as unknown as { __spoken: string[] };
  w.__spoken = spoken;
  const fake = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    speak: (u: SpeechSynthesisUtterance) => {
      spoken.push(u.text);
      setTimeout(() => u.dispatchEvent(new Event('end')), 0);
    },
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    getVoices: () => [],
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => true,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

/** Starts everything one test file needs: built app, real server, one browser. */
export async function startE2e(opts: { readonly demo?: boolean } = {}): Promise<E2e> {
  const work = await mkdtemp(join(tmpdir(), 'upright-e2e-'));
  const webDist = await buildWeb();
  const server = await startTestServer({ dataDir: join(work, 'data'), webDist, demo: opts.demo ?? false });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    baseUrl: server.url,
    browser,
    server,
    async newContext(viewport) {
      const context = await browser.newContext({
        viewport: VIEWPORTS[viewport],
        isMobile: viewport === 'phone',
        hasTouch: viewport === 'phone',
        reducedMotion: 'reduce',
        serviceWorkers: 'allow',
      });
      context.setDefaultTimeout(20_000);
      await context.addInitScript(installSpeechRecorder);
      return context;
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a full-page screenshot to test-results/screenshots/<name>-<viewport>.png. The viewport grows
 * to the page's height for the shot, so fixed bars (the phone nav) sit at the real bottom instead of
 * covering content half-way down.
 */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  const size = VIEWPORTS[viewport];
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path, animations: 'disabled' });
  await page.setViewportSize(size);
  return path;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

let axeSource: string | undefined;
const AXE_PATH = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');

/** Runs axe-core on the page; throws listing every serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the devtools protocol: the app's CSP (script-src 'self') rightly blocks a script tag.
  axeSource ??= await readFile(AXE_PATH, 'utf8');
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const lines = bad.map(
      (v) => `${v.impact ?? '?'} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
    throw new Error(`axe on ${label}:\n${lines.join('\n')}`);
  }
}

/** Everything the fake speech port recorded on this page. */
export async function spokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
}
