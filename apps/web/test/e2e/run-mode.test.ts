// Run mode, end to end in Chromium with scripted sources behind the run-mode ports: a GPS track fed fix
// by fix, a fake clock, recorded vibrations, a synthetic waist-belt accelerometer trace, and the
// harness's speech recorder. Proves the cue distances (every 2 km, every mile, the extra cue 1 km
// before the predicted breakdown, denser after it), the lean nudge, and that the run is saved.
import {
  CUE_PHRASES,
  CUE_VIBRATION_MS,
  motionSyntheticTrace,
  planCueDistances,
  rngFromSeed,
} from '@upright/core';
import type { CueInterval, PlannedCue } from '@upright/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptedTrack } from '../../src/features/run-mode/scripted-track';
import { capture } from './flows';
import { E2E_ENABLED, spokenTexts, startE2e } from './harness';
import type { E2e } from './harness';

const T0 = 1_767_000_000_000;

/** Runs in the page before the app: fake ports the app picks up because the test flag is set. */
function installRunPorts(t0: number): void {
  type Cb = ((x: unknown) => void) | null;
  const w = window as unknown as Record<string, unknown> & { __geo: Cb; __motion: Cb; __now: number };
  const vibrations: number[][] = [];
  w.__now = t0;
  w.__geo = null;
  w.__motion = null;
  w.__vibrations = vibrations;
  w.__uprightTestMode = true;
  w.__uprightTestPorts = {
    geolocation: {
      watch: (onFix: Cb) => {
        w.__geo = onFix;
        return () => (w.__geo = null);
      },
    },
    vibration: { vibrate: (p: number[]) => vibrations.push([...p]) },
    motion: {
      requestPermission: () => Promise.resolve('granted'),
      watch: (cb: Cb) => {
        w.__motion = cb;
        return () => (w.__motion = null);
      },
    },
    wakeLock: { acquire: () => Promise.resolve(true), release: () => undefined },
    clock: { nowMs: () => w.__now, every: () => () => undefined },
  };
}

