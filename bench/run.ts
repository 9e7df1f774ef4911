// `npm run bench`: runs every bench/*.ts module's exported `run()` in sequence and prints what each
// returns (modules may also print as they go). One failing bench is reported and the rest still run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => unknown;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of modules) {
  process.stdout.write(`\n== bench/${file}\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    if (typeof mod.run !== 'function') {
      process.stdout.write('(no run() export, skipped)\n');
      continue;
    }
    const result = await mod.run();
    if (result !== undefined)
      process.stdout.write(`${typeof result === 'string' ? result : JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    failed++;
    process.stderr.write(`bench/${file} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
