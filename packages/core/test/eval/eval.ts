/// <reference types="node" />
/**
 * `npm run eval [-- --seed N --per-cell K]`: simulates a labelled set, analyses every run and prints
 * recall (onset within ±1.5 km), false-alarm rate on runs without onset and median onset error, per run
 * kind and channel set. Seed 1 is the development set; pass any other seed for a held-out set.
 */
import { analyzeRun } from '../../src/analysis/index';
import { simulateRun, rngFromSeed } from '../../src/simulate/index';
import type { CaseOutcome, CellScore } from './score';
import { median, scoreOutcomes } from './score';
import { labelledSet } from './labelled-set';

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const pct = (a: number, b: number): string =>
  b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;

function line(label: string, s: CellScore): string {
  const med = median(s.errorsM);
  return [
    label.padEnd(28),
    String(s.runs).padStart(4),
    `${pct(s.hits, s.positives)} (${s.hits}/${s.positives})`.padEnd(18),
    `${pct(s.falseAlarms, s.negatives)} (${s.falseAlarms}/${s.negatives})`.padEnd(18),
    (med === null ? '-' : `${Math.round(med)} m`).padStart(7),
    String(s.insufficient).padStart(6),
  ].join('  ');
}

function main(): void {
  const seed = argValue('--seed', 1);
  const perCell = argValue('--per-cell', 20);
  const cases = labelledSet(seed, perCell);
  const outcomes: CaseOutcome[] = [];
  let analyseMs = 0;
  const drift = { hot: [] as number[], cool: [] as number[] };
  for (const c of cases) {
    const { activity, truth } = simulateRun(c.spec, rngFromSeed(c.seed));
    const t0 = performance.now();
    const { formBreakdown, decoupling } = analyzeRun(activity);
    analyseMs += performance.now() - t0;
    outcomes.push({
      case: c,
      truthM: truth.onsetDistanceM,
      status: formBreakdown.status,
      foundM: formBreakdown.onsetDistanceM,
    });
    if (decoupling !== null && truth.onsetDistanceM === null) {
      const hot = (c.spec.hrDriftBpmPerHour ?? 0) >= 8;
      const cool = (c.spec.hrDriftBpmPerHour ?? 0) <= 3;
      if (hot || cool) (hot ? drift.hot : drift.cool).push(decoupling.pct);
    }
  }
  console.log(`Upright form-breakdown evaluation: seed ${seed}, ${cases.length} simulated runs`);
  console.log(
    [
      'group'.padEnd(28),
      'runs',
      'recall ±1.5 km'.padEnd(18),
      'false alarms'.padEnd(18),
      'med err',
      'insuff',
    ].join('  '),
  );
  const groups = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) {
    const key = `${o.case.spec.kind} / ${o.case.spec.channels}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const [key, group] of groups) console.log(line(key, scoreOutcomes(group)));
  console.log('');
  for (const channels of ['dynamics', 'wrist-cadence', 'gps-hr'] as const) {
    console.log(
      line(`all / ${channels}`, scoreOutcomes(outcomes.filter((o) => o.case.spec.channels === channels))),
    );
  }
  const withForm = outcomes.filter((o) => o.case.spec.channels !== 'gps-hr');
  console.log(line('TARGET cadence or dynamics', scoreOutcomes(withForm)));
  const med = (xs: number[]) => median(xs)?.toFixed(1) ?? '-';
  console.log(
    `HR drift without breakdown: median decoupling ${med(drift.hot)} % with ≥ 8 bpm/h heat drift (${drift.hot.length} runs), ${med(drift.cool)} % with ≤ 3 bpm/h (${drift.cool.length} runs)`,
  );
  console.log(`analysis time: ${(analyseMs / cases.length).toFixed(2)} ms per run on average`);
}

main();
