import type { Command } from 'commander';
import type { OnsetPrediction, RunAnalysis } from '@upright/core';
import { analyzeRun, buildPersonalModel, PREDICT_MIN_RUNS, predictOnset } from '@upright/core';
import { importActivityBytes } from '@upright/formats';
import { readImportSources } from '@upright/formats/node';
import type { ExitCode } from './index';

interface PredictFlags {
  readonly distance: string;
  readonly json?: boolean;
}

interface HistoryRun {
  readonly file: string;
  readonly startTimeMs: number;
  readonly activity: Parameters<typeof analyzeRun>[0];
}

const UNIT_M: Record<string, number> = { m: 1, k: 1000, km: 1000, mi: 1609.344 };

/** "42.2km", "21.1k", "10000m", "13.1mi", "5000" (metres) → metres, or null. */
export function parseDistanceM(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(km|k|m|mi)?\s*$/i.exec(text);
  if (!match) return null;
  const value = Number(match[1]) * (UNIT_M[(match[2] ?? 'm').toLowerCase()] ?? NaN);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Imports one source; an importer that throws counts as a failed file, never sinks the batch. */
function importOne(
  source: Parameters<typeof importActivityBytes>[0],
): ReturnType<typeof importActivityBytes> {
  try {
    return importActivityBytes(source);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: { code: 'READ_FAILED', message: `import failed: ${message ?? ''}` } };
  }
}

async function readHistory(paths: readonly string[]): Promise<{ runs: HistoryRun[]; failed: number }> {
  const runs: HistoryRun[] = [];
  let failed = 0;
  for await (const source of readImportSources(paths)) {
    const result = 'error' in source ? { ok: false as const, error: source.error } : importOne(source);
    if (result.ok) {
      runs.push({ file: source.name, startTimeMs: result.activity.startTimeMs, activity: result.activity });
      continue;
    }
    failed++;
    process.stderr.write(`upright: ${result.error.code} ${source.name}: ${result.error.message}\n`);
  }
  return { runs: runs.sort((a, b) => a.startTimeMs - b.startTimeMs), failed };
}

/** Analyses every run, then again with the personal model their fresh sections make up. */
function analyseHistory(runs: readonly HistoryRun[]): RunAnalysis[] {
  const first = runs.map((r) => analyzeRun(r.activity));
  const personalModel = buildPersonalModel(first);
  return personalModel ? runs.map((r) => analyzeRun(r.activity, { personalModel })) : first;
}

function km(m: number | null): string {
  return m === null ? '?' : `${(m / 1000).toFixed(1)} km`;
}

function humanPrediction(plannedM: number, p: OnsetPrediction): string {
  const basis = `from ${p.basis.runs} runs (${p.basis.breakdowns} with a breakdown${p.basis.longestHeldM === null ? '' : `, longest held ${km(p.basis.longestHeldM)}`})`;
  if (p.onsetDistanceM === null) {
    return `No form breakdown expected over ${km(plannedM)} ${basis}; beyond the distances you have run, the history cannot tell.\n`;
  }
  const range =
    p.lowM !== null && p.highM !== null ? ` (likely between ${km(p.lowM)} and ${km(p.highM)})` : '';
  return `Predicted form breakdown on a ${km(plannedM)} run: around ${km(p.onsetDistanceM)}${range}, ${basis}.\n`;
}

/** `upright predict --distance 42.2km FILES... [--json]`. */
export function registerPredict(program: Command, exit: ExitCode): void {
  program
    .command('predict')
    .description('predict where form is likely to break on a run of the given distance, from past runs')
    .argument('<paths...>', 'past activity files, folders or zip exports')
    .requiredOption('--distance <distance>', 'planned distance, e.g. 42.2km, 21.1k, 10000m, 13.1mi')
    .option('--json', 'one JSON object on stdout')
    .action(async (paths: string[], flags: PredictFlags) => {
      const plannedM = parseDistanceM(flags.distance);
      if (plannedM === null) {
        process.stderr.write(`upright: INVALID_DISTANCE cannot read "${flags.distance}" (try 42.2km)\n`);
        exit.code = 2;
        return;
      }
      const { runs, failed } = await readHistory(paths);
      const analyses = analyseHistory(runs);
      const prediction = predictOnset(analyses, plannedM);
      if (flags.json === true) {
        const perRun = runs.map((r, i) => ({
          file: r.file,
          formBreakdown: analyses[i]?.formBreakdown ?? null,
        }));
        process.stdout.write(`${JSON.stringify({ plannedDistanceM: plannedM, prediction, runs: perRun })}\n`);
      } else if (prediction) {
        process.stdout.write(humanPrediction(plannedM, prediction));
      }
      if (!prediction) {
        const usable = analyses.filter((a) => a.formBreakdown.status !== 'insufficient-data').length;
        process.stderr.write(
          `upright: INSUFFICIENT_HISTORY need at least ${PREDICT_MIN_RUNS} runs with a form verdict (cadence or running dynamics, long enough), found ${usable}\n`,
        );
        exit.code = 1;
        return;
      }
      exit.code = failed > 0 ? 1 : 0;
    });
}
