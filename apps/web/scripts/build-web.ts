// Builds the web app once per set of sources (vite build). The e2e tests, the bundle budget test and
// the bench share the output, keyed by a hash of every input file.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const WEB_ROOT = resolve(import.meta.dirname, '..');
export const REPO_ROOT = resolve(WEB_ROOT, '../..');

const TREES = [
  join(WEB_ROOT, 'src'),
  join(WEB_ROOT, 'public'),
  join(REPO_ROOT, 'packages', 'core', 'src'),
  join(REPO_ROOT, 'packages', 'api-contract', 'src'),
];
const FILES = [join(WEB_ROOT, 'index.html'), join(WEB_ROOT, 'vite.config.ts')];

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256').update('production-build-v2');
  const files = [...FILES];
  for (const tree of TREES) {
    const entries = await readdir(tree, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && !e.name.includes('.test.'))
        .map((e) => join(e.parentPath, e.name)),
    );
  }
  for (const file of files.sort()) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/** Returns the folder holding a production build of the current sources, building it if needed. */
export async function buildWeb(): Promise<string> {
  const outDir = join(tmpdir(), `upright-web-${await hashInputs()}`);
  if (existsSync(join(outDir, 'sw.js'))) return outDir;
  const staging = await mkdtemp(join(tmpdir(), 'upright-web-build-'));
  // Under vitest NODE_ENV is "test", which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(WEB_ROOT, 'vite.config.ts'),
      root: WEB_ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  try {
    await rename(staging, outDir);
  } catch {
    // Another process finished the same build first: use theirs.
    await rm(staging, { recursive: true, force: true });
  }
  return outDir;
}
