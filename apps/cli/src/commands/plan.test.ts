import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Programme } from '@upright/core';
import { captureOutput } from '../../test/capture-output';
import { runCli } from '../program';
import { defaultStartDate } from './plan';

const answers = resolve(import.meta.dirname, '../../../../fixtures/answers');
const typical = join(answers, 'typical-marathoner.json');
const dir = mkdtempSync(join(tmpdir(), 'upright-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { stdout, stderr } = captureOutput();

const out = (): string => stdout.join('');

describe('upright plan', () => {
  it('prints referral, findings, this week at a glance, then the phases', async () => {
    expect(await runCli(['plan', typical, '--start', '2026-11-23'])).toBe(0);
    const text = out();
    const order = ['REFERRAL  none', 'FINDINGS', 'THIS WEEK  week 1 of 12', 'PHASES', 'RUN CUES', 'TAPE'];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Mon 23 Nov');
    expect(text).toContain('Cat-cow 3 min');
    expect(text).toContain('not better than sham tape');
    expect(stderr).toEqual([]);
  });

  it('prints the whole programme as JSON with --json', async () => {
    expect(await runCli(['plan', typical, '--json', '--start', '2026-11-23'])).toBe(0);
    const p = JSON.parse(out()) as Programme;
    expect(p.startDate).toBe('2026-11-23');
    expect(p.plan?.weeks).toHaveLength(12);
    expect(p.findings.length).toBeGreaterThan(0);
  });

  it('says clearly that there is no plan at an emergency referral', async () => {
    expect(await runCli(['plan', join(answers, 'red-flag-cauda-equina.json')])).toBe(0);
    expect(out()).toContain('REFERRAL  EMERGENCY');
    expect(out()).toContain('No exercise plan');
    expect(out()).not.toContain('THIS WEEK');
  });

  it('prints the JSON Schema with --schema', async () => {
    expect(await runCli(['plan', '--schema'])).toBe(0);
    const schema = JSON.parse(out()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('running');
  });

  it.each([
    ['invalid field', { age: 40 }, /^upright: PLAN_INPUT_INVALID sex: is required \(and \d+ more: /],
    ['not JSON', '{ "age": ', /^upright: PLAN_INPUT_NOT_JSON .*bad\.json: /],
  ])('rejects %s with one line on stderr and exit 2', async (_name, content, pattern) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    expect(await runCli(['plan', file])).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(pattern);
    expect(out()).toBe('');
  });

  it('rejects a missing file, a missing argument and a bad --start', async () => {
    expect(await runCli(['plan', join(dir, 'nope.json')])).toBe(2);
    expect(stderr[0]).toMatch(/^upright: PLAN_INPUT_UNREADABLE .*ENOENT/);
    expect(await runCli(['plan'])).toBe(2);
    expect(stderr[1]).toMatch(/^upright: PLAN_INPUT_MISSING/);
    expect(await runCli(['plan', typical, '--start', '2026-13-01'])).toBe(2);
    expect(stderr[2]).toMatch(/^upright: PLAN_START_INVALID/);
  });

  it('shows another week with --week and rejects a week outside 1-12', async () => {
    expect(await runCli(['plan', typical, '--start', '2026-11-23', '--week', '12'])).toBe(0);
    expect(out()).toContain('WEEK 12    week 12 of 12 · Taper');
    expect(out()).toContain('RACE 42.2 km');
    expect(await runCli(['plan', typical, '--week', '13'])).toBe(2);
    expect(stderr[0]).toMatch(/^upright: PLAN_WEEK_INVALID/);
  });

  it('starts on the coming Monday by default', () => {
    expect(defaultStartDate('2026-11-23')).toBe('2026-11-23');
    expect(defaultStartDate('2026-11-24')).toBe('2026-11-30');
    expect(defaultStartDate('2026-11-29')).toBe('2026-11-30');
  });
});

describe('upright exercises', () => {
  it('lists the catalogue', async () => {
    expect(await runCli(['exercises'])).toBe(0);
    expect(out()).toMatch(/^ID\s+NAME/);
    expect(out()).toContain('dead-bug');
  });

  it('shows one exercise with steps, chain and sources', async () => {
    expect(await runCli(['exercises', 'single-leg-bridge'])).toBe(0);
    expect(out()).toContain('Chain: Glute bridge → Marching bridge → [Single-leg bridge] → Hip thrust');
    expect(out()).toContain('Steps\n  1.');
    expect(out()).toContain('Sources');
  });

  it('prints JSON and rejects unknown ids', async () => {
    expect(await runCli(['exercises', 'cat-cow', '--json'])).toBe(0);
    expect((JSON.parse(out()) as { id: string }).id).toBe('cat-cow');
    expect(await runCli(['exercises', 'crunch'])).toBe(2);
    expect(stderr[0]).toMatch(/^upright: EXERCISE_NOT_FOUND no exercise "crunch"/);
  });
});
