import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index';

/** Exit codes: 0 all good, 1 some input failed (the rest still reported), 2 usage error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/**
 * Builds and runs the `upright` program. Returns the exit code instead of calling process.exit so
 * tests can run it in-process.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command('upright')
    .description('Upright: keep your lower back from becoming the brake on your running.')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') })
    .showHelpAfterError(false);
  const exit = { code: EXIT.ok as number };
  registerCommands(program, exit);
  try {
    await program.parseAsync(['node', 'upright', ...argv]);
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`upright: INTERNAL_ERROR ${message.split('\n')[0]}\n`);
    return EXIT.usage;
  }
}
