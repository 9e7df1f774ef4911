import type { Command } from 'commander';
import { DEFAULT_WEB_DIST, loadConfig, startServer } from '@upright/server';
import { EXIT } from '../program';
import type { ExitCode } from './index';

interface ServeFlags {
  readonly port?: string;
  readonly host?: string;
  readonly data?: string;
  readonly demo?: boolean;
  readonly json?: boolean;
}

function parsePort(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : null;
}

function waitForStop(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** `upright serve [--port N] [--host H] [--data DIR] [--demo] [--json]`. */
export function registerServe(program: Command, exit: ExitCode): void {
  program
    .command('serve')
    .description('run the Upright server and web app on this machine (127.0.0.1 by default)')
    .option('--port <n>', 'port to listen on (default 4173, or UPRIGHT_PORT)')
    .option('--host <host>', 'address to bind (default 127.0.0.1, or UPRIGHT_HOST)')
    .option('--data <dir>', 'data folder (default UPRIGHT_DATA, else ~/.local/share/upright)')
    .option('--demo', 'on first start, seed a clearly marked demo runner with generated runs')
    .option('--json', 'print the URL and demo outcome as one JSON line')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      if (port === null) {
        process.stderr.write(`upright: USAGE --port must be a whole number 0-65535\n`);
        exit.code = EXIT.usage;
        return;
      }
      const loaded = loadConfig(process.env, {
        port,
        host: flags.host,
        dataDir: flags.data,
        demo: flags.demo,
        webDist: process.env.UPRIGHT_WEB_DIST ?? DEFAULT_WEB_DIST,
      });
      if (!loaded.ok) {
        process.stderr.write(`upright: CONFIG_INVALID ${loaded.message}\n`);
        exit.code = EXIT.usage;
        return;
      }
      if (flags.demo === true && flags.json !== true)
        process.stderr.write('Preparing the demo runner (first start only)...\n');
      const server = await startServer(loaded.config);
      if (flags.json === true)
        process.stdout.write(
          `${JSON.stringify({ url: server.url, storage: server.store.location, demo: server.demo })}\n`,
        );
      else {
        if (server.demo?.seeded === true)
          process.stdout.write(
            `Demo runner ready: ${server.demo.runs} runs, ${server.demo.checkIns} check-ins.\n`,
          );
        process.stdout.write(
          `Upright is running at ${server.url}\nData: ${server.store.location}\nPress Ctrl+C to stop.\n`,
        );
      }
      await waitForStop();
      await server.close();
    });
}
