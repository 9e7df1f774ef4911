import type { Command } from 'commander';
import { registerAnalyze } from './analyze';
import { registerPredict } from './predict';
import { registerPlan } from './plan';
import { registerExercises } from './exercises';
import { registerServe } from './serve';
import { registerImport } from './import';
import { registerRuns } from './runs';

/** Shared by commands to report their exit code without calling process.exit. */
export interface ExitCode {
  code: number;
}

/** Every command lives in its own file and registers itself here. */
export function registerCommands(program: Command, exit: ExitCode): void {
  registerAnalyze(program, exit);
  registerPredict(program, exit);
  registerPlan(program, exit);
  registerExercises(program, exit);
  registerServe(program, exit);
  registerImport(program, exit);
  registerRuns(program, exit);
}
