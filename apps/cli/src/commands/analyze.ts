import type { Command } from 'commander';
import { Option } from 'commander';
import type { ImportResult } from '@upright/core';
import type { ImportOptions } from '@upright/formats';
import { importActivityBytes } from '@upright/formats';
import { entryKind } from '@upright/formats';
import { readImportSources } from '@upright/formats/node';
import type { AnalyzeLine } from '../analyze/activity-json';
import { analyzeLineOk } from '../analyze/activity-json';
import { humanSummary } from '../analyze/human';
import type { FormReport } from '../analyze/form-report';
import { formHuman, formJson, formReport } from '../analyze/form-report';
import type { Output } from '../analyze/progress';
import { barOutput, countInputFiles, plainOutput } from '../analyze/progress';
import type { ExitCode } from './index';

/** With at least this many files (and stderr a terminal), a progress bar is shown. */
const PROGRESS_MIN_FILES = 20;

interface AnalyzeFlags {
  readonly json?: boolean;
  /** FIT decoder: Upright's fast decoder (default) or the official Garmin SDK (fallback). */
  readonly fitDecoder?: 'upright' | 'garmin';
}

async function outputFor(paths: readonly string[]): Promise<Output> {
  if (process.stderr.isTTY !== true) return plainOutput();
  const total = await countInputFiles(paths, (name) => entryKind(name) !== 'other');
  return total >= PROGRESS_MIN_FILES ? barOutput(total) : plainOutput();
}

function emit(line: AnalyzeLine, json: boolean, output: Output, form?: FormReport): void {
  if (json) output.out(`${JSON.stringify(form ? { ...line, ...formJson(form) } : line)}\n`);
  if (!line.ok) output.err(`upright: ${line.error.code} ${line.file}: ${line.error.message}\n`);
  else if (!json) output.out(humanSummary(line) + (form ? formHuman(form) : ''));
}

/** Imports one file; a decoder bug becomes this file's failure (IMPORT_CRASHED), never the batch's. */
function importGuarded(source: { name: string; bytes: Uint8Array }, options: ImportOptions): ImportResult {
  try {
    return importActivityBytes(source, options);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, error: { code: 'IMPORT_CRASHED', message: `could not read this file (${detail})` } };
  }
}

/** Runs `upright analyze`; returns how many inputs were read and how many failed. */
export async function analyzePaths(
  paths: readonly string[],
  flags: AnalyzeFlags,
): Promise<{ read: number; failed: number }> {
  const json = flags.json === true;
  const output = await outputFor(paths);
  let read = 0;
  let failed = 0;
  try {
    for await (const source of readImportSources(paths)) {
      output.advance(source.name.split('!')[0] ?? source.name);
      if ('error' in source) {
        failed++;
        emit({ file: source.name, ok: false, error: source.error }, json, output);
        continue;
      }
      const result = importGuarded(
        source,
        flags.fitDecoder === undefined ? {} : { fitDecoder: flags.fitDecoder },
      );
      if (result.ok) {
        read++;
        const form = formReport(result.activity);
        emit(analyzeLineOk(source.name, result.activity, result.warnings), json, output, form);
      } else {
        failed++;
        emit({ file: source.name, ok: false, error: result.error }, json, output);
      }
    }
  } finally {
    output.stop();
  }
  return { read, failed };
}

/** `upright analyze FILE_OR_FOLDER_OR_ZIP... [--json]`. */
export function registerAnalyze(program: Command, exit: ExitCode): void {
  program
    .command('analyze')
    .description(
      'read activity files (FIT, TCX, GPX; folders, .zip and .gz exports) and summarise each activity',
    )
    .argument('<paths...>', 'activity files, folders or zip exports')
    .option('--json', 'one JSON object per activity per line on stdout')
    .addOption(
      new Option(
        '--fit-decoder <decoder>',
        'FIT decoder: upright (fast, default) or garmin (@garmin/fitsdk)',
      ).choices(['upright', 'garmin']),
    )
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const { read, failed } = await analyzePaths(paths, flags);
      if (read === 0 && failed === 0) {
        process.stderr.write(`upright: NO_INPUT no activity files found in ${paths.join(', ')}\n`);
        exit.code = 1;
        return;
      }
      exit.code = failed > 0 ? 1 : 0;
    });
}
