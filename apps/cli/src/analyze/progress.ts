import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';

/** Files on disk under the given paths that the walker will open (archives count once). */
export async function countInputFiles(
  paths: readonly string[],
  isCandidate: (name: string) => boolean,
): Promise<number> {
  let n = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(join(dir, e.name));
      else if (e.isFile() && isCandidate(e.name)) n++;
    }
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory() === true) await walk(p);
    else n++;
  }
  return n;
}

/** Where output goes while a progress bar may be drawn on stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Called with the on-disk file a source came from; advances the bar when that file changes. */
  advance(diskFile: string): void;
  stop(): void;
}

/** Plain output, no bar. */
export function plainOutput(): Output {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    advance: () => undefined,
    stop: () => undefined,
  };
}

/** A progress bar on stderr (a TTY); lines meant for a terminal are printed above it. */
export function barOutput(total: number): Output {
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: 'reading {bar} {value}/{total} files',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0);
  let last: string | null = null;
  const toTerminal = process.stdout.isTTY;
  return {
    out: (t) => (toTerminal ? multi.log(t) : process.stdout.write(t)),
    err: (t) => multi.log(t),
    advance: (file) => {
      if (file !== last) {
        if (last !== null) bar.increment();
        last = file;
      }
    },
    stop: () => {
      bar.update(total);
      multi.stop();
    },
  };
}
