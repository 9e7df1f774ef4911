import type { Command } from 'commander';
import type { ActivitySummary } from '@upright/api-contract';
import { activitySummary, listActivities, loadConfig, openStore } from '@upright/server';
import { EXIT } from '../program';
import type { ExitCode } from './index';

interface RunsFlags {
  readonly data?: string;
  readonly json?: boolean;
}

const VERDICT: Readonly<Record<string, string>> = {
  detected: 'form broke down',
  none: 'form held',
  'insufficient-data': 'not enough data',
};

function duration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

function runLine(run: ActivitySummary): string {
  const date = run.startTime.slice(0, 16).replace('T', ' ');
  const km = run.distanceM === null ? '    -   ' : `${(run.distanceM / 1000).toFixed(2).padStart(6)} km`;
  const verdict =
    run.form.verdict === null ? 'not analysed' : (VERDICT[run.form.verdict] ?? run.form.verdict);
  const onset =
    run.form.onsetDistanceM === null ? '' : ` at ${(run.form.onsetDistanceM / 1000).toFixed(1)} km`;
  const demo = run.isDemo ? '  [demo]' : '';
  return `${date}  ${km}  ${duration(run.movingS).padStart(8)}  ${verdict}${onset}${demo}`;
}

/** `upright runs [--data DIR] [--json]`: stored runs, newest first, with the form verdict. */
export function registerRuns(program: Command, exit: ExitCode): void {
  program
    .command('runs')
    .description('list the stored runs, newest first, with each run’s form verdict')
    .option('--data <dir>', 'data folder (default UPRIGHT_DATA, else ~/.local/share/upright)')
    .option('--json', 'print the runs as a JSON array')
    .action(async (flags: RunsFlags) => {
      const loaded = loadConfig(process.env, { dataDir: flags.data });
      if (!loaded.ok) {
        process.stderr.write(`upright: CONFIG_INVALID ${loaded.message}\n`);
        exit.code = EXIT.usage;
        return;
      }
      const store = await openStore(loaded.config);
      try {
        const runs: ActivitySummary[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = await listActivities(store.db, { fromMs: null, toMs: null, limit: 500, offset });
          runs.push(...page.rows.map(activitySummary));
          if (page.rows.length < 500) break;
        }
        if (flags.json === true) process.stdout.write(`${JSON.stringify(runs)}\n`);
        else if (runs.length === 0)
          process.stdout.write('No runs stored yet. Add some with `upright import PATH`.\n');
        else for (const run of runs) process.stdout.write(`${runLine(run)}\n`);
      } finally {
        await store.close();
      }
    });
}