interface Reading {
  readonly timestampMs: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Feeds fixes (and motion readings up to each fix's time) in order, advancing the fake clock. */
async function feed(page: Page, fixes: readonly object[], readings: readonly Reading[] = []): Promise<void> {
  const chunk = 300;
  for (let i = 0; i < fixes.length; i += chunk) {
    const part = fixes.slice(i, i + chunk) as { timestampMs: number }[];
    const until = part[part.length - 1]?.timestampMs ?? 0;
    const motion = readings.filter(
      (r) => r.timestampMs > (part[0]?.timestampMs ?? 0) - 1000 && r.timestampMs <= until,
    );
    await page.evaluate(
      ({ part, motion }) => {
        const w = window as unknown as {
          __geo: (f: unknown) => void;
          __motion: ((r: unknown) => void) | null;
          __now: number;
        };
        let m = 0;
        for (const fix of part) {
          for (; m < motion.length && (motion[m]?.timestampMs ?? Infinity) <= fix.timestampMs; m++) {
            w.__now = motion[m]?.timestampMs ?? w.__now;
            w.__motion?.(motion[m]);
          }
          w.__now = fix.timestampMs;
          w.__geo(fix);
        }
      },
      { part, motion },
    );
  }
}

function bankOf(kind: PlannedCue['kind']): readonly string[] {
  return CUE_PHRASES[kind];
}

function expectedCues(
  interval: CueInterval,
  onsetM: number | null,
  distanceM: number,
): readonly PlannedCue[] {
  const plan = planCueDistances({ interval, predictedOnsetM: onsetM }, distanceM);
  if (!plan.ok) throw new Error('plan');
  return plan.value;
}

async function startRun(
  page: Page,
  base: string,
  opts: { onsetM: number | null; belt: boolean },
): Promise<void> {
  await page.route('**/api/prediction?*', (route) =>
    route.fulfill({
      json: {
        plannedDistanceM: 10_000,
        onsetDistanceM: opts.onsetM,
        lowM: null,
        highM: null,
        runsUsed: 6,
        detail: null,
      },
    }),
  );
  await page.goto(`${base}/#/run`);
  await page.getByRole('heading', { name: 'Run mode' }).waitFor();
  if (opts.onsetM !== null) await page.getByText('usually starts to slip around').waitFor();
  if (opts.belt) await page.getByLabel(/waist belt/).check();
  await page.getByRole('button', { name: 'Start run' }).click();
  await page.getByTestId('live-distance').waitFor();
}

async function finishRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Yes, finish the run' }).click();
  await page.getByRole('heading', { name: 'Run summary' }).waitFor();
}

async function liveDistanceM(page: Page): Promise<number> {
  const text = (await page.getByTestId('summary-distance').textContent()) ?? '';
  const value = Number.parseFloat(text);
  return text.endsWith('mi') ? value * 1609.344 : value * 1000;
}

describe.skipIf(!E2E_ENABLED)('run mode in Chromium with scripted sources', () => {
  let e2e: E2e;
  let phone: BrowserContext;

  beforeAll(async () => {
    e2e = await startE2e();
    phone = await e2e.newContext('phone');
    await phone.addInitScript(installRunPorts, T0);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('cues every 2 km, 1 km before the predicted breakdown and denser after it, then saves the run', async () => {
    const page = await phone.newPage();
    await startRun(page, e2e.baseUrl, { onsetM: 7000, belt: false });
    await capture(page, 'run-mode-start', 'phone');
    const fixes = scriptedTrack({
      startMs: T0 + 1000,
      speedMps: 3.3,
      durationS: 3200,
      noiseM: 1.5,
      rng: rngFromSeed(5),
    });
    await feed(page, fixes.slice(0, 1900));
    await page.getByText('Before your usual fade').waitFor();
    await capture(page, 'run-mode-live', 'phone');
    await feed(page, fixes.slice(1900));
    await finishRun(page);

    const distanceM = await liveDistanceM(page);
    expect(distanceM).toBeGreaterThan(10_300);
    const plan = expectedCues({ kind: 'two-km' }, 7000, distanceM);
    expect(plan.map((c) => c.kind)).toContain('breakdown-ahead');
    expect(plan.filter((c) => c.kind === 'breakdown-ahead').map((c) => c.distanceM)).toEqual([6000]);
    expect(plan.some((c) => c.kind === 'dense-reset' && c.distanceM > 7000)).toBe(true);
    const spoken = await spokenTexts(page);
    expect(spoken).toHaveLength(plan.length);
    plan.forEach((c, i) => expect(bankOf(c.kind)).toContain(spoken[i]));
    const vibrations = await page.evaluate(
      () => (window as unknown as { __vibrations: number[][] }).__vibrations,
    );
    expect(vibrations).toEqual(plan.map((c) => [...CUE_VIBRATION_MS[c.kind]]));
    expect(await page.getByTestId('cue-log').locator('li').count()).toBe(plan.length);

    await page.getByLabel(/pain during the run/).fill('2');
    await capture(page, 'run-mode-finished', 'phone');
    await page.getByRole('button', { name: 'Save run and check-in' }).click();
    await page.locator('.run-finish h2:text-is("Saved"), .run-finish .alert.danger').first().waitFor();
    expect(await page.locator('.run-finish .alert.danger').allTextContents()).toEqual([]);
    await page.getByRole('link', { name: 'Open the run' }).click();
    await page.getByRole('img', { name: /Route of the run/ }).waitFor();
    await page.close();
  });

  it('cues every mile when the runner chose miles', async () => {
    const put = await phone.request.put(`${e2e.baseUrl}/api/settings`, {
      data: { units: 'mi', cueIntervalM: 1609.344 },
    });
    expect(put.ok()).toBe(true);
    const page = await phone.newPage();
    await startRun(page, e2e.baseUrl, { onsetM: null, belt: false });
    await feed(page, scriptedTrack({ startMs: T0 + 1000, speedMps: 3, durationS: 1750 }));
    await finishRun(page);
    const distanceM = await liveDistanceM(page);
    const plan = expectedCues({ kind: 'mile' }, null, distanceM);
    expect(plan.map((c) => Math.round(c.distanceM))).toEqual([1609, 3219, 4828]);
    const spoken = await spokenTexts(page);
    expect(spoken).toHaveLength(3);
    spoken.forEach((t) => expect(bankOf('posture-reset')).toContain(t));
    // Left without saving (say the phone had no signal): the recording waits on the device.
    await page.reload();
    await page.getByRole('heading', { name: 'A run is not saved yet' }).waitFor();
    await capture(page, 'run-mode-pending', 'phone');
    await page.getByRole('button', { name: 'Save it now' }).click();
    await page.getByRole('link', { name: 'Saved: open the run' }).waitFor();
    await phone.request.put(`${e2e.baseUrl}/api/settings`, { data: { units: 'km', cueIntervalM: 2000 } });
    await page.close();
  });

  it('nudges when the waist-belt trace shows the runner leaning forward', async () => {
    const page = await phone.newPage();
    await startRun(page, e2e.baseUrl, { onsetM: null, belt: true });
    const trace = motionSyntheticTrace(
      { durationS: 470, rateHz: 50, tilt: { startS: 380, rampS: 20, deg: 10 } },
      rngFromSeed(11),
    );
    const readings = trace.map((s) => ({
      timestampMs: T0 + Math.round(s.tS * 1000),
      x: s.ax,
      y: s.ay,
      z: s.az,
    }));
    const fixes = scriptedTrack({ startMs: T0 + 1000, speedMps: 3, durationS: 469 });
    await feed(page, fixes.slice(0, 370), readings);
    expect(await spokenTexts(page)).toEqual([]);
    await page.getByText(/Belt: (leaning|upright)/).waitFor();
    await feed(page, fixes.slice(370), readings);
    await page.getByRole('heading', { name: 'Posture nudge' }).waitFor();
    const spoken = await spokenTexts(page);
    expect(spoken).toHaveLength(1);
    expect(CUE_PHRASES['lean-drift']).toContain(spoken[0]);
    await capture(page, 'run-mode-belt-nudge', 'phone');
    await finishRun(page);
    await page.close();
  });

  it('shows run mode cleanly on a desktop', async () => {
    const desktop = await e2e.newContext('desktop');
    await desktop.addInitScript(installRunPorts, T0);
    const page = await desktop.newPage();
    await startRun(page, e2e.baseUrl, { onsetM: 7000, belt: false });
    await feed(page, scriptedTrack({ startMs: T0 + 1000, speedMps: 3.3, durationS: 700 }));
    await capture(page, 'run-mode-live', 'desktop');
    await finishRun(page);
    await capture(page, 'run-mode-finished', 'desktop');
  });
});
