import type { Command } from 'commander';
import type { UploadOutcome } from '@upright/api-contract';
import { entryKind } from '@upright/formats';
import { readImportSources } from '@upright/formats/node';
import { defaultDeps, importMany, loadConfig, openStore, summarise } from '@upright/server';
import { barOutput, countInputFiles, plainOutput, type Output } from '../analyze/progress';
import { EXIT } from '../program';
import type { ExitCode } from './index';

interface ImportFlags {
  readonly data?: string;
  readonly json?: boolean;
}

const LABEL: Readonly<Record<UploadOutcome['status'], string>> = {
  imported: 'imported     ',
  duplicate: 'already there',
  failed: 'failed       ',
};

function outcomeLine(o: UploadOutcome): string {
  return o.status === 'failed'
    ? `${LABEL.failed}  ${o.name}  ${o.code}: ${o.message}`
    : `${LABEL[o.status]}  ${o.name}`;
}

async function outputFor(paths: readonly string[], json: boolean): Promise<Output> {
  if (process.stderr.isTTY !== true || json) return plainOutput();
  return barOutput(await countInputFiles(paths, (name) => entryKind(name) !== 'other'));
}

/** `upright import PATH... [--data DIR] [--json]`: files, folders and zips into the store. */
export function registerImport(program: Command, exit: ExitCode): void {
  program
    .command('import')
    .description('import activity files, folders and Garmin/Strava export zips into the Upright store')
    .argument('<paths...>', 'activity files, folders or zip exports')
    .option('--data <dir>', 'data folder (default UPRIGHT_DATA, else ~/.local/share/upright)')
    .option('--json', 'print every outcome and the summary as one JSON document')
    .action(async (paths: string[], flags: ImportFlags) => {
      const loaded = loadConfig(process.env, { dataDir: flags.data });
      if (!loaded.ok) {
        process.stderr.write(`upright: CONFIG_INVALID ${loaded.message}\n`);
        exit.code = EXIT.usage;
        return;
      }
      const store = await openStore(loaded.config);
      const json = flags.json === true;
      const output = await outputFor(paths, json);
      let outcomes: UploadOutcome[];
      try {
        const deps = defaultDeps(store, loaded.config);
        outcomes = await importMany(
          { ...deps, db: store.db },
          readImportSources(paths, { maxFileBytes: loaded.config.uploadFileBytes }),
          {
            onOutcome: (o) => output.advance(o.name.split('!')[0] ?? o.name),
          },
        );
      } finally {
        output.stop();
        await store.close();
      }
      const summary = summarise(outcomes);
      if (json) process.stdout.write(`${JSON.stringify({ outcomes, summary })}\n`);
      else {
        for (const o of outcomes) process.stdout.write(`${outcomeLine(o)}\n`);
        process.stdout.write(
          `\n${summary.imported} imported, ${summary.duplicate} already there, ${summary.failed} failed.\n`,
        );
      }
      if (outcomes.length === 0) {
        process.stderr.write(`upright: NO_INPUT no activity files found in ${paths.join(', ')}\n`);
        exit.code = EXIT.someFailed;
      } else if (summary.failed > 0) exit.code = EXIT.someFailed;
    });
}
